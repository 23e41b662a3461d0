import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type {
  ModeratorLabelRequestsQuery,
  ModeratorLabelledConnecteursQuery,
} from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { structureTypeLabels, themeLabels } from '../../labels/connecteurs';
import { addYears, formatDateTime, parisToday } from '../../labels/date-times';
import { formatDate } from '../../labels/dates';
import { departementName } from '../../labels/geography';
import { AFTER_PARAM, ForwardPaging } from '../public/ForwardPaging';
import { ReasonForm } from './ReasonForm';

export const LABEL_QUEUE_PAGE_SIZE = 20;

const ModeratorLabelRequestsQuery = graphql(`
  query ModeratorLabelRequests($first: Int, $after: String) {
    pendingLabelRequests(first: $first, after: $after) {
      edges {
        node {
          id
          displayName
          structureType
          departementCode
          themes
          isLabelled
          labelValidUntil
          labelHistory {
            id
            status
            requestedAt
            validUntil
            reason
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

const ModeratorGrantLabelMutation = graphql(`
  mutation ModeratorGrantLabel($connecteurId: ID!, $validUntil: Date!, $wave: String) {
    grantLabel(connecteurId: $connecteurId, validUntil: $validUntil, wave: $wave) {
      id
      isLabelled
      labelValidUntil
      labelWave
      hasPendingLabelRequest
    }
  }
`);

const ModeratorRejectLabelRequestMutation = graphql(`
  mutation ModeratorRejectLabelRequest($connecteurId: ID!, $reason: String!) {
    rejectLabelRequest(connecteurId: $connecteurId, reason: $reason) {
      id
      hasPendingLabelRequest
    }
  }
`);

const ModeratorLabelledConnecteursQuery = graphql(`
  query ModeratorLabelledConnecteurs($text: String, $first: Int) {
    connecteurs(filter: { labelledOnly: true, text: $text }, first: $first) {
      edges {
        node {
          id
          displayName
          departementCode
          labelValidUntil
          labelWave
        }
      }
    }
  }
`);

const ModeratorRevokeLabelMutation = graphql(`
  mutation ModeratorRevokeLabel($connecteurId: ID!, $reason: String!) {
    revokeLabel(connecteurId: $connecteurId, reason: $reason) {
      id
      isLabelled
    }
  }
`);

/** The default end of validity offered: two years from today in Paris (the API accepts up to three). */
const inTwoYears = (today = new Date()): string => addYears(parisToday(today), 2);

/** `/moderation/labels`: pending label requests, oldest first, to grant or reject; labels in force, to revoke. */
export function LabelRequestsPage() {
  const [params] = useSearchParams();
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading } = useQuery(ModeratorLabelRequestsQuery, {
    first: LABEL_QUEUE_PAGE_SIZE,
    after,
  });
  // Requests decided on this page leave the queue at once (the API no longer lists them either).
  const [decided, setDecided] = useState<{ id: string; message: string }[]>([]);
  const decide = (id: string, message: string) => setDecided((current) => [...current, { id, message }]);

  const pending = (data?.pendingLabelRequests.edges ?? []).filter(
    ({ node }) => !decided.some((d) => d.id === node.id),
  );
  return (
    <>
      <PageHeading title="Demandes de label" />
      <p>
        Les demandes des connecteurs, les plus anciennes d’abord. Accorder le label le rend visible dans
        l’annuaire jusqu’à la date choisie (incluse) ; un refus ou un retrait est motivé auprès du connecteur.
      </p>
      <div aria-live="polite">
        {decided.at(-1) && (
          <Alert severity="success" small description={decided.at(-1)!.message} className="fr-mb-2w" />
        )}
      </div>
      <h2 className="fr-h4">Demandes en attente</h2>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {!loading && data && pending.length === 0 && <p>Aucune demande de label en attente.</p>}
      <ul className="fr-raw-list">
        {pending.map(({ node }) => (
          <li key={node.id}>
            <LabelRequestItem connecteur={node} onDecided={(message) => decide(node.id, message)} />
          </li>
        ))}
      </ul>
      {data && (
        <ForwardPaging
          label="Pagination des demandes de label"
          endCursor={
            data.pendingLabelRequests.pageInfo.hasNextPage
              ? data.pendingLabelRequests.pageInfo.endCursor
              : null
          }
        />
      )}
      <LabelledConnecteurs />
    </>
  );
}

type PendingConnecteur = ModeratorLabelRequestsQuery['pendingLabelRequests']['edges'][number]['node'];

function LabelRequestItem({
  connecteur,
  onDecided,
}: {
  connecteur: PendingConnecteur;
  onDecided: (message: string) => void;
}) {
  const [open, setOpen] = useState<'grant' | 'reject' | null>(null);
  const [grant, granting] = useMutation(ModeratorGrantLabelMutation);
  const [reject, rejecting] = useMutation(ModeratorRejectLabelRequestMutation);
  const [validUntil, setValidUntil] = useState(inTwoYears);
  const [wave, setWave] = useState('');
  const request = connecteur.labelHistory.find((entry) => entry.status === 'PENDING');
  const previous = connecteur.labelHistory.filter((entry) => entry.status !== 'PENDING');
  const error = open === 'grant' ? granting.error : open === 'reject' ? rejecting.error : undefined;
  const titleId = `label-request-${connecteur.id}`;

  const submitGrant = async (event: FormEvent) => {
    event.preventDefault();
    const result = await grant({ connecteurId: connecteur.id, validUntil, wave: wave.trim() || null });
    if (result) {
      onDecided(
        `Label accordé à ${connecteur.displayName} jusqu’au ${formatDate(result.grantLabel.labelValidUntil ?? validUntil)}.`,
      );
    }
  };

  return (
    <article
      aria-labelledby={titleId}
      className="fr-p-3w fr-mb-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h3 id={titleId} className="fr-h5 fr-mb-1w">
        <Link to={`/connecteurs/${connecteur.id}`}>{connecteur.displayName}</Link>
      </h3>
      <p className="fr-text--sm fr-mb-1w">
        {structureTypeLabels[connecteur.structureType]} — {departementName(connecteur.departementCode)} (
        {connecteur.departementCode}) · {connecteur.themes.map((theme) => themeLabels[theme]).join(' · ')}
      </p>
      {request && <p className="fr-mb-1w">Demande reçue le {formatDateTime(request.requestedAt)}.</p>}
      {connecteur.isLabelled && connecteur.labelValidUntil && (
        <p className="fr-mb-1w">
          Renouvellement : label actuel valide jusqu’au {formatDate(connecteur.labelValidUntil)}.
        </p>
      )}
      {previous.length > 0 && (
        <p className="fr-text--sm fr-mb-1w">
          Historique : {previous.length} décision{previous.length > 1 ? 's' : ''} antérieure
          {previous.length > 1 ? 's' : ''}
          {previous[0]?.reason && ` (dernier motif : « ${previous[0].reason} »)`}.
        </p>
      )}
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      {open === null && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
          <li>
            <Button onClick={() => setOpen('grant')} title={`Accorder le label à ${connecteur.displayName}`}>
              Accorder le label
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              onClick={() => setOpen('reject')}
              title={`Refuser la demande de ${connecteur.displayName}`}
            >
              Refuser la demande
            </Button>
          </li>
        </ul>
      )}
      {open === 'grant' && (
        <form onSubmit={submitGrant} className="fr-mt-2w">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Valide jusqu’au (inclus)"
                hintText="Trois ans au plus"
                state={granting.error?.fieldMessage('validUntil') ? 'error' : 'default'}
                stateRelatedMessage={granting.error?.fieldMessage('validUntil')}
                nativeInputProps={{
                  type: 'date',
                  required: true,
                  value: validUntil,
                  autoFocus: true,
                  onChange: (event) => setValidUntil(event.target.value),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Vague (facultatif)"
                hintText="Par exemple « Vague 2026-2 »"
                state={granting.error?.fieldMessage('wave') ? 'error' : 'default'}
                stateRelatedMessage={granting.error?.fieldMessage('wave')}
                nativeInputProps={{
                  value: wave,
                  maxLength: 60,
                  onChange: (event) => setWave(event.target.value),
                }}
              />
            </div>
          </div>
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button type="submit" disabled={granting.loading}>
                Confirmer l’attribution du label
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setOpen(null)}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
      {open === 'reject' && (
        <ReasonForm
          label="Motif du refus"
          hint="Transmis au connecteur, qui pourra présenter une nouvelle demande"
          confirmText="Confirmer le refus"
          busy={rejecting.loading}
          fieldError={rejecting.error?.fieldMessage('reason')}
          onCancel={() => setOpen(null)}
          onConfirm={async (reason) => {
            const result = await reject({ connecteurId: connecteur.id, reason });
            if (result) onDecided(`Demande de ${connecteur.displayName} refusée.`);
            return Boolean(result);
          }}
        />
      )}
    </article>
  );
}

/** Labels in force, found by name, each of which a moderator may revoke with a reason. */
function LabelledConnecteurs() {
  const [text, setText] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<string[]>([]);
  const { data, error, loading } = useQuery(
    ModeratorLabelledConnecteursQuery,
    { text: searched || null, first: 10 },
    { skip: searched === null },
  );
  const edges = (data?.connecteurs.edges ?? []).filter(({ node }) => !revoked.includes(node.id));
  return (
    <section className="fr-mt-6w" aria-labelledby="labelled-title">
      <h2 id="labelled-title" className="fr-h4">
        Retirer un label en vigueur
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSearched(text.trim());
        }}
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom"
      >
        <div className="fr-col-12 fr-col-md-8">
          <Input
            label="Nom du connecteur labellisé"
            nativeInputProps={{
              type: 'search',
              value: text,
              onChange: (event) => setText(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" iconId="fr-icon-search-line" className="fr-mb-3w">
            Chercher les labels en vigueur
          </Button>
        </div>
      </form>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading label="Recherche en cours…" />}
      {!loading && data && edges.length === 0 && <p>Aucun connecteur labellisé de ce nom.</p>}
      <ul className="fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <LabelledItem
              connecteur={node}
              onRevoked={() => setRevoked((current) => [...current, node.id])}
            />
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {revoked.length > 0 && (
          <Alert
            severity="success"
            small
            description={`${revoked.length} label(s) retiré(s) sur cette page.`}
          />
        )}
      </div>
    </section>
  );
}

type LabelledConnecteur = ModeratorLabelledConnecteursQuery['connecteurs']['edges'][number]['node'];

function LabelledItem({ connecteur, onRevoked }: { connecteur: LabelledConnecteur; onRevoked: () => void }) {
  const [open, setOpen] = useState(false);
  const [revoke, revoking] = useMutation(ModeratorRevokeLabelMutation);
  return (
    <div className="fr-py-2w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
      <p className="fr-mb-1w">
        <strong>{connecteur.displayName}</strong> — {departementName(connecteur.departementCode)} ·{' '}
        {connecteur.labelValidUntil && `valide jusqu’au ${formatDate(connecteur.labelValidUntil)}`}
        {connecteur.labelWave && ` (${connecteur.labelWave})`}
      </p>
      {revoking.error && <ApiErrorAlert error={revoking.error} className="fr-mb-2w" />}
      {!open && (
        <Button
          priority="secondary"
          size="small"
          onClick={() => setOpen(true)}
          title={`Retirer le label de ${connecteur.displayName}`}
        >
          Retirer le label
        </Button>
      )}
      {open && (
        <ReasonForm
          label="Motif du retrait"
          hint="Transmis au connecteur"
          confirmText="Confirmer le retrait du label"
          busy={revoking.loading}
          fieldError={revoking.error?.fieldMessage('reason')}
          onCancel={() => setOpen(false)}
          onConfirm={async (reason) => {
            const result = await revoke({ connecteurId: connecteur.id, reason });
            if (result) onRevoked();
            return Boolean(result);
          }}
        />
      )}
    </div>
  );
}
