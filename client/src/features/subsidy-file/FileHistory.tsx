import type { SubsidyFileHistoryFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../labels/date-times';
import { formatEuros } from '../../labels/money';
import { subsidyActionLabels, subsidyStatusLabels } from '../../labels/subsidies';
import { roleLabels } from '../../session/roles';
import './subsidy-file.css';

/**
 * A file's history, the same for every reader: what the API gives each is what it may read (the actor's subject for
 * agents and moderators, the reasons for all but the trusted third party).
 */
export function FileHistory({ history }: { history: SubsidyFileHistoryFragment['history'] }) {
  return (
    <section aria-labelledby="file-history-title" className="fr-mt-4w fr-mb-6w">
      <h2 id="file-history-title" className="fr-h4">
        Historique du dossier
      </h2>
      <ol className="subsidy-file-timeline">
        {history.map((entry) => (
          <li key={entry.version}>
            <p className="fr-mb-0">
              <strong>{subsidyActionLabels[entry.action]}</strong> — {formatDateTime(entry.at)}
            </p>
            <p className="fr-text--sm fr-mb-0">
              Par {roleLabels[entry.actorRole]}
              {entry.actorSub && <> ({entry.actorSub})</>}
              {entry.fromStatus && entry.fromStatus !== entry.toStatus
                ? ` : ${subsidyStatusLabels[entry.fromStatus]} → ${subsidyStatusLabels[entry.toStatus]}`
                : ` : ${subsidyStatusLabels[entry.toStatus]}`}
            </p>
            {entry.invoiceCents != null && entry.paidCents != null && (
              <p className="fr-text--sm fr-mb-0">
                Facture retenue : {formatEuros(entry.invoiceCents)} — aide versée :{' '}
                {formatEuros(entry.paidCents)}
              </p>
            )}
            {entry.reason && <p className="fr-text--sm fr-mb-0">Motif : « {entry.reason} »</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
