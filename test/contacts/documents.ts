import { graphql } from '../generated/gql.js';

/** The contacts tests' typed operations (answers and variables typed by the schema). */

graphql(`
  fragment ContactsNeedFields on ContactNeed {
    id
    status
    need
    themes
    deadline {
      state
    }
    requests {
      id
      status
      connecteur {
        id
      }
      deadline {
        state
      }
    }
  }
`);
graphql(`
  fragment ContactsRequestFields on ContactRequest {
    id
    status
    firstAnsweredAt
    deadline {
      state
      lateAt
    }
    history {
      by
      from
      to
      message
    }
    feedback {
      contacted
      useful
      comment
    }
  }
`);

export const SendNeed = graphql(`
  mutation ContactsSendNeed($input: SendContactRequestInput!) {
    sendContactRequest(input: $input) {
      ...ContactsNeedFields
    }
  }
`);
export const AnswerRequest = graphql(`
  mutation ContactsAnswer($id: ID!, $status: ContactRequestStatus!, $message: String) {
    answerContactRequest(id: $id, status: $status, message: $message) {
      ...ContactsRequestFields
    }
  }
`);
export const ReopenRequest = graphql(`
  mutation ContactsReopen($id: ID!) {
    reopenContactRequest(id: $id) {
      ...ContactsRequestFields
    }
  }
`);
export const ReadRequest = graphql(`
  query ContactsReadRequest($id: ID!) {
    contactRequest(id: $id) {
      ...ContactsRequestFields
    }
  }
`);
export const ReadNeed = graphql(`
  query ContactsReadNeed($id: ID!) {
    contactNeed(id: $id) {
      ...ContactsNeedFields
    }
  }
`);
export const NeedSeenByConnecteur = graphql(`
  query ContactsNeedSeenByConnecteur($id: ID!) {
    contactNeed(id: $id) {
      company {
        id
      }
      requests {
        id
      }
    }
  }
`);
export const MyNeeds = graphql(`
  query ContactsMyNeeds {
    myContactNeeds(first: 5) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);
export const PendingInbox = graphql(`
  query ContactsPendingInbox {
    contactInbox(statuses: [PENDING]) {
      edges {
        node {
          id
          deadline {
            state
          }
        }
      }
    }
    connecteurDashboard {
      pendingRequests
      lateRequests
    }
  }
`);
export const Dashboard = graphql(`
  query ContactsDashboard {
    connecteurDashboard {
      requestsReceived
      pendingRequests
      lateRequests
      medianFirstAnswerHours
      takeUpRate
      responseRate
    }
  }
`);
export const GiveFeedback = graphql(`
  mutation ContactsGiveFeedback($id: ID!) {
    giveContactFeedback(
      requestId: $id
      input: { contacted: true, useful: false, comment: "Pas de solution pour nous." }
    ) {
      feedback {
        contacted
        useful
        comment
      }
    }
  }
`);

export const ReadConversation = graphql(`
  query ContactsReadConversation($id: ID!) {
    contactRequest(id: $id) {
      id
      status
      messageCount
      companyContact {
        name
        email
        phone
      }
      messages {
        edges {
          node {
            id
            by
            text
            at
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);
export const PostMessage = graphql(`
  mutation ContactsPostMessage($requestId: ID!, $text: String!, $clientKey: String) {
    postContactRequestMessage(requestId: $requestId, text: $text, clientKey: $clientKey) {
      id
      by
      text
      requestId
    }
  }
`);
export const AnswerStatus = graphql(`
  mutation ContactsAnswerStatus($id: ID!, $status: ContactRequestStatus!) {
    answerContactRequest(id: $id, status: $status) {
      id
      status
    }
  }
`);
export const SendWithContact = graphql(`
  mutation ContactsSendWithContact($input: SendContactRequestInput!) {
    sendContactRequest(input: $input) {
      id
      requests {
        id
      }
    }
  }
`);
export const ReopenId = graphql(`
  mutation ContactsReopenId($id: ID!) {
    reopenContactRequest(id: $id) {
      id
    }
  }
`);
export const SendId = graphql(`
  mutation ContactsSendId($input: SendContactRequestInput!) {
    sendContactRequest(input: $input) {
      id
    }
  }
`);
