/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n": typeof types.TestCompanyFieldsFragmentDoc,
    "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestRegisterCompanyDocument,
    "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestUpdateCompanyDocument,
    "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestJoinMyCompanyDocument,
    "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestMyCompanyDocument,
    "\n  mutation EventsPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      title\n      startsAt\n      regionCode\n      departementCode\n      communeCode\n      online\n      themes\n    }\n  }\n": typeof types.EventsPublishEventDocument,
    "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsListDocument,
    "\n  mutation EventsCancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n": typeof types.EventsCancelEventDocument,
    "\n  query EventsReadEvent($id: ID!) {\n    event(id: $id) {\n      id\n    }\n  }\n": typeof types.EventsReadEventDocument,
    "\n  mutation EventsUpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      regionCode\n      startsAt\n    }\n  }\n": typeof types.EventsUpdateEventDocument,
    "\n  mutation EventsPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      regionCode\n    }\n  }\n": typeof types.EventsPublishNewsDocument,
    "\n  query EventsListNews($r: String) {\n    news(filter: { regionCode: $r }, first: 100) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.EventsListNewsDocument,
    "\n  mutation EventsWithdrawNews($id: ID!) {\n    withdrawNews(id: $id)\n  }\n": typeof types.EventsWithdrawNewsDocument,
    "\n  query GraphqlTokensViewer {\n    viewer {\n      sub\n      role\n    }\n  }\n": typeof types.GraphqlTokensViewerDocument,
    "\n  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsListDocument,
    "\n  mutation NotificationsMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.NotificationsMarkReadDocument,
    "\n  mutation NotificationsDeleteMyAccount {\n    deleteMyAccount(confirmation: \"SUPPRIMER MON COMPTE\") {\n      deletedAt\n    }\n  }\n": typeof types.NotificationsDeleteMyAccountDocument,
    "\n  mutation NotificationsPublishSlots($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n    }\n  }\n": typeof types.NotificationsPublishSlotsDocument,
    "\n  mutation NotificationsBookAppointment($id: ID!) {\n    bookAppointment(slotId: $id) {\n      id\n      startsAt\n    }\n  }\n": typeof types.NotificationsBookAppointmentDocument,
    "\n  mutation NotificationsCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      status\n    }\n  }\n": typeof types.NotificationsCancelAppointmentDocument,
    "\n  mutation NotificationsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.NotificationsRequestLabelDocument,
    "\n  mutation NotificationsGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until) {\n      id\n    }\n  }\n": typeof types.NotificationsGrantLabelDocument,
    "\n  mutation NotificationsRejectLabelRequest($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Charte non respectée\") {\n      id\n    }\n  }\n": typeof types.NotificationsRejectLabelRequestDocument,
    "\n  mutation NotificationsRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Charte non respectée\") {\n      id\n    }\n  }\n": typeof types.NotificationsRevokeLabelDocument,
    "\n  mutation NotificationsSendContactRequest($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n      requests {\n        id\n        connecteur {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NotificationsSendContactRequestDocument,
    "\n  mutation NotificationsAnswerContactRequest($id: ID!, $status: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.NotificationsAnswerContactRequestDocument,
    "\n  mutation NotificationsReopenContactRequest($id: ID!) {\n    reopenContactRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.NotificationsReopenContactRequestDocument,
    "\n  query NotificationsDeliveryList($unreadOnly: Boolean) {\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          category\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDeliveryListDocument,
    "\n  query NotificationsDeliveryViewer {\n    viewer {\n      sub\n    }\n  }\n": typeof types.NotificationsDeliveryViewerDocument,
    "\n  mutation NotificationsDeliveryUpdatePreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      categories {\n        category\n        email\n        digest\n      }\n    }\n  }\n": typeof types.NotificationsDeliveryUpdatePreferencesDocument,
    "\n  mutation NotificationsProposeFollow($id: ID!) {\n    proposeFollow(companyId: $id) {\n      status\n    }\n  }\n": typeof types.NotificationsProposeFollowDocument,
    "\n  mutation NotificationsAcceptFollow($id: ID!) {\n    acceptFollow(connecteurId: $id) {\n      status\n    }\n  }\n": typeof types.NotificationsAcceptFollowDocument,
    "\n  mutation NotificationsDeclineFollow($id: ID!) {\n    declineFollow(connecteurId: $id) {\n      status\n    }\n  }\n": typeof types.NotificationsDeclineFollowDocument,
    "\n  mutation NotificationsRevokeFollow($id: ID!) {\n    revokeFollow(connecteurId: $id) {\n      status\n    }\n  }\n": typeof types.NotificationsRevokeFollowDocument,
    "\n  mutation NotificationsSubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n      overallScore\n      level\n      claimed\n      levelInfo {\n        name\n      }\n      themeScores {\n        theme\n        score\n      }\n      peers {\n        scope\n        label\n        peerCount\n        averageScore\n        shareBelow\n      }\n    }\n  }\n": typeof types.NotificationsSubmitDiagnosticDocument,
    "\n  mutation NotificationsFollowupsSendContactRequest($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.NotificationsFollowupsSendContactRequestDocument,
    "\n  mutation NotificationsAddActionItem($id: ID!) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: \"Faire le point\" }) {\n      id\n    }\n  }\n": typeof types.NotificationsAddActionItemDocument,
    "\n  query NotificationsLocalViewer {\n    viewer {\n      sub\n    }\n  }\n": typeof types.NotificationsLocalViewerDocument,
    "\n  mutation NotificationsSubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.NotificationsSubmitTestimonialDocument,
    "\n  mutation NotificationsAgreeToTestimonial($id: ID!) {\n    agreeToTestimonial(id: $id) {\n      status\n    }\n  }\n": typeof types.NotificationsAgreeToTestimonialDocument,
    "\n  query NotificationsPreferences {\n    notificationPreferences {\n      email\n      emailSuppressed\n      emailSuppressedReason\n      categories {\n        category\n        email\n        always\n        digest\n        digestAvailable\n      }\n    }\n  }\n": typeof types.NotificationsPreferencesDocument,
    "\n  mutation NotificationsUpdatePreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      categories {\n        category\n        email\n      }\n    }\n  }\n": typeof types.NotificationsUpdatePreferencesDocument,
    "\n  query NotificationsViewer {\n    viewer {\n      sub\n    }\n  }\n": typeof types.NotificationsViewerDocument,
    "\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.NotificationsUnreadCountDocument,
    "\n  mutation NotificationsRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": typeof types.NotificationsRegisterConnecteurDocument,
    "\n  mutation NotificationsSubsidiesRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.NotificationsSubsidiesRequestLabelDocument,
    "\n  mutation NotificationsSubsidiesGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2038-12-31\") {\n      id\n    }\n  }\n": typeof types.NotificationsSubsidiesGrantLabelDocument,
    "\n  query PricesRange($t: Theme!, $r: String, $s: PriceSource) {\n    priceReferential(theme: $t, regionCode: $r, source: $s) {\n      theme\n      regionCode\n      source\n      lowCents\n      medianCents\n      highCents\n      observations\n    }\n  }\n": typeof types.PricesRangeDocument,
    "\n  mutation PricesRemoveOffer($id: ID!) {\n    removeProviderOffer(offerId: $id) {\n      id\n    }\n  }\n": typeof types.PricesRemoveOfferDocument,
    "\n  mutation PricesMoveProvider {\n    updateProvider(input: { communeCode: \"97209\" }) {\n      id\n    }\n  }\n": typeof types.PricesMoveProviderDocument,
    "\n  query PricesReferentials {\n    priceReferentials(regionCode: \"02\") {\n      theme\n      overall {\n        observations\n      }\n      offers {\n        observations\n      }\n      quotes {\n        medianCents\n      }\n      invoices {\n        observations\n      }\n    }\n  }\n": typeof types.PricesReferentialsDocument,
    "\n  query PricesPosition($a: Cents!) {\n    pricePosition(theme: POINT_OF_SALE, regionCode: \"02\", amountCents: $a) {\n      placement\n      range {\n        regionCode\n      }\n    }\n  }\n": typeof types.PricesPositionDocument,
    "\n  query PricesExpensePositions($id: ID!) {\n    subsidyApplication(id: $id) {\n      expensePricePositions {\n        placement\n        range {\n          regionCode\n          medianCents\n        }\n      }\n    }\n  }\n": typeof types.PricesExpensePositionsDocument,
    "\n  query PrivacyExportMyData {\n    exportMyData {\n      generatedAt\n      company {\n        id\n        siren\n        name\n      }\n      contactConsent {\n        consented\n      }\n      subsidyApplications {\n        id\n        projectSummary\n        investmentCents\n        aidCents\n        status\n        expenses {\n          description\n          amountCents\n        }\n        messages {\n          body\n        }\n        history {\n          action\n        }\n      }\n      diagnostics {\n        id\n      }\n      contactNeeds {\n        id\n        need\n        requests {\n          id\n          status\n        }\n      }\n      follows {\n        status\n        proposalMessage\n        connecteur {\n          id\n        }\n        sharedMeetingNotes {\n          edges {\n            node {\n              text\n            }\n          }\n        }\n      }\n      appointments {\n        id\n        topic\n        status\n      }\n      reviews {\n        id\n        comment\n        authorName\n        status\n        rating\n      }\n      testimonials {\n        id\n        story\n        status\n      }\n      providerEngagements {\n        id\n        description\n        companyName\n      }\n      providerRecommendations {\n        companyId\n        note\n        providers {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PrivacyExportMyDataDocument,
    "\n  mutation PrivacyDeleteMyAccount($c: String!) {\n    deleteMyAccount(confirmation: $c) {\n      deletedAt\n      subsidyApplicationsAnonymized\n      diagnosticsDetached\n      contactNeedsErased\n      followsEnded\n      appointmentsErased\n      reviewsAnonymized\n      testimonialsWithdrawn\n      providerEngagementsErased\n      providerRecommendationsErased\n    }\n  }\n": typeof types.PrivacyDeleteMyAccountDocument,
    "\n  mutation PrivacyRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n": typeof types.PrivacyRegisterCompanyDocument,
    "\n  mutation PrivacyJoinMyCompany {\n    joinMyCompany {\n      id\n    }\n  }\n": typeof types.PrivacyJoinMyCompanyDocument,
    "\n  query PrivacyMyCompany {\n    myCompany {\n      id\n    }\n  }\n": typeof types.PrivacyMyCompanyDocument,
    "\n  query PrivacyMyApplications {\n    subsidyApplications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PrivacyMyApplicationsDocument,
    "\n  mutation PrivacyCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PrivacyCreateApplicationDocument,
    "\n  mutation PrivacyAccept($id: ID!, $v: Int!) {\n    decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) {\n      status\n    }\n  }\n": typeof types.PrivacyAcceptDocument,
    "\n  mutation PrivacySendMessage($id: ID!, $b: String!) {\n    sendSubsidyMessage(id: $id, body: $b) {\n      at\n    }\n  }\n": typeof types.PrivacySendMessageDocument,
    "\n  mutation PrivacyAnnotate($id: ID!, $b: String!) {\n    annotateSubsidyApplication(id: $id, body: $b) {\n      at\n    }\n  }\n": typeof types.PrivacyAnnotateDocument,
    "\n  mutation PrivacySubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n    }\n  }\n": typeof types.PrivacySubmitDiagnosticDocument,
    "\n  query PrivacyDiagnosticResult($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n    }\n  }\n": typeof types.PrivacyDiagnosticResultDocument,
    "\n  mutation PrivacySendContactRequest($ids: [ID!]!, $need: String!, $contact: ContactDetailsInput) {\n    sendContactRequest(input: { connecteurIds: $ids, need: $need, contact: $contact }) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n": typeof types.PrivacySendContactRequestDocument,
    "\n  mutation PrivacyPostRequestMessage($r: ID!, $t: String!) {\n    postContactRequestMessage(requestId: $r, text: $t, clientKey: \"cle-message-1\") {\n      id\n    }\n  }\n": typeof types.PrivacyPostRequestMessageDocument,
    "\n  mutation PrivacyAddMeetingNote($c: ID!, $input: MeetingNoteInput!) {\n    addMeetingNote(companyId: $c, input: $input) {\n      id\n    }\n  }\n": typeof types.PrivacyAddMeetingNoteDocument,
    "\n  mutation PrivacyRecommendProviders($c: ID!, $p: [ID!]!, $n: String) {\n    recommendProviders(companyId: $c, providerIds: $p, note: $n) {\n      companyId\n    }\n  }\n": typeof types.PrivacyRecommendProvidersDocument,
    "\n  mutation PrivacyPublishSlots($s: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $s) {\n      id\n    }\n  }\n": typeof types.PrivacyPublishSlotsDocument,
    "\n  mutation PrivacyBookAppointment($s: ID!, $t: String) {\n    bookAppointment(slotId: $s, topic: $t) {\n      id\n    }\n  }\n": typeof types.PrivacyBookAppointmentDocument,
    "\n  mutation PrivacyDeclareEngagement($p: ID!, $d: String!) {\n    declareProviderEngagement(providerId: $p, description: $d) {\n      id\n    }\n  }\n": typeof types.PrivacyDeclareEngagementDocument,
    "\n  mutation PrivacyConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": typeof types.PrivacyConfirmEngagementDocument,
    "\n  mutation PrivacyReviewProvider($p: ID!, $r: Int!, $c: String!) {\n    reviewProvider(providerId: $p, rating: $r, comment: $c) {\n      id\n    }\n  }\n": typeof types.PrivacyReviewProviderDocument,
    "\n  mutation PrivacyPublishReview($id: ID!) {\n    moderateReview(reviewId: $id, decision: PUBLISH) {\n      status\n    }\n  }\n": typeof types.PrivacyPublishReviewDocument,
    "\n  mutation PrivacySubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n    }\n  }\n": typeof types.PrivacySubmitTestimonialDocument,
    "\n  mutation PrivacyPublishTestimonial($id: ID!) {\n    moderateTestimonial(id: $id, decision: PUBLISH) {\n      status\n    }\n  }\n": typeof types.PrivacyPublishTestimonialDocument,
    "\n  query PrivacyAgentView($a: ID!, $p: ID!) {\n    subsidyApplication(id: $a) {\n      status\n      investmentCents\n      aidCents\n      grantedAidCents\n      program {\n        id\n      }\n      expenses {\n        amountCents\n        theme\n        providerSiren\n      }\n      history {\n        action\n        actorRole\n        toStatus\n      }\n    }\n    subsidyProgram(id: $p) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.PrivacyAgentViewDocument,
    "\n  query PrivacyProviderRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n    }\n  }\n": typeof types.PrivacyProviderRatingDocument,
    "\n  query PrivacyConnecteurSide($r: ID!, $c: ID!) {\n    contactRequest(id: $r) {\n      status\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    appointmentSlots(connecteurId: $c) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.PrivacyConnecteurSideDocument,
    "\n  query PrivacyTestimonialStatus($id: ID!) {\n    testimonial(id: $id) {\n      status\n      story\n    }\n  }\n": typeof types.PrivacyTestimonialStatusDocument,
    "\n  mutation ReliabilityFaultsRegister($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      siren\n    }\n  }\n": typeof types.ReliabilityFaultsRegisterDocument,
    "\n  query ReliabilityFaultsMyCompany {\n    myCompany {\n      id\n    }\n  }\n": typeof types.ReliabilityFaultsMyCompanyDocument,
    "\n  mutation ReliabilityFaultsUpdate($v: Int!) {\n    updateCompany(input: { employees: 9 }, expectedVersion: $v) {\n      version\n    }\n  }\n": typeof types.ReliabilityFaultsUpdateDocument,
    "\n  mutation ReliabilityLostUpdate($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      employees\n      version\n    }\n  }\n": typeof types.ReliabilityLostUpdateDocument,
    "\n  mutation ReliabilityLostDeclare($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte du site vitrine.\") {\n      id\n    }\n  }\n": typeof types.ReliabilityLostDeclareDocument,
    "\n  mutation ReliabilityLostConfirm($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": typeof types.ReliabilityLostConfirmDocument,
    "\n  mutation SecurityWorldOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SecurityWorldOpenProgramDocument,
    "\n  mutation SecurityWorldRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.SecurityWorldRequestLabelDocument,
    "\n  mutation SecurityWorldGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-06-30\") {\n      id\n    }\n  }\n": typeof types.SecurityWorldGrantLabelDocument,
    "\n  mutation SecurityWorldCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SecurityWorldCreateApplicationDocument,
    "\n  mutation SecurityWorldSubmitApplication($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {\n    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {\n      id\n      version\n    }\n  }\n": typeof types.SecurityWorldSubmitApplicationDocument,
    "\n  mutation SecurityWorldStartReview($id: ID!, $v: Int!) {\n    startSubsidyReview(id: $id, expectedVersion: $v) {\n      id\n      version\n    }\n  }\n": typeof types.SecurityWorldStartReviewDocument,
    "\n  mutation SecurityWorldAccept($id: ID!, $v: Int!) {\n    decideSubsidyApplication(id: $id, expectedVersion: $v, decision: ACCEPT) {\n      id\n      version\n    }\n  }\n": typeof types.SecurityWorldAcceptDocument,
    "\n  mutation SecurityWorldRecordPayment($id: ID!, $v: Int!) {\n    recordSubsidyPayment(id: $id, expectedVersion: $v, invoiceCents: 1000000) {\n      id\n      version\n    }\n  }\n": typeof types.SecurityWorldRecordPaymentDocument,
    "\n  mutation SecurityWorldProposeFollow($c: ID!) {\n    proposeFollow(companyId: $c) {\n      status\n    }\n  }\n": typeof types.SecurityWorldProposeFollowDocument,
    "\n  mutation SecurityWorldAcceptFollow($c: ID!) {\n    acceptFollow(connecteurId: $c) {\n      status\n    }\n  }\n": typeof types.SecurityWorldAcceptFollowDocument,
    "\n  mutation SecurityWorldSendContactRequest($ids: [ID!]!, $need: String!) {\n    sendContactRequest(input: { connecteurIds: $ids, need: $need }) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n": typeof types.SecurityWorldSendContactRequestDocument,
    "\n  mutation SecurityWorldAnswerContactRequest($id: ID!, $s: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $s) {\n      id\n    }\n  }\n": typeof types.SecurityWorldAnswerContactRequestDocument,
    "\n  mutation SecurityWorldPublishSlots($s: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $s) {\n      id\n    }\n  }\n": typeof types.SecurityWorldPublishSlotsDocument,
    "\n  mutation SecurityWorldBookAppointment($s: ID!) {\n    bookAppointment(slotId: $s, topic: \"Premier rendez-vous\") {\n      id\n    }\n  }\n": typeof types.SecurityWorldBookAppointmentDocument,
    "\n  mutation SecurityWorldSubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n    }\n  }\n": typeof types.SecurityWorldSubmitDiagnosticDocument,
    "\n  mutation SecurityWorldPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.SecurityWorldPublishEventDocument,
    "\n  mutation SecurityWorldPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n    }\n  }\n": typeof types.SecurityWorldPublishNewsDocument,
    "\n  mutation SecurityWorldDeclareEngagement($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte du site vitrine.\") {\n      id\n    }\n  }\n": typeof types.SecurityWorldDeclareEngagementDocument,
    "\n  mutation SecurityWorldConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": typeof types.SecurityWorldConfirmEngagementDocument,
    "\n  mutation SecurityWorldReviewProvider($p: ID!) {\n    reviewProvider(providerId: $p, rating: 4, comment: \"Travail soigné, délais tenus.\") {\n      id\n    }\n  }\n": typeof types.SecurityWorldReviewProviderDocument,
    "\n  mutation SecurityWorldSubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n    }\n  }\n": typeof types.SecurityWorldSubmitTestimonialDocument,
    "\n  mutation SecurityWorldAddOffer {\n    addProviderOffer(\n      input: {\n        theme: ECOMMERCE_WEBSITE\n        description: \"Site vitrine\"\n        priceFromCents: 150000\n        priceToCents: 400000\n      }\n    ) {\n      offers {\n        id\n        description\n      }\n    }\n  }\n": typeof types.SecurityWorldAddOfferDocument,
    "\n  mutation SecurityWorldDeclareCapitalLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n": typeof types.SecurityWorldDeclareCapitalLinkDocument,
    "\n  mutation SecurityWorldAddActionItem($c: ID!) {\n    addActionItem(\n      companyId: $c\n      input: { theme: ONLINE_VISIBILITY, title: \"Créer la fiche d’établissement\" }\n    ) {\n      id\n    }\n  }\n": typeof types.SecurityWorldAddActionItemDocument,
    "\n  mutation SecurityWorldSendMessage($id: ID!) {\n    sendSubsidyMessage(id: $id, body: \"Voici le devis signé.\") {\n      at\n    }\n  }\n": typeof types.SecurityWorldSendMessageDocument,
    "\n  mutation SecurityWorldAnnotate($id: ID!) {\n    annotateSubsidyApplication(id: $id, body: \"Devis cohérent avec le référentiel.\") {\n      at\n    }\n  }\n": typeof types.SecurityWorldAnnotateDocument,
    "\n  mutation SecurityWorldRecommendProviders($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      companyId\n    }\n  }\n": typeof types.SecurityWorldRecommendProvidersDocument,
    "\n  mutation SecurityWorldModerateReview($id: ID!) {\n    moderateReview(reviewId: $id, decision: PUBLISH) {\n      status\n    }\n  }\n": typeof types.SecurityWorldModerateReviewDocument,
    "\n  query SecurityCostDirectoryCursors {\n    providers(first: 100) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.SecurityCostDirectoryCursorsDocument,
    "\n  query SecurityCostEmptySearch($after: String) {\n    providers(first: 1, after: $after, filter: { text: \"aucun prestataire\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SecurityCostEmptySearchDocument,
    "\n  query SecurityUpdatedSinceList($f: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $f, first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SecurityUpdatedSinceListDocument,
    "\n  mutation SubsidiesApplicationsUpdateCompany($v: Int!) {\n    updateCompany(input: { nafCode: \"47.71Z\", employees: 12 }, expectedVersion: $v) {\n      version\n    }\n  }\n": typeof types.SubsidiesApplicationsUpdateCompanyDocument,
    "\n  mutation SubsidiesApplicationsAnswerFollowUp($id: ID!, $s: Int!) {\n    answerSubsidyFollowUp(\n      id: $id\n      input: {\n        revenueChangePercent: 12\n        employeesChange: 2\n        benefit: true\n        satisfaction: $s\n        comment: \"Ventes en ligne en hausse\"\n      }\n    ) {\n      followUp {\n        revenueChangePercent\n        benefit\n      }\n      followUpOpensAt\n    }\n  }\n": typeof types.SubsidiesApplicationsAnswerFollowUpDocument,
    "\n  mutation SubsidiesApplicationsSendMessage($id: ID!, $b: String!) {\n    sendSubsidyMessage(id: $id, body: $b) {\n      authorRole\n      body\n    }\n  }\n": typeof types.SubsidiesApplicationsSendMessageDocument,
    "\n  mutation SubsidiesApplicationsAnnotate($id: ID!, $b: String!) {\n    annotateSubsidyApplication(id: $id, body: $b) {\n      authorSub\n      body\n    }\n  }\n": typeof types.SubsidiesApplicationsAnnotateDocument,
    "\n  query SubsidiesApplicationsAgentNotes($id: ID!) {\n    subsidyApplication(id: $id) {\n      messages {\n        authorRole\n        body\n      }\n      annotations {\n        body\n        authorSub\n      }\n      history {\n        actorSub\n      }\n    }\n  }\n": typeof types.SubsidiesApplicationsAgentNotesDocument,
    "\n  query SubsidiesApplicationsPmeNotes($id: ID!) {\n    subsidyApplication(id: $id) {\n      messages {\n        body\n      }\n      history {\n        actorRole\n        actorSub\n      }\n    }\n  }\n": typeof types.SubsidiesApplicationsPmeNotesDocument,
    "\n  query SubsidiesApplicationsPmeAnnotations($id: ID!) {\n    subsidyApplication(id: $id) {\n      id\n      annotations {\n        body\n      }\n    }\n  }\n": typeof types.SubsidiesApplicationsPmeAnnotationsDocument,
    "\n  query SubsidiesApplicationsAnnotations($id: ID!) {\n    subsidyApplication(id: $id) {\n      annotations {\n        body\n      }\n    }\n  }\n": typeof types.SubsidiesApplicationsAnnotationsDocument,
    "\n  query SubsidiesApplicationsPage($f: SubsidyApplicationFilter, $first: Int, $after: String) {\n    subsidyApplications(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SubsidiesApplicationsPageDocument,
    "\n  query SubsidiesApplicationsProgramFiles($p: ID!, $first: Int) {\n    subsidyApplications(filter: { programId: $p }, first: $first) {\n      edges {\n        node {\n          id\n          aidCents\n          eligible\n          company {\n            siren\n          }\n          program {\n            name\n          }\n          history {\n            action\n          }\n          messages {\n            body\n          }\n          annotations {\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubsidiesApplicationsProgramFilesDocument,
    "\n  mutation SubsidiesDecisionDeclareLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n": typeof types.SubsidiesDecisionDeclareLinkDocument,
    "\n  mutation SubsidiesDecisionRevokeLabel($id: ID!, $r: String!) {\n    revokeLabel(connecteurId: $id, reason: $r) {\n      id\n    }\n  }\n": typeof types.SubsidiesDecisionRevokeLabelDocument,
    "\n  mutation SubsidiesAttestationDeclareLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n      capitalLinks\n    }\n  }\n": typeof types.SubsidiesAttestationDeclareLinkDocument,
    "\n  mutation SubsidiesAttestationRemoveLink($s: String!) {\n    removeCapitalLink(providerSiren: $s) {\n      capitalLinks\n    }\n  }\n": typeof types.SubsidiesAttestationRemoveLinkDocument,
    "\n  query SubsidiesAttestationCapitalLinks($id: ID!) {\n    connecteur(id: $id) {\n      capitalLinks\n    }\n  }\n": typeof types.SubsidiesAttestationCapitalLinksDocument,
    "\n  query SubsidiesAttestationPublicConnecteur($id: ID!) {\n    connecteur(id: $id) {\n      id\n    }\n  }\n": typeof types.SubsidiesAttestationPublicConnecteurDocument,
    "\n  query SubsidiesAttestationChosenRead($id: ID!) {\n    subsidyApplication(id: $id) {\n      id\n      projectSummary\n      expenses {\n        providerSiren\n      }\n    }\n  }\n": typeof types.SubsidiesAttestationChosenReadDocument,
    "\n  mutation SubsidiesAttestationRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": typeof types.SubsidiesAttestationRegisterConnecteurDocument,
    "\n  mutation SubsidiesAttestationCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.SubsidiesAttestationCreateApplicationDocument,
    "\n  query SubsidiesAttestationToAttest($first: Int, $after: String) {\n    applicationsToAttest(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          trustedThirdParty {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SubsidiesAttestationToAttestDocument,
    "\n  query SubsidiesDemoMine {\n    myCompany {\n      regionCode\n    }\n    subsidyApplications {\n      edges {\n        node {\n          status\n          followUpOpensAt\n          program {\n            regionCode\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubsidiesDemoMineDocument,
    "\n  query SubsidiesDemoPrograms {\n    subsidyPrograms {\n      id\n      regionCode\n    }\n  }\n": typeof types.SubsidiesDemoProgramsDocument,
    "\n  query SubsidiesDemoProgramFiles($id: ID!) {\n    subsidyProgram(id: $id) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n    subsidyApplications(filter: { programId: $id }, first: 100) {\n      edges {\n        node {\n          status\n          grantedAidCents\n          paidCents\n          company {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubsidiesDemoProgramFilesDocument,
    "\n  query SubsidiesExportCsv($id: ID!) {\n    subsidyProgramExport(programId: $id)\n  }\n": typeof types.SubsidiesExportCsvDocument,
    "\n  mutation SubsidiesIsolationSendMessage($id: ID!) {\n    sendSubsidyMessage(id: $id, body: \"Bonjour\") {\n      at\n    }\n  }\n": typeof types.SubsidiesIsolationSendMessageDocument,
    "\n  query SubsidiesIsolationListFiles($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SubsidiesIsolationListFilesDocument,
    "\n  mutation SubsidiesIsolationCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.SubsidiesIsolationCreateApplicationDocument,
    "\n  mutation SubsidiesIsolationOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      regionCode\n    }\n  }\n": typeof types.SubsidiesIsolationOpenProgramDocument,
    "\n  mutation SubsidiesLocalMoveProvider($input: UpdateProviderInput!) {\n    updateProvider(input: $input) {\n      regionCode\n    }\n  }\n": typeof types.SubsidiesLocalMoveProviderDocument,
    "\n  query SubsidiesLocalListEligible {\n    subsidyApplications(first: 10) {\n      edges {\n        node {\n          id\n          eligible\n        }\n      }\n    }\n  }\n": typeof types.SubsidiesLocalListEligibleDocument,
    "\n  query SubsidiesParisDays($id: ID!) {\n    subsidyProgram(id: $id) {\n      opensOn\n      closesOn\n      isOpen\n    }\n  }\n": typeof types.SubsidiesParisDaysDocument,
    "\n  query SubsidiesPaymentHistory($id: ID!) {\n    subsidyApplication(id: $id) {\n      history {\n        action\n        reason\n        invoiceCents\n        paidCents\n        actorRole\n      }\n    }\n  }\n": typeof types.SubsidiesPaymentHistoryDocument,
    "\n  query SubsidiesPricesFeedReferential {\n    priceReferential(theme: BOOKING, regionCode: \"94\", source: QUOTES) {\n      observations\n      medianCents\n    }\n  }\n": typeof types.SubsidiesPricesFeedReferentialDocument,
    "\n  fragment SubsidiesProgramFields on SubsidyProgram {\n    id\n    regionCode\n    regionName\n    name\n    managingBody\n    opensAt\n    closesAt\n    isOpen\n    envelopeCents\n    aidRateBasisPoints\n    investmentFloorCents\n    investmentCeilingCents\n    aidFloorCents\n    aidCeilingCents\n    maxEmployees\n    maxAnnualRevenueCents\n    independenceRequired\n    excludedNafPrefixes\n    eligibleThemes\n    localProvidersOnly\n    perCompanyCapCents\n    perCompanyCapYears\n    attestationRequired\n    version\n  }\n": typeof types.SubsidiesProgramFieldsFragmentDoc,
    "\n  mutation SubsidiesProgramsOpen($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      ...SubsidiesProgramFields\n    }\n  }\n": typeof types.SubsidiesProgramsOpenDocument,
    "\n  mutation SubsidiesProgramsUpdate($id: ID!, $input: UpdateSubsidyProgramInput!, $v: Int!) {\n    updateSubsidyProgram(id: $id, input: $input, expectedVersion: $v) {\n      ...SubsidiesProgramFields\n    }\n  }\n": typeof types.SubsidiesProgramsUpdateDocument,
    "\n  query SubsidiesProgramsOf($r: String) {\n    subsidyPrograms(regionCode: $r) {\n      id\n      name\n    }\n  }\n": typeof types.SubsidiesProgramsOfDocument,
    "\n  query SubsidiesProgramsPublic($id: ID!) {\n    subsidyProgram(id: $id) {\n      name\n      envelopeCents\n      small: simulateAid(investmentCents: 1234567)\n      big: simulateAid(investmentCents: 99000000)\n    }\n  }\n": typeof types.SubsidiesProgramsPublicDocument,
    "\n  query SubsidiesProgramsExport($id: ID!) {\n    subsidyProgramExport(programId: $id)\n  }\n": typeof types.SubsidiesProgramsExportDocument,
    "\n  query SubsidiesProgramsAnonymousDashboard($id: ID!) {\n    subsidyProgram(id: $id) {\n      name\n      dashboard {\n        paidCents\n      }\n    }\n  }\n": typeof types.SubsidiesProgramsAnonymousDashboardDocument,
    "\n  fragment SubsidiesQuestionFields on SubsidyProgram {\n    questions {\n      id\n      label\n      kind\n      required\n      requiredAnswer\n      min\n      max\n      unit\n      choices\n      acceptedChoices\n    }\n  }\n": typeof types.SubsidiesQuestionFieldsFragmentDoc,
    "\n  query SubsidiesReadQuestions($id: ID!) {\n    subsidyProgram(id: $id) {\n      ...SubsidiesQuestionFields\n    }\n  }\n": typeof types.SubsidiesReadQuestionsDocument,
    "\n  mutation SubsidiesUpdateQuestions($id: ID!, $input: UpdateSubsidyProgramInput!) {\n    updateSubsidyProgram(id: $id, input: $input, expectedVersion: 1) {\n      version\n      ...SubsidiesQuestionFields\n    }\n  }\n": typeof types.SubsidiesUpdateQuestionsDocument,
    "\n  mutation SubsidiesQuestionsOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n    }\n  }\n": typeof types.SubsidiesQuestionsOpenProgramDocument,
    "\n  mutation SubsidiesQuestionsCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.SubsidiesQuestionsCreateApplicationDocument,
    "\n  query SubsidiesQuestionsAgentView($id: ID!) {\n    subsidyApplication(id: $id) {\n      answers {\n        questionId\n        yes\n        number\n        choice\n      }\n      eligibility {\n        rule\n        questionId\n        passed\n      }\n    }\n  }\n": typeof types.SubsidiesQuestionsAgentViewDocument,
    "\n  query SubsidiesQueue(\n    $filter: SubsidyApplicationFilter\n    $orderBy: SubsidyApplicationOrder\n    $first: Int\n    $after: String\n  ) {\n    subsidyApplications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          company {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SubsidiesQueueDocument,
    "\n  query SubsidiesQueueInProgress($id: ID!) {\n    subsidyProgram(id: $id) {\n      dashboard {\n        inProgressCents\n        committedCents\n      }\n    }\n  }\n": typeof types.SubsidiesQueueInProgressDocument,
    "\n  mutation SubsidiesSupportRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      version\n      regionCode\n    }\n  }\n": typeof types.SubsidiesSupportRegisterCompanyDocument,
    "\n  mutation SubsidiesSupportOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n      version\n      regionCode\n    }\n  }\n": typeof types.SubsidiesSupportOpenProgramDocument,
    "\n  mutation SubsidiesSupportSubmit($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {\n    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {\n      version\n    }\n  }\n": typeof types.SubsidiesSupportSubmitDocument,
    "\n  mutation SubsidiesSupportStartReview($id: ID!, $v: Int!) {\n    startSubsidyReview(id: $id, expectedVersion: $v) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SubsidiesSupportStartReviewDocument,
    "\n  mutation SubsidiesSupportRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": typeof types.SubsidiesSupportRegisterConnecteurDocument,
    "\n  mutation SubsidiesSupportRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.SubsidiesSupportRequestLabelDocument,
    "\n  mutation SubsidiesSupportGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-06-30\") {\n      id\n    }\n  }\n": typeof types.SubsidiesSupportGrantLabelDocument,
    "\n  mutation SupportRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      departementCode\n      regionCode\n    }\n  }\n": typeof types.SupportRegisterCompanyDocument,
    "\n  mutation SupportRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": typeof types.SupportRegisterConnecteurDocument,
    "\n  mutation SupportRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.SupportRequestLabelDocument,
    "\n  mutation SupportGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until) {\n      id\n    }\n  }\n": typeof types.SupportGrantLabelDocument,
    "\n  query SupportMyConnecteurProfile {\n    myConnecteurProfile {\n      isLabelled\n      hasPendingLabelRequest\n      createdAt\n    }\n  }\n": typeof types.SupportMyConnecteurProfileDocument,
};
const documents: Documents = {
    "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n": types.TestCompanyFieldsFragmentDoc,
    "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n": types.TestRegisterCompanyDocument,
    "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n": types.TestUpdateCompanyDocument,
    "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n": types.TestJoinMyCompanyDocument,
    "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n": types.TestMyCompanyDocument,
    "\n  mutation EventsPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      title\n      startsAt\n      regionCode\n      departementCode\n      communeCode\n      online\n      themes\n    }\n  }\n": types.EventsPublishEventDocument,
    "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsListDocument,
    "\n  mutation EventsCancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n": types.EventsCancelEventDocument,
    "\n  query EventsReadEvent($id: ID!) {\n    event(id: $id) {\n      id\n    }\n  }\n": types.EventsReadEventDocument,
    "\n  mutation EventsUpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      regionCode\n      startsAt\n    }\n  }\n": types.EventsUpdateEventDocument,
    "\n  mutation EventsPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      regionCode\n    }\n  }\n": types.EventsPublishNewsDocument,
    "\n  query EventsListNews($r: String) {\n    news(filter: { regionCode: $r }, first: 100) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.EventsListNewsDocument,
    "\n  mutation EventsWithdrawNews($id: ID!) {\n    withdrawNews(id: $id)\n  }\n": types.EventsWithdrawNewsDocument,
    "\n  query GraphqlTokensViewer {\n    viewer {\n      sub\n      role\n    }\n  }\n": types.GraphqlTokensViewerDocument,
    "\n  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsListDocument,
    "\n  mutation NotificationsMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.NotificationsMarkReadDocument,
    "\n  mutation NotificationsDeleteMyAccount {\n    deleteMyAccount(confirmation: \"SUPPRIMER MON COMPTE\") {\n      deletedAt\n    }\n  }\n": types.NotificationsDeleteMyAccountDocument,
    "\n  mutation NotificationsPublishSlots($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n    }\n  }\n": types.NotificationsPublishSlotsDocument,
    "\n  mutation NotificationsBookAppointment($id: ID!) {\n    bookAppointment(slotId: $id) {\n      id\n      startsAt\n    }\n  }\n": types.NotificationsBookAppointmentDocument,
    "\n  mutation NotificationsCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      status\n    }\n  }\n": types.NotificationsCancelAppointmentDocument,
    "\n  mutation NotificationsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.NotificationsRequestLabelDocument,
    "\n  mutation NotificationsGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until) {\n      id\n    }\n  }\n": types.NotificationsGrantLabelDocument,
    "\n  mutation NotificationsRejectLabelRequest($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Charte non respectée\") {\n      id\n    }\n  }\n": types.NotificationsRejectLabelRequestDocument,
    "\n  mutation NotificationsRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Charte non respectée\") {\n      id\n    }\n  }\n": types.NotificationsRevokeLabelDocument,
    "\n  mutation NotificationsSendContactRequest($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n      requests {\n        id\n        connecteur {\n          id\n        }\n      }\n    }\n  }\n": types.NotificationsSendContactRequestDocument,
    "\n  mutation NotificationsAnswerContactRequest($id: ID!, $status: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.NotificationsAnswerContactRequestDocument,
    "\n  mutation NotificationsReopenContactRequest($id: ID!) {\n    reopenContactRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.NotificationsReopenContactRequestDocument,
    "\n  query NotificationsDeliveryList($unreadOnly: Boolean) {\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          category\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDeliveryListDocument,
    "\n  query NotificationsDeliveryViewer {\n    viewer {\n      sub\n    }\n  }\n": types.NotificationsDeliveryViewerDocument,
    "\n  mutation NotificationsDeliveryUpdatePreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      categories {\n        category\n        email\n        digest\n      }\n    }\n  }\n": types.NotificationsDeliveryUpdatePreferencesDocument,
    "\n  mutation NotificationsProposeFollow($id: ID!) {\n    proposeFollow(companyId: $id) {\n      status\n    }\n  }\n": types.NotificationsProposeFollowDocument,
    "\n  mutation NotificationsAcceptFollow($id: ID!) {\n    acceptFollow(connecteurId: $id) {\n      status\n    }\n  }\n": types.NotificationsAcceptFollowDocument,
    "\n  mutation NotificationsDeclineFollow($id: ID!) {\n    declineFollow(connecteurId: $id) {\n      status\n    }\n  }\n": types.NotificationsDeclineFollowDocument,
    "\n  mutation NotificationsRevokeFollow($id: ID!) {\n    revokeFollow(connecteurId: $id) {\n      status\n    }\n  }\n": types.NotificationsRevokeFollowDocument,
    "\n  mutation NotificationsSubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n      overallScore\n      level\n      claimed\n      levelInfo {\n        name\n      }\n      themeScores {\n        theme\n        score\n      }\n      peers {\n        scope\n        label\n        peerCount\n        averageScore\n        shareBelow\n      }\n    }\n  }\n": types.NotificationsSubmitDiagnosticDocument,
    "\n  mutation NotificationsFollowupsSendContactRequest($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n    }\n  }\n": types.NotificationsFollowupsSendContactRequestDocument,
    "\n  mutation NotificationsAddActionItem($id: ID!) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: \"Faire le point\" }) {\n      id\n    }\n  }\n": types.NotificationsAddActionItemDocument,
    "\n  query NotificationsLocalViewer {\n    viewer {\n      sub\n    }\n  }\n": types.NotificationsLocalViewerDocument,
    "\n  mutation NotificationsSubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n      status\n    }\n  }\n": types.NotificationsSubmitTestimonialDocument,
    "\n  mutation NotificationsAgreeToTestimonial($id: ID!) {\n    agreeToTestimonial(id: $id) {\n      status\n    }\n  }\n": types.NotificationsAgreeToTestimonialDocument,
    "\n  query NotificationsPreferences {\n    notificationPreferences {\n      email\n      emailSuppressed\n      emailSuppressedReason\n      categories {\n        category\n        email\n        always\n        digest\n        digestAvailable\n      }\n    }\n  }\n": types.NotificationsPreferencesDocument,
    "\n  mutation NotificationsUpdatePreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      categories {\n        category\n        email\n      }\n    }\n  }\n": types.NotificationsUpdatePreferencesDocument,
    "\n  query NotificationsViewer {\n    viewer {\n      sub\n    }\n  }\n": types.NotificationsViewerDocument,
    "\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n": types.NotificationsUnreadCountDocument,
    "\n  mutation NotificationsRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": types.NotificationsRegisterConnecteurDocument,
    "\n  mutation NotificationsSubsidiesRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.NotificationsSubsidiesRequestLabelDocument,
    "\n  mutation NotificationsSubsidiesGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2038-12-31\") {\n      id\n    }\n  }\n": types.NotificationsSubsidiesGrantLabelDocument,
    "\n  query PricesRange($t: Theme!, $r: String, $s: PriceSource) {\n    priceReferential(theme: $t, regionCode: $r, source: $s) {\n      theme\n      regionCode\n      source\n      lowCents\n      medianCents\n      highCents\n      observations\n    }\n  }\n": types.PricesRangeDocument,
    "\n  mutation PricesRemoveOffer($id: ID!) {\n    removeProviderOffer(offerId: $id) {\n      id\n    }\n  }\n": types.PricesRemoveOfferDocument,
    "\n  mutation PricesMoveProvider {\n    updateProvider(input: { communeCode: \"97209\" }) {\n      id\n    }\n  }\n": types.PricesMoveProviderDocument,
    "\n  query PricesReferentials {\n    priceReferentials(regionCode: \"02\") {\n      theme\n      overall {\n        observations\n      }\n      offers {\n        observations\n      }\n      quotes {\n        medianCents\n      }\n      invoices {\n        observations\n      }\n    }\n  }\n": types.PricesReferentialsDocument,
    "\n  query PricesPosition($a: Cents!) {\n    pricePosition(theme: POINT_OF_SALE, regionCode: \"02\", amountCents: $a) {\n      placement\n      range {\n        regionCode\n      }\n    }\n  }\n": types.PricesPositionDocument,
    "\n  query PricesExpensePositions($id: ID!) {\n    subsidyApplication(id: $id) {\n      expensePricePositions {\n        placement\n        range {\n          regionCode\n          medianCents\n        }\n      }\n    }\n  }\n": types.PricesExpensePositionsDocument,
    "\n  query PrivacyExportMyData {\n    exportMyData {\n      generatedAt\n      company {\n        id\n        siren\n        name\n      }\n      contactConsent {\n        consented\n      }\n      subsidyApplications {\n        id\n        projectSummary\n        investmentCents\n        aidCents\n        status\n        expenses {\n          description\n          amountCents\n        }\n        messages {\n          body\n        }\n        history {\n          action\n        }\n      }\n      diagnostics {\n        id\n      }\n      contactNeeds {\n        id\n        need\n        requests {\n          id\n          status\n        }\n      }\n      follows {\n        status\n        proposalMessage\n        connecteur {\n          id\n        }\n        sharedMeetingNotes {\n          edges {\n            node {\n              text\n            }\n          }\n        }\n      }\n      appointments {\n        id\n        topic\n        status\n      }\n      reviews {\n        id\n        comment\n        authorName\n        status\n        rating\n      }\n      testimonials {\n        id\n        story\n        status\n      }\n      providerEngagements {\n        id\n        description\n        companyName\n      }\n      providerRecommendations {\n        companyId\n        note\n        providers {\n          id\n        }\n      }\n    }\n  }\n": types.PrivacyExportMyDataDocument,
    "\n  mutation PrivacyDeleteMyAccount($c: String!) {\n    deleteMyAccount(confirmation: $c) {\n      deletedAt\n      subsidyApplicationsAnonymized\n      diagnosticsDetached\n      contactNeedsErased\n      followsEnded\n      appointmentsErased\n      reviewsAnonymized\n      testimonialsWithdrawn\n      providerEngagementsErased\n      providerRecommendationsErased\n    }\n  }\n": types.PrivacyDeleteMyAccountDocument,
    "\n  mutation PrivacyRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n": types.PrivacyRegisterCompanyDocument,
    "\n  mutation PrivacyJoinMyCompany {\n    joinMyCompany {\n      id\n    }\n  }\n": types.PrivacyJoinMyCompanyDocument,
    "\n  query PrivacyMyCompany {\n    myCompany {\n      id\n    }\n  }\n": types.PrivacyMyCompanyDocument,
    "\n  query PrivacyMyApplications {\n    subsidyApplications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PrivacyMyApplicationsDocument,
    "\n  mutation PrivacyCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n      version\n    }\n  }\n": types.PrivacyCreateApplicationDocument,
    "\n  mutation PrivacyAccept($id: ID!, $v: Int!) {\n    decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) {\n      status\n    }\n  }\n": types.PrivacyAcceptDocument,
    "\n  mutation PrivacySendMessage($id: ID!, $b: String!) {\n    sendSubsidyMessage(id: $id, body: $b) {\n      at\n    }\n  }\n": types.PrivacySendMessageDocument,
    "\n  mutation PrivacyAnnotate($id: ID!, $b: String!) {\n    annotateSubsidyApplication(id: $id, body: $b) {\n      at\n    }\n  }\n": types.PrivacyAnnotateDocument,
    "\n  mutation PrivacySubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n    }\n  }\n": types.PrivacySubmitDiagnosticDocument,
    "\n  query PrivacyDiagnosticResult($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n    }\n  }\n": types.PrivacyDiagnosticResultDocument,
    "\n  mutation PrivacySendContactRequest($ids: [ID!]!, $need: String!, $contact: ContactDetailsInput) {\n    sendContactRequest(input: { connecteurIds: $ids, need: $need, contact: $contact }) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n": types.PrivacySendContactRequestDocument,
    "\n  mutation PrivacyPostRequestMessage($r: ID!, $t: String!) {\n    postContactRequestMessage(requestId: $r, text: $t, clientKey: \"cle-message-1\") {\n      id\n    }\n  }\n": types.PrivacyPostRequestMessageDocument,
    "\n  mutation PrivacyAddMeetingNote($c: ID!, $input: MeetingNoteInput!) {\n    addMeetingNote(companyId: $c, input: $input) {\n      id\n    }\n  }\n": types.PrivacyAddMeetingNoteDocument,
    "\n  mutation PrivacyRecommendProviders($c: ID!, $p: [ID!]!, $n: String) {\n    recommendProviders(companyId: $c, providerIds: $p, note: $n) {\n      companyId\n    }\n  }\n": types.PrivacyRecommendProvidersDocument,
    "\n  mutation PrivacyPublishSlots($s: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $s) {\n      id\n    }\n  }\n": types.PrivacyPublishSlotsDocument,
    "\n  mutation PrivacyBookAppointment($s: ID!, $t: String) {\n    bookAppointment(slotId: $s, topic: $t) {\n      id\n    }\n  }\n": types.PrivacyBookAppointmentDocument,
    "\n  mutation PrivacyDeclareEngagement($p: ID!, $d: String!) {\n    declareProviderEngagement(providerId: $p, description: $d) {\n      id\n    }\n  }\n": types.PrivacyDeclareEngagementDocument,
    "\n  mutation PrivacyConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": types.PrivacyConfirmEngagementDocument,
    "\n  mutation PrivacyReviewProvider($p: ID!, $r: Int!, $c: String!) {\n    reviewProvider(providerId: $p, rating: $r, comment: $c) {\n      id\n    }\n  }\n": types.PrivacyReviewProviderDocument,
    "\n  mutation PrivacyPublishReview($id: ID!) {\n    moderateReview(reviewId: $id, decision: PUBLISH) {\n      status\n    }\n  }\n": types.PrivacyPublishReviewDocument,
    "\n  mutation PrivacySubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n    }\n  }\n": types.PrivacySubmitTestimonialDocument,
    "\n  mutation PrivacyPublishTestimonial($id: ID!) {\n    moderateTestimonial(id: $id, decision: PUBLISH) {\n      status\n    }\n  }\n": types.PrivacyPublishTestimonialDocument,
    "\n  query PrivacyAgentView($a: ID!, $p: ID!) {\n    subsidyApplication(id: $a) {\n      status\n      investmentCents\n      aidCents\n      grantedAidCents\n      program {\n        id\n      }\n      expenses {\n        amountCents\n        theme\n        providerSiren\n      }\n      history {\n        action\n        actorRole\n        toStatus\n      }\n    }\n    subsidyProgram(id: $p) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.PrivacyAgentViewDocument,
    "\n  query PrivacyProviderRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n    }\n  }\n": types.PrivacyProviderRatingDocument,
    "\n  query PrivacyConnecteurSide($r: ID!, $c: ID!) {\n    contactRequest(id: $r) {\n      status\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    appointmentSlots(connecteurId: $c) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.PrivacyConnecteurSideDocument,
    "\n  query PrivacyTestimonialStatus($id: ID!) {\n    testimonial(id: $id) {\n      status\n      story\n    }\n  }\n": types.PrivacyTestimonialStatusDocument,
    "\n  mutation ReliabilityFaultsRegister($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      siren\n    }\n  }\n": types.ReliabilityFaultsRegisterDocument,
    "\n  query ReliabilityFaultsMyCompany {\n    myCompany {\n      id\n    }\n  }\n": types.ReliabilityFaultsMyCompanyDocument,
    "\n  mutation ReliabilityFaultsUpdate($v: Int!) {\n    updateCompany(input: { employees: 9 }, expectedVersion: $v) {\n      version\n    }\n  }\n": types.ReliabilityFaultsUpdateDocument,
    "\n  mutation ReliabilityLostUpdate($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      employees\n      version\n    }\n  }\n": types.ReliabilityLostUpdateDocument,
    "\n  mutation ReliabilityLostDeclare($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte du site vitrine.\") {\n      id\n    }\n  }\n": types.ReliabilityLostDeclareDocument,
    "\n  mutation ReliabilityLostConfirm($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": types.ReliabilityLostConfirmDocument,
    "\n  mutation SecurityWorldOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n      version\n    }\n  }\n": types.SecurityWorldOpenProgramDocument,
    "\n  mutation SecurityWorldRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.SecurityWorldRequestLabelDocument,
    "\n  mutation SecurityWorldGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-06-30\") {\n      id\n    }\n  }\n": types.SecurityWorldGrantLabelDocument,
    "\n  mutation SecurityWorldCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n      version\n    }\n  }\n": types.SecurityWorldCreateApplicationDocument,
    "\n  mutation SecurityWorldSubmitApplication($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {\n    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {\n      id\n      version\n    }\n  }\n": types.SecurityWorldSubmitApplicationDocument,
    "\n  mutation SecurityWorldStartReview($id: ID!, $v: Int!) {\n    startSubsidyReview(id: $id, expectedVersion: $v) {\n      id\n      version\n    }\n  }\n": types.SecurityWorldStartReviewDocument,
    "\n  mutation SecurityWorldAccept($id: ID!, $v: Int!) {\n    decideSubsidyApplication(id: $id, expectedVersion: $v, decision: ACCEPT) {\n      id\n      version\n    }\n  }\n": types.SecurityWorldAcceptDocument,
    "\n  mutation SecurityWorldRecordPayment($id: ID!, $v: Int!) {\n    recordSubsidyPayment(id: $id, expectedVersion: $v, invoiceCents: 1000000) {\n      id\n      version\n    }\n  }\n": types.SecurityWorldRecordPaymentDocument,
    "\n  mutation SecurityWorldProposeFollow($c: ID!) {\n    proposeFollow(companyId: $c) {\n      status\n    }\n  }\n": types.SecurityWorldProposeFollowDocument,
    "\n  mutation SecurityWorldAcceptFollow($c: ID!) {\n    acceptFollow(connecteurId: $c) {\n      status\n    }\n  }\n": types.SecurityWorldAcceptFollowDocument,
    "\n  mutation SecurityWorldSendContactRequest($ids: [ID!]!, $need: String!) {\n    sendContactRequest(input: { connecteurIds: $ids, need: $need }) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n": types.SecurityWorldSendContactRequestDocument,
    "\n  mutation SecurityWorldAnswerContactRequest($id: ID!, $s: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $s) {\n      id\n    }\n  }\n": types.SecurityWorldAnswerContactRequestDocument,
    "\n  mutation SecurityWorldPublishSlots($s: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $s) {\n      id\n    }\n  }\n": types.SecurityWorldPublishSlotsDocument,
    "\n  mutation SecurityWorldBookAppointment($s: ID!) {\n    bookAppointment(slotId: $s, topic: \"Premier rendez-vous\") {\n      id\n    }\n  }\n": types.SecurityWorldBookAppointmentDocument,
    "\n  mutation SecurityWorldSubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n    }\n  }\n": types.SecurityWorldSubmitDiagnosticDocument,
    "\n  mutation SecurityWorldPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n    }\n  }\n": types.SecurityWorldPublishEventDocument,
    "\n  mutation SecurityWorldPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n    }\n  }\n": types.SecurityWorldPublishNewsDocument,
    "\n  mutation SecurityWorldDeclareEngagement($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte du site vitrine.\") {\n      id\n    }\n  }\n": types.SecurityWorldDeclareEngagementDocument,
    "\n  mutation SecurityWorldConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": types.SecurityWorldConfirmEngagementDocument,
    "\n  mutation SecurityWorldReviewProvider($p: ID!) {\n    reviewProvider(providerId: $p, rating: 4, comment: \"Travail soigné, délais tenus.\") {\n      id\n    }\n  }\n": types.SecurityWorldReviewProviderDocument,
    "\n  mutation SecurityWorldSubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n    }\n  }\n": types.SecurityWorldSubmitTestimonialDocument,
    "\n  mutation SecurityWorldAddOffer {\n    addProviderOffer(\n      input: {\n        theme: ECOMMERCE_WEBSITE\n        description: \"Site vitrine\"\n        priceFromCents: 150000\n        priceToCents: 400000\n      }\n    ) {\n      offers {\n        id\n        description\n      }\n    }\n  }\n": types.SecurityWorldAddOfferDocument,
    "\n  mutation SecurityWorldDeclareCapitalLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n": types.SecurityWorldDeclareCapitalLinkDocument,
    "\n  mutation SecurityWorldAddActionItem($c: ID!) {\n    addActionItem(\n      companyId: $c\n      input: { theme: ONLINE_VISIBILITY, title: \"Créer la fiche d’établissement\" }\n    ) {\n      id\n    }\n  }\n": types.SecurityWorldAddActionItemDocument,
    "\n  mutation SecurityWorldSendMessage($id: ID!) {\n    sendSubsidyMessage(id: $id, body: \"Voici le devis signé.\") {\n      at\n    }\n  }\n": types.SecurityWorldSendMessageDocument,
    "\n  mutation SecurityWorldAnnotate($id: ID!) {\n    annotateSubsidyApplication(id: $id, body: \"Devis cohérent avec le référentiel.\") {\n      at\n    }\n  }\n": types.SecurityWorldAnnotateDocument,
    "\n  mutation SecurityWorldRecommendProviders($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      companyId\n    }\n  }\n": types.SecurityWorldRecommendProvidersDocument,
    "\n  mutation SecurityWorldModerateReview($id: ID!) {\n    moderateReview(reviewId: $id, decision: PUBLISH) {\n      status\n    }\n  }\n": types.SecurityWorldModerateReviewDocument,
    "\n  query SecurityCostDirectoryCursors {\n    providers(first: 100) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.SecurityCostDirectoryCursorsDocument,
    "\n  query SecurityCostEmptySearch($after: String) {\n    providers(first: 1, after: $after, filter: { text: \"aucun prestataire\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SecurityCostEmptySearchDocument,
    "\n  query SecurityUpdatedSinceList($f: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $f, first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SecurityUpdatedSinceListDocument,
    "\n  mutation SubsidiesApplicationsUpdateCompany($v: Int!) {\n    updateCompany(input: { nafCode: \"47.71Z\", employees: 12 }, expectedVersion: $v) {\n      version\n    }\n  }\n": types.SubsidiesApplicationsUpdateCompanyDocument,
    "\n  mutation SubsidiesApplicationsAnswerFollowUp($id: ID!, $s: Int!) {\n    answerSubsidyFollowUp(\n      id: $id\n      input: {\n        revenueChangePercent: 12\n        employeesChange: 2\n        benefit: true\n        satisfaction: $s\n        comment: \"Ventes en ligne en hausse\"\n      }\n    ) {\n      followUp {\n        revenueChangePercent\n        benefit\n      }\n      followUpOpensAt\n    }\n  }\n": types.SubsidiesApplicationsAnswerFollowUpDocument,
    "\n  mutation SubsidiesApplicationsSendMessage($id: ID!, $b: String!) {\n    sendSubsidyMessage(id: $id, body: $b) {\n      authorRole\n      body\n    }\n  }\n": types.SubsidiesApplicationsSendMessageDocument,
    "\n  mutation SubsidiesApplicationsAnnotate($id: ID!, $b: String!) {\n    annotateSubsidyApplication(id: $id, body: $b) {\n      authorSub\n      body\n    }\n  }\n": types.SubsidiesApplicationsAnnotateDocument,
    "\n  query SubsidiesApplicationsAgentNotes($id: ID!) {\n    subsidyApplication(id: $id) {\n      messages {\n        authorRole\n        body\n      }\n      annotations {\n        body\n        authorSub\n      }\n      history {\n        actorSub\n      }\n    }\n  }\n": types.SubsidiesApplicationsAgentNotesDocument,
    "\n  query SubsidiesApplicationsPmeNotes($id: ID!) {\n    subsidyApplication(id: $id) {\n      messages {\n        body\n      }\n      history {\n        actorRole\n        actorSub\n      }\n    }\n  }\n": types.SubsidiesApplicationsPmeNotesDocument,
    "\n  query SubsidiesApplicationsPmeAnnotations($id: ID!) {\n    subsidyApplication(id: $id) {\n      id\n      annotations {\n        body\n      }\n    }\n  }\n": types.SubsidiesApplicationsPmeAnnotationsDocument,
    "\n  query SubsidiesApplicationsAnnotations($id: ID!) {\n    subsidyApplication(id: $id) {\n      annotations {\n        body\n      }\n    }\n  }\n": types.SubsidiesApplicationsAnnotationsDocument,
    "\n  query SubsidiesApplicationsPage($f: SubsidyApplicationFilter, $first: Int, $after: String) {\n    subsidyApplications(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SubsidiesApplicationsPageDocument,
    "\n  query SubsidiesApplicationsProgramFiles($p: ID!, $first: Int) {\n    subsidyApplications(filter: { programId: $p }, first: $first) {\n      edges {\n        node {\n          id\n          aidCents\n          eligible\n          company {\n            siren\n          }\n          program {\n            name\n          }\n          history {\n            action\n          }\n          messages {\n            body\n          }\n          annotations {\n            body\n          }\n        }\n      }\n    }\n  }\n": types.SubsidiesApplicationsProgramFilesDocument,
    "\n  mutation SubsidiesDecisionDeclareLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n": types.SubsidiesDecisionDeclareLinkDocument,
    "\n  mutation SubsidiesDecisionRevokeLabel($id: ID!, $r: String!) {\n    revokeLabel(connecteurId: $id, reason: $r) {\n      id\n    }\n  }\n": types.SubsidiesDecisionRevokeLabelDocument,
    "\n  mutation SubsidiesAttestationDeclareLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n      capitalLinks\n    }\n  }\n": types.SubsidiesAttestationDeclareLinkDocument,
    "\n  mutation SubsidiesAttestationRemoveLink($s: String!) {\n    removeCapitalLink(providerSiren: $s) {\n      capitalLinks\n    }\n  }\n": types.SubsidiesAttestationRemoveLinkDocument,
    "\n  query SubsidiesAttestationCapitalLinks($id: ID!) {\n    connecteur(id: $id) {\n      capitalLinks\n    }\n  }\n": types.SubsidiesAttestationCapitalLinksDocument,
    "\n  query SubsidiesAttestationPublicConnecteur($id: ID!) {\n    connecteur(id: $id) {\n      id\n    }\n  }\n": types.SubsidiesAttestationPublicConnecteurDocument,
    "\n  query SubsidiesAttestationChosenRead($id: ID!) {\n    subsidyApplication(id: $id) {\n      id\n      projectSummary\n      expenses {\n        providerSiren\n      }\n    }\n  }\n": types.SubsidiesAttestationChosenReadDocument,
    "\n  mutation SubsidiesAttestationRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": types.SubsidiesAttestationRegisterConnecteurDocument,
    "\n  mutation SubsidiesAttestationCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n": types.SubsidiesAttestationCreateApplicationDocument,
    "\n  query SubsidiesAttestationToAttest($first: Int, $after: String) {\n    applicationsToAttest(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          trustedThirdParty {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SubsidiesAttestationToAttestDocument,
    "\n  query SubsidiesDemoMine {\n    myCompany {\n      regionCode\n    }\n    subsidyApplications {\n      edges {\n        node {\n          status\n          followUpOpensAt\n          program {\n            regionCode\n          }\n        }\n      }\n    }\n  }\n": types.SubsidiesDemoMineDocument,
    "\n  query SubsidiesDemoPrograms {\n    subsidyPrograms {\n      id\n      regionCode\n    }\n  }\n": types.SubsidiesDemoProgramsDocument,
    "\n  query SubsidiesDemoProgramFiles($id: ID!) {\n    subsidyProgram(id: $id) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n    subsidyApplications(filter: { programId: $id }, first: 100) {\n      edges {\n        node {\n          status\n          grantedAidCents\n          paidCents\n          company {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SubsidiesDemoProgramFilesDocument,
    "\n  query SubsidiesExportCsv($id: ID!) {\n    subsidyProgramExport(programId: $id)\n  }\n": types.SubsidiesExportCsvDocument,
    "\n  mutation SubsidiesIsolationSendMessage($id: ID!) {\n    sendSubsidyMessage(id: $id, body: \"Bonjour\") {\n      at\n    }\n  }\n": types.SubsidiesIsolationSendMessageDocument,
    "\n  query SubsidiesIsolationListFiles($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SubsidiesIsolationListFilesDocument,
    "\n  mutation SubsidiesIsolationCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n": types.SubsidiesIsolationCreateApplicationDocument,
    "\n  mutation SubsidiesIsolationOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      regionCode\n    }\n  }\n": types.SubsidiesIsolationOpenProgramDocument,
    "\n  mutation SubsidiesLocalMoveProvider($input: UpdateProviderInput!) {\n    updateProvider(input: $input) {\n      regionCode\n    }\n  }\n": types.SubsidiesLocalMoveProviderDocument,
    "\n  query SubsidiesLocalListEligible {\n    subsidyApplications(first: 10) {\n      edges {\n        node {\n          id\n          eligible\n        }\n      }\n    }\n  }\n": types.SubsidiesLocalListEligibleDocument,
    "\n  query SubsidiesParisDays($id: ID!) {\n    subsidyProgram(id: $id) {\n      opensOn\n      closesOn\n      isOpen\n    }\n  }\n": types.SubsidiesParisDaysDocument,
    "\n  query SubsidiesPaymentHistory($id: ID!) {\n    subsidyApplication(id: $id) {\n      history {\n        action\n        reason\n        invoiceCents\n        paidCents\n        actorRole\n      }\n    }\n  }\n": types.SubsidiesPaymentHistoryDocument,
    "\n  query SubsidiesPricesFeedReferential {\n    priceReferential(theme: BOOKING, regionCode: \"94\", source: QUOTES) {\n      observations\n      medianCents\n    }\n  }\n": types.SubsidiesPricesFeedReferentialDocument,
    "\n  fragment SubsidiesProgramFields on SubsidyProgram {\n    id\n    regionCode\n    regionName\n    name\n    managingBody\n    opensAt\n    closesAt\n    isOpen\n    envelopeCents\n    aidRateBasisPoints\n    investmentFloorCents\n    investmentCeilingCents\n    aidFloorCents\n    aidCeilingCents\n    maxEmployees\n    maxAnnualRevenueCents\n    independenceRequired\n    excludedNafPrefixes\n    eligibleThemes\n    localProvidersOnly\n    perCompanyCapCents\n    perCompanyCapYears\n    attestationRequired\n    version\n  }\n": types.SubsidiesProgramFieldsFragmentDoc,
    "\n  mutation SubsidiesProgramsOpen($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      ...SubsidiesProgramFields\n    }\n  }\n": types.SubsidiesProgramsOpenDocument,
    "\n  mutation SubsidiesProgramsUpdate($id: ID!, $input: UpdateSubsidyProgramInput!, $v: Int!) {\n    updateSubsidyProgram(id: $id, input: $input, expectedVersion: $v) {\n      ...SubsidiesProgramFields\n    }\n  }\n": types.SubsidiesProgramsUpdateDocument,
    "\n  query SubsidiesProgramsOf($r: String) {\n    subsidyPrograms(regionCode: $r) {\n      id\n      name\n    }\n  }\n": types.SubsidiesProgramsOfDocument,
    "\n  query SubsidiesProgramsPublic($id: ID!) {\n    subsidyProgram(id: $id) {\n      name\n      envelopeCents\n      small: simulateAid(investmentCents: 1234567)\n      big: simulateAid(investmentCents: 99000000)\n    }\n  }\n": types.SubsidiesProgramsPublicDocument,
    "\n  query SubsidiesProgramsExport($id: ID!) {\n    subsidyProgramExport(programId: $id)\n  }\n": types.SubsidiesProgramsExportDocument,
    "\n  query SubsidiesProgramsAnonymousDashboard($id: ID!) {\n    subsidyProgram(id: $id) {\n      name\n      dashboard {\n        paidCents\n      }\n    }\n  }\n": types.SubsidiesProgramsAnonymousDashboardDocument,
    "\n  fragment SubsidiesQuestionFields on SubsidyProgram {\n    questions {\n      id\n      label\n      kind\n      required\n      requiredAnswer\n      min\n      max\n      unit\n      choices\n      acceptedChoices\n    }\n  }\n": types.SubsidiesQuestionFieldsFragmentDoc,
    "\n  query SubsidiesReadQuestions($id: ID!) {\n    subsidyProgram(id: $id) {\n      ...SubsidiesQuestionFields\n    }\n  }\n": types.SubsidiesReadQuestionsDocument,
    "\n  mutation SubsidiesUpdateQuestions($id: ID!, $input: UpdateSubsidyProgramInput!) {\n    updateSubsidyProgram(id: $id, input: $input, expectedVersion: 1) {\n      version\n      ...SubsidiesQuestionFields\n    }\n  }\n": types.SubsidiesUpdateQuestionsDocument,
    "\n  mutation SubsidiesQuestionsOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n    }\n  }\n": types.SubsidiesQuestionsOpenProgramDocument,
    "\n  mutation SubsidiesQuestionsCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n": types.SubsidiesQuestionsCreateApplicationDocument,
    "\n  query SubsidiesQuestionsAgentView($id: ID!) {\n    subsidyApplication(id: $id) {\n      answers {\n        questionId\n        yes\n        number\n        choice\n      }\n      eligibility {\n        rule\n        questionId\n        passed\n      }\n    }\n  }\n": types.SubsidiesQuestionsAgentViewDocument,
    "\n  query SubsidiesQueue(\n    $filter: SubsidyApplicationFilter\n    $orderBy: SubsidyApplicationOrder\n    $first: Int\n    $after: String\n  ) {\n    subsidyApplications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          company {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SubsidiesQueueDocument,
    "\n  query SubsidiesQueueInProgress($id: ID!) {\n    subsidyProgram(id: $id) {\n      dashboard {\n        inProgressCents\n        committedCents\n      }\n    }\n  }\n": types.SubsidiesQueueInProgressDocument,
    "\n  mutation SubsidiesSupportRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      version\n      regionCode\n    }\n  }\n": types.SubsidiesSupportRegisterCompanyDocument,
    "\n  mutation SubsidiesSupportOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n      version\n      regionCode\n    }\n  }\n": types.SubsidiesSupportOpenProgramDocument,
    "\n  mutation SubsidiesSupportSubmit($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {\n    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {\n      version\n    }\n  }\n": types.SubsidiesSupportSubmitDocument,
    "\n  mutation SubsidiesSupportStartReview($id: ID!, $v: Int!) {\n    startSubsidyReview(id: $id, expectedVersion: $v) {\n      id\n      version\n      status\n    }\n  }\n": types.SubsidiesSupportStartReviewDocument,
    "\n  mutation SubsidiesSupportRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": types.SubsidiesSupportRegisterConnecteurDocument,
    "\n  mutation SubsidiesSupportRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.SubsidiesSupportRequestLabelDocument,
    "\n  mutation SubsidiesSupportGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-06-30\") {\n      id\n    }\n  }\n": types.SubsidiesSupportGrantLabelDocument,
    "\n  mutation SupportRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      departementCode\n      regionCode\n    }\n  }\n": types.SupportRegisterCompanyDocument,
    "\n  mutation SupportRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": types.SupportRegisterConnecteurDocument,
    "\n  mutation SupportRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.SupportRequestLabelDocument,
    "\n  mutation SupportGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until) {\n      id\n    }\n  }\n": types.SupportGrantLabelDocument,
    "\n  query SupportMyConnecteurProfile {\n    myConnecteurProfile {\n      isLabelled\n      hasPendingLabelRequest\n      createdAt\n    }\n  }\n": types.SupportMyConnecteurProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n"): typeof import('./graphql').TestCompanyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestRegisterCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestUpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestJoinMyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n"): typeof import('./graphql').TestMyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      title\n      startsAt\n      regionCode\n      departementCode\n      communeCode\n      online\n      themes\n    }\n  }\n"): typeof import('./graphql').EventsPublishEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').EventsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsCancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n"): typeof import('./graphql').EventsCancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsReadEvent($id: ID!) {\n    event(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EventsReadEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsUpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      regionCode\n      startsAt\n    }\n  }\n"): typeof import('./graphql').EventsUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      regionCode\n    }\n  }\n"): typeof import('./graphql').EventsPublishNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsListNews($r: String) {\n    news(filter: { regionCode: $r }, first: 100) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsListNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsWithdrawNews($id: ID!) {\n    withdrawNews(id: $id)\n  }\n"): typeof import('./graphql').EventsWithdrawNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphqlTokensViewer {\n    viewer {\n      sub\n      role\n    }\n  }\n"): typeof import('./graphql').GraphqlTokensViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').NotificationsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): typeof import('./graphql').NotificationsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsDeleteMyAccount {\n    deleteMyAccount(confirmation: \"SUPPRIMER MON COMPTE\") {\n      deletedAt\n    }\n  }\n"): typeof import('./graphql').NotificationsDeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsPublishSlots($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsPublishSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsBookAppointment($id: ID!) {\n    bookAppointment(slotId: $id) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql').NotificationsBookAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsCancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRejectLabelRequest($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Charte non respectée\") {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsRejectLabelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Charte non respectée\") {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsRevokeLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSendContactRequest($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n      requests {\n        id\n        connecteur {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsSendContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsAnswerContactRequest($id: ID!, $status: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsAnswerContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsReopenContactRequest($id: ID!) {\n    reopenContactRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsReopenContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsDeliveryList($unreadOnly: Boolean) {\n    myNotifications(first: 20, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          category\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').NotificationsDeliveryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsDeliveryViewer {\n    viewer {\n      sub\n    }\n  }\n"): typeof import('./graphql').NotificationsDeliveryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsDeliveryUpdatePreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      categories {\n        category\n        email\n        digest\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDeliveryUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsProposeFollow($id: ID!) {\n    proposeFollow(companyId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsProposeFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsAcceptFollow($id: ID!) {\n    acceptFollow(connecteurId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsAcceptFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsDeclineFollow($id: ID!) {\n    declineFollow(connecteurId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsDeclineFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRevokeFollow($id: ID!) {\n    revokeFollow(connecteurId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsRevokeFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n      overallScore\n      level\n      claimed\n      levelInfo {\n        name\n      }\n      themeScores {\n        theme\n        score\n      }\n      peers {\n        scope\n        label\n        peerCount\n        averageScore\n        shareBelow\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsSubmitDiagnosticDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsFollowupsSendContactRequest($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsFollowupsSendContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsAddActionItem($id: ID!) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: \"Faire le point\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsAddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsLocalViewer {\n    viewer {\n      sub\n    }\n  }\n"): typeof import('./graphql').NotificationsLocalViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsSubmitTestimonialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsAgreeToTestimonial($id: ID!) {\n    agreeToTestimonial(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').NotificationsAgreeToTestimonialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPreferences {\n    notificationPreferences {\n      email\n      emailSuppressed\n      emailSuppressedReason\n      categories {\n        category\n        email\n        always\n        digest\n        digestAvailable\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsUpdatePreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      categories {\n        category\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsViewer {\n    viewer {\n      sub\n    }\n  }\n"): typeof import('./graphql').NotificationsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').NotificationsUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsRegisterConnecteurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSubsidiesRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsSubsidiesRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSubsidiesGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2038-12-31\") {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationsSubsidiesGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesRange($t: Theme!, $r: String, $s: PriceSource) {\n    priceReferential(theme: $t, regionCode: $r, source: $s) {\n      theme\n      regionCode\n      source\n      lowCents\n      medianCents\n      highCents\n      observations\n    }\n  }\n"): typeof import('./graphql').PricesRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PricesRemoveOffer($id: ID!) {\n    removeProviderOffer(offerId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PricesRemoveOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PricesMoveProvider {\n    updateProvider(input: { communeCode: \"97209\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PricesMoveProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesReferentials {\n    priceReferentials(regionCode: \"02\") {\n      theme\n      overall {\n        observations\n      }\n      offers {\n        observations\n      }\n      quotes {\n        medianCents\n      }\n      invoices {\n        observations\n      }\n    }\n  }\n"): typeof import('./graphql').PricesReferentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesPosition($a: Cents!) {\n    pricePosition(theme: POINT_OF_SALE, regionCode: \"02\", amountCents: $a) {\n      placement\n      range {\n        regionCode\n      }\n    }\n  }\n"): typeof import('./graphql').PricesPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesExpensePositions($id: ID!) {\n    subsidyApplication(id: $id) {\n      expensePricePositions {\n        placement\n        range {\n          regionCode\n          medianCents\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PricesExpensePositionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyExportMyData {\n    exportMyData {\n      generatedAt\n      company {\n        id\n        siren\n        name\n      }\n      contactConsent {\n        consented\n      }\n      subsidyApplications {\n        id\n        projectSummary\n        investmentCents\n        aidCents\n        status\n        expenses {\n          description\n          amountCents\n        }\n        messages {\n          body\n        }\n        history {\n          action\n        }\n      }\n      diagnostics {\n        id\n      }\n      contactNeeds {\n        id\n        need\n        requests {\n          id\n          status\n        }\n      }\n      follows {\n        status\n        proposalMessage\n        connecteur {\n          id\n        }\n        sharedMeetingNotes {\n          edges {\n            node {\n              text\n            }\n          }\n        }\n      }\n      appointments {\n        id\n        topic\n        status\n      }\n      reviews {\n        id\n        comment\n        authorName\n        status\n        rating\n      }\n      testimonials {\n        id\n        story\n        status\n      }\n      providerEngagements {\n        id\n        description\n        companyName\n      }\n      providerRecommendations {\n        companyId\n        note\n        providers {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyDeleteMyAccount($c: String!) {\n    deleteMyAccount(confirmation: $c) {\n      deletedAt\n      subsidyApplicationsAnonymized\n      diagnosticsDetached\n      contactNeedsErased\n      followsEnded\n      appointmentsErased\n      reviewsAnonymized\n      testimonialsWithdrawn\n      providerEngagementsErased\n      providerRecommendationsErased\n    }\n  }\n"): typeof import('./graphql').PrivacyDeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n"): typeof import('./graphql').PrivacyRegisterCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyJoinMyCompany {\n    joinMyCompany {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyJoinMyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyMyCompany {\n    myCompany {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyMyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyMyApplications {\n    subsidyApplications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyMyApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PrivacyCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyAccept($id: ID!, $v: Int!) {\n    decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) {\n      status\n    }\n  }\n"): typeof import('./graphql').PrivacyAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySendMessage($id: ID!, $b: String!) {\n    sendSubsidyMessage(id: $id, body: $b) {\n      at\n    }\n  }\n"): typeof import('./graphql').PrivacySendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyAnnotate($id: ID!, $b: String!) {\n    annotateSubsidyApplication(id: $id, body: $b) {\n      at\n    }\n  }\n"): typeof import('./graphql').PrivacyAnnotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacySubmitDiagnosticDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyDiagnosticResult($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyDiagnosticResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySendContactRequest($ids: [ID!]!, $need: String!, $contact: ContactDetailsInput) {\n    sendContactRequest(input: { connecteurIds: $ids, need: $need, contact: $contact }) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacySendContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyPostRequestMessage($r: ID!, $t: String!) {\n    postContactRequestMessage(requestId: $r, text: $t, clientKey: \"cle-message-1\") {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyPostRequestMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyAddMeetingNote($c: ID!, $input: MeetingNoteInput!) {\n    addMeetingNote(companyId: $c, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyAddMeetingNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyRecommendProviders($c: ID!, $p: [ID!]!, $n: String) {\n    recommendProviders(companyId: $c, providerIds: $p, note: $n) {\n      companyId\n    }\n  }\n"): typeof import('./graphql').PrivacyRecommendProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyPublishSlots($s: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $s) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyPublishSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyBookAppointment($s: ID!, $t: String) {\n    bookAppointment(slotId: $s, topic: $t) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyBookAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyDeclareEngagement($p: ID!, $d: String!) {\n    declareProviderEngagement(providerId: $p, description: $d) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyDeclareEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').PrivacyConfirmEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyReviewProvider($p: ID!, $r: Int!, $c: String!) {\n    reviewProvider(providerId: $p, rating: $r, comment: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyReviewProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyPublishReview($id: ID!) {\n    moderateReview(reviewId: $id, decision: PUBLISH) {\n      status\n    }\n  }\n"): typeof import('./graphql').PrivacyPublishReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacySubmitTestimonialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyPublishTestimonial($id: ID!) {\n    moderateTestimonial(id: $id, decision: PUBLISH) {\n      status\n    }\n  }\n"): typeof import('./graphql').PrivacyPublishTestimonialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyAgentView($a: ID!, $p: ID!) {\n    subsidyApplication(id: $a) {\n      status\n      investmentCents\n      aidCents\n      grantedAidCents\n      program {\n        id\n      }\n      expenses {\n        amountCents\n        theme\n        providerSiren\n      }\n      history {\n        action\n        actorRole\n        toStatus\n      }\n    }\n    subsidyProgram(id: $p) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyAgentViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyProviderRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyProviderRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyConnecteurSide($r: ID!, $c: ID!) {\n    contactRequest(id: $r) {\n      status\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    appointmentSlots(connecteurId: $c) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyConnecteurSideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyTestimonialStatus($id: ID!) {\n    testimonial(id: $id) {\n      status\n      story\n    }\n  }\n"): typeof import('./graphql').PrivacyTestimonialStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReliabilityFaultsRegister($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      siren\n    }\n  }\n"): typeof import('./graphql').ReliabilityFaultsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliabilityFaultsMyCompany {\n    myCompany {\n      id\n    }\n  }\n"): typeof import('./graphql').ReliabilityFaultsMyCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReliabilityFaultsUpdate($v: Int!) {\n    updateCompany(input: { employees: 9 }, expectedVersion: $v) {\n      version\n    }\n  }\n"): typeof import('./graphql').ReliabilityFaultsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReliabilityLostUpdate($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      employees\n      version\n    }\n  }\n"): typeof import('./graphql').ReliabilityLostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReliabilityLostDeclare($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte du site vitrine.\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ReliabilityLostDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReliabilityLostConfirm($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').ReliabilityLostConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SecurityWorldOpenProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-06-30\") {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SecurityWorldCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldSubmitApplication($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {\n    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SecurityWorldSubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldStartReview($id: ID!, $v: Int!) {\n    startSubsidyReview(id: $id, expectedVersion: $v) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SecurityWorldStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldAccept($id: ID!, $v: Int!) {\n    decideSubsidyApplication(id: $id, expectedVersion: $v, decision: ACCEPT) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SecurityWorldAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldRecordPayment($id: ID!, $v: Int!) {\n    recordSubsidyPayment(id: $id, expectedVersion: $v, invoiceCents: 1000000) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SecurityWorldRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldProposeFollow($c: ID!) {\n    proposeFollow(companyId: $c) {\n      status\n    }\n  }\n"): typeof import('./graphql').SecurityWorldProposeFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldAcceptFollow($c: ID!) {\n    acceptFollow(connecteurId: $c) {\n      status\n    }\n  }\n"): typeof import('./graphql').SecurityWorldAcceptFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldSendContactRequest($ids: [ID!]!, $need: String!) {\n    sendContactRequest(input: { connecteurIds: $ids, need: $need }) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SecurityWorldSendContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldAnswerContactRequest($id: ID!, $s: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $s) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldAnswerContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldPublishSlots($s: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $s) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldPublishSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldBookAppointment($s: ID!) {\n    bookAppointment(slotId: $s, topic: \"Premier rendez-vous\") {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldBookAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldSubmitDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldSubmitDiagnosticDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldPublishEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldPublishNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldDeclareEngagement($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte du site vitrine.\") {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldDeclareEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').SecurityWorldConfirmEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldReviewProvider($p: ID!) {\n    reviewProvider(providerId: $p, rating: 4, comment: \"Travail soigné, délais tenus.\") {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldReviewProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldSubmitTestimonial($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldSubmitTestimonialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldAddOffer {\n    addProviderOffer(\n      input: {\n        theme: ECOMMERCE_WEBSITE\n        description: \"Site vitrine\"\n        priceFromCents: 150000\n        priceToCents: 400000\n      }\n    ) {\n      offers {\n        id\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').SecurityWorldAddOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldDeclareCapitalLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldDeclareCapitalLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldAddActionItem($c: ID!) {\n    addActionItem(\n      companyId: $c\n      input: { theme: ONLINE_VISIBILITY, title: \"Créer la fiche d’établissement\" }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldAddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldSendMessage($id: ID!) {\n    sendSubsidyMessage(id: $id, body: \"Voici le devis signé.\") {\n      at\n    }\n  }\n"): typeof import('./graphql').SecurityWorldSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldAnnotate($id: ID!) {\n    annotateSubsidyApplication(id: $id, body: \"Devis cohérent avec le référentiel.\") {\n      at\n    }\n  }\n"): typeof import('./graphql').SecurityWorldAnnotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldRecommendProviders($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      companyId\n    }\n  }\n"): typeof import('./graphql').SecurityWorldRecommendProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldModerateReview($id: ID!) {\n    moderateReview(reviewId: $id, decision: PUBLISH) {\n      status\n    }\n  }\n"): typeof import('./graphql').SecurityWorldModerateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityCostDirectoryCursors {\n    providers(first: 100) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').SecurityCostDirectoryCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityCostEmptySearch($after: String) {\n    providers(first: 1, after: $after, filter: { text: \"aucun prestataire\" }) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SecurityCostEmptySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityUpdatedSinceList($f: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $f, first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SecurityUpdatedSinceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesApplicationsUpdateCompany($v: Int!) {\n    updateCompany(input: { nafCode: \"47.71Z\", employees: 12 }, expectedVersion: $v) {\n      version\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsUpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesApplicationsAnswerFollowUp($id: ID!, $s: Int!) {\n    answerSubsidyFollowUp(\n      id: $id\n      input: {\n        revenueChangePercent: 12\n        employeesChange: 2\n        benefit: true\n        satisfaction: $s\n        comment: \"Ventes en ligne en hausse\"\n      }\n    ) {\n      followUp {\n        revenueChangePercent\n        benefit\n      }\n      followUpOpensAt\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsAnswerFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesApplicationsSendMessage($id: ID!, $b: String!) {\n    sendSubsidyMessage(id: $id, body: $b) {\n      authorRole\n      body\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesApplicationsAnnotate($id: ID!, $b: String!) {\n    annotateSubsidyApplication(id: $id, body: $b) {\n      authorSub\n      body\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsAnnotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesApplicationsAgentNotes($id: ID!) {\n    subsidyApplication(id: $id) {\n      messages {\n        authorRole\n        body\n      }\n      annotations {\n        body\n        authorSub\n      }\n      history {\n        actorSub\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsAgentNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesApplicationsPmeNotes($id: ID!) {\n    subsidyApplication(id: $id) {\n      messages {\n        body\n      }\n      history {\n        actorRole\n        actorSub\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsPmeNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesApplicationsPmeAnnotations($id: ID!) {\n    subsidyApplication(id: $id) {\n      id\n      annotations {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsPmeAnnotationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesApplicationsAnnotations($id: ID!) {\n    subsidyApplication(id: $id) {\n      annotations {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsAnnotationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesApplicationsPage($f: SubsidyApplicationFilter, $first: Int, $after: String) {\n    subsidyApplications(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesApplicationsProgramFiles($p: ID!, $first: Int) {\n    subsidyApplications(filter: { programId: $p }, first: $first) {\n      edges {\n        node {\n          id\n          aidCents\n          eligible\n          company {\n            siren\n          }\n          program {\n            name\n          }\n          history {\n            action\n          }\n          messages {\n            body\n          }\n          annotations {\n            body\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesApplicationsProgramFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesDecisionDeclareLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesDecisionDeclareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesDecisionRevokeLabel($id: ID!, $r: String!) {\n    revokeLabel(connecteurId: $id, reason: $r) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesDecisionRevokeLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesAttestationDeclareLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n      capitalLinks\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationDeclareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesAttestationRemoveLink($s: String!) {\n    removeCapitalLink(providerSiren: $s) {\n      capitalLinks\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationRemoveLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesAttestationCapitalLinks($id: ID!) {\n    connecteur(id: $id) {\n      capitalLinks\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationCapitalLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesAttestationPublicConnecteur($id: ID!) {\n    connecteur(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationPublicConnecteurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesAttestationChosenRead($id: ID!) {\n    subsidyApplication(id: $id) {\n      id\n      projectSummary\n      expenses {\n        providerSiren\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationChosenReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesAttestationRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationRegisterConnecteurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesAttestationCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesAttestationToAttest($first: Int, $after: String) {\n    applicationsToAttest(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          trustedThirdParty {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesAttestationToAttestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesDemoMine {\n    myCompany {\n      regionCode\n    }\n    subsidyApplications {\n      edges {\n        node {\n          status\n          followUpOpensAt\n          program {\n            regionCode\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesDemoMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesDemoPrograms {\n    subsidyPrograms {\n      id\n      regionCode\n    }\n  }\n"): typeof import('./graphql').SubsidiesDemoProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesDemoProgramFiles($id: ID!) {\n    subsidyProgram(id: $id) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n    subsidyApplications(filter: { programId: $id }, first: 100) {\n      edges {\n        node {\n          status\n          grantedAidCents\n          paidCents\n          company {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesDemoProgramFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesExportCsv($id: ID!) {\n    subsidyProgramExport(programId: $id)\n  }\n"): typeof import('./graphql').SubsidiesExportCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesIsolationSendMessage($id: ID!) {\n    sendSubsidyMessage(id: $id, body: \"Bonjour\") {\n      at\n    }\n  }\n"): typeof import('./graphql').SubsidiesIsolationSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesIsolationListFiles($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesIsolationListFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesIsolationCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesIsolationCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesIsolationOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      regionCode\n    }\n  }\n"): typeof import('./graphql').SubsidiesIsolationOpenProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesLocalMoveProvider($input: UpdateProviderInput!) {\n    updateProvider(input: $input) {\n      regionCode\n    }\n  }\n"): typeof import('./graphql').SubsidiesLocalMoveProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesLocalListEligible {\n    subsidyApplications(first: 10) {\n      edges {\n        node {\n          id\n          eligible\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesLocalListEligibleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesParisDays($id: ID!) {\n    subsidyProgram(id: $id) {\n      opensOn\n      closesOn\n      isOpen\n    }\n  }\n"): typeof import('./graphql').SubsidiesParisDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesPaymentHistory($id: ID!) {\n    subsidyApplication(id: $id) {\n      history {\n        action\n        reason\n        invoiceCents\n        paidCents\n        actorRole\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesPaymentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesPricesFeedReferential {\n    priceReferential(theme: BOOKING, regionCode: \"94\", source: QUOTES) {\n      observations\n      medianCents\n    }\n  }\n"): typeof import('./graphql').SubsidiesPricesFeedReferentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidiesProgramFields on SubsidyProgram {\n    id\n    regionCode\n    regionName\n    name\n    managingBody\n    opensAt\n    closesAt\n    isOpen\n    envelopeCents\n    aidRateBasisPoints\n    investmentFloorCents\n    investmentCeilingCents\n    aidFloorCents\n    aidCeilingCents\n    maxEmployees\n    maxAnnualRevenueCents\n    independenceRequired\n    excludedNafPrefixes\n    eligibleThemes\n    localProvidersOnly\n    perCompanyCapCents\n    perCompanyCapYears\n    attestationRequired\n    version\n  }\n"): typeof import('./graphql').SubsidiesProgramFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesProgramsOpen($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      ...SubsidiesProgramFields\n    }\n  }\n"): typeof import('./graphql').SubsidiesProgramsOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesProgramsUpdate($id: ID!, $input: UpdateSubsidyProgramInput!, $v: Int!) {\n    updateSubsidyProgram(id: $id, input: $input, expectedVersion: $v) {\n      ...SubsidiesProgramFields\n    }\n  }\n"): typeof import('./graphql').SubsidiesProgramsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesProgramsOf($r: String) {\n    subsidyPrograms(regionCode: $r) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SubsidiesProgramsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesProgramsPublic($id: ID!) {\n    subsidyProgram(id: $id) {\n      name\n      envelopeCents\n      small: simulateAid(investmentCents: 1234567)\n      big: simulateAid(investmentCents: 99000000)\n    }\n  }\n"): typeof import('./graphql').SubsidiesProgramsPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesProgramsExport($id: ID!) {\n    subsidyProgramExport(programId: $id)\n  }\n"): typeof import('./graphql').SubsidiesProgramsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesProgramsAnonymousDashboard($id: ID!) {\n    subsidyProgram(id: $id) {\n      name\n      dashboard {\n        paidCents\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesProgramsAnonymousDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidiesQuestionFields on SubsidyProgram {\n    questions {\n      id\n      label\n      kind\n      required\n      requiredAnswer\n      min\n      max\n      unit\n      choices\n      acceptedChoices\n    }\n  }\n"): typeof import('./graphql').SubsidiesQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesReadQuestions($id: ID!) {\n    subsidyProgram(id: $id) {\n      ...SubsidiesQuestionFields\n    }\n  }\n"): typeof import('./graphql').SubsidiesReadQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesUpdateQuestions($id: ID!, $input: UpdateSubsidyProgramInput!) {\n    updateSubsidyProgram(id: $id, input: $input, expectedVersion: 1) {\n      version\n      ...SubsidiesQuestionFields\n    }\n  }\n"): typeof import('./graphql').SubsidiesUpdateQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesQuestionsOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesQuestionsOpenProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesQuestionsCreateApplication($input: CreateSubsidyApplicationInput!) {\n    createSubsidyApplication(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesQuestionsCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesQuestionsAgentView($id: ID!) {\n    subsidyApplication(id: $id) {\n      answers {\n        questionId\n        yes\n        number\n        choice\n      }\n      eligibility {\n        rule\n        questionId\n        passed\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesQuestionsAgentViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesQueue(\n    $filter: SubsidyApplicationFilter\n    $orderBy: SubsidyApplicationOrder\n    $first: Int\n    $after: String\n  ) {\n    subsidyApplications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          company {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidiesQueueInProgress($id: ID!) {\n    subsidyProgram(id: $id) {\n      dashboard {\n        inProgressCents\n        committedCents\n      }\n    }\n  }\n"): typeof import('./graphql').SubsidiesQueueInProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      version\n      regionCode\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportRegisterCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n      version\n      regionCode\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportOpenProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportSubmit($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {\n    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {\n      version\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportStartReview($id: ID!, $v: Int!) {\n    startSubsidyReview(id: $id, expectedVersion: $v) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportRegisterConnecteurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidiesSupportGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-06-30\") {\n      id\n    }\n  }\n"): typeof import('./graphql').SubsidiesSupportGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      id\n      departementCode\n      regionCode\n    }\n  }\n"): typeof import('./graphql').SupportRegisterCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportRegisterConnecteur($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SupportRegisterConnecteurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').SupportRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until) {\n      id\n    }\n  }\n"): typeof import('./graphql').SupportGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportMyConnecteurProfile {\n    myConnecteurProfile {\n      isLabelled\n      hasPendingLabelRequest\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SupportMyConnecteurProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
