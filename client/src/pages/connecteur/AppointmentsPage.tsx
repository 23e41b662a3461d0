import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { Attendance, ConnecteurAppointmentsQuery } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatTime, PARIS_TIME_HINT, parisInstant } from '../../labels/date-times';
import { attendanceLabels } from './labels';

const ConnecteurAppointmentsQuery = graphql(`
  query ConnecteurAppointments {
    mySlots(first: 50) {
      edges {
        node {
          id
          startsAt
          endsAt
          status
        }
      }
    }
    upcoming: myAppointments(upcoming: true, first: 50) {
      edges {
        node {
          ...ConnecteurAppointmentFields
        }
      }
    }
    past: myAppointments(upcoming: false, first: 50) {
      edges {
        node {
          ...ConnecteurAppointmentFields
        }
      }
    }
  }
  fragment ConnecteurAppointmentFields on Appointment {
    id
    startsAt
    endsAt
    topic
    status
    attendance
    cancelledBy
    cancellationReason
    company {
      id
      name
    }
  }
`);

const ConnecteurPublishSlotsMutation = graphql(`
  mutation ConnecteurPublishSlots($slots: [AppointmentSlotInput!]!) {
    publishAppointmentSlots(slots: $slots) {
      id
    }
  }
`);

const ConnecteurRecordAttendanceMutation = graphql(`
  mutation ConnecteurRecordAttendance($appointmentId: ID!, $attendance: Attendance!) {
    recordAttendance(appointmentId: $appointmentId, attendance: $attendance) {
      id
      attendance
    }
  }
`);

