import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PublicProviderReviewsQuery } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StarRating } from '../../components/StarRating';
import { themeLabels } from '../../labels/connecteurs';
import { formatDate } from '../../labels/dates';
import { departementName, regionName } from '../../labels/geography';
import { reviewAuthorKindLabels } from '../../labels/marketplace';
import { formatEuros } from '../../labels/money';
import { useSession } from '../../session/SessionProvider';
import { NotFoundPage } from '../NotFoundPage';
import { CommuneName } from '../../components/CommuneName';

const REVIEWS_PAGE_SIZE = 10;

const PublicProviderDetailQuery = graphql(`
  query PublicProviderDetail($id: ID!) {
    provider(id: $id) {
      id
      name
      siret
      communeCode
      departementCode
      regionCode
      regionsServed
      startup
      website
      offers {
        id
        theme
        description
        priceFromCents
        priceToCents
      }
      rating {
        average
        count
      }
    }
  }
`);

const PublicProviderReviewsQuery = graphql(`
  query PublicProviderReviews($id: ID!, $first: Int, $after: String) {
    provider(id: $id) {
      id
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

const PublicReviewProviderMutation = graphql(`
  mutation PublicReviewProvider($providerId: ID!, $rating: Int!, $comment: String!) {
    reviewProvider(providerId: $providerId, rating: $rating, comment: $comment) {
      id
      status
    }
  }
`);

/** `/prestataires/:id`: a provider's entry, its offers with their prices, its published reviews; PMEs and connecteurs may review it. */
export function ProviderDetailPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(PublicProviderDetailQuery, { id });
  const { session } = useSession();

  if (data && !data.provider) return <NotFoundPage />;
  const provider = data?.provider;
  return (
    <>
      <Breadcrumb
        currentPageLabel={provider?.name ?? 'Prestataire'}
        segments={[
          { label: 'Accueil', linkProps: { to: '/' } },
          { label: 'Prestataires du numérique', linkProps: { to: '/prestataires' } },
        ]}
      />
      <PageHeading title={provider?.name ?? 'Prestataire'} />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {provider && (
        <>
          <p>
            <StarRating value={provider.rating.average} count={provider.rating.count} />
            {provider.startup && (
              <Badge as="span" small severity="info" className="fr-ml-2w">
                French Tech / startup
              </Badge>
            )}
          </p>
          <dl className="connecteur-facts">
            <dt>Installé à</dt>
            <dd>
              <CommuneName code={provider.communeCode} />, {departementName(provider.departementCode)} (
              {provider.departementCode}), {regionName(provider.regionCode)}
            </dd>
            <dt>Régions servies</dt>
            <dd>{provider.regionsServed.map(regionName).join(', ')}</dd>
            <dt>SIRET</dt>
            <dd>{provider.siret}</dd>
            {provider.website && (
              <>
                <dt>Site web</dt>
                <dd>
                  <a
                    href={provider.website}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={`${provider.website} — nouvelle fenêtre`}
                  >
                    {provider.website}
                  </a>
                </dd>
              </>
            )}
          </dl>

          <h2 className="fr-h4">Offres</h2>
          {provider.offers.length === 0 ? (
            <p>Ce prestataire n’a pas encore décrit d’offre.</p>
          ) : (
            <div className="fr-table">
              <table>
                <caption className="fr-sr-only">Offres du prestataire et leurs prix</caption>
                <thead>
                  <tr>
                    <th scope="col">Thème</th>
                    <th scope="col">Description</th>
                    <th scope="col">Prix</th>
                  </tr>
                </thead>
                <tbody>
                  {provider.offers.map((offer) => (
                    <tr key={offer.id}>
                      <th scope="row">{themeLabels[offer.theme]}</th>
                      <td>{offer.description}</td>
                      <td>
                        de {formatEuros(offer.priceFromCents)} à {formatEuros(offer.priceToCents)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="fr-text--sm">
            <Link to="/referentiel-des-prix">Comparer avec le référentiel des prix</Link>
          </p>

          <h2 className="fr-h4 fr-mt-4w">Avis publiés</h2>
          <ReviewPages providerId={provider.id} />

          {(session?.role === 'PME' || session?.role === 'CONNECTEUR') && (
            <ReviewForm providerId={provider.id} providerName={provider.name} />
          )}
          {!session && (
            <p className="fr-mt-4w">
              Vous avez travaillé avec ce prestataire ? <Link to="/connexion">Connectez-vous</Link> en tant
              qu’entreprise ou connecteur pour donner votre avis.
            </p>
          )}
        </>
      )}
    </>
  );
}

/** The first page of reviews, then each page the user asked for with "Afficher plus d’avis". */
function ReviewPages({ providerId }: { providerId: string }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return (
    <>
      {cursors.map((after, index) => (
        <ReviewPage
          key={after ?? 'first'}
          providerId={providerId}
          after={after}
          isLast={index === cursors.length - 1}
          onMore={(cursor) => setCursors((current) => [...current, cursor])}
        />
      ))}
    </>
  );
}

type ReviewNode = NonNullable<PublicProviderReviewsQuery['provider']>['reviews']['edges'][number]['node'];

function ReviewPage({
  providerId,
  after,
  isLast,
  onMore,
}: {
  providerId: string;
  after: string | undefined;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { data, error, loading } = useQuery(PublicProviderReviewsQuery, {
    id: providerId,
    first: REVIEWS_PAGE_SIZE,
    after,
  });
  const connection = data?.provider?.reviews;
  return (
    <>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading label="Chargement des avis…" />}
      {connection && connection.edges.length === 0 && !after && <p>Aucun avis publié pour le moment.</p>}
      {connection && connection.edges.length > 0 && (
        <ul className="fr-raw-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <ReviewItem review={node} />
            </li>
          ))}
        </ul>
      )}
      {isLast && connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <Button priority="secondary" onClick={() => onMore(connection.pageInfo.endCursor!)}>
          Afficher plus d’avis
        </Button>
      )}
    </>
  );
}

function ReviewItem({ review }: { review: ReviewNode }) {
  return (
    <article className="fr-py-2w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
      <p className="fr-mb-1w">
        <StarRating value={review.rating} />{' '}
        <strong>
          {review.authorName} ({reviewAuthorKindLabels[review.authorKind].toLowerCase()})
        </strong>
        {review.publishedAt && (
          <span className="fr-text--sm"> — publié le {formatDate(review.publishedAt)}</span>
        )}
      </p>
      <p className="fr-mb-1w">{review.comment}</p>
      {review.reply && (
        <blockquote
          className="fr-ml-4w fr-pl-2w"
          style={{ borderLeft: '3px solid var(--border-default-blue-france)' }}
        >
          <p className="fr-text--sm fr-mb-0">
            <strong>Réponse du prestataire</strong> ({formatDate(review.reply.repliedAt)}) :{' '}
            {review.reply.text}
          </p>
        </blockquote>
      )}
    </article>
  );
}

function ReviewForm({ providerId, providerName }: { providerId: string; providerName: string }) {
  const [rating, setRating] = useState<number | undefined>();
  const [comment, setComment] = useState('');
  const [missingRating, setMissingRating] = useState(false);
  const [send, { data, error, loading }] = useMutation(PublicReviewProviderMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === undefined) {
      setMissingRating(true);
      return;
    }
    setMissingRating(false);
    await send({ providerId, rating, comment: comment.trim() });
  };

  if (data) {
    return (
      <Alert
        className="fr-mt-4w"
        severity="success"
        title="Merci pour votre avis"
        description="Il sera publié après relecture par un modérateur ; la note du prestataire sera alors mise à jour."
      />
    );
  }
  const commentError = error?.fieldMessage('comment');
  const ratingError = error?.fieldMessage('rating');
  return (
    <form onSubmit={submit} className="fr-mt-4w" aria-labelledby="review-form-title">
      <h2 id="review-form-title" className="fr-h4">
        Donner votre avis sur {providerName}
      </h2>
      <p className="fr-text--sm">
        Une entreprise peut noter un prestataire qu’elle a réellement utilisé (dépense financée par un chèque
        numérique ou prestation confirmée par le prestataire). Un avis par auteur ; il est relu avant
        publication.
      </p>
      {error && !commentError && !ratingError && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <RadioButtons
        legend="Note"
        orientation="horizontal"
        state={missingRating || ratingError ? 'error' : 'default'}
        stateRelatedMessage={
          missingRating || ratingError ? (ratingError ?? 'Choisissez une note de 1 à 5 étoiles.') : undefined
        }
        options={[1, 2, 3, 4, 5].map((value) => ({
          label: `${value} étoile${value > 1 ? 's' : ''}`,
          nativeInputProps: {
            name: 'rating',
            value: String(value),
            checked: rating === value,
            onChange: () => setRating(value),
          },
        }))}
      />
      <Input
        label="Votre commentaire"
        hintText="Ce qui a été fait, ce qui vous a plu ou déplu"
        textArea
        state={commentError ? 'error' : 'default'}
        stateRelatedMessage={commentError}
        nativeTextAreaProps={{
          value: comment,
          required: true,
          rows: 4,
          onChange: (event) => setComment(event.target.value),
        }}
      />
      <Button type="submit" disabled={loading}>
        Envoyer mon avis
      </Button>
    </form>
  );
}
