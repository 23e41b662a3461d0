import { graphql } from '../generated/gql.js';

/** Probes of who may call the providers' operations: literal arguments, answers never read. */
export const RegisterProvider = graphql(`
  mutation ProvidersGateRegisterProvider {
    registerProvider(
      input: { siret: "x", name: "x", communeCode: "69123", regionsServed: [], startup: false }
    ) {
      id
    }
  }
`);
export const UpdateProvider = graphql(`
  mutation ProvidersGateUpdateProvider {
    updateProvider(input: { startup: true }) {
      id
    }
  }
`);
export const AddProviderOffer = graphql(`
  mutation ProvidersGateAddProviderOffer {
    addProviderOffer(input: { theme: CONTENT, description: "x", priceFromCents: 1, priceToCents: 2 }) {
      id
    }
  }
`);
export const RemoveProviderOffer = graphql(`
  mutation ProvidersGateRemoveProviderOffer {
    removeProviderOffer(offerId: "x") {
      id
    }
  }
`);
export const ReviewProvider = graphql(`
  mutation ProvidersGateReviewProvider {
    reviewProvider(providerId: "x", rating: 5, comment: "x") {
      id
    }
  }
`);
export const EditReview = graphql(`
  mutation ProvidersGateEditReview {
    editReview(reviewId: "x", rating: 5, comment: "x") {
      id
    }
  }
`);
export const ModerateReview = graphql(`
  mutation ProvidersGateModerateReview {
    moderateReview(reviewId: "x", decision: PUBLISH) {
      id
    }
  }
`);
export const ReplyToReview = graphql(`
  mutation ProvidersGateReplyToReview {
    replyToReview(reviewId: "x", text: "x") {
      id
    }
  }
`);
export const DeclareProviderEngagement = graphql(`
  mutation ProvidersGateDeclareProviderEngagement {
    declareProviderEngagement(providerId: "x", description: "x") {
      id
    }
  }
`);
export const ConfirmProviderEngagement = graphql(`
  mutation ProvidersGateConfirmProviderEngagement {
    confirmProviderEngagement(engagementId: "x") {
      id
    }
  }
`);
export const RecommendProviders = graphql(`
  mutation ProvidersGateRecommendProviders {
    recommendProviders(companyId: "x", providerIds: ["y"]) {
      companyId
    }
  }
`);
export const ModerationQueue = graphql(`
  query ProvidersGateModerationQueue {
    moderationQueue {
      edges {
        cursor
      }
    }
  }
`);
export const MyProvider = graphql(`
  query ProvidersGateMyProvider {
    myProvider {
      id
    }
  }
`);
export const MyReviews = graphql(`
  query ProvidersGateMyReviews {
    myReviews {
      edges {
        cursor
      }
    }
  }
`);
export const MyProviderEngagements = graphql(`
  query ProvidersGateMyProviderEngagements {
    myProviderEngagements {
      edges {
        cursor
      }
    }
  }
`);
export const ProviderRecommendations = graphql(`
  query ProvidersGateProviderRecommendations {
    providerRecommendations(companyId: "x") {
      companyId
    }
  }
`);
