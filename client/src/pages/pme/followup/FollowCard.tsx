import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { graphql } from '../../../../generated';
import type { FollowStatus, PmeFollowUpQuery } from '../../../../generated/graphql';
import { useMutation } from '../../../api/hooks';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { themeLabels } from '../../../labels/connecteurs';
import { formatDateTime } from '../../../labels/date-times';
import { formatDate } from '../../../labels/dates';
import { actionItemStatusLabels, followUpContactLabels } from '../../connecteur/labels';

const PmeAcceptFollowMutation = graphql(`
  mutation PmeAcceptFollow($connecteurId: ID!) {
    acceptFollow(connecteurId: $connecteurId) {
      id
      status
    }
  }
`);
const PmeDeclineFollowMutation = graphql(`
  mutation PmeDeclineFollow($connecteurId: ID!) {
    declineFollow(connecteurId: $connecteurId) {
      id
      status
    }
  }
`);
const PmeRevokeFollowMutation = graphql(`
  mutation PmeRevokeFollow($connecteurId: ID!) {
    revokeFollow(connecteurId: $connecteurId) {
      id
      status
    }
  }
`);

type Follow = PmeFollowUpQuery['myFollows'][number];
type Recommendation = NonNullable<PmeFollowUpQuery['providerRecommendations']>[number];

const followStatus: Record<FollowStatus, { text: string; severity: 'new' | 'success' | 'info' }> = {
  PROPOSED: { text: 'Suivi proposé', severity: 'new' },
  ACTIVE: { text: 'Suivi accepté', severity: 'success' },
  DECLINED: { text: 'Suivi refusé', severity: 'info' },
  REVOKED: { text: 'Suivi arrêté', severity: 'info' },
};

/** One connecteur's follow: the answer it waits for, then what the connecteur shares with the company. */
export function FollowCard({
  follow,
  recommendations,
  onChanged,
}: {
  follow: Follow;
  recommendations: Recommendation[];
  onChanged: () => void;
}) {
  const [accept, accepting] = useMutation(PmeAcceptFollowMutation);
  const [decline, declining] = useMutation(PmeDeclineFollowMutation);
  const [revoke, revoking] = useMutation(PmeRevokeFollowMutation);
  const failure = accepting.error ?? declining.error ?? revoking.error;
  const busy = accepting.loading || declining.loading || revoking.loading;
  const connecteurId = follow.connecteur.id;
  const act = async (run: (v: { connecteurId: string }) => Promise<unknown>) => {
    if (await run({ connecteurId })) onChanged();
  };
  const notes = follow.sharedMeetingNotes.edges.map((e) => e.node);
  const status = followStatus[follow.status];

  return (
    <section
      className="fr-mb-4w fr-p-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`suivi-${follow.id}`}
    >
      <h3 className="fr-h5" id={`suivi-${follow.id}`}>
        <Link to={`/connecteurs/${connecteurId}`}>{follow.connecteur.displayName}</Link>
      </h3>
      <p>
        <Badge as="span" small noIcon severity={status.severity}>
          {status.text}
        </Badge>
      </p>
      <p className="fr-text--sm">
        Proposé le {formatDateTime(follow.proposedAt)}
        {follow.acceptedAt && `, accepté le ${formatDateTime(follow.acceptedAt)}`}
        {follow.revokedAt && `, arrêté le ${formatDateTime(follow.revokedAt)}`}
      </p>
      {follow.proposalMessage && <blockquote>« {follow.proposalMessage} »</blockquote>}
      {follow.connecteur.email && (
        <p className="fr-text--sm">
          Adresse électronique : <a href={`mailto:${follow.connecteur.email}`}>{follow.connecteur.email}</a>
        </p>
      )}
      {failure && <ApiErrorAlert error={failure} className="fr-mb-2w" />}
      {follow.status === 'PROPOSED' && (
        <>
          <p>
            En acceptant, ce connecteur voit vos diagnostics et peut vous proposer un plan d’action. Vous
            pouvez arrêter le suivi à tout moment.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button disabled={busy} onClick={() => void act(accept)}>
                Accepter le suivi
              </Button>
            </li>
            <li>
              <Button priority="secondary" disabled={busy} onClick={() => void act(decline)}>
                Refuser
              </Button>
            </li>
          </ul>
        </>
      )}
      {follow.status === 'ACTIVE' && (
        <>
          {follow.followUpContact && (
            <p>
              {followUpContactLabels[follow.followUpContact.status].text} : le{' '}
              {formatDate(follow.followUpContact.dueOn)}.
            </p>
          )}
          <h4 className="fr-h6">Plan d’action</h4>
          {follow.actionPlan.length === 0 ? (
            <p>Pas encore d’action prévue.</p>
          ) : (
            <ul>
              {follow.actionPlan.map((item) => (
                <li key={item.id}>
                  {item.title} ({themeLabels[item.theme]}) — {actionItemStatusLabels[item.status]}
                  {item.dueOn && `, pour le ${formatDate(item.dueOn)}`}
                </li>
              ))}
            </ul>
          )}
          <h4 className="fr-h6">Notes partagées</h4>
          {notes.length === 0 ? (
            <p>Le connecteur n’a pas encore partagé de note.</p>
          ) : (
            <ul className="fr-raw-list">
              {notes.map((note) => (
                <li key={note.id} className="fr-mb-2w">
                  <p className="fr-text--bold fr-mb-0">Rendez-vous du {formatDate(note.meetingOn)}</p>
                  <p style={{ whiteSpace: 'pre-line' }}>{note.text}</p>
                </li>
              ))}
            </ul>
          )}
          {recommendations.length > 0 && (
            <>
              <h4 className="fr-h6">Prestataires recommandés</h4>
              {recommendations.map((r) => (
                <div key={r.recommendedAt}>
                  {r.note && <p>{r.note}</p>}
                  <ul>
                    {r.providers.map((p) => (
                      <li key={p.id}>
                        <Link to={`/prestataires/${p.id}`}>{p.name}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}
          <Button priority="tertiary" disabled={busy} onClick={() => void act(revoke)}>
            Arrêter ce suivi
          </Button>
        </>
      )}
    </section>
  );
}
