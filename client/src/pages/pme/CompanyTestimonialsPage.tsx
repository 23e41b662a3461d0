import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { graphql } from '../../../generated';
import type { TestimonialStatus } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../labels/dates';

const CompanyTestimonialsQuery = graphql(`
  query CompanyTestimonials {
    myTestimonials(first: 50) {
      edges {
        node {
          id
          title
          story
          status
          rejectionReason
          submittedAt
          publishedAt
          connecteur {
            id
            displayName
          }
        }
      }
    }
  }
`);

const AgreeToTestimonialMutation = graphql(`
  mutation AgreeToTestimonial($id: ID!) {
    agreeToTestimonial(id: $id) {
      id
      status
    }
  }
`);

const WithdrawCompanyTestimonialMutation = graphql(`
  mutation WithdrawCompanyTestimonial($id: ID!) {
    withdrawTestimonial(id: $id) {
      id
      status
    }
  }
`);

const STATUS_LABELS: Record<TestimonialStatus, string> = {
  AWAITING_AGREEMENT: 'En attente de votre accord',
  PENDING: 'En cours de modération',
  PUBLISHED: 'Publié',
  REJECTED: 'Refusé par la modération',
  WITHDRAWN: 'Retiré',
};

/**
 * `/entreprise/temoignages`: the company's testimonials, above all those its connecteur wrote and that wait for its
 * agreement (the TESTIMONIAL_AGREEMENT notification leads here): it agrees (the testimonial goes to moderation) or
 * withdraws it.
 */
export function CompanyTestimonialsPage() {
  const { data, error, loading, refetch } = useQuery(CompanyTestimonialsQuery, {});
  const [agree, agreeing] = useMutation(AgreeToTestimonialMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawCompanyTestimonialMutation);
  const testimonials = data?.myTestimonials.edges.map((e) => e.node) ?? [];
  const busy = agreeing.loading || withdrawing.loading;
  return (
    <>
      <PageHeading title="Mes témoignages" />
      {error && <ApiErrorAlert error={error} />}
      {agreeing.error && <ApiErrorAlert error={agreeing.error} />}
      {withdrawing.error && <ApiErrorAlert error={withdrawing.error} />}
      {loading && !data && <Loading />}
      {data && testimonials.length === 0 && <p>Votre entreprise n’a aucun témoignage.</p>}
      {testimonials.map((t) => (
        <section key={t.id} className="fr-card fr-p-3w fr-mb-3w" aria-labelledby={`temoignage-${t.id}`}>
          <h2 id={`temoignage-${t.id}`} className="fr-h5">
            {t.title}
          </h2>
          <p>
            <Badge severity={t.status === 'AWAITING_AGREEMENT' ? 'new' : 'info'} noIcon>
              {STATUS_LABELS[t.status]}
            </Badge>{' '}
            Proposé le {formatDate(t.submittedAt)}
            {t.connecteur ? ` par ${t.connecteur.displayName}` : ''}
            {t.publishedAt ? `, publié le ${formatDate(t.publishedAt)}` : ''}.
          </p>
          <p className="fr-text--sm">{t.story}</p>
          {t.rejectionReason && <p>Motif du refus : {t.rejectionReason}</p>}
          <div className="fr-btns-group fr-btns-group--inline">
            {t.status === 'AWAITING_AGREEMENT' && (
              <Button
                disabled={busy}
                onClick={async () => {
                  if (await agree({ id: t.id })) refetch();
                }}
              >
                Je donne mon accord à sa publication
              </Button>
            )}
            {t.status !== 'WITHDRAWN' && (
              <Button
                priority="secondary"
                disabled={busy}
                onClick={async () => {
                  if (await withdraw({ id: t.id })) refetch();
                }}
              >
                Retirer ce témoignage
              </Button>
            )}
          </div>
        </section>
      ))}
    </>
  );
}
