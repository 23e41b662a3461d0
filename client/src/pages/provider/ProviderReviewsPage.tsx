import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ProviderMyReviewsQuery } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StarRating } from '../../components/StarRating';
import { formatDate } from '../../labels/dates';
import { reviewAuthorKindLabels } from '../../labels/marketplace';
import { AFTER_PARAM, ForwardPaging } from '../public/ForwardPaging';

const ProviderMyReviewsQuery = graphql(`
  query ProviderMyReviews($first: Int, $after: String) {
    myProvider {
      id
      name
      reviews(first: $first, after: $after) {
        edges {
          node {
            id
            rating
            comment
            authorKind
            authorName
            publishedAt
            reply {
              text
              repliedAt
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const ProviderReplyToReviewMutation = graphql(`
  mutation ProviderReplyToReview($reviewId: ID!, $text: String!) {
    replyToReview(reviewId: $reviewId, text: $text) {
      id
      reply {
        text
        repliedAt
      }
    }
  }
`);

/** `/prestataire/avis`: the published reviews of the provider, each of which it may answer once, publicly. */
export function ProviderReviewsPage() {
  const [params] = useSearchParams();
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading } = useQuery(ProviderMyReviewsQuery, { first: 20, after });
  const provider = data?.myProvider;
  return (
    <>
      <PageHeading title="Avis sur mon entreprise" />
      <p>
        Les avis publiés après modération. Vous pouvez répondre une fois à chacun : la réponse est publique,
        sous l’avis.
      </p>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && !provider && (
        <p>
          Vous n’avez pas encore de fiche : <Link to="/prestataire">inscrivez votre entreprise</Link>.
        </p>
      )}
      {provider && provider.reviews.edges.length === 0 && <p>Aucun avis publié pour le moment.</p>}
      <ul className="fr-raw-list">
        {provider?.reviews.edges.map(({ node }) => (
          <li key={node.id}>
            <ReviewWithReply review={node} />
          </li>
        ))}
      </ul>
      {provider && (
        <ForwardPaging
          label="Pagination des avis"
          endCursor={provider.reviews.pageInfo.hasNextPage ? provider.reviews.pageInfo.endCursor : null}
        />
      )}
    </>
  );
}

type ReviewNode = NonNullable<ProviderMyReviewsQuery['myProvider']>['reviews']['edges'][number]['node'];

function ReviewWithReply({ review }: { review: ReviewNode }) {
  const [text, setText] = useState('');
  const [send, { data, error, loading }] = useMutation(ProviderReplyToReviewMutation);
  const reply = data?.replyToReview.reply ?? review.reply;
  const titleId = `review-${review.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send({ reviewId: review.id, text: text.trim() });
  };
  return (
    <article
      aria-labelledby={titleId}
      className="fr-py-3w"
      style={{ borderBottom: '1px solid var(--border-default-grey)' }}
    >
      <h2 id={titleId} className="fr-h6 fr-mb-1w">
        Avis de {review.authorName} ({reviewAuthorKindLabels[review.authorKind].toLowerCase()})
      </h2>
      <p className="fr-mb-1w">
        <StarRating value={review.rating} />
        {review.publishedAt && (
          <span className="fr-text--sm"> — publié le {formatDate(review.publishedAt)}</span>
        )}
      </p>
      <p>{review.comment}</p>
      {reply ? (
        <Alert
          severity="info"
          small
          description={`Votre réponse (${formatDate(reply.repliedAt)}) : ${reply.text}`}
        />
      ) : (
        <form onSubmit={submit}>
          {error && !error.fieldMessage('text') && <ApiErrorAlert error={error} className="fr-mb-2w" />}
          <Input
            label="Votre réponse publique"
            textArea
            state={error?.fieldMessage('text') ? 'error' : 'default'}
            stateRelatedMessage={error?.fieldMessage('text')}
            nativeTextAreaProps={{
              value: text,
              required: true,
              rows: 3,
              onChange: (event) => setText(event.target.value),
            }}
          />
          <Button
            type="submit"
            size="small"
            disabled={loading}
            title={`Répondre à l’avis de ${review.authorName}`}
          >
            Publier la réponse
          </Button>
        </form>
      )}
    </article>
  );
}
