import { graphql } from '../generated/gql.js';
import type { CompanyFactsInput } from '../generated/graphql.js';
import { companyFacts } from '../support/workspace.js';

/** The diagnostics tests' typed operations (answers and variables typed by the schema). */

/** The shared company facts (its defaults are valid enum values), typed for the documents below. */
export const typedFacts = (overrides: Partial<CompanyFactsInput> = {}) =>
  companyFacts(overrides) as CompanyFactsInput;

graphql(`
  fragment DiagnosticsPeerFields on PeerComparison {
    scope
    label
    peerCount
    averageScore
    shareBelow
  }
`);

/** The same answer as SUBMIT_DIAGNOSTIC of test/support/workspace.ts. */
export const SubmitDiagnostic = graphql(`
  mutation DiagnosticsSubmit($input: SubmitDiagnosticInput!) {
    submitDiagnostic(input: $input) {
      id
      overallScore
      level
      claimed
      levelInfo {
        name
      }
      themeScores {
        theme
        score
      }
      peers {
        ...DiagnosticsPeerFields
      }
    }
  }
`);
export const ReadResult = graphql(`
  query DiagnosticsRead($id: ID!) {
    diagnosticResult(id: $id) {
      id
      overallScore
      claimed
      peers {
        ...DiagnosticsPeerFields
      }
    }
  }
`);
export const ReadPeers = graphql(`
  query DiagnosticsReadPeers($id: ID!) {
    diagnosticResult(id: $id) {
      peers {
        scope
        peerCount
        averageScore
        shareBelow
      }
    }
  }
`);
export const Questionnaire = graphql(`
  query DiagnosticsQuestionnaire {
    diagnosticQuestionnaire {
      version
      estimatedMinutes
      themes {
        theme
        name
      }
      levels {
        level
        name
        minScore
        maxScore
      }
      questions {
        id
        theme
        multiple
        choices {
          id
          text
          exclusive
        }
      }
    }
  }
`);
export const ReadDetail = graphql(`
  query DiagnosticsReadDetail($id: ID!) {
    diagnosticResult(id: $id) {
      overallScore
      levelInfo {
        name
      }
      nextLevel {
        level
      }
      companyFacts {
        departementCode
        regionCode
        nafSection
        nafLabel
      }
      themeScores {
        name
        score
      }
      recommendations {
        focusThemes
        advice {
          title
        }
      }
    }
  }
`);
export const ClaimResult = graphql(`
  mutation DiagnosticsClaim($id: ID!) {
    claimDiagnostic(id: $id) {
      claimed
    }
  }
`);
export const ClaimResultWithId = graphql(`
  mutation DiagnosticsClaimWithId($id: ID!) {
    claimDiagnostic(id: $id) {
      id
      claimed
    }
  }
`);
export const MyDiagnostics = graphql(`
  query DiagnosticsMine {
    myDiagnostics(first: 10) {
      edges {
        node {
          id
          claimed
        }
      }
    }
  }
`);
export const MyDiagnosticsCursors = graphql(`
  query DiagnosticsMineCursors {
    myDiagnostics {
      edges {
        cursor
      }
    }
  }
`);
export const MyDiagnosticsDetail = graphql(`
  query DiagnosticsMineDetail($first: Int) {
    myDiagnostics(first: $first) {
      edges {
        node {
          id
          overallScore
          peers {
            peerCount
          }
          recommendations {
            advice {
              title
            }
            connecteurs {
              id
            }
            programmes {
              expectedAidCents
            }
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
export const MyDiagnosticsAfter = graphql(`
  query DiagnosticsMineAfter($after: String) {
    myDiagnostics(first: 3, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
export const RequestLabel = graphql(`
  mutation DiagnosticsRequestLabel {
    requestLabel {
      id
    }
  }
`);
export const GrantLabel = graphql(`
  mutation DiagnosticsGrantLabel($id: ID!) {
    grantLabel(connecteurId: $id, validUntil: "2028-06-30") {
      tier
    }
  }
`);
export const RecommendedConnecteurs = graphql(`
  query DiagnosticsRecommendedConnecteurs($id: ID!) {
    diagnosticResult(id: $id) {
      recommendations {
        focusThemes
        connecteurs {
          id
          tier
        }
      }
    }
  }
`);
export const OpenProgram = graphql(`
  mutation DiagnosticsOpenProgram($input: OpenSubsidyProgramInput!) {
    openSubsidyProgram(input: $input) {
      id
    }
  }
`);
export const RecommendedProgrammes = graphql(`
  query DiagnosticsRecommendedProgrammes($id: ID!) {
    diagnosticResult(id: $id) {
      recommendations {
        programmes {
          program {
            id
            name
          }
          expenseTheme
          typicalInvestmentCents
          expectedAidCents
          assumptions
        }
      }
    }
  }
`);
