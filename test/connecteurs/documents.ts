import { graphql } from '../generated/gql.js';

/** The connecteurs tests' typed operations (answers and variables typed by the schema). */

graphql(`
  fragment ConnecteursFields on Connecteur {
    id
    displayName
    communeCode
    departementCode
    regionCode
    departementsServed
    themes
    tier
    isLabelled
    labelValidUntil
    hasPendingLabelRequest
    email
    labelHistory {
      status
      validUntil
      wave
      reason
      isValid
    }
  }
`);

export const RegisterConnecteur = graphql(`
  mutation ConnecteursRegister($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      ...ConnecteursFields
    }
  }
`);
export const RegisterConnecteurId = graphql(`
  mutation ConnecteursRegisterId($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);
export const RequestLabel = graphql(`
  mutation ConnecteursRequestLabel {
    requestLabel {
      ...ConnecteursFields
    }
  }
`);
export const GrantLabel = graphql(`
  mutation ConnecteursGrantLabel($id: ID!, $until: Date!) {
    grantLabel(connecteurId: $id, validUntil: $until, wave: "Vague 2026-2") {
      ...ConnecteursFields
    }
  }
`);
export const SearchConnecteurs = graphql(`
  query ConnecteursSearch($filter: ConnecteurFilter, $first: Int, $after: String) {
    connecteurs(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          tier
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const UpdateProfile = graphql(`
  mutation ConnecteursUpdateProfile($input: UpdateConnecteurProfileInput!) {
    updateConnecteurProfile(input: $input) {
      communeCode
      departementCode
      regionCode
      departementsServed
      acceptsNewPmes
    }
  }
`);
export const ConnecteurEmail = graphql(`
  query ConnecteursEmail($id: ID!) {
    connecteur(id: $id) {
      email
    }
  }
`);
export const RejectLabelRequest = graphql(`
  mutation ConnecteursRejectLabelRequest($id: ID!) {
    rejectLabelRequest(connecteurId: $id, reason: "Dossier incomplet") {
      ...ConnecteursFields
    }
  }
`);
export const RejectWithBlankReason = graphql(`
  mutation ConnecteursRejectWithBlankReason($id: ID!) {
    rejectLabelRequest(connecteurId: $id, reason: " ") {
      id
    }
  }
`);
export const RevokeLabel = graphql(`
  mutation ConnecteursRevokeLabel($id: ID!) {
    revokeLabel(connecteurId: $id, reason: "Manquement à la charte") {
      ...ConnecteursFields
    }
  }
`);
export const RevokeAgain = graphql(`
  mutation ConnecteursRevokeAgain($id: ID!) {
    revokeLabel(connecteurId: $id, reason: "Encore") {
      id
    }
  }
`);
export const LabelReasons = graphql(`
  query ConnecteursLabelReasons($id: ID!) {
    connecteur(id: $id) {
      labelHistory {
        status
        reason
      }
    }
  }
`);
export const RejectConcurrently = graphql(`
  mutation ConnecteursRejectConcurrently($id: ID!) {
    rejectLabelRequest(connecteurId: $id, reason: "Refus concurrent") {
      id
    }
  }
`);
export const PendingLabelRequests = graphql(`
  query ConnecteursPendingLabelRequests {
    pendingLabelRequests(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const PendingLabelRequestsDefault = graphql(`
  query ConnecteursPendingLabelRequestsDefault {
    pendingLabelRequests {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/* Probes of who may call the connecteurs' operations: literal arguments, answers never read. */
export const GateUpdateProfile = graphql(`
  mutation ConnecteursGateUpdateProfile {
    updateConnecteurProfile(input: { acceptsNewPmes: false }) {
      id
    }
  }
`);
export const GateRequestLabel = graphql(`
  mutation ConnecteursGateRequestLabel {
    requestLabel {
      id
    }
  }
`);
export const GateGrantLabel = graphql(`
  mutation ConnecteursGateGrantLabel {
    grantLabel(connecteurId: "x", validUntil: "2027-01-01") {
      id
    }
  }
`);
export const GateRejectLabelRequest = graphql(`
  mutation ConnecteursGateRejectLabelRequest {
    rejectLabelRequest(connecteurId: "x", reason: "incomplet") {
      id
    }
  }
`);
export const GateRevokeLabel = graphql(`
  mutation ConnecteursGateRevokeLabel {
    revokeLabel(connecteurId: "x", reason: "manquement") {
      id
    }
  }
`);