const ConnecteurCancelAppointmentMutation = graphql(`
  mutation ConnecteurCancelAppointment($id: ID!, $reason: String) {
    cancelAppointment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type AppointmentRow = ConnecteurAppointmentsQuery['past']['edges'][number]['node'];
type DraftSlot = { date: string; start: string; end: string };

const ATTENDANCES = Object.keys(attendanceLabels) as Attendance[];

/** A day and a time typed in the form, Paris time whatever the browser's time zone, as an instant of the API. */
const instant = (date: string, time: string) => parisInstant(date, time) ?? '';

/** `/connecteur/rendez-vous`: publish slots, see the bookings, record who came. */
export function AppointmentsPage() {
  const { data, error, loading, refetch } = useQuery(ConnecteurAppointmentsQuery, {});
  return (
    <>
      <PageHeading title="Rendez-vous" />
      <section aria-labelledby="publier">
        <h2 id="publier" className="fr-h4">
          Publier des créneaux
        </h2>
        <PublishSlotsForm onPublished={refetch} />
      </section>
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="a-venir">
            <h2 id="a-venir" className="fr-h4 fr-mt-6w">
              Rendez-vous à venir
            </h2>
            <UpcomingAppointments rows={data.upcoming.edges.map((e) => e.node)} onChanged={refetch} />
          </section>
          <section aria-labelledby="passes">
            <h2 id="passes" className="fr-h4 fr-mt-6w">
              Rendez-vous passés
            </h2>
            <PastAppointments rows={data.past.edges.map((e) => e.node)} />
          </section>
          <section aria-labelledby="creneaux">
            <h2 id="creneaux" className="fr-h4 fr-mt-6w">
              Mes créneaux à venir
            </h2>
            {data.mySlots.edges.length === 0 ? (
              <p>Aucun créneau publié à venir.</p>
            ) : (
              <Table
                caption="Mes créneaux à venir"
                noCaption
                headers={['Début', 'Fin', 'État']}
                data={data.mySlots.edges.map(({ node }) => [
                  formatDateTime(node.startsAt),
                  formatTime(node.endsAt),
                  node.status === 'OPEN' ? 'Libre' : 'Réservé',
                ])}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}

function PublishSlotsForm({ onPublished }: { onPublished: () => void }) {
  const [publish, { error, loading }] = useMutation(ConnecteurPublishSlotsMutation);
  const [draft, setDraft] = useState<DraftSlot>({ date: '', start: '09:00', end: '10:00' });
  const [slots, setSlots] = useState<DraftSlot[]>([]);
  const [published, setPublished] = useState('');

  const addSlot = (event: FormEvent) => {
    event.preventDefault();
    setSlots((list) => [...list, draft]);
    setPublished('');
  };

  const submit = async () => {
    const result = await publish({
      slots: slots.map((slot) => ({
        startsAt: instant(slot.date, slot.start),
        endsAt: instant(slot.date, slot.end),
      })),
    });
    if (result) {
      const count = result.publishAppointmentSlots.length;
      setSlots([]);
      setPublished(`${count} créneau${count > 1 ? 'x' : ''} publié${count > 1 ? 's' : ''}.`);
      onPublished();
    }
  };

  return (
    <>
      <p>
        De 15 minutes à 8 heures chacun, sans chevauchement ; jusqu’à 50 à la fois. Les heures sont celles de
        Paris (métropole), quel que soit le fuseau horaire de votre appareil.
      </p>
      <form onSubmit={addSlot} aria-label="Nouveau créneau">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label="Jour"
              nativeInputProps={{
                type: 'date',
                required: true,
                value: draft.date,
                onChange: (event) => setDraft({ ...draft, date: event.target.value }),
              }}
            />
          </div>
          <div className="fr-col-6 fr-col-md-4">
            <Input
              label="Heure de début"
              hintText={PARIS_TIME_HINT}
              nativeInputProps={{
                type: 'time',
                required: true,
                value: draft.start,
                onChange: (event) => setDraft({ ...draft, start: event.target.value }),
              }}
            />
          </div>
          <div className="fr-col-6 fr-col-md-4">
            <Input
              label="Heure de fin"
              hintText={PARIS_TIME_HINT}
              nativeInputProps={{
                type: 'time',
                required: true,
                value: draft.end,
                onChange: (event) => setDraft({ ...draft, end: event.target.value }),
              }}
            />
          </div>
        </div>
        <Button type="submit" priority="secondary" iconId="fr-icon-add-line">
          Ajouter ce créneau
        </Button>
      </form>
      {slots.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mt-2w">Créneaux à publier</h3>
          <ul>
            {slots.map((slot, index) => (
              <li key={index}>
                {formatDateTime(instant(slot.date, slot.start))} – {formatTime(instant(slot.date, slot.end))}{' '}
                <Button
                  size="small"
                  priority="tertiary no outline"
                  onClick={() => setSlots((list) => list.filter((_, i) => i !== index))}
                >
                  Retirer
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <p role="status">{published}</p>
      {slots.length > 0 && (
        <Button onClick={() => void submit()} disabled={loading}>
          {`Publier ${slots.length > 1 ? `les ${slots.length} créneaux` : 'le créneau'}`}
        </Button>
      )}
    </>
  );
}

function UpcomingAppointments({ rows, onChanged }: { rows: AppointmentRow[]; onChanged: () => void }) {
  const [cancel, { error, loading }] = useMutation(ConnecteurCancelAppointmentMutation);
  if (rows.length === 0) return <p>Aucun rendez-vous réservé à venir.</p>;
  return (
    <>
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <Table
        caption="Rendez-vous à venir"
        noCaption
        headers={['Quand', 'Entreprise', 'Objet', 'État']}
        data={rows.map((row) => [
          `${formatDateTime(row.startsAt)} – ${formatTime(row.endsAt)}`,
          row.company.name,
          row.topic ?? '—',
          row.status === 'CANCELLED' ? (
            <Badge key="state" as="span" small severity="info" noIcon>
              {row.cancelledBy === 'PME' ? 'Annulé par l’entreprise' : 'Annulé'}
            </Badge>
          ) : (
            <Button
              key="state"
              size="small"
              priority="secondary"
              disabled={loading}
              onClick={async () => {
                if (await cancel({ id: row.id })) onChanged();
              }}
            >
              {`Annuler le rendez-vous avec ${row.company.name}`}
            </Button>
          ),
        ])}
      />
    </>
  );
}

function PastAppointments({ rows }: { rows: AppointmentRow[] }) {
  if (rows.length === 0) return <p>Aucun rendez-vous passé.</p>;
  return (
    <Table
      caption="Rendez-vous passés"
      noCaption
      headers={['Quand', 'Entreprise', 'Objet', 'Présence']}
      data={rows.map((row) => [
        formatDateTime(row.startsAt),
        row.company.name,
        row.topic ?? '—',
        row.status === 'CANCELLED' ? 'Annulé' : <AttendanceSelect key="attendance" appointment={row} />,
      ])}
    />
  );
}

/** Recording the attendance: the API keeps the last choice (a correction replaces the previous record). */
function AttendanceSelect({ appointment }: { appointment: AppointmentRow }) {
  const [record, { data, error, loading }] = useMutation(ConnecteurRecordAttendanceMutation);
  const value = data?.recordAttendance.attendance ?? appointment.attendance ?? '';
  return (
    <>
      <Select
        label={<span className="fr-sr-only">Présence de {appointment.company.name}</span>}
        nativeSelectProps={{
          value,
          disabled: loading,
          onChange: (event) =>
            void record({ appointmentId: appointment.id, attendance: event.target.value as Attendance }),
        }}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error?.message}
      >
        <option value="" disabled>
          À renseigner
        </option>
        {ATTENDANCES.map((attendance) => (
          <option key={attendance} value={attendance}>
            {attendanceLabels[attendance]}
          </option>
        ))}
      </Select>
      {data && (
        <p className="fr-text--xs fr-mb-0" role="status">
          Présence enregistrée.
        </p>
      )}
    </>
  );
}
