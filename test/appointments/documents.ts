import { graphql } from '../generated/gql.js';

/** The appointments tests' typed operations (answers and variables typed by the schema). */

export const PublishSlots = graphql(`
  mutation AppointmentsPublishSlots($slots: [AppointmentSlotInput!]!) {
    publishAppointmentSlots(slots: $slots) {
      id
      startsAt
      endsAt
      status
      connecteur {
        id
      }
    }
  }
`);
export const Book = graphql(`
  mutation AppointmentsBook($id: ID!, $topic: String) {
    bookAppointment(slotId: $id, topic: $topic) {
      id
      status
      startsAt
      topic
      connecteur {
        id
      }
    }
  }
`);
export const Cancel = graphql(`
  mutation AppointmentsCancel($id: ID!) {
    cancelAppointment(id: $id, reason: "Empêchement") {
      status
      cancelledBy
      cancellationReason
    }
  }
`);
export const RecordAttendance = graphql(`
  mutation AppointmentsRecordAttendance($id: ID!, $a: Attendance!) {
    recordAttendance(appointmentId: $id, attendance: $a) {
      attendance
    }
  }
`);
export const OpenSlots = graphql(`
  query AppointmentsOpenSlots($id: ID!) {
    appointmentSlots(connecteurId: $id, first: 50) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const BookedAndDashboard = graphql(`
  query AppointmentsBookedAndDashboard {
    myAppointments {
      edges {
        node {
          id
          status
        }
      }
    }
    connecteurDashboard {
      appointmentsBooked
    }
  }
`);
export const Dashboard = graphql(`
  query AppointmentsDashboard {
    connecteurDashboard {
      appointmentsHeld
      appointmentsBooked
    }
  }
`);
export const PastAppointments = graphql(`
  query AppointmentsPast {
    myAppointments(upcoming: false) {
      edges {
        node {
          id
          attendance
        }
      }
    }
  }
`);
export const RegionIndicators = graphql(`
  query AppointmentsRegionIndicators {
    programmeIndicators(regionCode: "53") {
      regionCode
      regionName
      diagnosticsDone
      appointmentsBooked
      contactRequests
      requestsByStatus {
        status
        count
      }
    }
  }
`);
export const AllIndicators = graphql(`
  query AppointmentsAllIndicators {
    programmeIndicators {
      regionCode
    }
  }
`);
export const UnknownRegionIndicators = graphql(`
  query AppointmentsUnknownRegionIndicators {
    programmeIndicators(regionCode: "00") {
      regionCode
    }
  }
`);
export const ConnecteurCounts = graphql(`
  query AppointmentsConnecteurCounts {
    programmeIndicators(regionCode: "06") {
      connecteursDeclared
      connecteursLabelled
    }
  }
`);
export const RequestLabel = graphql(`
  mutation AppointmentsRequestLabel {
    requestLabel {
      id
    }
  }
`);
export const GrantLabel = graphql(`
  mutation AppointmentsGrantLabel($id: ID!) {
    grantLabel(connecteurId: $id, validUntil: "2027-03-31") {
      tier
    }
  }
`);
export const RevokeLabel = graphql(`
  mutation AppointmentsRevokeLabel($id: ID!) {
    revokeLabel(connecteurId: $id, reason: "Manquement à la charte") {
      tier
    }
  }
`);
export const PublishSlotIds = graphql(`
  mutation AppointmentsPublishSlotIds($slots: [AppointmentSlotInput!]!) {
    publishAppointmentSlots(slots: $slots) {
      id
    }
  }
`);
export const BookWithoutTopic = graphql(`
  mutation AppointmentsBookWithoutTopic($id: ID!) {
    bookAppointment(slotId: $id) {
      id
      startsAt
    }
  }
`);
export const CancelWithoutReason = graphql(`
  mutation AppointmentsCancelWithoutReason($id: ID!) {
    cancelAppointment(id: $id) {
      status
    }
  }
`);
export const Upcoming = graphql(`
  query AppointmentsUpcoming {
    myAppointments(upcoming: true, first: 50) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);
