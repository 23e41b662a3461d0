import { graphql } from '../generated/gql.js';

// The typed documents the authorization matrix's fixture world (authorization-world.ts) builds its objects with.

export const OpenProgram = graphql(`
  mutation SecurityWorldOpenProgram($input: OpenSubsidyProgramInput!) {
    openSubsidyProgram(input: $input) {
      id
      version
    }
  }
`);
export const RequestLabel = graphql(`
  mutation SecurityWorldRequestLabel {
    requestLabel {
      id
    }
  }
`);
export const GrantLabel = graphql(`
  mutation SecurityWorldGrantLabel($id: ID!) {
    grantLabel(connecteurId: $id, validUntil: "2027-06-30") {
      id
    }
  }
`);
export const CreateApplication = graphql(`
  mutation SecurityWorldCreateApplication($input: CreateSubsidyApplicationInput!) {
    createSubsidyApplication(input: $input) {
      id
      version
    }
  }
`);
export const SubmitApplication = graphql(`
  mutation SecurityWorldSubmitApplication($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {
    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {
      id
      version
    }
  }
`);
export const StartReview = graphql(`
  mutation SecurityWorldStartReview($id: ID!, $v: Int!) {
    startSubsidyReview(id: $id, expectedVersion: $v) {
      id
      version
    }
  }
`);
export const Accept = graphql(`
  mutation SecurityWorldAccept($id: ID!, $v: Int!) {
    decideSubsidyApplication(id: $id, expectedVersion: $v, decision: ACCEPT) {
      id
      version
    }
  }
`);
export const RecordPayment = graphql(`
  mutation SecurityWorldRecordPayment($id: ID!, $v: Int!) {
    recordSubsidyPayment(id: $id, expectedVersion: $v, invoiceCents: 1000000) {
      id
      version
    }
  }
`);
export const ProposeFollow = graphql(`
  mutation SecurityWorldProposeFollow($c: ID!) {
    proposeFollow(companyId: $c) {
      status
    }
  }
`);
export const AcceptFollow = graphql(`
  mutation SecurityWorldAcceptFollow($c: ID!) {
    acceptFollow(connecteurId: $c) {
      status
    }
  }
`);
export const SendContactRequest = graphql(`
  mutation SecurityWorldSendContactRequest($ids: [ID!]!, $need: String!) {
    sendContactRequest(input: { connecteurIds: $ids, need: $need }) {
      id
      requests {
        id
      }
    }
  }
`);
export const AnswerContactRequest = graphql(`
  mutation SecurityWorldAnswerContactRequest($id: ID!, $s: ContactRequestStatus!) {
    answerContactRequest(id: $id, status: $s) {
      id
    }
  }
`);
export const PublishSlots = graphql(`
  mutation SecurityWorldPublishSlots($s: [AppointmentSlotInput!]!) {
    publishAppointmentSlots(slots: $s) {
      id
    }
  }
`);
export const BookAppointment = graphql(`
  mutation SecurityWorldBookAppointment($s: ID!) {
    bookAppointment(slotId: $s, topic: "Premier rendez-vous") {
      id
    }
  }
`);
export const SubmitDiagnostic = graphql(`
  mutation SecurityWorldSubmitDiagnostic($input: SubmitDiagnosticInput!) {
    submitDiagnostic(input: $input) {
      id
    }
  }
`);
export const PublishEvent = graphql(`
  mutation SecurityWorldPublishEvent($input: EventInput!) {
    publishEvent(input: $input) {
      id
    }
  }
`);
export const PublishNews = graphql(`
  mutation SecurityWorldPublishNews($input: NewsInput!) {
    publishNews(input: $input) {
      id
    }
  }
`);
export const DeclareEngagement = graphql(`
  mutation SecurityWorldDeclareEngagement($p: ID!) {
    declareProviderEngagement(providerId: $p, description: "Refonte du site vitrine.") {
      id
    }
  }
`);
export const ConfirmEngagement = graphql(`
  mutation SecurityWorldConfirmEngagement($id: ID!) {
    confirmProviderEngagement(engagementId: $id) {
      status
    }
  }
`);
export const ReviewProvider = graphql(`
  mutation SecurityWorldReviewProvider($p: ID!) {
    reviewProvider(providerId: $p, rating: 4, comment: "Travail soigné, délais tenus.") {
      id
    }
  }
`);
export const SubmitTestimonial = graphql(`
  mutation SecurityWorldSubmitTestimonial($input: TestimonialInput!) {
    submitTestimonial(input: $input) {
      id
    }
  }
`);
export const AddOffer = graphql(`
  mutation SecurityWorldAddOffer {
    addProviderOffer(
      input: {
        theme: ECOMMERCE_WEBSITE
        description: "Site vitrine"
        priceFromCents: 150000
        priceToCents: 400000
      }
    ) {
      offers {
        id
        description
      }
    }
  }
`);
export const DeclareCapitalLink = graphql(`
  mutation SecurityWorldDeclareCapitalLink($s: String!) {
    declareCapitalLink(providerSiren: $s) {
      id
    }
  }
`);
export const AddActionItem = graphql(`
  mutation SecurityWorldAddActionItem($c: ID!) {
    addActionItem(
      companyId: $c
      input: { theme: ONLINE_VISIBILITY, title: "Créer la fiche d’établissement" }
    ) {
      id
    }
  }
`);
export const SendMessage = graphql(`
  mutation SecurityWorldSendMessage($id: ID!) {
    sendSubsidyMessage(id: $id, body: "Voici le devis signé.") {
      at
    }
  }
`);
export const Annotate = graphql(`
  mutation SecurityWorldAnnotate($id: ID!) {
    annotateSubsidyApplication(id: $id, body: "Devis cohérent avec le référentiel.") {
      at
    }
  }
`);
export const RecommendProviders = graphql(`
  mutation SecurityWorldRecommendProviders($c: ID!, $p: [ID!]!) {
    recommendProviders(companyId: $c, providerIds: $p) {
      companyId
    }
  }
`);
export const ModerateReview = graphql(`
  mutation SecurityWorldModerateReview($id: ID!) {
    moderateReview(reviewId: $id, decision: PUBLISH) {
      status
    }
  }
`);
