import { graphql } from '../generated/gql.js';

// The typed documents of the privacy tests: the export, the deletion, and the calls that give a company data in
// every domain (support.ts).

export const ExportMyData = graphql(`
  query PrivacyExportMyData {
    exportMyData {
      generatedAt
      company {
        id
        siren
        name
      }
      contactConsent {
        consented
      }
      subsidyApplications {
        id
        projectSummary
        investmentCents
        aidCents
        status
        expenses {
          description
          amountCents
        }
        messages {
          body
        }
        history {
          action
        }
      }
      diagnostics {
        id
      }
      contactNeeds {
        id
        need
        requests {
          id
          status
        }
      }
      follows {
        status
        proposalMessage
        connecteur {
          id
        }
        sharedMeetingNotes {
          edges {
            node {
              text
            }
          }
        }
      }
      appointments {
        id
        topic
        status
      }
      reviews {
        id
        comment
        authorName
        status
        rating
      }
      testimonials {
        id
        story
        status
      }
      providerEngagements {
        id
        description
        companyName
      }
      providerRecommendations {
        companyId
        note
        providers {
          id
        }
      }
    }
  }
`);

export const DeleteMyAccount = graphql(`
  mutation PrivacyDeleteMyAccount($c: String!) {
    deleteMyAccount(confirmation: $c) {
      deletedAt
      subsidyApplicationsAnonymized
      diagnosticsDetached
      contactNeedsErased
      followsEnded
      appointmentsErased
      reviewsAnonymized
      testimonialsWithdrawn
      providerEngagementsErased
      providerRecommendationsErased
    }
  }
`);

export const RegisterCompany = graphql(`
  mutation PrivacyRegisterCompany($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      id
      siren
      name
    }
  }
`);

export const JoinMyCompany = graphql(`
  mutation PrivacyJoinMyCompany {
    joinMyCompany {
      id
    }
  }
`);

export const MyCompany = graphql(`
  query PrivacyMyCompany {
    myCompany {
      id
    }
  }
`);

export const MyApplications = graphql(`
  query PrivacyMyApplications {
    subsidyApplications {
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const CreateApplication = graphql(`
  mutation PrivacyCreateApplication($input: CreateSubsidyApplicationInput!) {
    createSubsidyApplication(input: $input) {
      id
      version
    }
  }
`);

export const Accept = graphql(`
  mutation PrivacyAccept($id: ID!, $v: Int!) {
    decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) {
      status
    }
  }
`);

export const SendMessage = graphql(`
  mutation PrivacySendMessage($id: ID!, $b: String!) {
    sendSubsidyMessage(id: $id, body: $b) {
      at
    }
  }
`);

export const Annotate = graphql(`
  mutation PrivacyAnnotate($id: ID!, $b: String!) {
    annotateSubsidyApplication(id: $id, body: $b) {
      at
    }
  }
`);

export const SubmitDiagnostic = graphql(`
  mutation PrivacySubmitDiagnostic($input: SubmitDiagnosticInput!) {
    submitDiagnostic(input: $input) {
      id
    }
  }
`);

export const DiagnosticResult = graphql(`
  query PrivacyDiagnosticResult($id: ID!) {
    diagnosticResult(id: $id) {
      id
    }
  }
`);

export const SendContactRequest = graphql(`
  mutation PrivacySendContactRequest($ids: [ID!]!, $need: String!, $contact: ContactDetailsInput) {
    sendContactRequest(input: { connecteurIds: $ids, need: $need, contact: $contact }) {
      id
      requests {
        id
      }
    }
  }
`);

export const PostRequestMessage = graphql(`
  mutation PrivacyPostRequestMessage($r: ID!, $t: String!) {
    postContactRequestMessage(requestId: $r, text: $t, clientKey: "cle-message-1") {
      id
    }
  }
`);

export const AddMeetingNote = graphql(`
  mutation PrivacyAddMeetingNote($c: ID!, $input: MeetingNoteInput!) {
    addMeetingNote(companyId: $c, input: $input) {
      id
    }
  }
`);

export const RecommendProviders = graphql(`
  mutation PrivacyRecommendProviders($c: ID!, $p: [ID!]!, $n: String) {
    recommendProviders(companyId: $c, providerIds: $p, note: $n) {
      companyId
    }
  }
`);

export const PublishSlots = graphql(`
  mutation PrivacyPublishSlots($s: [AppointmentSlotInput!]!) {
    publishAppointmentSlots(slots: $s) {
      id
    }
  }
`);

export const BookAppointment = graphql(`
  mutation PrivacyBookAppointment($s: ID!, $t: String) {
    bookAppointment(slotId: $s, topic: $t) {
      id
    }
  }
`);

export const DeclareEngagement = graphql(`
  mutation PrivacyDeclareEngagement($p: ID!, $d: String!) {
    declareProviderEngagement(providerId: $p, description: $d) {
      id
    }
  }
`);

export const ConfirmEngagement = graphql(`
  mutation PrivacyConfirmEngagement($id: ID!) {
    confirmProviderEngagement(engagementId: $id) {
      status
    }
  }
`);

export const ReviewProvider = graphql(`
  mutation PrivacyReviewProvider($p: ID!, $r: Int!, $c: String!) {
    reviewProvider(providerId: $p, rating: $r, comment: $c) {
      id
    }
  }
`);

export const PublishReview = graphql(`
  mutation PrivacyPublishReview($id: ID!) {
    moderateReview(reviewId: $id, decision: PUBLISH) {
      status
    }
  }
`);

export const SubmitTestimonial = graphql(`
  mutation PrivacySubmitTestimonial($input: TestimonialInput!) {
    submitTestimonial(input: $input) {
      id
    }
  }
`);

export const PublishTestimonial = graphql(`
  mutation PrivacyPublishTestimonial($id: ID!) {
    moderateTestimonial(id: $id, decision: PUBLISH) {
      status
    }
  }
`);
