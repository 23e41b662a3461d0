import { graphql } from '../generated/gql.js';

/** The testimonials tests' typed operations (answers and variables typed by the schema). */

graphql(`
  fragment TestimonialsFields on Testimonial {
    id
    companyName
    title
    format
    themes
    nafSection
    sizeBand
    departementCode
    regionCode
    maturityLevel
    award
    status
    rejectionReason
    connecteur {
      id
    }
  }
`);

export const SubmitTestimonial = graphql(`
  mutation TestimonialsSubmit($input: TestimonialInput!) {
    submitTestimonial(input: $input) {
      ...TestimonialsFields
    }
  }
`);
export const ModerateTestimonial = graphql(`
  mutation TestimonialsModerate($id: ID!, $d: ModerationDecision!, $r: String) {
    moderateTestimonial(id: $id, decision: $d, reason: $r) {
      ...TestimonialsFields
    }
  }
`);
export const ReadTestimonial = graphql(`
  query TestimonialsRead($id: ID!) {
    testimonial(id: $id) {
      id
      status
    }
  }
`);
export const ListTestimonials = graphql(`
  query TestimonialsList($f: TestimonialFilter, $after: String) {
    testimonials(filter: $f, first: 100, after: $after) {
      edges {
        node {
          id
          departementCode
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const TestimonialMap = graphql(`
  query TestimonialsMap($f: TestimonialFilter) {
    testimonialMap(filter: $f) {
      departementCode
      count
    }
  }
`);
export const MyTestimonialIds = graphql(`
  query TestimonialsMineIds {
    myTestimonials {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const MyTestimonials = graphql(`
  query TestimonialsMine {
    myTestimonials {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);
export const AgreeToTestimonial = graphql(`
  mutation TestimonialsAgree($id: ID!) {
    agreeToTestimonial(id: $id) {
      status
    }
  }
`);
export const ModerationQueue = graphql(`
  query TestimonialsModerationQueue {
    testimonialModerationQueue(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const ModerationQueueCursors = graphql(`
  query TestimonialsModerationQueueCursors {
    testimonialModerationQueue {
      edges {
        cursor
      }
    }
  }
`);
export const WithdrawTestimonial = graphql(`
  mutation TestimonialsWithdraw($id: ID!) {
    withdrawTestimonial(id: $id) {
      status
    }
  }
`);
export const MapOfConflictingPlaces = graphql(`
  query TestimonialsMapOfConflictingPlaces {
    testimonialMap(filter: { departementCode: "35", regionCode: "84" }) {
      count
    }
  }
`);
export const ListOfUnknownSection = graphql(`
  query TestimonialsListOfUnknownSection {
    testimonials(filter: { nafSection: "Z" }) {
      edges {
        cursor
      }
    }
  }
`);
export const DiagnosticTestimonials = graphql(`
  mutation TestimonialsDiagnostic($input: SubmitDiagnosticInput!) {
    submitDiagnostic(input: $input) {
      recommendations {
        testimonials {
          id
        }
      }
    }
  }
`);
