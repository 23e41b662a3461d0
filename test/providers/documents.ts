import { graphql } from '../generated/gql.js';

/** The providers tests' typed operations (answers and variables typed by the schema). */

graphql(`
  fragment ProvidersProviderFields on Provider {
    id
    siret
    siren
    name
    communeCode
    departementCode
    regionCode
    regionsServed
    startup
    website
    offers {
      id
      theme
      priceFromCents
      priceToCents
    }
    rating {
      average
      count
    }
  }
`);
graphql(`
  fragment ProvidersReviewFields on Review {
    id
    rating
    comment
    authorKind
    authorName
    status
    rejectionReason
    submittedAt
    publishedAt
    reply {
      text
    }
    provider {
      id
      rating {
        average
        count
      }
    }
  }
`);

export const RegisterProvider = graphql(`
  mutation ProvidersRegister($input: RegisterProviderInput!) {
    registerProvider(input: $input) {
      ...ProvidersProviderFields
    }
  }
`);
export const RegisterProviderId = graphql(`
  mutation ProvidersRegisterId($input: RegisterProviderInput!) {
    registerProvider(input: $input) {
      id
    }
  }
`);
export const AddOffer = graphql(`
  mutation ProvidersAddOffer($input: AddProviderOfferInput!) {
    addProviderOffer(input: $input) {
      ...ProvidersProviderFields
    }
  }
`);
export const AddOfferId = graphql(`
  mutation ProvidersAddOfferId($input: AddProviderOfferInput!) {
    addProviderOffer(input: $input) {
      id
    }
  }
`);
export const RemoveOffer = graphql(`
  mutation ProvidersRemoveOffer($id: ID!) {
    removeProviderOffer(offerId: $id) {
      offers {
        id
      }
    }
  }
`);
export const ReviewProvider = graphql(`
  mutation ProvidersReview($p: ID!, $r: Int!, $c: String!) {
    reviewProvider(providerId: $p, rating: $r, comment: $c) {
      ...ProvidersReviewFields
    }
  }
`);
export const ModerateReview = graphql(`
  mutation ProvidersModerateReview($id: ID!, $d: ModerationDecision!, $reason: String) {
    moderateReview(reviewId: $id, decision: $d, reason: $reason) {
      ...ProvidersReviewFields
    }
  }
`);
export const FollowConsent = graphql(`
  mutation ProvidersFollowConsent {
    setContactConsent(consented: true) {
      consented
    }
  }
`);
export const FollowPropose = graphql(`
  mutation ProvidersFollowPropose($c: ID!) {
    proposeFollow(companyId: $c) {
      status
    }
  }
`);
export const FollowAccept = graphql(`
  mutation ProvidersFollowAccept($c: ID!) {
    acceptFollow(connecteurId: $c) {
      status
    }
  }
`);
export const SearchProviders = graphql(`
  query ProvidersSearch($filter: ProviderFilter, $first: Int, $after: String) {
    providers(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          rating {
            average
            count
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const ReadProvider = graphql(`
  query ProvidersRead($id: ID!) {
    provider(id: $id) {
      ...ProvidersProviderFields
      latestReviews {
        id
      }
    }
  }
`);
export const MoveProvider = graphql(`
  mutation ProvidersMove {
    updateProvider(input: { communeCode: "13055", regionsServed: ["84"] }) {
      regionCode
      regionsServed
    }
  }
`);
export const DeclareEngagement = graphql(`
  mutation ProvidersDeclareEngagement($p: ID!) {
    declareProviderEngagement(providerId: $p, description: "Refonte de notre site") {
      id
      status
      companyName
    }
  }
`);
export const ConfirmEngagementStatus = graphql(`
  mutation ProvidersConfirmEngagementStatus($id: ID!) {
    confirmProviderEngagement(engagementId: $id) {
      status
    }
  }
`);
export const ConfirmEngagement = graphql(`
  mutation ProvidersConfirmEngagement($id: ID!) {
    confirmProviderEngagement(engagementId: $id) {
      status
      confirmedAt
    }
  }
`);
export const MyEngagements = graphql(`
  query ProvidersMyEngagements {
    myProviderEngagements {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);
export const MyReviews = graphql(`
  query ProvidersMyReviews {
    myReviews {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const DeclareCapitalLink = graphql(`
  mutation ProvidersDeclareCapitalLink($s: String!) {
    declareCapitalLink(providerSiren: $s) {
      id
    }
  }
`);
export const Recommend = graphql(`
  mutation ProvidersRecommend($c: ID!, $p: [ID!]!) {
    recommendProviders(companyId: $c, providerIds: $p) {
      providers {
        id
      }
    }
  }
`);
export const RecommendWithNote = graphql(`
  mutation ProvidersRecommendWithNote($c: ID!, $p: [ID!]!) {
    recommendProviders(companyId: $c, providerIds: $p, note: "Pour votre boutique en ligne") {
      companyId
      note
      providers {
        id
      }
      connecteur {
        id
      }
    }
  }
`);
export const RecommendationsProviders = graphql(`
  query ProvidersRecommendations($c: ID!) {
    providerRecommendations(companyId: $c) {
      providers {
        id
      }
    }
  }
`);
export const RecommendationsWithNote = graphql(`
  query ProvidersRecommendationsWithNote($c: ID!) {
    providerRecommendations(companyId: $c) {
      providers {
        id
      }
      note
    }
  }
`);
export const RecommendationsNote = graphql(`
  query ProvidersRecommendationsNote($c: ID!) {
    providerRecommendations(companyId: $c) {
      note
    }
  }
`);
export const ProviderRating = graphql(`
  query ProvidersRating($id: ID!) {
    provider(id: $id) {
      rating {
        average
        count
      }
      latestReviews {
        id
        rating
      }
    }
  }
`);
export const ReplyToReview = graphql(`
  mutation ProvidersReply($id: ID!, $t: String!) {
    replyToReview(reviewId: $id, text: $t) {
      reply {
        text
      }
    }
  }
`);
export const EditReview = graphql(`
  mutation ProvidersEditReview($id: ID!, $r: Int!) {
    editReview(reviewId: $id, rating: $r, comment: "Finalement, quelques retards.") {
      status
      rating
    }
  }
`);
export const ModerationQueue = graphql(`
  query ProvidersModerationQueue($after: String) {
    moderationQueue(first: 100, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const RatingDetail = graphql(`
  query ProvidersRatingDetail($id: ID!) {
    provider(id: $id) {
      rating {
        average
        count
      }
      reviews(first: 100) {
        edges {
          node {
            rating
          }
        }
      }
      latestReviews {
        status
      }
    }
  }
`);
export const RevokeFollow = graphql(`
  mutation ProvidersRevokeFollow($c: ID!) {
    revokeFollow(connecteurId: $c) {
      status
    }
  }
`);
export const RecommendCompanyId = graphql(`
  mutation ProvidersRecommendCompanyId($c: ID!, $p: [ID!]!) {
    recommendProviders(companyId: $c, providerIds: $p) {
      companyId
    }
  }
`);
