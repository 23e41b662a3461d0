import { useState } from 'react';
import { graphql } from '../../../generated';
import { newClientKey } from '../../api/client-key';
import { useMutation } from '../../api/hooks';
import { NoteForm } from '../../components/NoteForm';
import { formatDateTime } from '../../labels/date-times';
import './region.css';

import type { Application } from './RegionApplicationPage';

const AgentAnnotateMutation = graphql(`
  mutation AgentAnnotate($id: ID!, $body: String!, $clientKey: String) {
    annotateSubsidyApplication(id: $id, body: $body, clientKey: $clientKey) {
      at
    }
  }
`);

export function Annotations({ application, onAdded }: { application: Application; onAdded: () => void }) {
  const [annotate, { error, loading }] = useMutation(AgentAnnotateMutation);
  // One key per draft: sending again after a lost answer gives back the annotation already written.
  const [clientKey, setClientKey] = useState(newClientKey);
  const annotations = application.annotations ?? [];
  return (
    <section aria-labelledby="annotations-title" className="fr-mb-6w">
      <h2 id="annotations-title" className="fr-h4">
        Annotations internes
      </h2>
      <p className="fr-text--sm">Visibles des seuls agents de la région, jamais de l’entreprise.</p>
      {annotations.length === 0 ? (
        <p>Aucune annotation.</p>
      ) : (
        <ol className="region-timeline">
          {annotations.map((annotation) => (
            <li key={annotation.seq}>
              <p className="fr-text--sm fr-mb-0">
                <strong>{annotation.authorSub}</strong> — {formatDateTime(annotation.at)}
              </p>
              <p className="fr-mb-0 region-note">{annotation.body}</p>
            </li>
          ))}
        </ol>
      )}
      <NoteForm
        label="Nouvelle annotation"
        hint="Privée : pour vos collègues instructeurs."
        submitLabel="Ajouter l’annotation"
        busy={loading}
        error={error}
        onSubmit={async (body) => {
          const added = await annotate({ id: application.id, body, clientKey });
          if (added) {
            setClientKey(newClientKey());
            onAdded();
          }
          return Boolean(added);
        }}
      />
    </section>
  );
}

export function FollowUp({ followUp }: { followUp: NonNullable<Application['followUp']> }) {
  return (
    <section aria-labelledby="follow-up-title" className="fr-mb-6w">
      <h2 id="follow-up-title" className="fr-h4">
        Suivi à un an
      </h2>
      <dl className="region-facts">
        <dt>Répondu le</dt>
        <dd>{formatDateTime(followUp.answeredAt)}</dd>
        <dt>Évolution du chiffre d’affaires</dt>
        <dd>{followUp.revenueChangePercent} %</dd>
        <dt>Évolution de l’effectif</dt>
        <dd>{followUp.employeesChange}</dd>
        <dt>Bénéfice constaté</dt>
        <dd>{followUp.benefit ? 'Oui' : 'Non'}</dd>
        <dt>Satisfaction</dt>
        <dd>{followUp.satisfaction} sur 5</dd>
        {followUp.comment && (
          <>
            <dt>Commentaire</dt>
            <dd>{followUp.comment}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
