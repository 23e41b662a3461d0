import { graphql } from '../generated/gql.js';

// The typed documents of the subsidy tests' set-up helpers (support.ts) whose selection is fixed.

export const RegisterCompany = graphql(`
  mutation SubsidiesSupportRegisterCompany($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      id
      version
      regionCode
    }
  }
`);
export const OpenProgram = graphql(`
  mutation SubsidiesSupportOpenProgram($input: OpenSubsidyProgramInput!) {
    openSubsidyProgram(input: $input) {
      id
      version
      regionCode
    }
  }
`);
export const Submit = graphql(`
  mutation SubsidiesSupportSubmit($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {
    submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: $declaration) {
      version
    }
  }
`);
export const StartReview = graphql(`
  mutation SubsidiesSupportStartReview($id: ID!, $v: Int!) {
    startSubsidyReview(id: $id, expectedVersion: $v) {
      id
      version
      status
    }
  }
`);
export const RegisterConnecteur = graphql(`
  mutation SubsidiesSupportRegisterConnecteur($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);
export const RequestLabel = graphql(`
  mutation SubsidiesSupportRequestLabel {
    requestLabel {
      id
    }
  }
`);
export const GrantLabel = graphql(`
  mutation SubsidiesSupportGrantLabel($id: ID!) {
    grantLabel(connecteurId: $id, validUntil: "2027-06-30") {
      id
    }
  }
`);
