import { graphql } from '../generated/gql.js';

/** The followups tests' typed operations (answers and variables typed by the schema). */

export const SetConsent = graphql(`
  mutation FollowupsSetConsent($c: Boolean!) {
    setContactConsent(consented: $c) {
      consented
      departementCode
    }
  }
`);
export const Leads = graphql(`
  query FollowupsLeads($d: String) {
    leads(departementCode: $d, first: 100) {
      edges {
        node {
          companyId
          company {
            id
            departementCode
          }
          latestMaturity {
            level
            levelName
          }
        }
      }
    }
  }
`);
export const LeadsCursors = graphql(`
  query FollowupsLeadsCursors {
    leads(departementCode: "22") {
      edges {
        cursor
      }
    }
  }
`);
export const Propose = graphql(`
  mutation FollowupsPropose($id: ID!) {
    proposeFollow(companyId: $id, message: "Je peux vous aider.") {
      id
      status
    }
  }
`);
export const AcceptFollow = graphql(`
  mutation FollowupsAccept($id: ID!) {
    acceptFollow(connecteurId: $id) {
      status
      connecteur {
        id
      }
    }
  }
`);
export const RevokeFollow = graphql(`
  mutation FollowupsRevoke($id: ID!) {
    revokeFollow(connecteurId: $id) {
      status
      connecteur {
        id
      }
    }
  }
`);
export const Followed = graphql(`
  query FollowupsFollowed($id: ID!) {
    followedCompany(companyId: $id) {
      companyId
      company {
        name
      }
      latestMaturity {
        level
      }
      due {
        followUpContact {
          dueOn
          status
        }
        overdueActionItems
      }
      diagnostics {
        edges {
          node {
            id
          }
        }
      }
      actionPlan {
        id
        title
        status
        dueOn
      }
      meetingNotes {
        edges {
          node {
            text
            shared
          }
        }
      }
    }
  }
`);
export const FollowedIds = graphql(`
  query FollowupsFollowedIds {
    myFollowedCompanies(first: 100) {
      edges {
        node {
          companyId
        }
      }
    }
  }
`);
export const SendContactRequest = graphql(`
  mutation FollowupsSendContactRequest($ids: [ID!]!) {
    sendContactRequest(input: { connecteurIds: $ids, need: "Besoin d’un site internet." }) {
      id
    }
  }
`);
export const ReadDiagnostic = graphql(`
  query FollowupsReadDiagnostic($id: ID!) {
    diagnosticResult(id: $id) {
      id
    }
  }
`);
export const MyFollows = graphql(`
  query FollowupsMyFollows {
    myFollows {
      status
      proposalMessage
      connecteur {
        id
      }
    }
  }
`);
export const AddMeetingNoteRefused = graphql(`
  mutation FollowupsAddMeetingNoteRefused($id: ID!) {
    addMeetingNote(companyId: $id, input: { meetingOn: "2026-11-20", text: "Rencontre", shared: false }) {
      id
    }
  }
`);
export const AddActionItemRefused = graphql(`
  mutation FollowupsAddActionItemRefused($id: ID!) {
    addActionItem(companyId: $id, input: { theme: STRATEGY, title: "Faire le point" }) {
      id
    }
  }
`);
export const AddActionItem = graphql(`
  mutation FollowupsAddActionItem($id: ID!) {
    addActionItem(
      companyId: $id
      input: { theme: ECOMMERCE_WEBSITE, title: "Ouvrir la boutique en ligne", dueOn: "2027-01-31" }
    ) {
      id
      status
    }
  }
`);
export const UpdateActionItem = graphql(`
  mutation FollowupsUpdateActionItem($id: ID!, $item: ID!, $status: ActionItemStatus) {
    updateActionItem(companyId: $id, itemId: $item, input: { status: $status }) {
      status
      dueOn
    }
  }
`);
export const AddMeetingNote = graphql(`
  mutation FollowupsAddMeetingNote($id: ID!, $text: String!, $shared: Boolean!) {
    addMeetingNote(companyId: $id, input: { meetingOn: "2026-11-26", text: $text, shared: $shared }) {
      shared
    }
  }
`);
export const SeenByCompany = graphql(`
  query FollowupsSeenByCompany {
    myFollows {
      status
      actionPlan {
        title
        status
      }
      followUpContact {
        dueOn
      }
      sharedMeetingNotes {
        edges {
          node {
            text
          }
        }
      }
    }
  }
`);
export const FollowedAndDashboard = graphql(`
  query FollowupsFollowedAndDashboard {
    myFollowedCompanies {
      edges {
        node {
          companyId
          due {
            followUpContact {
              status
            }
          }
          latestMaturity {
            level
          }
        }
      }
    }
    connecteurDashboard {
      followedCompanies
    }
  }
`);
export const AddSixMonthNote = graphql(`
  mutation FollowupsAddSixMonthNote($id: ID!) {
    addMeetingNote(
      companyId: $id
      input: { meetingOn: "2027-05-26", text: "Point à six mois.", shared: true }
    ) {
      id
    }
  }
`);
export const FollowedPage = graphql(`
  query FollowupsFollowedPage($after: String) {
    myFollowedCompanies(first: 2, after: $after) {
      edges {
        node {
          companyId
          latestMaturity {
            level
          }
          due {
            overdueActionItems
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
export const LeadsPage = graphql(`
  query FollowupsLeadsPage($d: String, $after: String) {
    leads(departementCode: $d, first: 100, after: $after) {
      edges {
        cursor
        node {
          companyId
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`);
export const ConsentToContacts = graphql(`
  mutation FollowupsConsentToContacts {
    setContactConsent(consented: true) {
      consented
    }
  }
`);
export const ProposeBare = graphql(`
  mutation FollowupsProposeBare($id: ID!) {
    proposeFollow(companyId: $id) {
      status
    }
  }
`);
export const MyFollowsStatus = graphql(`
  query FollowupsMyFollowsStatus {
    myFollows {
      status
      connecteur {
        id
      }
    }
  }
`);
export const UpdateServed = graphql(`
  mutation FollowupsUpdateServed($d: [String!]) {
    updateConnecteurProfile(input: { departementsServed: $d }) {
      departementsServed
    }
  }
`);
export const ServedProfile = graphql(`
  query FollowupsServedProfile {
    myConnecteurProfile {
      departementsServed
      approvedDepartements
    }
  }
`);
export const ServedChanges = graphql(`
  query FollowupsServedChanges($id: ID!) {
    servedDepartementsChanges(connecteurId: $id) {
      edges {
        node {
          connecteurId
          bySub
          byRole
          kind
          before
          after
          at
        }
      }
    }
  }
`);
export const RegisterConnecteurId = graphql(`
  mutation FollowupsRegisterConnecteurId($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);
export const ApproveServed = graphql(`
  mutation FollowupsApproveServed($id: ID!, $d: String!) {
    approveServedDepartement(connecteurId: $id, departementCode: $d) {
      approvedDepartements
    }
  }
`);
export const AddKeyedActionItem = graphql(`
  mutation FollowupsAddKeyedActionItem($id: ID!, $title: String!, $key: String) {
    addActionItem(companyId: $id, input: { theme: STRATEGY, title: $title }, clientKey: $key) {
      id
      title
    }
  }
`);
export const AddKeyedMeetingNote = graphql(`
  mutation FollowupsAddKeyedMeetingNote($id: ID!, $on: Date!, $text: String!, $key: String) {
    addMeetingNote(companyId: $id, input: { meetingOn: $on, text: $text, shared: false }, clientKey: $key) {
      id
      meetingOn
      text
    }
  }
`);
export const PlanAndNotes = graphql(`
  query FollowupsPlanAndNotes($id: ID!) {
    followedCompany(companyId: $id) {
      actionPlan {
        id
        title
      }
      meetingNotes {
        edges {
          node {
            id
            meetingOn
            text
          }
        }
      }
    }
  }
`);
