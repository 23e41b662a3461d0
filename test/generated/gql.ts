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
    "\n  mutation AppointmentsPublishSlots($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n      startsAt\n      endsAt\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.AppointmentsPublishSlotsDocument,
    "\n  mutation AppointmentsBook($id: ID!, $topic: String) {\n    bookAppointment(slotId: $id, topic: $topic) {\n      id\n      status\n      startsAt\n      topic\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.AppointmentsBookDocument,
    "\n  mutation AppointmentsCancel($id: ID!) {\n    cancelAppointment(id: $id, reason: \"Empêchement\") {\n      status\n      cancelledBy\n      cancellationReason\n    }\n  }\n": typeof types.AppointmentsCancelDocument,
    "\n  mutation AppointmentsRecordAttendance($id: ID!, $a: Attendance!) {\n    recordAttendance(appointmentId: $id, attendance: $a) {\n      attendance\n    }\n  }\n": typeof types.AppointmentsRecordAttendanceDocument,
    "\n  query AppointmentsOpenSlots($id: ID!) {\n    appointmentSlots(connecteurId: $id, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AppointmentsOpenSlotsDocument,
    "\n  query AppointmentsBookedAndDashboard {\n    myAppointments {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n    connecteurDashboard {\n      appointmentsBooked\n    }\n  }\n": typeof types.AppointmentsBookedAndDashboardDocument,
    "\n  query AppointmentsDashboard {\n    connecteurDashboard {\n      appointmentsHeld\n      appointmentsBooked\n    }\n  }\n": typeof types.AppointmentsDashboardDocument,
    "\n  query AppointmentsPast {\n    myAppointments(upcoming: false) {\n      edges {\n        node {\n          id\n          attendance\n        }\n      }\n    }\n  }\n": typeof types.AppointmentsPastDocument,
    "\n  query AppointmentsRegionIndicators {\n    programmeIndicators(regionCode: \"53\") {\n      regionCode\n      regionName\n      diagnosticsDone\n      appointmentsBooked\n      contactRequests\n      requestsByStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.AppointmentsRegionIndicatorsDocument,
    "\n  query AppointmentsAllIndicators {\n    programmeIndicators {\n      regionCode\n    }\n  }\n": typeof types.AppointmentsAllIndicatorsDocument,
    "\n  query AppointmentsUnknownRegionIndicators {\n    programmeIndicators(regionCode: \"00\") {\n      regionCode\n    }\n  }\n": typeof types.AppointmentsUnknownRegionIndicatorsDocument,
    "\n  query AppointmentsConnecteurCounts {\n    programmeIndicators(regionCode: \"06\") {\n      connecteursDeclared\n      connecteursLabelled\n    }\n  }\n": typeof types.AppointmentsConnecteurCountsDocument,
    "\n  mutation AppointmentsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.AppointmentsRequestLabelDocument,
    "\n  mutation AppointmentsGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-03-31\") {\n      tier\n    }\n  }\n": typeof types.AppointmentsGrantLabelDocument,
    "\n  mutation AppointmentsRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Manquement à la charte\") {\n      tier\n    }\n  }\n": typeof types.AppointmentsRevokeLabelDocument,
    "\n  mutation AppointmentsPublishSlotIds($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n    }\n  }\n": typeof types.AppointmentsPublishSlotIdsDocument,
    "\n  mutation AppointmentsBookWithoutTopic($id: ID!) {\n    bookAppointment(slotId: $id) {\n      id\n      startsAt\n    }\n  }\n": typeof types.AppointmentsBookWithoutTopicDocument,
    "\n  mutation AppointmentsCancelWithoutReason($id: ID!) {\n    cancelAppointment(id: $id) {\n      status\n    }\n  }\n": typeof types.AppointmentsCancelWithoutReasonDocument,
    "\n  query AppointmentsUpcoming {\n    myAppointments(upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.AppointmentsUpcomingDocument,
    "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n": typeof types.TestCompanyFieldsFragmentDoc,
    "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestRegisterCompanyDocument,
    "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestUpdateCompanyDocument,
    "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestJoinMyCompanyDocument,
    "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n": typeof types.TestMyCompanyDocument,
    "\n  fragment ConnecteursFields on Connecteur {\n    id\n    displayName\n    communeCode\n    departementCode\n    regionCode\n    departementsServed\n    themes\n    tier\n    isLabelled\n    labelValidUntil\n    hasPendingLabelRequest\n    email\n    labelHistory {\n      status\n      validUntil\n      wave\n      reason\n      isValid\n    }\n  }\n": typeof types.ConnecteursFieldsFragmentDoc,
    "\n  mutation ConnecteursRegister($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      ...ConnecteursFields\n    }\n  }\n": typeof types.ConnecteursRegisterDocument,
    "\n  mutation ConnecteursRegisterId($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": typeof types.ConnecteursRegisterIdDocument,
    "\n  mutation ConnecteursRequestLabel {\n    requestLabel {\n      ...ConnecteursFields\n    }\n  }\n": typeof types.ConnecteursRequestLabelDocument,
    "\n  mutation ConnecteursGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until, wave: \"Vague 2026-2\") {\n      ...ConnecteursFields\n    }\n  }\n": typeof types.ConnecteursGrantLabelDocument,
    "\n  query ConnecteursSearch($filter: ConnecteurFilter, $first: Int, $after: String) {\n    connecteurs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          tier\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConnecteursSearchDocument,
    "\n  mutation ConnecteursUpdateProfile($input: UpdateConnecteurProfileInput!) {\n    updateConnecteurProfile(input: $input) {\n      communeCode\n      departementCode\n      regionCode\n      departementsServed\n      acceptsNewPmes\n    }\n  }\n": typeof types.ConnecteursUpdateProfileDocument,
    "\n  query ConnecteursEmail($id: ID!) {\n    connecteur(id: $id) {\n      email\n    }\n  }\n": typeof types.ConnecteursEmailDocument,
    "\n  mutation ConnecteursRejectLabelRequest($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Dossier incomplet\") {\n      ...ConnecteursFields\n    }\n  }\n": typeof types.ConnecteursRejectLabelRequestDocument,
    "\n  mutation ConnecteursRejectWithBlankReason($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \" \") {\n      id\n    }\n  }\n": typeof types.ConnecteursRejectWithBlankReasonDocument,
    "\n  mutation ConnecteursRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Manquement à la charte\") {\n      ...ConnecteursFields\n    }\n  }\n": typeof types.ConnecteursRevokeLabelDocument,
    "\n  mutation ConnecteursRevokeAgain($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Encore\") {\n      id\n    }\n  }\n": typeof types.ConnecteursRevokeAgainDocument,
    "\n  query ConnecteursLabelReasons($id: ID!) {\n    connecteur(id: $id) {\n      labelHistory {\n        status\n        reason\n      }\n    }\n  }\n": typeof types.ConnecteursLabelReasonsDocument,
    "\n  mutation ConnecteursRejectConcurrently($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Refus concurrent\") {\n      id\n    }\n  }\n": typeof types.ConnecteursRejectConcurrentlyDocument,
    "\n  query ConnecteursPendingLabelRequests {\n    pendingLabelRequests(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConnecteursPendingLabelRequestsDocument,
    "\n  query ConnecteursPendingLabelRequestsDefault {\n    pendingLabelRequests {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConnecteursPendingLabelRequestsDefaultDocument,
    "\n  mutation ConnecteursGateUpdateProfile {\n    updateConnecteurProfile(input: { acceptsNewPmes: false }) {\n      id\n    }\n  }\n": typeof types.ConnecteursGateUpdateProfileDocument,
    "\n  mutation ConnecteursGateRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.ConnecteursGateRequestLabelDocument,
    "\n  mutation ConnecteursGateGrantLabel {\n    grantLabel(connecteurId: \"x\", validUntil: \"2027-01-01\") {\n      id\n    }\n  }\n": typeof types.ConnecteursGateGrantLabelDocument,
    "\n  mutation ConnecteursGateRejectLabelRequest {\n    rejectLabelRequest(connecteurId: \"x\", reason: \"incomplet\") {\n      id\n    }\n  }\n": typeof types.ConnecteursGateRejectLabelRequestDocument,
    "\n  mutation ConnecteursGateRevokeLabel {\n    revokeLabel(connecteurId: \"x\", reason: \"manquement\") {\n      id\n    }\n  }\n": typeof types.ConnecteursGateRevokeLabelDocument,
    "\n  fragment ContactsNeedFields on ContactNeed {\n    id\n    status\n    need\n    themes\n    deadline {\n      state\n    }\n    requests {\n      id\n      status\n      connecteur {\n        id\n      }\n      deadline {\n        state\n      }\n    }\n  }\n": typeof types.ContactsNeedFieldsFragmentDoc,
    "\n  fragment ContactsRequestFields on ContactRequest {\n    id\n    status\n    firstAnsweredAt\n    deadline {\n      state\n      lateAt\n    }\n    history {\n      by\n      from\n      to\n      message\n    }\n    feedback {\n      contacted\n      useful\n      comment\n    }\n  }\n": typeof types.ContactsRequestFieldsFragmentDoc,
    "\n  mutation ContactsSendNeed($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      ...ContactsNeedFields\n    }\n  }\n": typeof types.ContactsSendNeedDocument,
    "\n  mutation ContactsAnswer($id: ID!, $status: ContactRequestStatus!, $message: String) {\n    answerContactRequest(id: $id, status: $status, message: $message) {\n      ...ContactsRequestFields\n    }\n  }\n": typeof types.ContactsAnswerDocument,
    "\n  mutation ContactsReopen($id: ID!) {\n    reopenContactRequest(id: $id) {\n      ...ContactsRequestFields\n    }\n  }\n": typeof types.ContactsReopenDocument,
    "\n  query ContactsReadRequest($id: ID!) {\n    contactRequest(id: $id) {\n      ...ContactsRequestFields\n    }\n  }\n": typeof types.ContactsReadRequestDocument,
    "\n  query ContactsReadNeed($id: ID!) {\n    contactNeed(id: $id) {\n      ...ContactsNeedFields\n    }\n  }\n": typeof types.ContactsReadNeedDocument,
    "\n  query ContactsNeedSeenByConnecteur($id: ID!) {\n    contactNeed(id: $id) {\n      company {\n        id\n      }\n      requests {\n        id\n      }\n    }\n  }\n": typeof types.ContactsNeedSeenByConnecteurDocument,
    "\n  query ContactsMyNeeds {\n    myContactNeeds(first: 5) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ContactsMyNeedsDocument,
    "\n  query ContactsPendingInbox {\n    contactInbox(statuses: [PENDING]) {\n      edges {\n        node {\n          id\n          deadline {\n            state\n          }\n        }\n      }\n    }\n    connecteurDashboard {\n      pendingRequests\n      lateRequests\n    }\n  }\n": typeof types.ContactsPendingInboxDocument,
    "\n  query ContactsDashboard {\n    connecteurDashboard {\n      requestsReceived\n      pendingRequests\n      lateRequests\n      medianFirstAnswerHours\n      takeUpRate\n      responseRate\n    }\n  }\n": typeof types.ContactsDashboardDocument,
    "\n  mutation ContactsGiveFeedback($id: ID!) {\n    giveContactFeedback(\n      requestId: $id\n      input: { contacted: true, useful: false, comment: \"Pas de solution pour nous.\" }\n    ) {\n      feedback {\n        contacted\n        useful\n        comment\n      }\n    }\n  }\n": typeof types.ContactsGiveFeedbackDocument,
    "\n  query ContactsReadConversation($id: ID!) {\n    contactRequest(id: $id) {\n      id\n      status\n      messageCount\n      companyContact {\n        name\n        email\n        phone\n      }\n      messages {\n        edges {\n          node {\n            id\n            by\n            text\n            at\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ContactsReadConversationDocument,
    "\n  mutation ContactsPostMessage($requestId: ID!, $text: String!, $clientKey: String) {\n    postContactRequestMessage(requestId: $requestId, text: $text, clientKey: $clientKey) {\n      id\n      by\n      text\n      requestId\n    }\n  }\n": typeof types.ContactsPostMessageDocument,
    "\n  mutation ContactsAnswerStatus($id: ID!, $status: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.ContactsAnswerStatusDocument,
    "\n  mutation ContactsSendWithContact($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n": typeof types.ContactsSendWithContactDocument,
    "\n  mutation ContactsReopenId($id: ID!) {\n    reopenContactRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.ContactsReopenIdDocument,
    "\n  mutation ContactsSendId($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.ContactsSendIdDocument,
    "\n  fragment DiagnosticsPeerFields on PeerComparison {\n    scope\n    label\n    peerCount\n    averageScore\n    shareBelow\n  }\n": typeof types.DiagnosticsPeerFieldsFragmentDoc,
    "\n  mutation DiagnosticsSubmit($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n      overallScore\n      level\n      claimed\n      levelInfo {\n        name\n      }\n      themeScores {\n        theme\n        score\n      }\n      peers {\n        ...DiagnosticsPeerFields\n      }\n    }\n  }\n": typeof types.DiagnosticsSubmitDocument,
    "\n  query DiagnosticsRead($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n      overallScore\n      claimed\n      peers {\n        ...DiagnosticsPeerFields\n      }\n    }\n  }\n": typeof types.DiagnosticsReadDocument,
    "\n  query DiagnosticsReadPeers($id: ID!) {\n    diagnosticResult(id: $id) {\n      peers {\n        scope\n        peerCount\n        averageScore\n        shareBelow\n      }\n    }\n  }\n": typeof types.DiagnosticsReadPeersDocument,
    "\n  query DiagnosticsQuestionnaire {\n    diagnosticQuestionnaire {\n      version\n      estimatedMinutes\n      themes {\n        theme\n        name\n      }\n      levels {\n        level\n        name\n        minScore\n        maxScore\n      }\n      questions {\n        id\n        theme\n        multiple\n        choices {\n          id\n          text\n          exclusive\n        }\n      }\n    }\n  }\n": typeof types.DiagnosticsQuestionnaireDocument,
    "\n  query DiagnosticsReadDetail($id: ID!) {\n    diagnosticResult(id: $id) {\n      overallScore\n      levelInfo {\n        name\n      }\n      nextLevel {\n        level\n      }\n      companyFacts {\n        departementCode\n        regionCode\n        nafSection\n        nafLabel\n      }\n      themeScores {\n        name\n        score\n      }\n      recommendations {\n        focusThemes\n        advice {\n          title\n        }\n      }\n    }\n  }\n": typeof types.DiagnosticsReadDetailDocument,
    "\n  mutation DiagnosticsClaim($id: ID!) {\n    claimDiagnostic(id: $id) {\n      claimed\n    }\n  }\n": typeof types.DiagnosticsClaimDocument,
    "\n  mutation DiagnosticsClaimWithId($id: ID!) {\n    claimDiagnostic(id: $id) {\n      id\n      claimed\n    }\n  }\n": typeof types.DiagnosticsClaimWithIdDocument,
    "\n  query DiagnosticsMine {\n    myDiagnostics(first: 10) {\n      edges {\n        node {\n          id\n          claimed\n        }\n      }\n    }\n  }\n": typeof types.DiagnosticsMineDocument,
    "\n  query DiagnosticsMineCursors {\n    myDiagnostics {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.DiagnosticsMineCursorsDocument,
    "\n  query DiagnosticsMineDetail($first: Int) {\n    myDiagnostics(first: $first) {\n      edges {\n        node {\n          id\n          overallScore\n          peers {\n            peerCount\n          }\n          recommendations {\n            advice {\n              title\n            }\n            connecteurs {\n              id\n            }\n            programmes {\n              expectedAidCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DiagnosticsMineDetailDocument,
    "\n  query DiagnosticsMineAfter($after: String) {\n    myDiagnostics(first: 3, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DiagnosticsMineAfterDocument,
    "\n  mutation DiagnosticsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": typeof types.DiagnosticsRequestLabelDocument,
    "\n  mutation DiagnosticsGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2028-06-30\") {\n      tier\n    }\n  }\n": typeof types.DiagnosticsGrantLabelDocument,
    "\n  query DiagnosticsRecommendedConnecteurs($id: ID!) {\n    diagnosticResult(id: $id) {\n      recommendations {\n        focusThemes\n        connecteurs {\n          id\n          tier\n        }\n      }\n    }\n  }\n": typeof types.DiagnosticsRecommendedConnecteursDocument,
    "\n  mutation DiagnosticsOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n    }\n  }\n": typeof types.DiagnosticsOpenProgramDocument,
    "\n  query DiagnosticsRecommendedProgrammes($id: ID!) {\n    diagnosticResult(id: $id) {\n      recommendations {\n        programmes {\n          program {\n            id\n            name\n          }\n          expenseTheme\n          typicalInvestmentCents\n          expectedAidCents\n          assumptions\n        }\n      }\n    }\n  }\n": typeof types.DiagnosticsRecommendedProgrammesDocument,
    "\n  query DiagnosticsPeerDisclosureDone($r: String) {\n    programmeIndicators(regionCode: $r) {\n      diagnosticsDone\n    }\n  }\n": typeof types.DiagnosticsPeerDisclosureDoneDocument,
    "\n  mutation EventEditsPublish($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EventEditsPublishDocument,
    "\n  mutation EventEditsUpdate($id: ID!, $input: EventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      title\n      version\n    }\n  }\n": typeof types.EventEditsUpdateDocument,
    "\n  query EventEditsRead($id: ID!) {\n    event(id: $id) {\n      title\n      startsAt\n      version\n    }\n  }\n": typeof types.EventEditsReadDocument,
    "\n  mutation EventsPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      title\n      startsAt\n      regionCode\n      departementCode\n      communeCode\n      online\n      themes\n    }\n  }\n": typeof types.EventsPublishEventDocument,
    "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsListDocument,
    "\n  mutation EventsCancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n": typeof types.EventsCancelEventDocument,
    "\n  query EventsReadEvent($id: ID!) {\n    event(id: $id) {\n      id\n    }\n  }\n": typeof types.EventsReadEventDocument,
    "\n  mutation EventsUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      regionCode\n      startsAt\n      version\n    }\n  }\n": typeof types.EventsUpdateEventDocument,
    "\n  mutation EventsPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      regionCode\n    }\n  }\n": typeof types.EventsPublishNewsDocument,
    "\n  query EventsListNews($r: String) {\n    news(filter: { regionCode: $r }, first: 100) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.EventsListNewsDocument,
    "\n  mutation EventsWithdrawNews($id: ID!) {\n    withdrawNews(id: $id)\n  }\n": typeof types.EventsWithdrawNewsDocument,
    "\n  mutation EventsPublishKeyedEvent($input: EventInput!, $clientKey: String) {\n    publishEvent(input: $input, clientKey: $clientKey) {\n      id\n      title\n    }\n  }\n": typeof types.EventsPublishKeyedEventDocument,
    "\n  mutation EventsPublishKeyedNews($input: NewsInput!, $clientKey: String) {\n    publishNews(input: $input, clientKey: $clientKey) {\n      id\n      title\n    }\n  }\n": typeof types.EventsPublishKeyedNewsDocument,
    "\n  query FollowupsDemoWorkspace {\n    contactInbox(first: 50) {\n      edges {\n        node {\n          status\n          deadline {\n            state\n          }\n        }\n      }\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          company {\n            name\n          }\n          latestMaturity {\n            level\n          }\n          due {\n            followUpContact {\n              status\n            }\n          }\n        }\n      }\n    }\n    leads {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    mySlots(first: 50) {\n      edges {\n        node {\n          status\n        }\n      }\n    }\n    myAppointments(upcoming: false) {\n      edges {\n        node {\n          attendance\n          status\n        }\n      }\n    }\n    connecteurDashboard {\n      followedCompanies\n      requestsReceived\n      pendingRequests\n      lateRequests\n      medianFirstAnswerHours\n      takeUpRate\n      appointmentsHeld\n    }\n  }\n": typeof types.FollowupsDemoWorkspaceDocument,
    "\n  query FollowupsDemoPmeDiagnostics {\n    myDiagnostics {\n      edges {\n        node {\n          level\n          peers {\n            scope\n            peerCount\n          }\n        }\n      }\n    }\n    myFollows {\n      status\n    }\n  }\n": typeof types.FollowupsDemoPmeDiagnosticsDocument,
    "\n  query FollowupsDemoIndicators {\n    programmeIndicators(regionCode: \"FR\") {\n      diagnosticsDone\n      appointmentsHeld\n      contactRequests\n    }\n  }\n": typeof types.FollowupsDemoIndicatorsDocument,
    "\n  mutation FollowupsSetConsent($c: Boolean!) {\n    setContactConsent(consented: $c) {\n      consented\n      departementCode\n    }\n  }\n": typeof types.FollowupsSetConsentDocument,
    "\n  query FollowupsLeads($d: String) {\n    leads(departementCode: $d, first: 100) {\n      edges {\n        node {\n          companyId\n          company {\n            id\n            departementCode\n          }\n          latestMaturity {\n            level\n            levelName\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowupsLeadsDocument,
    "\n  query FollowupsLeadsCursors {\n    leads(departementCode: \"22\") {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.FollowupsLeadsCursorsDocument,
    "\n  mutation FollowupsPropose($id: ID!) {\n    proposeFollow(companyId: $id, message: \"Je peux vous aider.\") {\n      id\n      status\n    }\n  }\n": typeof types.FollowupsProposeDocument,
    "\n  mutation FollowupsAccept($id: ID!) {\n    acceptFollow(connecteurId: $id) {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.FollowupsAcceptDocument,
    "\n  mutation FollowupsRevoke($id: ID!) {\n    revokeFollow(connecteurId: $id) {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.FollowupsRevokeDocument,
    "\n  query FollowupsFollowed($id: ID!) {\n    followedCompany(companyId: $id) {\n      companyId\n      company {\n        name\n      }\n      latestMaturity {\n        level\n      }\n      due {\n        followUpContact {\n          dueOn\n          status\n        }\n        overdueActionItems\n      }\n      diagnostics {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      actionPlan {\n        id\n        title\n        status\n        dueOn\n      }\n      meetingNotes {\n        edges {\n          node {\n            text\n            shared\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowupsFollowedDocument,
    "\n  query FollowupsFollowedIds {\n    myFollowedCompanies(first: 100) {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n  }\n": typeof types.FollowupsFollowedIdsDocument,
    "\n  mutation FollowupsSendContactRequest($ids: [ID!]!) {\n    sendContactRequest(input: { connecteurIds: $ids, need: \"Besoin d’un site internet.\" }) {\n      id\n    }\n  }\n": typeof types.FollowupsSendContactRequestDocument,
    "\n  query FollowupsReadDiagnostic($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n    }\n  }\n": typeof types.FollowupsReadDiagnosticDocument,
    "\n  query FollowupsMyFollows {\n    myFollows {\n      status\n      proposalMessage\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.FollowupsMyFollowsDocument,
    "\n  mutation FollowupsAddMeetingNoteRefused($id: ID!) {\n    addMeetingNote(companyId: $id, input: { meetingOn: \"2026-11-20\", text: \"Rencontre\", shared: false }) {\n      id\n    }\n  }\n": typeof types.FollowupsAddMeetingNoteRefusedDocument,
    "\n  mutation FollowupsAddActionItemRefused($id: ID!) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: \"Faire le point\" }) {\n      id\n    }\n  }\n": typeof types.FollowupsAddActionItemRefusedDocument,
    "\n  mutation FollowupsAddActionItem($id: ID!) {\n    addActionItem(\n      companyId: $id\n      input: { theme: ECOMMERCE_WEBSITE, title: \"Ouvrir la boutique en ligne\", dueOn: \"2027-01-31\" }\n    ) {\n      id\n      status\n    }\n  }\n": typeof types.FollowupsAddActionItemDocument,
    "\n  mutation FollowupsUpdateActionItem($id: ID!, $item: ID!, $status: ActionItemStatus) {\n    updateActionItem(companyId: $id, itemId: $item, input: { status: $status }) {\n      status\n      dueOn\n    }\n  }\n": typeof types.FollowupsUpdateActionItemDocument,
    "\n  mutation FollowupsAddMeetingNote($id: ID!, $text: String!, $shared: Boolean!) {\n    addMeetingNote(companyId: $id, input: { meetingOn: \"2026-11-26\", text: $text, shared: $shared }) {\n      shared\n    }\n  }\n": typeof types.FollowupsAddMeetingNoteDocument,
    "\n  query FollowupsSeenByCompany {\n    myFollows {\n      status\n      actionPlan {\n        title\n        status\n      }\n      followUpContact {\n        dueOn\n      }\n      sharedMeetingNotes {\n        edges {\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowupsSeenByCompanyDocument,
    "\n  query FollowupsFollowedAndDashboard {\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n          due {\n            followUpContact {\n              status\n            }\n          }\n          latestMaturity {\n            level\n          }\n        }\n      }\n    }\n    connecteurDashboard {\n      followedCompanies\n    }\n  }\n": typeof types.FollowupsFollowedAndDashboardDocument,
    "\n  mutation FollowupsAddSixMonthNote($id: ID!) {\n    addMeetingNote(\n      companyId: $id\n      input: { meetingOn: \"2027-05-26\", text: \"Point à six mois.\", shared: true }\n    ) {\n      id\n    }\n  }\n": typeof types.FollowupsAddSixMonthNoteDocument,
    "\n  query FollowupsFollowedPage($after: String) {\n    myFollowedCompanies(first: 2, after: $after) {\n      edges {\n        node {\n          companyId\n          latestMaturity {\n            level\n          }\n          due {\n            overdueActionItems\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FollowupsFollowedPageDocument,
    "\n  query FollowupsLeadsPage($d: String, $after: String) {\n    leads(departementCode: $d, first: 100, after: $after) {\n      edges {\n        cursor\n        node {\n          companyId\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.FollowupsLeadsPageDocument,
    "\n  mutation FollowupsConsentToContacts {\n    setContactConsent(consented: true) {\n      consented\n    }\n  }\n": typeof types.FollowupsConsentToContactsDocument,
    "\n  mutation FollowupsProposeBare($id: ID!) {\n    proposeFollow(companyId: $id) {\n      status\n    }\n  }\n": typeof types.FollowupsProposeBareDocument,
    "\n  query FollowupsMyFollowsStatus {\n    myFollows {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.FollowupsMyFollowsStatusDocument,
    "\n  mutation FollowupsUpdateServed($d: [String!]) {\n    updateConnecteurProfile(input: { departementsServed: $d }) {\n      departementsServed\n    }\n  }\n": typeof types.FollowupsUpdateServedDocument,
    "\n  query FollowupsServedProfile {\n    myConnecteurProfile {\n      departementsServed\n      approvedDepartements\n    }\n  }\n": typeof types.FollowupsServedProfileDocument,
    "\n  query FollowupsServedChanges($id: ID!) {\n    servedDepartementsChanges(connecteurId: $id) {\n      edges {\n        node {\n          connecteurId\n          bySub\n          byRole\n          kind\n          before\n          after\n          at\n        }\n      }\n    }\n  }\n": typeof types.FollowupsServedChangesDocument,
    "\n  mutation FollowupsRegisterConnecteurId($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": typeof types.FollowupsRegisterConnecteurIdDocument,
    "\n  mutation FollowupsApproveServed($id: ID!, $d: String!) {\n    approveServedDepartement(connecteurId: $id, departementCode: $d) {\n      approvedDepartements\n    }\n  }\n": typeof types.FollowupsApproveServedDocument,
    "\n  mutation FollowupsAddKeyedActionItem($id: ID!, $title: String!, $key: String) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: $title }, clientKey: $key) {\n      id\n      title\n    }\n  }\n": typeof types.FollowupsAddKeyedActionItemDocument,
    "\n  mutation FollowupsAddKeyedMeetingNote($id: ID!, $on: Date!, $text: String!, $key: String) {\n    addMeetingNote(companyId: $id, input: { meetingOn: $on, text: $text, shared: false }, clientKey: $key) {\n      id\n      meetingOn\n      text\n    }\n  }\n": typeof types.FollowupsAddKeyedMeetingNoteDocument,
    "\n  query FollowupsPlanAndNotes($id: ID!) {\n    followedCompany(companyId: $id) {\n      actionPlan {\n        id\n        title\n      }\n      meetingNotes {\n        edges {\n          node {\n            id\n            meetingOn\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowupsPlanAndNotesDocument,
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
    "\n  query PrivacyExportConversations {\n    exportMyData {\n      contactConversations {\n        request {\n          id\n          status\n          connecteur {\n            id\n          }\n        }\n        sharedContactDetails {\n          name\n          email\n          phone\n        }\n        sharedSince\n        messages {\n          by\n          text\n          at\n        }\n      }\n    }\n  }\n": typeof types.PrivacyExportConversationsDocument,
    "\n  mutation PrivacyPostConnecteurMessage($r: ID!, $t: String!) {\n    postContactRequestMessage(requestId: $r, text: $t) {\n      id\n    }\n  }\n": typeof types.PrivacyPostConnecteurMessageDocument,
    "\n  mutation PrivacyTakeInCharge($r: ID!) {\n    answerContactRequest(id: $r, status: TAKEN_IN_CHARGE) {\n      id\n    }\n  }\n": typeof types.PrivacyTakeInChargeDocument,
    "\n  query PrivacyAgentView($a: ID!, $p: ID!) {\n    subsidyApplication(id: $a) {\n      status\n      investmentCents\n      aidCents\n      grantedAidCents\n      program {\n        id\n      }\n      expenses {\n        amountCents\n        theme\n        providerSiren\n      }\n      history {\n        action\n        actorRole\n        toStatus\n      }\n    }\n    subsidyProgram(id: $p) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.PrivacyAgentViewDocument,
    "\n  query PrivacyProviderRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n    }\n  }\n": typeof types.PrivacyProviderRatingDocument,
    "\n  query PrivacyConnecteurSide($r: ID!, $c: ID!) {\n    contactRequest(id: $r) {\n      status\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    appointmentSlots(connecteurId: $c) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.PrivacyConnecteurSideDocument,
    "\n  query PrivacyTestimonialStatus($id: ID!) {\n    testimonial(id: $id) {\n      status\n      story\n    }\n  }\n": typeof types.PrivacyTestimonialStatusDocument,
    "\n  fragment ProvidersProviderFields on Provider {\n    id\n    siret\n    siren\n    name\n    communeCode\n    departementCode\n    regionCode\n    regionsServed\n    startup\n    website\n    offers {\n      id\n      theme\n      priceFromCents\n      priceToCents\n    }\n    rating {\n      average\n      count\n    }\n  }\n": typeof types.ProvidersProviderFieldsFragmentDoc,
    "\n  fragment ProvidersReviewFields on Review {\n    id\n    rating\n    comment\n    authorKind\n    authorName\n    status\n    rejectionReason\n    submittedAt\n    publishedAt\n    reply {\n      text\n    }\n    provider {\n      id\n      rating {\n        average\n        count\n      }\n    }\n  }\n": typeof types.ProvidersReviewFieldsFragmentDoc,
    "\n  mutation ProvidersRegister($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      ...ProvidersProviderFields\n    }\n  }\n": typeof types.ProvidersRegisterDocument,
    "\n  mutation ProvidersRegisterId($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n": typeof types.ProvidersRegisterIdDocument,
    "\n  mutation ProvidersAddOffer($input: AddProviderOfferInput!) {\n    addProviderOffer(input: $input) {\n      ...ProvidersProviderFields\n    }\n  }\n": typeof types.ProvidersAddOfferDocument,
    "\n  mutation ProvidersAddOfferId($input: AddProviderOfferInput!) {\n    addProviderOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.ProvidersAddOfferIdDocument,
    "\n  mutation ProvidersRemoveOffer($id: ID!) {\n    removeProviderOffer(offerId: $id) {\n      offers {\n        id\n      }\n    }\n  }\n": typeof types.ProvidersRemoveOfferDocument,
    "\n  mutation ProvidersReview($p: ID!, $r: Int!, $c: String!) {\n    reviewProvider(providerId: $p, rating: $r, comment: $c) {\n      ...ProvidersReviewFields\n    }\n  }\n": typeof types.ProvidersReviewDocument,
    "\n  mutation ProvidersModerateReview($id: ID!, $d: ModerationDecision!, $reason: String) {\n    moderateReview(reviewId: $id, decision: $d, reason: $reason) {\n      ...ProvidersReviewFields\n    }\n  }\n": typeof types.ProvidersModerateReviewDocument,
    "\n  mutation ProvidersFollowConsent {\n    setContactConsent(consented: true) {\n      consented\n    }\n  }\n": typeof types.ProvidersFollowConsentDocument,
    "\n  mutation ProvidersFollowPropose($c: ID!) {\n    proposeFollow(companyId: $c) {\n      status\n    }\n  }\n": typeof types.ProvidersFollowProposeDocument,
    "\n  mutation ProvidersFollowAccept($c: ID!) {\n    acceptFollow(connecteurId: $c) {\n      status\n    }\n  }\n": typeof types.ProvidersFollowAcceptDocument,
    "\n  query ProvidersSearch($filter: ProviderFilter, $first: Int, $after: String) {\n    providers(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          rating {\n            average\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProvidersSearchDocument,
    "\n  query ProvidersRead($id: ID!) {\n    provider(id: $id) {\n      ...ProvidersProviderFields\n      latestReviews {\n        id\n      }\n    }\n  }\n": typeof types.ProvidersReadDocument,
    "\n  mutation ProvidersMove {\n    updateProvider(input: { communeCode: \"13055\", regionsServed: [\"84\"] }) {\n      regionCode\n      regionsServed\n    }\n  }\n": typeof types.ProvidersMoveDocument,
    "\n  mutation ProvidersDeclareEngagement($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte de notre site\") {\n      id\n      status\n      companyName\n    }\n  }\n": typeof types.ProvidersDeclareEngagementDocument,
    "\n  mutation ProvidersConfirmEngagementStatus($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": typeof types.ProvidersConfirmEngagementStatusDocument,
    "\n  mutation ProvidersConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n      confirmedAt\n    }\n  }\n": typeof types.ProvidersConfirmEngagementDocument,
    "\n  query ProvidersMyEngagements {\n    myProviderEngagements {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ProvidersMyEngagementsDocument,
    "\n  query ProvidersMyReviews {\n    myReviews {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProvidersMyReviewsDocument,
    "\n  mutation ProvidersDeclareCapitalLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n": typeof types.ProvidersDeclareCapitalLinkDocument,
    "\n  mutation ProvidersRecommend($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      providers {\n        id\n      }\n    }\n  }\n": typeof types.ProvidersRecommendDocument,
    "\n  mutation ProvidersRecommendWithNote($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p, note: \"Pour votre boutique en ligne\") {\n      companyId\n      note\n      providers {\n        id\n      }\n      connecteur {\n        id\n      }\n    }\n  }\n": typeof types.ProvidersRecommendWithNoteDocument,
    "\n  query ProvidersRecommendations($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      providers {\n        id\n      }\n    }\n  }\n": typeof types.ProvidersRecommendationsDocument,
    "\n  query ProvidersRecommendationsWithNote($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      providers {\n        id\n      }\n      note\n    }\n  }\n": typeof types.ProvidersRecommendationsWithNoteDocument,
    "\n  query ProvidersRecommendationsNote($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      note\n    }\n  }\n": typeof types.ProvidersRecommendationsNoteDocument,
    "\n  query ProvidersRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n      latestReviews {\n        id\n        rating\n      }\n    }\n  }\n": typeof types.ProvidersRatingDocument,
    "\n  mutation ProvidersReply($id: ID!, $t: String!) {\n    replyToReview(reviewId: $id, text: $t) {\n      reply {\n        text\n      }\n    }\n  }\n": typeof types.ProvidersReplyDocument,
    "\n  mutation ProvidersEditReview($id: ID!, $r: Int!) {\n    editReview(reviewId: $id, rating: $r, comment: \"Finalement, quelques retards.\") {\n      status\n      rating\n    }\n  }\n": typeof types.ProvidersEditReviewDocument,
    "\n  query ProvidersModerationQueue($after: String) {\n    moderationQueue(first: 100, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProvidersModerationQueueDocument,
    "\n  query ProvidersRatingDetail($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n      reviews(first: 100) {\n        edges {\n          node {\n            rating\n          }\n        }\n      }\n      latestReviews {\n        status\n      }\n    }\n  }\n": typeof types.ProvidersRatingDetailDocument,
    "\n  mutation ProvidersRevokeFollow($c: ID!) {\n    revokeFollow(connecteurId: $c) {\n      status\n    }\n  }\n": typeof types.ProvidersRevokeFollowDocument,
    "\n  mutation ProvidersRecommendCompanyId($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      companyId\n    }\n  }\n": typeof types.ProvidersRecommendCompanyIdDocument,
    "\n  mutation ProvidersGateRegisterProvider {\n    registerProvider(\n      input: { siret: \"x\", name: \"x\", communeCode: \"69123\", regionsServed: [], startup: false }\n    ) {\n      id\n    }\n  }\n": typeof types.ProvidersGateRegisterProviderDocument,
    "\n  mutation ProvidersGateUpdateProvider {\n    updateProvider(input: { startup: true }) {\n      id\n    }\n  }\n": typeof types.ProvidersGateUpdateProviderDocument,
    "\n  mutation ProvidersGateAddProviderOffer {\n    addProviderOffer(input: { theme: CONTENT, description: \"x\", priceFromCents: 1, priceToCents: 2 }) {\n      id\n    }\n  }\n": typeof types.ProvidersGateAddProviderOfferDocument,
    "\n  mutation ProvidersGateRemoveProviderOffer {\n    removeProviderOffer(offerId: \"x\") {\n      id\n    }\n  }\n": typeof types.ProvidersGateRemoveProviderOfferDocument,
    "\n  mutation ProvidersGateReviewProvider {\n    reviewProvider(providerId: \"x\", rating: 5, comment: \"x\") {\n      id\n    }\n  }\n": typeof types.ProvidersGateReviewProviderDocument,
    "\n  mutation ProvidersGateEditReview {\n    editReview(reviewId: \"x\", rating: 5, comment: \"x\") {\n      id\n    }\n  }\n": typeof types.ProvidersGateEditReviewDocument,
    "\n  mutation ProvidersGateModerateReview {\n    moderateReview(reviewId: \"x\", decision: PUBLISH) {\n      id\n    }\n  }\n": typeof types.ProvidersGateModerateReviewDocument,
    "\n  mutation ProvidersGateReplyToReview {\n    replyToReview(reviewId: \"x\", text: \"x\") {\n      id\n    }\n  }\n": typeof types.ProvidersGateReplyToReviewDocument,
    "\n  mutation ProvidersGateDeclareProviderEngagement {\n    declareProviderEngagement(providerId: \"x\", description: \"x\") {\n      id\n    }\n  }\n": typeof types.ProvidersGateDeclareProviderEngagementDocument,
    "\n  mutation ProvidersGateConfirmProviderEngagement {\n    confirmProviderEngagement(engagementId: \"x\") {\n      id\n    }\n  }\n": typeof types.ProvidersGateConfirmProviderEngagementDocument,
    "\n  mutation ProvidersGateRecommendProviders {\n    recommendProviders(companyId: \"x\", providerIds: [\"y\"]) {\n      companyId\n    }\n  }\n": typeof types.ProvidersGateRecommendProvidersDocument,
    "\n  query ProvidersGateModerationQueue {\n    moderationQueue {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ProvidersGateModerationQueueDocument,
    "\n  query ProvidersGateMyProvider {\n    myProvider {\n      id\n    }\n  }\n": typeof types.ProvidersGateMyProviderDocument,
    "\n  query ProvidersGateMyReviews {\n    myReviews {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ProvidersGateMyReviewsDocument,
    "\n  query ProvidersGateMyProviderEngagements {\n    myProviderEngagements {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ProvidersGateMyProviderEngagementsDocument,
    "\n  query ProvidersGateProviderRecommendations {\n    providerRecommendations(companyId: \"x\") {\n      companyId\n    }\n  }\n": typeof types.ProvidersGateProviderRecommendationsDocument,
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
    "\n  query SubsidiesQuestionsProgramNames($r: String) {\n    subsidyPrograms(regionCode: $r) {\n      name\n    }\n  }\n": typeof types.SubsidiesQuestionsProgramNamesDocument,
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
    "\n  fragment TestimonialsFields on Testimonial {\n    id\n    companyName\n    title\n    format\n    themes\n    nafSection\n    sizeBand\n    departementCode\n    regionCode\n    maturityLevel\n    award\n    status\n    rejectionReason\n    connecteur {\n      id\n    }\n  }\n": typeof types.TestimonialsFieldsFragmentDoc,
    "\n  mutation TestimonialsSubmit($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      ...TestimonialsFields\n    }\n  }\n": typeof types.TestimonialsSubmitDocument,
    "\n  mutation TestimonialsModerate($id: ID!, $d: ModerationDecision!, $r: String) {\n    moderateTestimonial(id: $id, decision: $d, reason: $r) {\n      ...TestimonialsFields\n    }\n  }\n": typeof types.TestimonialsModerateDocument,
    "\n  query TestimonialsRead($id: ID!) {\n    testimonial(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.TestimonialsReadDocument,
    "\n  query TestimonialsList($f: TestimonialFilter, $after: String) {\n    testimonials(filter: $f, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          departementCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TestimonialsListDocument,
    "\n  query TestimonialsMap($f: TestimonialFilter) {\n    testimonialMap(filter: $f) {\n      departementCode\n      count\n    }\n  }\n": typeof types.TestimonialsMapDocument,
    "\n  query TestimonialsMineIds {\n    myTestimonials {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TestimonialsMineIdsDocument,
    "\n  query TestimonialsMine {\n    myTestimonials {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.TestimonialsMineDocument,
    "\n  mutation TestimonialsAgree($id: ID!) {\n    agreeToTestimonial(id: $id) {\n      status\n    }\n  }\n": typeof types.TestimonialsAgreeDocument,
    "\n  query TestimonialsModerationQueue {\n    testimonialModerationQueue(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TestimonialsModerationQueueDocument,
    "\n  query TestimonialsModerationQueueCursors {\n    testimonialModerationQueue {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.TestimonialsModerationQueueCursorsDocument,
    "\n  mutation TestimonialsWithdraw($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      status\n    }\n  }\n": typeof types.TestimonialsWithdrawDocument,
    "\n  query TestimonialsMapOfConflictingPlaces {\n    testimonialMap(filter: { departementCode: \"35\", regionCode: \"84\" }) {\n      count\n    }\n  }\n": typeof types.TestimonialsMapOfConflictingPlacesDocument,
    "\n  query TestimonialsListOfUnknownSection {\n    testimonials(filter: { nafSection: \"Z\" }) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.TestimonialsListOfUnknownSectionDocument,
    "\n  mutation TestimonialsDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      recommendations {\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TestimonialsDiagnosticDocument,
};
const documents: Documents = {
    "\n  mutation AppointmentsPublishSlots($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n      startsAt\n      endsAt\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": types.AppointmentsPublishSlotsDocument,
    "\n  mutation AppointmentsBook($id: ID!, $topic: String) {\n    bookAppointment(slotId: $id, topic: $topic) {\n      id\n      status\n      startsAt\n      topic\n      connecteur {\n        id\n      }\n    }\n  }\n": types.AppointmentsBookDocument,
    "\n  mutation AppointmentsCancel($id: ID!) {\n    cancelAppointment(id: $id, reason: \"Empêchement\") {\n      status\n      cancelledBy\n      cancellationReason\n    }\n  }\n": types.AppointmentsCancelDocument,
    "\n  mutation AppointmentsRecordAttendance($id: ID!, $a: Attendance!) {\n    recordAttendance(appointmentId: $id, attendance: $a) {\n      attendance\n    }\n  }\n": types.AppointmentsRecordAttendanceDocument,
    "\n  query AppointmentsOpenSlots($id: ID!) {\n    appointmentSlots(connecteurId: $id, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AppointmentsOpenSlotsDocument,
    "\n  query AppointmentsBookedAndDashboard {\n    myAppointments {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n    connecteurDashboard {\n      appointmentsBooked\n    }\n  }\n": types.AppointmentsBookedAndDashboardDocument,
    "\n  query AppointmentsDashboard {\n    connecteurDashboard {\n      appointmentsHeld\n      appointmentsBooked\n    }\n  }\n": types.AppointmentsDashboardDocument,
    "\n  query AppointmentsPast {\n    myAppointments(upcoming: false) {\n      edges {\n        node {\n          id\n          attendance\n        }\n      }\n    }\n  }\n": types.AppointmentsPastDocument,
    "\n  query AppointmentsRegionIndicators {\n    programmeIndicators(regionCode: \"53\") {\n      regionCode\n      regionName\n      diagnosticsDone\n      appointmentsBooked\n      contactRequests\n      requestsByStatus {\n        status\n        count\n      }\n    }\n  }\n": types.AppointmentsRegionIndicatorsDocument,
    "\n  query AppointmentsAllIndicators {\n    programmeIndicators {\n      regionCode\n    }\n  }\n": types.AppointmentsAllIndicatorsDocument,
    "\n  query AppointmentsUnknownRegionIndicators {\n    programmeIndicators(regionCode: \"00\") {\n      regionCode\n    }\n  }\n": types.AppointmentsUnknownRegionIndicatorsDocument,
    "\n  query AppointmentsConnecteurCounts {\n    programmeIndicators(regionCode: \"06\") {\n      connecteursDeclared\n      connecteursLabelled\n    }\n  }\n": types.AppointmentsConnecteurCountsDocument,
    "\n  mutation AppointmentsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.AppointmentsRequestLabelDocument,
    "\n  mutation AppointmentsGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-03-31\") {\n      tier\n    }\n  }\n": types.AppointmentsGrantLabelDocument,
    "\n  mutation AppointmentsRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Manquement à la charte\") {\n      tier\n    }\n  }\n": types.AppointmentsRevokeLabelDocument,
    "\n  mutation AppointmentsPublishSlotIds($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n    }\n  }\n": types.AppointmentsPublishSlotIdsDocument,
    "\n  mutation AppointmentsBookWithoutTopic($id: ID!) {\n    bookAppointment(slotId: $id) {\n      id\n      startsAt\n    }\n  }\n": types.AppointmentsBookWithoutTopicDocument,
    "\n  mutation AppointmentsCancelWithoutReason($id: ID!) {\n    cancelAppointment(id: $id) {\n      status\n    }\n  }\n": types.AppointmentsCancelWithoutReasonDocument,
    "\n  query AppointmentsUpcoming {\n    myAppointments(upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.AppointmentsUpcomingDocument,
    "\n  fragment TestCompanyFields on Company {\n    id\n    siren\n    name\n    nafCode\n    nafLabel\n    nafSection\n    employees\n    annualRevenueCents\n    independent\n    communeCode\n    departementCode\n    regionCode\n    version\n  }\n": types.TestCompanyFieldsFragmentDoc,
    "\n  mutation TestRegisterCompany($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      ...TestCompanyFields\n    }\n  }\n": types.TestRegisterCompanyDocument,
    "\n  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {\n    updateCompany(input: $input, expectedVersion: $v) {\n      ...TestCompanyFields\n    }\n  }\n": types.TestUpdateCompanyDocument,
    "\n  mutation TestJoinMyCompany {\n    joinMyCompany {\n      ...TestCompanyFields\n    }\n  }\n": types.TestJoinMyCompanyDocument,
    "\n  query TestMyCompany {\n    myCompany {\n      ...TestCompanyFields\n    }\n  }\n": types.TestMyCompanyDocument,
    "\n  fragment ConnecteursFields on Connecteur {\n    id\n    displayName\n    communeCode\n    departementCode\n    regionCode\n    departementsServed\n    themes\n    tier\n    isLabelled\n    labelValidUntil\n    hasPendingLabelRequest\n    email\n    labelHistory {\n      status\n      validUntil\n      wave\n      reason\n      isValid\n    }\n  }\n": types.ConnecteursFieldsFragmentDoc,
    "\n  mutation ConnecteursRegister($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      ...ConnecteursFields\n    }\n  }\n": types.ConnecteursRegisterDocument,
    "\n  mutation ConnecteursRegisterId($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": types.ConnecteursRegisterIdDocument,
    "\n  mutation ConnecteursRequestLabel {\n    requestLabel {\n      ...ConnecteursFields\n    }\n  }\n": types.ConnecteursRequestLabelDocument,
    "\n  mutation ConnecteursGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until, wave: \"Vague 2026-2\") {\n      ...ConnecteursFields\n    }\n  }\n": types.ConnecteursGrantLabelDocument,
    "\n  query ConnecteursSearch($filter: ConnecteurFilter, $first: Int, $after: String) {\n    connecteurs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          tier\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConnecteursSearchDocument,
    "\n  mutation ConnecteursUpdateProfile($input: UpdateConnecteurProfileInput!) {\n    updateConnecteurProfile(input: $input) {\n      communeCode\n      departementCode\n      regionCode\n      departementsServed\n      acceptsNewPmes\n    }\n  }\n": types.ConnecteursUpdateProfileDocument,
    "\n  query ConnecteursEmail($id: ID!) {\n    connecteur(id: $id) {\n      email\n    }\n  }\n": types.ConnecteursEmailDocument,
    "\n  mutation ConnecteursRejectLabelRequest($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Dossier incomplet\") {\n      ...ConnecteursFields\n    }\n  }\n": types.ConnecteursRejectLabelRequestDocument,
    "\n  mutation ConnecteursRejectWithBlankReason($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \" \") {\n      id\n    }\n  }\n": types.ConnecteursRejectWithBlankReasonDocument,
    "\n  mutation ConnecteursRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Manquement à la charte\") {\n      ...ConnecteursFields\n    }\n  }\n": types.ConnecteursRevokeLabelDocument,
    "\n  mutation ConnecteursRevokeAgain($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Encore\") {\n      id\n    }\n  }\n": types.ConnecteursRevokeAgainDocument,
    "\n  query ConnecteursLabelReasons($id: ID!) {\n    connecteur(id: $id) {\n      labelHistory {\n        status\n        reason\n      }\n    }\n  }\n": types.ConnecteursLabelReasonsDocument,
    "\n  mutation ConnecteursRejectConcurrently($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Refus concurrent\") {\n      id\n    }\n  }\n": types.ConnecteursRejectConcurrentlyDocument,
    "\n  query ConnecteursPendingLabelRequests {\n    pendingLabelRequests(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ConnecteursPendingLabelRequestsDocument,
    "\n  query ConnecteursPendingLabelRequestsDefault {\n    pendingLabelRequests {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ConnecteursPendingLabelRequestsDefaultDocument,
    "\n  mutation ConnecteursGateUpdateProfile {\n    updateConnecteurProfile(input: { acceptsNewPmes: false }) {\n      id\n    }\n  }\n": types.ConnecteursGateUpdateProfileDocument,
    "\n  mutation ConnecteursGateRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.ConnecteursGateRequestLabelDocument,
    "\n  mutation ConnecteursGateGrantLabel {\n    grantLabel(connecteurId: \"x\", validUntil: \"2027-01-01\") {\n      id\n    }\n  }\n": types.ConnecteursGateGrantLabelDocument,
    "\n  mutation ConnecteursGateRejectLabelRequest {\n    rejectLabelRequest(connecteurId: \"x\", reason: \"incomplet\") {\n      id\n    }\n  }\n": types.ConnecteursGateRejectLabelRequestDocument,
    "\n  mutation ConnecteursGateRevokeLabel {\n    revokeLabel(connecteurId: \"x\", reason: \"manquement\") {\n      id\n    }\n  }\n": types.ConnecteursGateRevokeLabelDocument,
    "\n  fragment ContactsNeedFields on ContactNeed {\n    id\n    status\n    need\n    themes\n    deadline {\n      state\n    }\n    requests {\n      id\n      status\n      connecteur {\n        id\n      }\n      deadline {\n        state\n      }\n    }\n  }\n": types.ContactsNeedFieldsFragmentDoc,
    "\n  fragment ContactsRequestFields on ContactRequest {\n    id\n    status\n    firstAnsweredAt\n    deadline {\n      state\n      lateAt\n    }\n    history {\n      by\n      from\n      to\n      message\n    }\n    feedback {\n      contacted\n      useful\n      comment\n    }\n  }\n": types.ContactsRequestFieldsFragmentDoc,
    "\n  mutation ContactsSendNeed($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      ...ContactsNeedFields\n    }\n  }\n": types.ContactsSendNeedDocument,
    "\n  mutation ContactsAnswer($id: ID!, $status: ContactRequestStatus!, $message: String) {\n    answerContactRequest(id: $id, status: $status, message: $message) {\n      ...ContactsRequestFields\n    }\n  }\n": types.ContactsAnswerDocument,
    "\n  mutation ContactsReopen($id: ID!) {\n    reopenContactRequest(id: $id) {\n      ...ContactsRequestFields\n    }\n  }\n": types.ContactsReopenDocument,
    "\n  query ContactsReadRequest($id: ID!) {\n    contactRequest(id: $id) {\n      ...ContactsRequestFields\n    }\n  }\n": types.ContactsReadRequestDocument,
    "\n  query ContactsReadNeed($id: ID!) {\n    contactNeed(id: $id) {\n      ...ContactsNeedFields\n    }\n  }\n": types.ContactsReadNeedDocument,
    "\n  query ContactsNeedSeenByConnecteur($id: ID!) {\n    contactNeed(id: $id) {\n      company {\n        id\n      }\n      requests {\n        id\n      }\n    }\n  }\n": types.ContactsNeedSeenByConnecteurDocument,
    "\n  query ContactsMyNeeds {\n    myContactNeeds(first: 5) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ContactsMyNeedsDocument,
    "\n  query ContactsPendingInbox {\n    contactInbox(statuses: [PENDING]) {\n      edges {\n        node {\n          id\n          deadline {\n            state\n          }\n        }\n      }\n    }\n    connecteurDashboard {\n      pendingRequests\n      lateRequests\n    }\n  }\n": types.ContactsPendingInboxDocument,
    "\n  query ContactsDashboard {\n    connecteurDashboard {\n      requestsReceived\n      pendingRequests\n      lateRequests\n      medianFirstAnswerHours\n      takeUpRate\n      responseRate\n    }\n  }\n": types.ContactsDashboardDocument,
    "\n  mutation ContactsGiveFeedback($id: ID!) {\n    giveContactFeedback(\n      requestId: $id\n      input: { contacted: true, useful: false, comment: \"Pas de solution pour nous.\" }\n    ) {\n      feedback {\n        contacted\n        useful\n        comment\n      }\n    }\n  }\n": types.ContactsGiveFeedbackDocument,
    "\n  query ContactsReadConversation($id: ID!) {\n    contactRequest(id: $id) {\n      id\n      status\n      messageCount\n      companyContact {\n        name\n        email\n        phone\n      }\n      messages {\n        edges {\n          node {\n            id\n            by\n            text\n            at\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ContactsReadConversationDocument,
    "\n  mutation ContactsPostMessage($requestId: ID!, $text: String!, $clientKey: String) {\n    postContactRequestMessage(requestId: $requestId, text: $text, clientKey: $clientKey) {\n      id\n      by\n      text\n      requestId\n    }\n  }\n": types.ContactsPostMessageDocument,
    "\n  mutation ContactsAnswerStatus($id: ID!, $status: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.ContactsAnswerStatusDocument,
    "\n  mutation ContactsSendWithContact($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n": types.ContactsSendWithContactDocument,
    "\n  mutation ContactsReopenId($id: ID!) {\n    reopenContactRequest(id: $id) {\n      id\n    }\n  }\n": types.ContactsReopenIdDocument,
    "\n  mutation ContactsSendId($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n    }\n  }\n": types.ContactsSendIdDocument,
    "\n  fragment DiagnosticsPeerFields on PeerComparison {\n    scope\n    label\n    peerCount\n    averageScore\n    shareBelow\n  }\n": types.DiagnosticsPeerFieldsFragmentDoc,
    "\n  mutation DiagnosticsSubmit($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n      overallScore\n      level\n      claimed\n      levelInfo {\n        name\n      }\n      themeScores {\n        theme\n        score\n      }\n      peers {\n        ...DiagnosticsPeerFields\n      }\n    }\n  }\n": types.DiagnosticsSubmitDocument,
    "\n  query DiagnosticsRead($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n      overallScore\n      claimed\n      peers {\n        ...DiagnosticsPeerFields\n      }\n    }\n  }\n": types.DiagnosticsReadDocument,
    "\n  query DiagnosticsReadPeers($id: ID!) {\n    diagnosticResult(id: $id) {\n      peers {\n        scope\n        peerCount\n        averageScore\n        shareBelow\n      }\n    }\n  }\n": types.DiagnosticsReadPeersDocument,
    "\n  query DiagnosticsQuestionnaire {\n    diagnosticQuestionnaire {\n      version\n      estimatedMinutes\n      themes {\n        theme\n        name\n      }\n      levels {\n        level\n        name\n        minScore\n        maxScore\n      }\n      questions {\n        id\n        theme\n        multiple\n        choices {\n          id\n          text\n          exclusive\n        }\n      }\n    }\n  }\n": types.DiagnosticsQuestionnaireDocument,
    "\n  query DiagnosticsReadDetail($id: ID!) {\n    diagnosticResult(id: $id) {\n      overallScore\n      levelInfo {\n        name\n      }\n      nextLevel {\n        level\n      }\n      companyFacts {\n        departementCode\n        regionCode\n        nafSection\n        nafLabel\n      }\n      themeScores {\n        name\n        score\n      }\n      recommendations {\n        focusThemes\n        advice {\n          title\n        }\n      }\n    }\n  }\n": types.DiagnosticsReadDetailDocument,
    "\n  mutation DiagnosticsClaim($id: ID!) {\n    claimDiagnostic(id: $id) {\n      claimed\n    }\n  }\n": types.DiagnosticsClaimDocument,
    "\n  mutation DiagnosticsClaimWithId($id: ID!) {\n    claimDiagnostic(id: $id) {\n      id\n      claimed\n    }\n  }\n": types.DiagnosticsClaimWithIdDocument,
    "\n  query DiagnosticsMine {\n    myDiagnostics(first: 10) {\n      edges {\n        node {\n          id\n          claimed\n        }\n      }\n    }\n  }\n": types.DiagnosticsMineDocument,
    "\n  query DiagnosticsMineCursors {\n    myDiagnostics {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.DiagnosticsMineCursorsDocument,
    "\n  query DiagnosticsMineDetail($first: Int) {\n    myDiagnostics(first: $first) {\n      edges {\n        node {\n          id\n          overallScore\n          peers {\n            peerCount\n          }\n          recommendations {\n            advice {\n              title\n            }\n            connecteurs {\n              id\n            }\n            programmes {\n              expectedAidCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DiagnosticsMineDetailDocument,
    "\n  query DiagnosticsMineAfter($after: String) {\n    myDiagnostics(first: 3, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.DiagnosticsMineAfterDocument,
    "\n  mutation DiagnosticsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n": types.DiagnosticsRequestLabelDocument,
    "\n  mutation DiagnosticsGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2028-06-30\") {\n      tier\n    }\n  }\n": types.DiagnosticsGrantLabelDocument,
    "\n  query DiagnosticsRecommendedConnecteurs($id: ID!) {\n    diagnosticResult(id: $id) {\n      recommendations {\n        focusThemes\n        connecteurs {\n          id\n          tier\n        }\n      }\n    }\n  }\n": types.DiagnosticsRecommendedConnecteursDocument,
    "\n  mutation DiagnosticsOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n    }\n  }\n": types.DiagnosticsOpenProgramDocument,
    "\n  query DiagnosticsRecommendedProgrammes($id: ID!) {\n    diagnosticResult(id: $id) {\n      recommendations {\n        programmes {\n          program {\n            id\n            name\n          }\n          expenseTheme\n          typicalInvestmentCents\n          expectedAidCents\n          assumptions\n        }\n      }\n    }\n  }\n": types.DiagnosticsRecommendedProgrammesDocument,
    "\n  query DiagnosticsPeerDisclosureDone($r: String) {\n    programmeIndicators(regionCode: $r) {\n      diagnosticsDone\n    }\n  }\n": types.DiagnosticsPeerDisclosureDoneDocument,
    "\n  mutation EventEditsPublish($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      version\n    }\n  }\n": types.EventEditsPublishDocument,
    "\n  mutation EventEditsUpdate($id: ID!, $input: EventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      title\n      version\n    }\n  }\n": types.EventEditsUpdateDocument,
    "\n  query EventEditsRead($id: ID!) {\n    event(id: $id) {\n      title\n      startsAt\n      version\n    }\n  }\n": types.EventEditsReadDocument,
    "\n  mutation EventsPublishEvent($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      title\n      startsAt\n      regionCode\n      departementCode\n      communeCode\n      online\n      themes\n    }\n  }\n": types.EventsPublishEventDocument,
    "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsListDocument,
    "\n  mutation EventsCancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n": types.EventsCancelEventDocument,
    "\n  query EventsReadEvent($id: ID!) {\n    event(id: $id) {\n      id\n    }\n  }\n": types.EventsReadEventDocument,
    "\n  mutation EventsUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      regionCode\n      startsAt\n      version\n    }\n  }\n": types.EventsUpdateEventDocument,
    "\n  mutation EventsPublishNews($input: NewsInput!) {\n    publishNews(input: $input) {\n      id\n      regionCode\n    }\n  }\n": types.EventsPublishNewsDocument,
    "\n  query EventsListNews($r: String) {\n    news(filter: { regionCode: $r }, first: 100) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.EventsListNewsDocument,
    "\n  mutation EventsWithdrawNews($id: ID!) {\n    withdrawNews(id: $id)\n  }\n": types.EventsWithdrawNewsDocument,
    "\n  mutation EventsPublishKeyedEvent($input: EventInput!, $clientKey: String) {\n    publishEvent(input: $input, clientKey: $clientKey) {\n      id\n      title\n    }\n  }\n": types.EventsPublishKeyedEventDocument,
    "\n  mutation EventsPublishKeyedNews($input: NewsInput!, $clientKey: String) {\n    publishNews(input: $input, clientKey: $clientKey) {\n      id\n      title\n    }\n  }\n": types.EventsPublishKeyedNewsDocument,
    "\n  query FollowupsDemoWorkspace {\n    contactInbox(first: 50) {\n      edges {\n        node {\n          status\n          deadline {\n            state\n          }\n        }\n      }\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          company {\n            name\n          }\n          latestMaturity {\n            level\n          }\n          due {\n            followUpContact {\n              status\n            }\n          }\n        }\n      }\n    }\n    leads {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    mySlots(first: 50) {\n      edges {\n        node {\n          status\n        }\n      }\n    }\n    myAppointments(upcoming: false) {\n      edges {\n        node {\n          attendance\n          status\n        }\n      }\n    }\n    connecteurDashboard {\n      followedCompanies\n      requestsReceived\n      pendingRequests\n      lateRequests\n      medianFirstAnswerHours\n      takeUpRate\n      appointmentsHeld\n    }\n  }\n": types.FollowupsDemoWorkspaceDocument,
    "\n  query FollowupsDemoPmeDiagnostics {\n    myDiagnostics {\n      edges {\n        node {\n          level\n          peers {\n            scope\n            peerCount\n          }\n        }\n      }\n    }\n    myFollows {\n      status\n    }\n  }\n": types.FollowupsDemoPmeDiagnosticsDocument,
    "\n  query FollowupsDemoIndicators {\n    programmeIndicators(regionCode: \"FR\") {\n      diagnosticsDone\n      appointmentsHeld\n      contactRequests\n    }\n  }\n": types.FollowupsDemoIndicatorsDocument,
    "\n  mutation FollowupsSetConsent($c: Boolean!) {\n    setContactConsent(consented: $c) {\n      consented\n      departementCode\n    }\n  }\n": types.FollowupsSetConsentDocument,
    "\n  query FollowupsLeads($d: String) {\n    leads(departementCode: $d, first: 100) {\n      edges {\n        node {\n          companyId\n          company {\n            id\n            departementCode\n          }\n          latestMaturity {\n            level\n            levelName\n          }\n        }\n      }\n    }\n  }\n": types.FollowupsLeadsDocument,
    "\n  query FollowupsLeadsCursors {\n    leads(departementCode: \"22\") {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.FollowupsLeadsCursorsDocument,
    "\n  mutation FollowupsPropose($id: ID!) {\n    proposeFollow(companyId: $id, message: \"Je peux vous aider.\") {\n      id\n      status\n    }\n  }\n": types.FollowupsProposeDocument,
    "\n  mutation FollowupsAccept($id: ID!) {\n    acceptFollow(connecteurId: $id) {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": types.FollowupsAcceptDocument,
    "\n  mutation FollowupsRevoke($id: ID!) {\n    revokeFollow(connecteurId: $id) {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": types.FollowupsRevokeDocument,
    "\n  query FollowupsFollowed($id: ID!) {\n    followedCompany(companyId: $id) {\n      companyId\n      company {\n        name\n      }\n      latestMaturity {\n        level\n      }\n      due {\n        followUpContact {\n          dueOn\n          status\n        }\n        overdueActionItems\n      }\n      diagnostics {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      actionPlan {\n        id\n        title\n        status\n        dueOn\n      }\n      meetingNotes {\n        edges {\n          node {\n            text\n            shared\n          }\n        }\n      }\n    }\n  }\n": types.FollowupsFollowedDocument,
    "\n  query FollowupsFollowedIds {\n    myFollowedCompanies(first: 100) {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n  }\n": types.FollowupsFollowedIdsDocument,
    "\n  mutation FollowupsSendContactRequest($ids: [ID!]!) {\n    sendContactRequest(input: { connecteurIds: $ids, need: \"Besoin d’un site internet.\" }) {\n      id\n    }\n  }\n": types.FollowupsSendContactRequestDocument,
    "\n  query FollowupsReadDiagnostic($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n    }\n  }\n": types.FollowupsReadDiagnosticDocument,
    "\n  query FollowupsMyFollows {\n    myFollows {\n      status\n      proposalMessage\n      connecteur {\n        id\n      }\n    }\n  }\n": types.FollowupsMyFollowsDocument,
    "\n  mutation FollowupsAddMeetingNoteRefused($id: ID!) {\n    addMeetingNote(companyId: $id, input: { meetingOn: \"2026-11-20\", text: \"Rencontre\", shared: false }) {\n      id\n    }\n  }\n": types.FollowupsAddMeetingNoteRefusedDocument,
    "\n  mutation FollowupsAddActionItemRefused($id: ID!) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: \"Faire le point\" }) {\n      id\n    }\n  }\n": types.FollowupsAddActionItemRefusedDocument,
    "\n  mutation FollowupsAddActionItem($id: ID!) {\n    addActionItem(\n      companyId: $id\n      input: { theme: ECOMMERCE_WEBSITE, title: \"Ouvrir la boutique en ligne\", dueOn: \"2027-01-31\" }\n    ) {\n      id\n      status\n    }\n  }\n": types.FollowupsAddActionItemDocument,
    "\n  mutation FollowupsUpdateActionItem($id: ID!, $item: ID!, $status: ActionItemStatus) {\n    updateActionItem(companyId: $id, itemId: $item, input: { status: $status }) {\n      status\n      dueOn\n    }\n  }\n": types.FollowupsUpdateActionItemDocument,
    "\n  mutation FollowupsAddMeetingNote($id: ID!, $text: String!, $shared: Boolean!) {\n    addMeetingNote(companyId: $id, input: { meetingOn: \"2026-11-26\", text: $text, shared: $shared }) {\n      shared\n    }\n  }\n": types.FollowupsAddMeetingNoteDocument,
    "\n  query FollowupsSeenByCompany {\n    myFollows {\n      status\n      actionPlan {\n        title\n        status\n      }\n      followUpContact {\n        dueOn\n      }\n      sharedMeetingNotes {\n        edges {\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.FollowupsSeenByCompanyDocument,
    "\n  query FollowupsFollowedAndDashboard {\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n          due {\n            followUpContact {\n              status\n            }\n          }\n          latestMaturity {\n            level\n          }\n        }\n      }\n    }\n    connecteurDashboard {\n      followedCompanies\n    }\n  }\n": types.FollowupsFollowedAndDashboardDocument,
    "\n  mutation FollowupsAddSixMonthNote($id: ID!) {\n    addMeetingNote(\n      companyId: $id\n      input: { meetingOn: \"2027-05-26\", text: \"Point à six mois.\", shared: true }\n    ) {\n      id\n    }\n  }\n": types.FollowupsAddSixMonthNoteDocument,
    "\n  query FollowupsFollowedPage($after: String) {\n    myFollowedCompanies(first: 2, after: $after) {\n      edges {\n        node {\n          companyId\n          latestMaturity {\n            level\n          }\n          due {\n            overdueActionItems\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FollowupsFollowedPageDocument,
    "\n  query FollowupsLeadsPage($d: String, $after: String) {\n    leads(departementCode: $d, first: 100, after: $after) {\n      edges {\n        cursor\n        node {\n          companyId\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.FollowupsLeadsPageDocument,
    "\n  mutation FollowupsConsentToContacts {\n    setContactConsent(consented: true) {\n      consented\n    }\n  }\n": types.FollowupsConsentToContactsDocument,
    "\n  mutation FollowupsProposeBare($id: ID!) {\n    proposeFollow(companyId: $id) {\n      status\n    }\n  }\n": types.FollowupsProposeBareDocument,
    "\n  query FollowupsMyFollowsStatus {\n    myFollows {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n": types.FollowupsMyFollowsStatusDocument,
    "\n  mutation FollowupsUpdateServed($d: [String!]) {\n    updateConnecteurProfile(input: { departementsServed: $d }) {\n      departementsServed\n    }\n  }\n": types.FollowupsUpdateServedDocument,
    "\n  query FollowupsServedProfile {\n    myConnecteurProfile {\n      departementsServed\n      approvedDepartements\n    }\n  }\n": types.FollowupsServedProfileDocument,
    "\n  query FollowupsServedChanges($id: ID!) {\n    servedDepartementsChanges(connecteurId: $id) {\n      edges {\n        node {\n          connecteurId\n          bySub\n          byRole\n          kind\n          before\n          after\n          at\n        }\n      }\n    }\n  }\n": types.FollowupsServedChangesDocument,
    "\n  mutation FollowupsRegisterConnecteurId($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n": types.FollowupsRegisterConnecteurIdDocument,
    "\n  mutation FollowupsApproveServed($id: ID!, $d: String!) {\n    approveServedDepartement(connecteurId: $id, departementCode: $d) {\n      approvedDepartements\n    }\n  }\n": types.FollowupsApproveServedDocument,
    "\n  mutation FollowupsAddKeyedActionItem($id: ID!, $title: String!, $key: String) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: $title }, clientKey: $key) {\n      id\n      title\n    }\n  }\n": types.FollowupsAddKeyedActionItemDocument,
    "\n  mutation FollowupsAddKeyedMeetingNote($id: ID!, $on: Date!, $text: String!, $key: String) {\n    addMeetingNote(companyId: $id, input: { meetingOn: $on, text: $text, shared: false }, clientKey: $key) {\n      id\n      meetingOn\n      text\n    }\n  }\n": types.FollowupsAddKeyedMeetingNoteDocument,
    "\n  query FollowupsPlanAndNotes($id: ID!) {\n    followedCompany(companyId: $id) {\n      actionPlan {\n        id\n        title\n      }\n      meetingNotes {\n        edges {\n          node {\n            id\n            meetingOn\n            text\n          }\n        }\n      }\n    }\n  }\n": types.FollowupsPlanAndNotesDocument,
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
    "\n  query PrivacyExportConversations {\n    exportMyData {\n      contactConversations {\n        request {\n          id\n          status\n          connecteur {\n            id\n          }\n        }\n        sharedContactDetails {\n          name\n          email\n          phone\n        }\n        sharedSince\n        messages {\n          by\n          text\n          at\n        }\n      }\n    }\n  }\n": types.PrivacyExportConversationsDocument,
    "\n  mutation PrivacyPostConnecteurMessage($r: ID!, $t: String!) {\n    postContactRequestMessage(requestId: $r, text: $t) {\n      id\n    }\n  }\n": types.PrivacyPostConnecteurMessageDocument,
    "\n  mutation PrivacyTakeInCharge($r: ID!) {\n    answerContactRequest(id: $r, status: TAKEN_IN_CHARGE) {\n      id\n    }\n  }\n": types.PrivacyTakeInChargeDocument,
    "\n  query PrivacyAgentView($a: ID!, $p: ID!) {\n    subsidyApplication(id: $a) {\n      status\n      investmentCents\n      aidCents\n      grantedAidCents\n      program {\n        id\n      }\n      expenses {\n        amountCents\n        theme\n        providerSiren\n      }\n      history {\n        action\n        actorRole\n        toStatus\n      }\n    }\n    subsidyProgram(id: $p) {\n      dashboard {\n        envelopeCents\n        committedCents\n        paidCents\n        remainingCents\n        applicantCompanies\n        fundedCompanies\n        countsByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.PrivacyAgentViewDocument,
    "\n  query PrivacyProviderRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n    }\n  }\n": types.PrivacyProviderRatingDocument,
    "\n  query PrivacyConnecteurSide($r: ID!, $c: ID!) {\n    contactRequest(id: $r) {\n      status\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    appointmentSlots(connecteurId: $c) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.PrivacyConnecteurSideDocument,
    "\n  query PrivacyTestimonialStatus($id: ID!) {\n    testimonial(id: $id) {\n      status\n      story\n    }\n  }\n": types.PrivacyTestimonialStatusDocument,
    "\n  fragment ProvidersProviderFields on Provider {\n    id\n    siret\n    siren\n    name\n    communeCode\n    departementCode\n    regionCode\n    regionsServed\n    startup\n    website\n    offers {\n      id\n      theme\n      priceFromCents\n      priceToCents\n    }\n    rating {\n      average\n      count\n    }\n  }\n": types.ProvidersProviderFieldsFragmentDoc,
    "\n  fragment ProvidersReviewFields on Review {\n    id\n    rating\n    comment\n    authorKind\n    authorName\n    status\n    rejectionReason\n    submittedAt\n    publishedAt\n    reply {\n      text\n    }\n    provider {\n      id\n      rating {\n        average\n        count\n      }\n    }\n  }\n": types.ProvidersReviewFieldsFragmentDoc,
    "\n  mutation ProvidersRegister($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      ...ProvidersProviderFields\n    }\n  }\n": types.ProvidersRegisterDocument,
    "\n  mutation ProvidersRegisterId($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n": types.ProvidersRegisterIdDocument,
    "\n  mutation ProvidersAddOffer($input: AddProviderOfferInput!) {\n    addProviderOffer(input: $input) {\n      ...ProvidersProviderFields\n    }\n  }\n": types.ProvidersAddOfferDocument,
    "\n  mutation ProvidersAddOfferId($input: AddProviderOfferInput!) {\n    addProviderOffer(input: $input) {\n      id\n    }\n  }\n": types.ProvidersAddOfferIdDocument,
    "\n  mutation ProvidersRemoveOffer($id: ID!) {\n    removeProviderOffer(offerId: $id) {\n      offers {\n        id\n      }\n    }\n  }\n": types.ProvidersRemoveOfferDocument,
    "\n  mutation ProvidersReview($p: ID!, $r: Int!, $c: String!) {\n    reviewProvider(providerId: $p, rating: $r, comment: $c) {\n      ...ProvidersReviewFields\n    }\n  }\n": types.ProvidersReviewDocument,
    "\n  mutation ProvidersModerateReview($id: ID!, $d: ModerationDecision!, $reason: String) {\n    moderateReview(reviewId: $id, decision: $d, reason: $reason) {\n      ...ProvidersReviewFields\n    }\n  }\n": types.ProvidersModerateReviewDocument,
    "\n  mutation ProvidersFollowConsent {\n    setContactConsent(consented: true) {\n      consented\n    }\n  }\n": types.ProvidersFollowConsentDocument,
    "\n  mutation ProvidersFollowPropose($c: ID!) {\n    proposeFollow(companyId: $c) {\n      status\n    }\n  }\n": types.ProvidersFollowProposeDocument,
    "\n  mutation ProvidersFollowAccept($c: ID!) {\n    acceptFollow(connecteurId: $c) {\n      status\n    }\n  }\n": types.ProvidersFollowAcceptDocument,
    "\n  query ProvidersSearch($filter: ProviderFilter, $first: Int, $after: String) {\n    providers(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          rating {\n            average\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProvidersSearchDocument,
    "\n  query ProvidersRead($id: ID!) {\n    provider(id: $id) {\n      ...ProvidersProviderFields\n      latestReviews {\n        id\n      }\n    }\n  }\n": types.ProvidersReadDocument,
    "\n  mutation ProvidersMove {\n    updateProvider(input: { communeCode: \"13055\", regionsServed: [\"84\"] }) {\n      regionCode\n      regionsServed\n    }\n  }\n": types.ProvidersMoveDocument,
    "\n  mutation ProvidersDeclareEngagement($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte de notre site\") {\n      id\n      status\n      companyName\n    }\n  }\n": types.ProvidersDeclareEngagementDocument,
    "\n  mutation ProvidersConfirmEngagementStatus($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n": types.ProvidersConfirmEngagementStatusDocument,
    "\n  mutation ProvidersConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n      confirmedAt\n    }\n  }\n": types.ProvidersConfirmEngagementDocument,
    "\n  query ProvidersMyEngagements {\n    myProviderEngagements {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ProvidersMyEngagementsDocument,
    "\n  query ProvidersMyReviews {\n    myReviews {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ProvidersMyReviewsDocument,
    "\n  mutation ProvidersDeclareCapitalLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n": types.ProvidersDeclareCapitalLinkDocument,
    "\n  mutation ProvidersRecommend($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      providers {\n        id\n      }\n    }\n  }\n": types.ProvidersRecommendDocument,
    "\n  mutation ProvidersRecommendWithNote($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p, note: \"Pour votre boutique en ligne\") {\n      companyId\n      note\n      providers {\n        id\n      }\n      connecteur {\n        id\n      }\n    }\n  }\n": types.ProvidersRecommendWithNoteDocument,
    "\n  query ProvidersRecommendations($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      providers {\n        id\n      }\n    }\n  }\n": types.ProvidersRecommendationsDocument,
    "\n  query ProvidersRecommendationsWithNote($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      providers {\n        id\n      }\n      note\n    }\n  }\n": types.ProvidersRecommendationsWithNoteDocument,
    "\n  query ProvidersRecommendationsNote($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      note\n    }\n  }\n": types.ProvidersRecommendationsNoteDocument,
    "\n  query ProvidersRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n      latestReviews {\n        id\n        rating\n      }\n    }\n  }\n": types.ProvidersRatingDocument,
    "\n  mutation ProvidersReply($id: ID!, $t: String!) {\n    replyToReview(reviewId: $id, text: $t) {\n      reply {\n        text\n      }\n    }\n  }\n": types.ProvidersReplyDocument,
    "\n  mutation ProvidersEditReview($id: ID!, $r: Int!) {\n    editReview(reviewId: $id, rating: $r, comment: \"Finalement, quelques retards.\") {\n      status\n      rating\n    }\n  }\n": types.ProvidersEditReviewDocument,
    "\n  query ProvidersModerationQueue($after: String) {\n    moderationQueue(first: 100, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProvidersModerationQueueDocument,
    "\n  query ProvidersRatingDetail($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n      reviews(first: 100) {\n        edges {\n          node {\n            rating\n          }\n        }\n      }\n      latestReviews {\n        status\n      }\n    }\n  }\n": types.ProvidersRatingDetailDocument,
    "\n  mutation ProvidersRevokeFollow($c: ID!) {\n    revokeFollow(connecteurId: $c) {\n      status\n    }\n  }\n": types.ProvidersRevokeFollowDocument,
    "\n  mutation ProvidersRecommendCompanyId($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      companyId\n    }\n  }\n": types.ProvidersRecommendCompanyIdDocument,
    "\n  mutation ProvidersGateRegisterProvider {\n    registerProvider(\n      input: { siret: \"x\", name: \"x\", communeCode: \"69123\", regionsServed: [], startup: false }\n    ) {\n      id\n    }\n  }\n": types.ProvidersGateRegisterProviderDocument,
    "\n  mutation ProvidersGateUpdateProvider {\n    updateProvider(input: { startup: true }) {\n      id\n    }\n  }\n": types.ProvidersGateUpdateProviderDocument,
    "\n  mutation ProvidersGateAddProviderOffer {\n    addProviderOffer(input: { theme: CONTENT, description: \"x\", priceFromCents: 1, priceToCents: 2 }) {\n      id\n    }\n  }\n": types.ProvidersGateAddProviderOfferDocument,
    "\n  mutation ProvidersGateRemoveProviderOffer {\n    removeProviderOffer(offerId: \"x\") {\n      id\n    }\n  }\n": types.ProvidersGateRemoveProviderOfferDocument,
    "\n  mutation ProvidersGateReviewProvider {\n    reviewProvider(providerId: \"x\", rating: 5, comment: \"x\") {\n      id\n    }\n  }\n": types.ProvidersGateReviewProviderDocument,
    "\n  mutation ProvidersGateEditReview {\n    editReview(reviewId: \"x\", rating: 5, comment: \"x\") {\n      id\n    }\n  }\n": types.ProvidersGateEditReviewDocument,
    "\n  mutation ProvidersGateModerateReview {\n    moderateReview(reviewId: \"x\", decision: PUBLISH) {\n      id\n    }\n  }\n": types.ProvidersGateModerateReviewDocument,
    "\n  mutation ProvidersGateReplyToReview {\n    replyToReview(reviewId: \"x\", text: \"x\") {\n      id\n    }\n  }\n": types.ProvidersGateReplyToReviewDocument,
    "\n  mutation ProvidersGateDeclareProviderEngagement {\n    declareProviderEngagement(providerId: \"x\", description: \"x\") {\n      id\n    }\n  }\n": types.ProvidersGateDeclareProviderEngagementDocument,
    "\n  mutation ProvidersGateConfirmProviderEngagement {\n    confirmProviderEngagement(engagementId: \"x\") {\n      id\n    }\n  }\n": types.ProvidersGateConfirmProviderEngagementDocument,
    "\n  mutation ProvidersGateRecommendProviders {\n    recommendProviders(companyId: \"x\", providerIds: [\"y\"]) {\n      companyId\n    }\n  }\n": types.ProvidersGateRecommendProvidersDocument,
    "\n  query ProvidersGateModerationQueue {\n    moderationQueue {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ProvidersGateModerationQueueDocument,
    "\n  query ProvidersGateMyProvider {\n    myProvider {\n      id\n    }\n  }\n": types.ProvidersGateMyProviderDocument,
    "\n  query ProvidersGateMyReviews {\n    myReviews {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ProvidersGateMyReviewsDocument,
    "\n  query ProvidersGateMyProviderEngagements {\n    myProviderEngagements {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ProvidersGateMyProviderEngagementsDocument,
    "\n  query ProvidersGateProviderRecommendations {\n    providerRecommendations(companyId: \"x\") {\n      companyId\n    }\n  }\n": types.ProvidersGateProviderRecommendationsDocument,
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
    "\n  query SubsidiesQuestionsProgramNames($r: String) {\n    subsidyPrograms(regionCode: $r) {\n      name\n    }\n  }\n": types.SubsidiesQuestionsProgramNamesDocument,
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
    "\n  fragment TestimonialsFields on Testimonial {\n    id\n    companyName\n    title\n    format\n    themes\n    nafSection\n    sizeBand\n    departementCode\n    regionCode\n    maturityLevel\n    award\n    status\n    rejectionReason\n    connecteur {\n      id\n    }\n  }\n": types.TestimonialsFieldsFragmentDoc,
    "\n  mutation TestimonialsSubmit($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      ...TestimonialsFields\n    }\n  }\n": types.TestimonialsSubmitDocument,
    "\n  mutation TestimonialsModerate($id: ID!, $d: ModerationDecision!, $r: String) {\n    moderateTestimonial(id: $id, decision: $d, reason: $r) {\n      ...TestimonialsFields\n    }\n  }\n": types.TestimonialsModerateDocument,
    "\n  query TestimonialsRead($id: ID!) {\n    testimonial(id: $id) {\n      id\n      status\n    }\n  }\n": types.TestimonialsReadDocument,
    "\n  query TestimonialsList($f: TestimonialFilter, $after: String) {\n    testimonials(filter: $f, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          departementCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TestimonialsListDocument,
    "\n  query TestimonialsMap($f: TestimonialFilter) {\n    testimonialMap(filter: $f) {\n      departementCode\n      count\n    }\n  }\n": types.TestimonialsMapDocument,
    "\n  query TestimonialsMineIds {\n    myTestimonials {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TestimonialsMineIdsDocument,
    "\n  query TestimonialsMine {\n    myTestimonials {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.TestimonialsMineDocument,
    "\n  mutation TestimonialsAgree($id: ID!) {\n    agreeToTestimonial(id: $id) {\n      status\n    }\n  }\n": types.TestimonialsAgreeDocument,
    "\n  query TestimonialsModerationQueue {\n    testimonialModerationQueue(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TestimonialsModerationQueueDocument,
    "\n  query TestimonialsModerationQueueCursors {\n    testimonialModerationQueue {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.TestimonialsModerationQueueCursorsDocument,
    "\n  mutation TestimonialsWithdraw($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      status\n    }\n  }\n": types.TestimonialsWithdrawDocument,
    "\n  query TestimonialsMapOfConflictingPlaces {\n    testimonialMap(filter: { departementCode: \"35\", regionCode: \"84\" }) {\n      count\n    }\n  }\n": types.TestimonialsMapOfConflictingPlacesDocument,
    "\n  query TestimonialsListOfUnknownSection {\n    testimonials(filter: { nafSection: \"Z\" }) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.TestimonialsListOfUnknownSectionDocument,
    "\n  mutation TestimonialsDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      recommendations {\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n": types.TestimonialsDiagnosticDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsPublishSlots($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n      startsAt\n      endsAt\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentsPublishSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsBook($id: ID!, $topic: String) {\n    bookAppointment(slotId: $id, topic: $topic) {\n      id\n      status\n      startsAt\n      topic\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentsBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsCancel($id: ID!) {\n    cancelAppointment(id: $id, reason: \"Empêchement\") {\n      status\n      cancelledBy\n      cancellationReason\n    }\n  }\n"): typeof import('./graphql').AppointmentsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsRecordAttendance($id: ID!, $a: Attendance!) {\n    recordAttendance(appointmentId: $id, attendance: $a) {\n      attendance\n    }\n  }\n"): typeof import('./graphql').AppointmentsRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsOpenSlots($id: ID!) {\n    appointmentSlots(connecteurId: $id, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentsOpenSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsBookedAndDashboard {\n    myAppointments {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n    connecteurDashboard {\n      appointmentsBooked\n    }\n  }\n"): typeof import('./graphql').AppointmentsBookedAndDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsDashboard {\n    connecteurDashboard {\n      appointmentsHeld\n      appointmentsBooked\n    }\n  }\n"): typeof import('./graphql').AppointmentsDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsPast {\n    myAppointments(upcoming: false) {\n      edges {\n        node {\n          id\n          attendance\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentsPastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsRegionIndicators {\n    programmeIndicators(regionCode: \"53\") {\n      regionCode\n      regionName\n      diagnosticsDone\n      appointmentsBooked\n      contactRequests\n      requestsByStatus {\n        status\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentsRegionIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsAllIndicators {\n    programmeIndicators {\n      regionCode\n    }\n  }\n"): typeof import('./graphql').AppointmentsAllIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsUnknownRegionIndicators {\n    programmeIndicators(regionCode: \"00\") {\n      regionCode\n    }\n  }\n"): typeof import('./graphql').AppointmentsUnknownRegionIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsConnecteurCounts {\n    programmeIndicators(regionCode: \"06\") {\n      connecteursDeclared\n      connecteursLabelled\n    }\n  }\n"): typeof import('./graphql').AppointmentsConnecteurCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').AppointmentsRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2027-03-31\") {\n      tier\n    }\n  }\n"): typeof import('./graphql').AppointmentsGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Manquement à la charte\") {\n      tier\n    }\n  }\n"): typeof import('./graphql').AppointmentsRevokeLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsPublishSlotIds($slots: [AppointmentSlotInput!]!) {\n    publishAppointmentSlots(slots: $slots) {\n      id\n    }\n  }\n"): typeof import('./graphql').AppointmentsPublishSlotIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsBookWithoutTopic($id: ID!) {\n    bookAppointment(slotId: $id) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql').AppointmentsBookWithoutTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsCancelWithoutReason($id: ID!) {\n    cancelAppointment(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').AppointmentsCancelWithoutReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsUpcoming {\n    myAppointments(upcoming: true, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentsUpcomingDocument;
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
export function graphql(source: "\n  fragment ConnecteursFields on Connecteur {\n    id\n    displayName\n    communeCode\n    departementCode\n    regionCode\n    departementsServed\n    themes\n    tier\n    isLabelled\n    labelValidUntil\n    hasPendingLabelRequest\n    email\n    labelHistory {\n      status\n      validUntil\n      wave\n      reason\n      isValid\n    }\n  }\n"): typeof import('./graphql').ConnecteursFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRegister($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      ...ConnecteursFields\n    }\n  }\n"): typeof import('./graphql').ConnecteursRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRegisterId($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursRegisterIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRequestLabel {\n    requestLabel {\n      ...ConnecteursFields\n    }\n  }\n"): typeof import('./graphql').ConnecteursRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursGrantLabel($id: ID!, $until: Date!) {\n    grantLabel(connecteurId: $id, validUntil: $until, wave: \"Vague 2026-2\") {\n      ...ConnecteursFields\n    }\n  }\n"): typeof import('./graphql').ConnecteursGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnecteursSearch($filter: ConnecteurFilter, $first: Int, $after: String) {\n    connecteurs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          tier\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConnecteursSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursUpdateProfile($input: UpdateConnecteurProfileInput!) {\n    updateConnecteurProfile(input: $input) {\n      communeCode\n      departementCode\n      regionCode\n      departementsServed\n      acceptsNewPmes\n    }\n  }\n"): typeof import('./graphql').ConnecteursUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnecteursEmail($id: ID!) {\n    connecteur(id: $id) {\n      email\n    }\n  }\n"): typeof import('./graphql').ConnecteursEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRejectLabelRequest($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Dossier incomplet\") {\n      ...ConnecteursFields\n    }\n  }\n"): typeof import('./graphql').ConnecteursRejectLabelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRejectWithBlankReason($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \" \") {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursRejectWithBlankReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRevokeLabel($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Manquement à la charte\") {\n      ...ConnecteursFields\n    }\n  }\n"): typeof import('./graphql').ConnecteursRevokeLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRevokeAgain($id: ID!) {\n    revokeLabel(connecteurId: $id, reason: \"Encore\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursRevokeAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnecteursLabelReasons($id: ID!) {\n    connecteur(id: $id) {\n      labelHistory {\n        status\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ConnecteursLabelReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursRejectConcurrently($id: ID!) {\n    rejectLabelRequest(connecteurId: $id, reason: \"Refus concurrent\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursRejectConcurrentlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnecteursPendingLabelRequests {\n    pendingLabelRequests(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConnecteursPendingLabelRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnecteursPendingLabelRequestsDefault {\n    pendingLabelRequests {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConnecteursPendingLabelRequestsDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursGateUpdateProfile {\n    updateConnecteurProfile(input: { acceptsNewPmes: false }) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursGateUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursGateRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursGateRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursGateGrantLabel {\n    grantLabel(connecteurId: \"x\", validUntil: \"2027-01-01\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursGateGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursGateRejectLabelRequest {\n    rejectLabelRequest(connecteurId: \"x\", reason: \"incomplet\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursGateRejectLabelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnecteursGateRevokeLabel {\n    revokeLabel(connecteurId: \"x\", reason: \"manquement\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ConnecteursGateRevokeLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsNeedFields on ContactNeed {\n    id\n    status\n    need\n    themes\n    deadline {\n      state\n    }\n    requests {\n      id\n      status\n      connecteur {\n        id\n      }\n      deadline {\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsNeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsRequestFields on ContactRequest {\n    id\n    status\n    firstAnsweredAt\n    deadline {\n      state\n      lateAt\n    }\n    history {\n      by\n      from\n      to\n      message\n    }\n    feedback {\n      contacted\n      useful\n      comment\n    }\n  }\n"): typeof import('./graphql').ContactsRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsSendNeed($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      ...ContactsNeedFields\n    }\n  }\n"): typeof import('./graphql').ContactsSendNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsAnswer($id: ID!, $status: ContactRequestStatus!, $message: String) {\n    answerContactRequest(id: $id, status: $status, message: $message) {\n      ...ContactsRequestFields\n    }\n  }\n"): typeof import('./graphql').ContactsAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsReopen($id: ID!) {\n    reopenContactRequest(id: $id) {\n      ...ContactsRequestFields\n    }\n  }\n"): typeof import('./graphql').ContactsReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsReadRequest($id: ID!) {\n    contactRequest(id: $id) {\n      ...ContactsRequestFields\n    }\n  }\n"): typeof import('./graphql').ContactsReadRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsReadNeed($id: ID!) {\n    contactNeed(id: $id) {\n      ...ContactsNeedFields\n    }\n  }\n"): typeof import('./graphql').ContactsReadNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsNeedSeenByConnecteur($id: ID!) {\n    contactNeed(id: $id) {\n      company {\n        id\n      }\n      requests {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsNeedSeenByConnecteurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsMyNeeds {\n    myContactNeeds(first: 5) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsMyNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsPendingInbox {\n    contactInbox(statuses: [PENDING]) {\n      edges {\n        node {\n          id\n          deadline {\n            state\n          }\n        }\n      }\n    }\n    connecteurDashboard {\n      pendingRequests\n      lateRequests\n    }\n  }\n"): typeof import('./graphql').ContactsPendingInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsDashboard {\n    connecteurDashboard {\n      requestsReceived\n      pendingRequests\n      lateRequests\n      medianFirstAnswerHours\n      takeUpRate\n      responseRate\n    }\n  }\n"): typeof import('./graphql').ContactsDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsGiveFeedback($id: ID!) {\n    giveContactFeedback(\n      requestId: $id\n      input: { contacted: true, useful: false, comment: \"Pas de solution pour nous.\" }\n    ) {\n      feedback {\n        contacted\n        useful\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsGiveFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsReadConversation($id: ID!) {\n    contactRequest(id: $id) {\n      id\n      status\n      messageCount\n      companyContact {\n        name\n        email\n        phone\n      }\n      messages {\n        edges {\n          node {\n            id\n            by\n            text\n            at\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsReadConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsPostMessage($requestId: ID!, $text: String!, $clientKey: String) {\n    postContactRequestMessage(requestId: $requestId, text: $text, clientKey: $clientKey) {\n      id\n      by\n      text\n      requestId\n    }\n  }\n"): typeof import('./graphql').ContactsPostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsAnswerStatus($id: ID!, $status: ContactRequestStatus!) {\n    answerContactRequest(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ContactsAnswerStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsSendWithContact($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n      requests {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsSendWithContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsReopenId($id: ID!) {\n    reopenContactRequest(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContactsReopenIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsSendId($input: SendContactRequestInput!) {\n    sendContactRequest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContactsSendIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiagnosticsPeerFields on PeerComparison {\n    scope\n    label\n    peerCount\n    averageScore\n    shareBelow\n  }\n"): typeof import('./graphql').DiagnosticsPeerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiagnosticsSubmit($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      id\n      overallScore\n      level\n      claimed\n      levelInfo {\n        name\n      }\n      themeScores {\n        theme\n        score\n      }\n      peers {\n        ...DiagnosticsPeerFields\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsRead($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n      overallScore\n      claimed\n      peers {\n        ...DiagnosticsPeerFields\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsReadPeers($id: ID!) {\n    diagnosticResult(id: $id) {\n      peers {\n        scope\n        peerCount\n        averageScore\n        shareBelow\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsReadPeersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsQuestionnaire {\n    diagnosticQuestionnaire {\n      version\n      estimatedMinutes\n      themes {\n        theme\n        name\n      }\n      levels {\n        level\n        name\n        minScore\n        maxScore\n      }\n      questions {\n        id\n        theme\n        multiple\n        choices {\n          id\n          text\n          exclusive\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsReadDetail($id: ID!) {\n    diagnosticResult(id: $id) {\n      overallScore\n      levelInfo {\n        name\n      }\n      nextLevel {\n        level\n      }\n      companyFacts {\n        departementCode\n        regionCode\n        nafSection\n        nafLabel\n      }\n      themeScores {\n        name\n        score\n      }\n      recommendations {\n        focusThemes\n        advice {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsReadDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiagnosticsClaim($id: ID!) {\n    claimDiagnostic(id: $id) {\n      claimed\n    }\n  }\n"): typeof import('./graphql').DiagnosticsClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiagnosticsClaimWithId($id: ID!) {\n    claimDiagnostic(id: $id) {\n      id\n      claimed\n    }\n  }\n"): typeof import('./graphql').DiagnosticsClaimWithIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsMine {\n    myDiagnostics(first: 10) {\n      edges {\n        node {\n          id\n          claimed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsMineCursors {\n    myDiagnostics {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsMineCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsMineDetail($first: Int) {\n    myDiagnostics(first: $first) {\n      edges {\n        node {\n          id\n          overallScore\n          peers {\n            peerCount\n          }\n          recommendations {\n            advice {\n              title\n            }\n            connecteurs {\n              id\n            }\n            programmes {\n              expectedAidCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsMineDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsMineAfter($after: String) {\n    myDiagnostics(first: 3, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsMineAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiagnosticsRequestLabel {\n    requestLabel {\n      id\n    }\n  }\n"): typeof import('./graphql').DiagnosticsRequestLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiagnosticsGrantLabel($id: ID!) {\n    grantLabel(connecteurId: $id, validUntil: \"2028-06-30\") {\n      tier\n    }\n  }\n"): typeof import('./graphql').DiagnosticsGrantLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsRecommendedConnecteurs($id: ID!) {\n    diagnosticResult(id: $id) {\n      recommendations {\n        focusThemes\n        connecteurs {\n          id\n          tier\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsRecommendedConnecteursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiagnosticsOpenProgram($input: OpenSubsidyProgramInput!) {\n    openSubsidyProgram(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiagnosticsOpenProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsRecommendedProgrammes($id: ID!) {\n    diagnosticResult(id: $id) {\n      recommendations {\n        programmes {\n          program {\n            id\n            name\n          }\n          expenseTheme\n          typicalInvestmentCents\n          expectedAidCents\n          assumptions\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiagnosticsRecommendedProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticsPeerDisclosureDone($r: String) {\n    programmeIndicators(regionCode: $r) {\n      diagnosticsDone\n    }\n  }\n"): typeof import('./graphql').DiagnosticsPeerDisclosureDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventEditsPublish($input: EventInput!) {\n    publishEvent(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').EventEditsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventEditsUpdate($id: ID!, $input: EventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      title\n      version\n    }\n  }\n"): typeof import('./graphql').EventEditsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventEditsRead($id: ID!) {\n    event(id: $id) {\n      title\n      startsAt\n      version\n    }\n  }\n"): typeof import('./graphql').EventEditsReadDocument;
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
export function graphql(source: "\n  mutation EventsUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {\n    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      regionCode\n      startsAt\n      version\n    }\n  }\n"): typeof import('./graphql').EventsUpdateEventDocument;
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
export function graphql(source: "\n  mutation EventsPublishKeyedEvent($input: EventInput!, $clientKey: String) {\n    publishEvent(input: $input, clientKey: $clientKey) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').EventsPublishKeyedEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsPublishKeyedNews($input: NewsInput!, $clientKey: String) {\n    publishNews(input: $input, clientKey: $clientKey) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').EventsPublishKeyedNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsDemoWorkspace {\n    contactInbox(first: 50) {\n      edges {\n        node {\n          status\n          deadline {\n            state\n          }\n        }\n      }\n    }\n    myFollowedCompanies {\n      edges {\n        node {\n          company {\n            name\n          }\n          latestMaturity {\n            level\n          }\n          due {\n            followUpContact {\n              status\n            }\n          }\n        }\n      }\n    }\n    leads {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n    mySlots(first: 50) {\n      edges {\n        node {\n          status\n        }\n      }\n    }\n    myAppointments(upcoming: false) {\n      edges {\n        node {\n          attendance\n          status\n        }\n      }\n    }\n    connecteurDashboard {\n      followedCompanies\n      requestsReceived\n      pendingRequests\n      lateRequests\n      medianFirstAnswerHours\n      takeUpRate\n      appointmentsHeld\n    }\n  }\n"): typeof import('./graphql').FollowupsDemoWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsDemoPmeDiagnostics {\n    myDiagnostics {\n      edges {\n        node {\n          level\n          peers {\n            scope\n            peerCount\n          }\n        }\n      }\n    }\n    myFollows {\n      status\n    }\n  }\n"): typeof import('./graphql').FollowupsDemoPmeDiagnosticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsDemoIndicators {\n    programmeIndicators(regionCode: \"FR\") {\n      diagnosticsDone\n      appointmentsHeld\n      contactRequests\n    }\n  }\n"): typeof import('./graphql').FollowupsDemoIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsSetConsent($c: Boolean!) {\n    setContactConsent(consented: $c) {\n      consented\n      departementCode\n    }\n  }\n"): typeof import('./graphql').FollowupsSetConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsLeads($d: String) {\n    leads(departementCode: $d, first: 100) {\n      edges {\n        node {\n          companyId\n          company {\n            id\n            departementCode\n          }\n          latestMaturity {\n            level\n            levelName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsLeadsCursors {\n    leads(departementCode: \"22\") {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsLeadsCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsPropose($id: ID!) {\n    proposeFollow(companyId: $id, message: \"Je peux vous aider.\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').FollowupsProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAccept($id: ID!) {\n    acceptFollow(connecteurId: $id) {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsRevoke($id: ID!) {\n    revokeFollow(connecteurId: $id) {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsFollowed($id: ID!) {\n    followedCompany(companyId: $id) {\n      companyId\n      company {\n        name\n      }\n      latestMaturity {\n        level\n      }\n      due {\n        followUpContact {\n          dueOn\n          status\n        }\n        overdueActionItems\n      }\n      diagnostics {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      actionPlan {\n        id\n        title\n        status\n        dueOn\n      }\n      meetingNotes {\n        edges {\n          node {\n            text\n            shared\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsFollowedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsFollowedIds {\n    myFollowedCompanies(first: 100) {\n      edges {\n        node {\n          companyId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsFollowedIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsSendContactRequest($ids: [ID!]!) {\n    sendContactRequest(input: { connecteurIds: $ids, need: \"Besoin d’un site internet.\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupsSendContactRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsReadDiagnostic($id: ID!) {\n    diagnosticResult(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupsReadDiagnosticDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsMyFollows {\n    myFollows {\n      status\n      proposalMessage\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsMyFollowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddMeetingNoteRefused($id: ID!) {\n    addMeetingNote(companyId: $id, input: { meetingOn: \"2026-11-20\", text: \"Rencontre\", shared: false }) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupsAddMeetingNoteRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddActionItemRefused($id: ID!) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: \"Faire le point\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupsAddActionItemRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddActionItem($id: ID!) {\n    addActionItem(\n      companyId: $id\n      input: { theme: ECOMMERCE_WEBSITE, title: \"Ouvrir la boutique en ligne\", dueOn: \"2027-01-31\" }\n    ) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').FollowupsAddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsUpdateActionItem($id: ID!, $item: ID!, $status: ActionItemStatus) {\n    updateActionItem(companyId: $id, itemId: $item, input: { status: $status }) {\n      status\n      dueOn\n    }\n  }\n"): typeof import('./graphql').FollowupsUpdateActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddMeetingNote($id: ID!, $text: String!, $shared: Boolean!) {\n    addMeetingNote(companyId: $id, input: { meetingOn: \"2026-11-26\", text: $text, shared: $shared }) {\n      shared\n    }\n  }\n"): typeof import('./graphql').FollowupsAddMeetingNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsSeenByCompany {\n    myFollows {\n      status\n      actionPlan {\n        title\n        status\n      }\n      followUpContact {\n        dueOn\n      }\n      sharedMeetingNotes {\n        edges {\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsSeenByCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsFollowedAndDashboard {\n    myFollowedCompanies {\n      edges {\n        node {\n          companyId\n          due {\n            followUpContact {\n              status\n            }\n          }\n          latestMaturity {\n            level\n          }\n        }\n      }\n    }\n    connecteurDashboard {\n      followedCompanies\n    }\n  }\n"): typeof import('./graphql').FollowupsFollowedAndDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddSixMonthNote($id: ID!) {\n    addMeetingNote(\n      companyId: $id\n      input: { meetingOn: \"2027-05-26\", text: \"Point à six mois.\", shared: true }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupsAddSixMonthNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsFollowedPage($after: String) {\n    myFollowedCompanies(first: 2, after: $after) {\n      edges {\n        node {\n          companyId\n          latestMaturity {\n            level\n          }\n          due {\n            overdueActionItems\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsFollowedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsLeadsPage($d: String, $after: String) {\n    leads(departementCode: $d, first: 100, after: $after) {\n      edges {\n        cursor\n        node {\n          companyId\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsLeadsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsConsentToContacts {\n    setContactConsent(consented: true) {\n      consented\n    }\n  }\n"): typeof import('./graphql').FollowupsConsentToContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsProposeBare($id: ID!) {\n    proposeFollow(companyId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').FollowupsProposeBareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsMyFollowsStatus {\n    myFollows {\n      status\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsMyFollowsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsUpdateServed($d: [String!]) {\n    updateConnecteurProfile(input: { departementsServed: $d }) {\n      departementsServed\n    }\n  }\n"): typeof import('./graphql').FollowupsUpdateServedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsServedProfile {\n    myConnecteurProfile {\n      departementsServed\n      approvedDepartements\n    }\n  }\n"): typeof import('./graphql').FollowupsServedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsServedChanges($id: ID!) {\n    servedDepartementsChanges(connecteurId: $id) {\n      edges {\n        node {\n          connecteurId\n          bySub\n          byRole\n          kind\n          before\n          after\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsServedChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsRegisterConnecteurId($input: RegisterConnecteurInput!) {\n    registerConnecteur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupsRegisterConnecteurIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsApproveServed($id: ID!, $d: String!) {\n    approveServedDepartement(connecteurId: $id, departementCode: $d) {\n      approvedDepartements\n    }\n  }\n"): typeof import('./graphql').FollowupsApproveServedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddKeyedActionItem($id: ID!, $title: String!, $key: String) {\n    addActionItem(companyId: $id, input: { theme: STRATEGY, title: $title }, clientKey: $key) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').FollowupsAddKeyedActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowupsAddKeyedMeetingNote($id: ID!, $on: Date!, $text: String!, $key: String) {\n    addMeetingNote(companyId: $id, input: { meetingOn: $on, text: $text, shared: false }, clientKey: $key) {\n      id\n      meetingOn\n      text\n    }\n  }\n"): typeof import('./graphql').FollowupsAddKeyedMeetingNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupsPlanAndNotes($id: ID!) {\n    followedCompany(companyId: $id) {\n      actionPlan {\n        id\n        title\n      }\n      meetingNotes {\n        edges {\n          node {\n            id\n            meetingOn\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupsPlanAndNotesDocument;
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
export function graphql(source: "\n  query PrivacyExportConversations {\n    exportMyData {\n      contactConversations {\n        request {\n          id\n          status\n          connecteur {\n            id\n          }\n        }\n        sharedContactDetails {\n          name\n          email\n          phone\n        }\n        sharedSince\n        messages {\n          by\n          text\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyExportConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyPostConnecteurMessage($r: ID!, $t: String!) {\n    postContactRequestMessage(requestId: $r, text: $t) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyPostConnecteurMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyTakeInCharge($r: ID!) {\n    answerContactRequest(id: $r, status: TAKEN_IN_CHARGE) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrivacyTakeInChargeDocument;
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
export function graphql(source: "\n  fragment ProvidersProviderFields on Provider {\n    id\n    siret\n    siren\n    name\n    communeCode\n    departementCode\n    regionCode\n    regionsServed\n    startup\n    website\n    offers {\n      id\n      theme\n      priceFromCents\n      priceToCents\n    }\n    rating {\n      average\n      count\n    }\n  }\n"): typeof import('./graphql').ProvidersProviderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProvidersReviewFields on Review {\n    id\n    rating\n    comment\n    authorKind\n    authorName\n    status\n    rejectionReason\n    submittedAt\n    publishedAt\n    reply {\n      text\n    }\n    provider {\n      id\n      rating {\n        average\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRegister($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      ...ProvidersProviderFields\n    }\n  }\n"): typeof import('./graphql').ProvidersRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRegisterId($input: RegisterProviderInput!) {\n    registerProvider(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersRegisterIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersAddOffer($input: AddProviderOfferInput!) {\n    addProviderOffer(input: $input) {\n      ...ProvidersProviderFields\n    }\n  }\n"): typeof import('./graphql').ProvidersAddOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersAddOfferId($input: AddProviderOfferInput!) {\n    addProviderOffer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersAddOfferIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRemoveOffer($id: ID!) {\n    removeProviderOffer(offerId: $id) {\n      offers {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersRemoveOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersReview($p: ID!, $r: Int!, $c: String!) {\n    reviewProvider(providerId: $p, rating: $r, comment: $c) {\n      ...ProvidersReviewFields\n    }\n  }\n"): typeof import('./graphql').ProvidersReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersModerateReview($id: ID!, $d: ModerationDecision!, $reason: String) {\n    moderateReview(reviewId: $id, decision: $d, reason: $reason) {\n      ...ProvidersReviewFields\n    }\n  }\n"): typeof import('./graphql').ProvidersModerateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersFollowConsent {\n    setContactConsent(consented: true) {\n      consented\n    }\n  }\n"): typeof import('./graphql').ProvidersFollowConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersFollowPropose($c: ID!) {\n    proposeFollow(companyId: $c) {\n      status\n    }\n  }\n"): typeof import('./graphql').ProvidersFollowProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersFollowAccept($c: ID!) {\n    acceptFollow(connecteurId: $c) {\n      status\n    }\n  }\n"): typeof import('./graphql').ProvidersFollowAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersSearch($filter: ProviderFilter, $first: Int, $after: String) {\n    providers(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          rating {\n            average\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersRead($id: ID!) {\n    provider(id: $id) {\n      ...ProvidersProviderFields\n      latestReviews {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersMove {\n    updateProvider(input: { communeCode: \"13055\", regionsServed: [\"84\"] }) {\n      regionCode\n      regionsServed\n    }\n  }\n"): typeof import('./graphql').ProvidersMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersDeclareEngagement($p: ID!) {\n    declareProviderEngagement(providerId: $p, description: \"Refonte de notre site\") {\n      id\n      status\n      companyName\n    }\n  }\n"): typeof import('./graphql').ProvidersDeclareEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersConfirmEngagementStatus($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').ProvidersConfirmEngagementStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersConfirmEngagement($id: ID!) {\n    confirmProviderEngagement(engagementId: $id) {\n      status\n      confirmedAt\n    }\n  }\n"): typeof import('./graphql').ProvidersConfirmEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersMyEngagements {\n    myProviderEngagements {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersMyEngagementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersMyReviews {\n    myReviews {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersMyReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersDeclareCapitalLink($s: String!) {\n    declareCapitalLink(providerSiren: $s) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersDeclareCapitalLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRecommend($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      providers {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRecommendWithNote($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p, note: \"Pour votre boutique en ligne\") {\n      companyId\n      note\n      providers {\n        id\n      }\n      connecteur {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersRecommendWithNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersRecommendations($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      providers {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersRecommendationsWithNote($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      providers {\n        id\n      }\n      note\n    }\n  }\n"): typeof import('./graphql').ProvidersRecommendationsWithNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersRecommendationsNote($c: ID!) {\n    providerRecommendations(companyId: $c) {\n      note\n    }\n  }\n"): typeof import('./graphql').ProvidersRecommendationsNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersRating($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n      latestReviews {\n        id\n        rating\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersReply($id: ID!, $t: String!) {\n    replyToReview(reviewId: $id, text: $t) {\n      reply {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersEditReview($id: ID!, $r: Int!) {\n    editReview(reviewId: $id, rating: $r, comment: \"Finalement, quelques retards.\") {\n      status\n      rating\n    }\n  }\n"): typeof import('./graphql').ProvidersEditReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersModerationQueue($after: String) {\n    moderationQueue(first: 100, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersRatingDetail($id: ID!) {\n    provider(id: $id) {\n      rating {\n        average\n        count\n      }\n      reviews(first: 100) {\n        edges {\n          node {\n            rating\n          }\n        }\n      }\n      latestReviews {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersRatingDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRevokeFollow($c: ID!) {\n    revokeFollow(connecteurId: $c) {\n      status\n    }\n  }\n"): typeof import('./graphql').ProvidersRevokeFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersRecommendCompanyId($c: ID!, $p: [ID!]!) {\n    recommendProviders(companyId: $c, providerIds: $p) {\n      companyId\n    }\n  }\n"): typeof import('./graphql').ProvidersRecommendCompanyIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateRegisterProvider {\n    registerProvider(\n      input: { siret: \"x\", name: \"x\", communeCode: \"69123\", regionsServed: [], startup: false }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateRegisterProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateUpdateProvider {\n    updateProvider(input: { startup: true }) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateUpdateProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateAddProviderOffer {\n    addProviderOffer(input: { theme: CONTENT, description: \"x\", priceFromCents: 1, priceToCents: 2 }) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateAddProviderOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateRemoveProviderOffer {\n    removeProviderOffer(offerId: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateRemoveProviderOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateReviewProvider {\n    reviewProvider(providerId: \"x\", rating: 5, comment: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateReviewProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateEditReview {\n    editReview(reviewId: \"x\", rating: 5, comment: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateEditReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateModerateReview {\n    moderateReview(reviewId: \"x\", decision: PUBLISH) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateModerateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateReplyToReview {\n    replyToReview(reviewId: \"x\", text: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateReplyToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateDeclareProviderEngagement {\n    declareProviderEngagement(providerId: \"x\", description: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateDeclareProviderEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateConfirmProviderEngagement {\n    confirmProviderEngagement(engagementId: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateConfirmProviderEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersGateRecommendProviders {\n    recommendProviders(companyId: \"x\", providerIds: [\"y\"]) {\n      companyId\n    }\n  }\n"): typeof import('./graphql').ProvidersGateRecommendProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersGateModerationQueue {\n    moderationQueue {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersGateModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersGateMyProvider {\n    myProvider {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvidersGateMyProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersGateMyReviews {\n    myReviews {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersGateMyReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersGateMyProviderEngagements {\n    myProviderEngagements {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersGateMyProviderEngagementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersGateProviderRecommendations {\n    providerRecommendations(companyId: \"x\") {\n      companyId\n    }\n  }\n"): typeof import('./graphql').ProvidersGateProviderRecommendationsDocument;
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
export function graphql(source: "\n  query SubsidiesQuestionsProgramNames($r: String) {\n    subsidyPrograms(regionCode: $r) {\n      name\n    }\n  }\n"): typeof import('./graphql').SubsidiesQuestionsProgramNamesDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestimonialsFields on Testimonial {\n    id\n    companyName\n    title\n    format\n    themes\n    nafSection\n    sizeBand\n    departementCode\n    regionCode\n    maturityLevel\n    award\n    status\n    rejectionReason\n    connecteur {\n      id\n    }\n  }\n"): typeof import('./graphql').TestimonialsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestimonialsSubmit($input: TestimonialInput!) {\n    submitTestimonial(input: $input) {\n      ...TestimonialsFields\n    }\n  }\n"): typeof import('./graphql').TestimonialsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestimonialsModerate($id: ID!, $d: ModerationDecision!, $r: String) {\n    moderateTestimonial(id: $id, decision: $d, reason: $r) {\n      ...TestimonialsFields\n    }\n  }\n"): typeof import('./graphql').TestimonialsModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsRead($id: ID!) {\n    testimonial(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TestimonialsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsList($f: TestimonialFilter, $after: String) {\n    testimonials(filter: $f, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          departementCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsMap($f: TestimonialFilter) {\n    testimonialMap(filter: $f) {\n      departementCode\n      count\n    }\n  }\n"): typeof import('./graphql').TestimonialsMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsMineIds {\n    myTestimonials {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsMineIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsMine {\n    myTestimonials {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestimonialsAgree($id: ID!) {\n    agreeToTestimonial(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').TestimonialsAgreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsModerationQueue {\n    testimonialModerationQueue(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsModerationQueueCursors {\n    testimonialModerationQueue {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsModerationQueueCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestimonialsWithdraw($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').TestimonialsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsMapOfConflictingPlaces {\n    testimonialMap(filter: { departementCode: \"35\", regionCode: \"84\" }) {\n      count\n    }\n  }\n"): typeof import('./graphql').TestimonialsMapOfConflictingPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialsListOfUnknownSection {\n    testimonials(filter: { nafSection: \"Z\" }) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsListOfUnknownSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestimonialsDiagnostic($input: SubmitDiagnosticInput!) {\n    submitDiagnostic(input: $input) {\n      recommendations {\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TestimonialsDiagnosticDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
