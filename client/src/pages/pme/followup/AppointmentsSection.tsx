import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { graphql } from '../../../../generated';
import { useMutation, useQuery } from '../../../api/hooks';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { Loading } from '../../../components/Loading';
import { formatDateTime, formatTime } from '../../../labels/date-times';

const PmeAppointmentsQuery = graphql(`
  query PmeAppointments {
    myAppointments(upcoming: true, first: 50) {
      edges {
        node {
          id
          startsAt
          endsAt
          topic
          status
          connecteur {
            id
            displayName
          }
        }
      }
    }
  }
`);

const PmeAppointmentSlotsQuery = graphql(`
  query PmeAppointmentSlots($connecteurId: ID!) {
    appointmentSlots(connecteurId: $connecteurId, first: 20) {
      edges {
        node {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);

const PmeBookAppointmentMutation = graphql(`
  mutation PmeBookAppointment($slotId: ID!, $topic: String) {
    bookAppointment(slotId: $slotId, topic: $topic) {
      id
      startsAt
    }
  }
`);

const PmeCancelAppointmentMutation = graphql(`
  mutation PmeCancelAppointment($id: ID!, $reason: String) {
    cancelAppointment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type Connecteur = { id: string; displayName: string };

/** The company's upcoming appointments (cancel one), and the open slots of each connecteur following it (book one). */
export function AppointmentsSection({ connecteurs }: { connecteurs: Connecteur[] }) {
  const { data, error, loading, refetch } = useQuery(PmeAppointmentsQuery, {});
  const [cancel, cancelling] = useMutation(PmeCancelAppointmentMutation);
  const [generation, setGeneration] = useState(0);
  const booked = (data?.myAppointments.edges ?? []).map((e) => e.node).filter((a) => a.status === 'BOOKED');
  const changed = () => {
    refetch();
    setGeneration((n) => n + 1);
  };

  return (
    <section className="fr-mt-4w" aria-labelledby="rendez-vous">
      <h2 className="fr-h4" id="rendez-vous">
        Mes rendez-vous
      </h2>
      <p className="fr-hint-text">Heures de Paris.</p>
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {cancelling.error && <ApiErrorAlert error={cancelling.error} className="fr-mb-2w" />}
      {data && booked.length === 0 && <p>Aucun rendez-vous à venir.</p>}
      <ul>
        {booked.map((a) => (
          <li key={a.id} className="fr-mb-1w">
            {formatDateTime(a.startsAt)} – {formatTime(a.endsAt)} avec {a.connecteur.displayName}
            {a.topic && ` : ${a.topic}`}{' '}
            <Button
              size="small"
              priority="tertiary"
              disabled={cancelling.loading}
              onClick={async () => {
                if (await cancel({ id: a.id, reason: null })) changed();
              }}
            >
              Annuler ce rendez-vous
            </Button>
          </li>
        ))}
      </ul>
      {connecteurs.map((c) => (
        <SlotPicker key={`${c.id}-${generation}`} connecteur={c} onBooked={changed} />
      ))}
    </section>
  );
}

function SlotPicker({ connecteur, onBooked }: { connecteur: Connecteur; onBooked: () => void }) {
  const { data, error, loading } = useQuery(PmeAppointmentSlotsQuery, { connecteurId: connecteur.id });
  const [book, booking] = useMutation(PmeBookAppointmentMutation);
  const [topic, setTopic] = useState('');
  const slots = data?.appointmentSlots.edges.map((e) => e.node) ?? [];
  const headingId = `creneaux-${connecteur.id}`;
  return (
    <section aria-labelledby={headingId} className="fr-mt-3w">
      <h3 className="fr-h6" id={headingId}>
        Prendre rendez-vous avec {connecteur.displayName}
      </h3>
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && slots.length === 0 && <p>Pas de créneau libre pour l’instant.</p>}
      {slots.length > 0 && (
        <>
          <Input
            label="Objet du rendez-vous (facultatif)"
            nativeInputProps={{ value: topic, onChange: (e) => setTopic(e.target.value), maxLength: 300 }}
          />
          {booking.error && <ApiErrorAlert error={booking.error} className="fr-mb-2w" />}
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--left">
            {slots.map((slot) => (
              <li key={slot.id}>
                <Button
                  priority="secondary"
                  size="small"
                  disabled={booking.loading}
                  aria-label={`Réserver le créneau du ${formatDateTime(slot.startsAt)} – ${formatTime(slot.endsAt)}`}
                  onClick={async () => {
                    if (await book({ slotId: slot.id, topic: topic.trim() || null })) {
                      setTopic('');
                      onBooked();
                    }
                  }}
                >
                  {formatDateTime(slot.startsAt)} – {formatTime(slot.endsAt)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
