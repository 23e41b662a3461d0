import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ModeratorReviewQueueQuery } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StarRating } from '../../components/StarRating';
import { formatDateTime } from '../../labels/date-times';
import { reviewAuthorKindLabels } from '../../labels/marketplace';
import { AFTER_PARAM, ForwardPaging } from '../public/ForwardPaging';
import { ReasonForm } from './ReasonForm';

export const REVIEW_QUEUE_PAGE_SIZE = 20;

const ModeratorReviewQueueQuery = graphql(`
  query ModeratorReviewQueue($first: Int, $after: String) {
    moderationQueue(first: $first, after: $after) {
      edges {
        node {
          id
          rating
          comment
          authorKind
          authorName
          submittedAt
          provider {
            id
            name
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

const ModeratorModerateReviewMutation = graphql(`
  mutation ModeratorModerateReview($reviewId: ID!, $decision: ModerationDecision!, $reason: String) {
    moderateReview(reviewId: $reviewId, decision: $decision, reason: $reason) {
      id
      status
    }
  }
`);

/** `/moderation/avis`: reviews of providers waiting for moderation, oldest first, to publish or reject. */
export function ReviewModerationPage() {
  const [params] = useSearchParams();
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading, refetch } = useQuery(ModeratorReviewQueueQuery, {
    first: REVIEW_QUEUE_PAGE_SIZE,
    after,
  });
  const [decided, setDecided] = useState<{ id: string; message: string }[]>([]);
  const pending = (data?.moderationQueue.edges ?? []).filter(
    ({ node }) => !decided.some((d) => d.id === node.id),
  );
  return (
    <>
      <PageHeading title="Avis à modérer" />
      <p>
        Les avis sur les prestataires, les plus anciens d’abord. Un avis publié compte aussitôt dans la note
        du prestataire ; un refus est motivé auprès de son auteur, qui peut le modifier.
      </p>
      <div aria-live="polite">
        {decided.at(-1) && (
          <Alert severity="success" small description={decided.at(-1)!.message} className="fr-mb-2w" />
        )}
      </div>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {!loading && data && pending.length === 0 && <p>Aucun avis en attente de modération.</p>}
      <ul className="fr-raw-list">
        {pending.map(({ node }) => (
          <li key={node.id}>
            <ReviewItem
              review={node}
              onDecided={(message) => setDecided((current) => [...current, { id: node.id, message }])}
              onStale={refetch}
            />
          </li>
        ))}
      </ul>
      {data && (
        <ForwardPaging
          label="Pagination des avis à modérer"
          endCursor={
            data.moderationQueue.pageInfo.hasNextPage ? data.moderationQueue.pageInfo.endCursor : null
          }
        />
      )}
    </>
  );
}

type QueuedReview = ModeratorReviewQueueQuery['moderationQueue']['edges'][number]['node'];

function ReviewItem({
  review,
  onDecided,
  onStale,
}: {
  review: QueuedReview;
  onDecided: (message: string) => void;
  /** The author changed the review meanwhile: the queue is read again to show the new text. */
  onStale: () => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [moderate, { error, loading }] = useMutation(ModeratorModerateReviewMutation);
  const titleId = `review-${review.id}`;

  const decide = async (decision: 'PUBLISH' | 'REJECT', reason?: string) => {
    const result = await moderate({ reviewId: review.id, decision, reason: reason ?? null });
    if (result) {
      onDecided(
        decision === 'PUBLISH'
          ? `Avis de ${review.authorName} sur ${review.provider.name} publié.`
          : `Avis de ${review.authorName} sur ${review.provider.name} refusé.`,
      );
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
        Avis sur <Link to={`/prestataires/${review.provider.id}`}>{review.provider.name}</Link>
      </h2>
      <p className="fr-mb-1w">
        <StarRating value={review.rating} /> — {review.authorName} (
        {reviewAuthorKindLabels[review.authorKind].toLowerCase()}), envoyé le{' '}
        {formatDateTime(review.submittedAt)}
      </p>
      <blockquote
        className="fr-mb-2w fr-pl-2w"
        style={{ borderLeft: '3px solid var(--border-default-grey)' }}
      >
        <p className="fr-mb-0">{review.comment}</p>
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
              title={`Publier l’avis de ${review.authorName}`}
            >
              Publier
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              onClick={() => setRejecting(true)}
              title={`Refuser l’avis de ${review.authorName}`}
            >
              Refuser
            </Button>
          </li>
        </ul>
      )}
      {rejecting && (
        <ReasonForm
          label="Motif du refus"
          hint="Transmis à l’auteur, par exemple : propos injurieux, avis hors sujet, données personnelles"
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
