import { graphql } from '../../generated';

export const NotificationBellQuery = graphql(`
  query NotificationBell {
    unreadNotificationCount
    myNotifications(first: 10) {
      edges {
        node {
          id
          category
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      emailSuppressed
      emailSuppressedReason
      categories {
        category
        label
        email
        always
        digest
        digestAvailable
      }
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
      emailSuppressed
      emailSuppressedReason
      categories {
        category
        label
        email
        always
        digest
        digestAvailable
      }
    }
  }
`);
