import { graphql } from '../../../generated';

/**
 * The subsidy file's parts, as fragments each page composes into its own query: the applicant's page, the region's
 * and the trusted third party's read the same history and documents; messages and what comes next are not for the
 * trusted third party (the API refuses them to it).
 */
export const SubsidyFileHistoryFragment = graphql(`
  fragment SubsidyFileHistory on SubsidyApplication {
    history {
      version
      at
      actorRole
      actorSub
      action
      reason
      fromStatus
      toStatus
      invoiceCents
      paidCents
    }
  }
`);

export const SubsidyFileMessagesFragment = graphql(`
  fragment SubsidyFileMessages on SubsidyApplication {
    id
    status
    messages {
      seq
      at
      authorRole
      body
    }
  }
`);

export const SubsidyFileDocumentsFragment = graphql(`
  fragment SubsidyFileDocuments on SubsidyApplication {
    id
    status
    documents {
      id
      kind
      fileName
      contentType
      sizeBytes
      uploadedAt
      downloadUrl
    }
  }
`);

export const SubsidyFileOutcomeFragment = graphql(`
  fragment SubsidyFileOutcome on SubsidyApplication {
    status
    grantedAidCents
    paidCents
    invoiceCents
    nextSteps
    paymentExplanation
    declaration {
      textVersion
      acceptedAt
      statements
    }
  }
`);

export const SubsidyDeclarationTextFragment = graphql(`
  fragment SubsidyDeclarationText on SubsidyProgram {
    declaration {
      version
      statements
    }
  }
`);
