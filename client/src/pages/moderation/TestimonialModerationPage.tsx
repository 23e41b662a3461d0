import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ModeratorTestimonialQueueQuery } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import {
  maturityLevelLabels,
  nafSectionLabels,
  sizeBandLabels,
  testimonialFormatLabels,
} from '../../labels/marketplace';
import { AFTER_PARAM, ForwardPaging } from '../public/ForwardPaging';
import { ReasonForm } from './ReasonForm';
import { CommuneName } from '../../components/CommuneName';

export const TESTIMONIAL_QUEUE_PAGE_SIZE = 20;

const ModeratorTestimonialQueueQuery = graphql(`
  query ModeratorTestimonialQueue($first: Int, $after: String) {
    testimonialModerationQueue(first: $first, after: $after) {
      edges {
        node {
          id
          companyName
          title
          story
          format
          mediaUrl
          durationSeconds
          themes
          nafCode
          nafSection
          sizeBand
          communeCode
          departementCode
          maturityLevel
          award
          status
          submittedAt
          connecteur {
            id
            displayName
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

const ModeratorModerateTestimonialMutation = graphql(`
  mutation ModeratorModerateTestimonial($id: ID!, $decision: ModerationDecision!, $reason: String) {
    moderateTestimonial(id: $id, decision: $decision, reason: $reason) {
      id
      status
    }
  }
`);

/** `/moderation/temoignages`: testimonials the companies agreed to, oldest first, to publish or reject. */
export function TestimonialModerationPage() {
  const [params] = useSearchParams();
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading, refetch } = useQuery(ModeratorTestimonialQueueQuery, {
    first: TESTIMONIAL_QUEUE_PAGE_SIZE,
    after,
  });
  const [decided, setDecided] = useState<{ id: string; message: string }[]>([]);
  const pending = (data?.testimonialModerationQueue.edges ?? []).filter(
    ({ node }) => !decided.some((d) => d.id === node.id),
  );
  return (
    <>
      <PageHeading title="Témoignages à publier" />
      <p>
        Les témoignages d’entreprises en attente, les plus anciens d’abord. Une fois publiés, ils apparaissent
        dans la liste publique et sur la carte des témoignages ; un refus est motivé auprès de l’entreprise.
      </p>
      <div aria-live="polite">
        {decided.at(-1) && (
          <Alert severity="success" small description={decided.at(-1)!.message} className="fr-mb-2w" />
        )}
      </div>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {!loading && data && pending.length === 0 && <p>Aucun témoignage en attente de modération.</p>}
      <ul className="fr-raw-list">
        {pending.map(({ node }) => (
          <li key={node.id}>
            <TestimonialItem
              testimonial={node}
              onDecided={(message) => setDecided((current) => [...current, { id: node.id, message }])}
              onStale={refetch}
            />
          </li>
        ))}
      </ul>
      {data && (
        <ForwardPaging
          label="Pagination des témoignages à modérer"
          endCursor={
            data.testimonialModerationQueue.pageInfo.hasNextPage
              ? data.testimonialModerationQueue.pageInfo.endCursor
              : null
          }
        />
      )}
    </>
  );
}

type QueuedTestimonial =
  ModeratorTestimonialQueueQuery['testimonialModerationQueue']['edges'][number]['node'];

function TestimonialItem({
  testimonial,
  onDecided,
  onStale,
}: {
  testimonial: QueuedTestimonial;
  onDecided: (message: string) => void;
  onStale: () => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [moderate, { error, loading }] = useMutation(ModeratorModerateTestimonialMutation);
  const titleId = `testimonial-${testimonial.id}`;

  const decide = async (decision: 'PUBLISH' | 'REJECT', reason?: string) => {
    const result = await moderate({ id: testimonial.id, decision, reason: reason ?? null });
    if (result) {
      onDecided(`Témoignage « ${testimonial.title} » ${decision === 'PUBLISH' ? 'publié' : 'refusé'}.`);
    }
    return Boolean(result);
  };

  return (
    <article
      aria-labelledby={titleId}
      className="fr-p-3w fr-mb-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h2 id={titleId} className="fr-h5 fr-mb-1w">
        {testimonial.title}
      </h2>
      <p className="fr-mb-1w">
        <Badge as="span" small severity="new" className="fr-mr-1w">
          {testimonialFormatLabels[testimonial.format]}
        </Badge>
        {testimonial.award && (
          <Badge as="span" small severity="success">
            {`Lauréat : ${testimonial.award}`}
          </Badge>
        )}
      </p>
      <dl className="connecteur-facts fr-text--sm">
        <dt>Entreprise</dt>
        <dd>
          {testimonial.companyName} — <CommuneName code={testimonial.communeCode} />,{' '}
          {departementName(testimonial.departementCode)} ({testimonial.departementCode})
        </dd>
        <dt>Profil</dt>
        <dd>
          NAF {testimonial.nafCode} ({nafSectionLabels[testimonial.nafSection] ?? testimonial.nafSection}) ·{' '}
          {sizeBandLabels[testimonial.sizeBand]} · maturité{' '}
          {maturityLevelLabels[testimonial.maturityLevel].toLowerCase()}
        </dd>
        <dt>Thèmes</dt>
        <dd>{testimonial.themes.map((theme) => themeLabels[theme]).join(' · ')}</dd>
        <dt>Envoyé le</dt>
        <dd>
          {formatDateTime(testimonial.submittedAt)}
          {testimonial.connecteur && `, écrit avec ${testimonial.connecteur.displayName}`}
        </dd>
        {testimonial.mediaUrl && (
          <>
            <dt>Média</dt>
            <dd>
              <a
                href={testimonial.mediaUrl}
                target="_blank"
                rel="noopener noreferrer"
                title={`Média du témoignage ${testimonial.title} — nouvelle fenêtre`}
              >
                {testimonial.mediaUrl}
              </a>
              {testimonial.durationSeconds ? ` (${testimonial.durationSeconds} s)` : ''}
            </dd>
          </>
        )}
      </dl>
      <blockquote
        className="fr-mb-2w fr-pl-2w"
        style={{ borderLeft: '3px solid var(--border-default-grey)' }}
      >
        <p className="fr-mb-0">{testimonial.story}</p>
      </blockquote>
      {error && (
        <>
          <ApiErrorAlert error={error} className="fr-mb-2w" />
          {error.code === 'CONFLICT' && (
            <Button priority="secondary" size="small" onClick={onStale} className="fr-mb-2w">
              Recharger la file
            </Button>
          )}
        </>
      )}
      {!rejecting && (
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Button
              disabled={loading}
              onClick={() => void decide('PUBLISH')}
              title={`Publier le témoignage « ${testimonial.title} »`}
            >
              Publier
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              onClick={() => setRejecting(true)}
              title={`Refuser le témoignage « ${testimonial.title} »`}
            >
              Refuser
            </Button>
          </li>
        </ul>
      )}
      {rejecting && (
        <ReasonForm
          label="Motif du refus"
          hint="Transmis à l’entreprise et à son connecteur"
          confirmText="Confirmer le refus"
          busy={loading}
          fieldError={error?.fieldMessage('reason')}
          onCancel={() => setRejecting(false)}
          onConfirm={(reason) => decide('REJECT', reason)}
        />
      )}
    </article>
  );
}
