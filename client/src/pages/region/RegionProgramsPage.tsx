import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../labels/date-times';
import { regionName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import { useSession } from '../../session/SessionProvider';
import { formatRate } from './rates';

/** The region's programmes, for this page and the queue's programme filter. */
export const AgentRegionProgramsQuery = graphql(`
  query AgentRegionPrograms($regionCode: String!) {
    subsidyPrograms(regionCode: $regionCode) {
      id
      name
      managingBody
      opensAt
      closesAt
      isOpen
      envelopeCents
      aidRateBasisPoints
      aidFloorCents
      aidCeilingCents
      investmentFloorCents
      investmentCeilingCents
      dashboard {
        remainingCents
      }
    }
  }
`);

/** `/region/programmes`: the chèque numérique calls of the agent's region, each leading to its dashboard. */
export function RegionProgramsPage() {
  const regionCode = useSession().session?.regionCode;
  const { data, error, loading } = useQuery(
    AgentRegionProgramsQuery,
    { regionCode: regionCode ?? '' },
    { skip: !regionCode },
  );
  const programs = data?.subsidyPrograms ?? [];

  return (
    <>
      <PageHeading title="Programmes de la région" />
      {!regionCode && <MissingRegionAlert />}
      {regionCode && (
        <>
          <p>Les appels à projets « chèque numérique » de la région {regionName(regionCode)}.</p>
          <Button
            linkProps={{ to: '/region/programmes/nouveau' }}
            iconId="fr-icon-add-line"
            className="fr-mb-4w"
          >
            Ouvrir un programme
          </Button>
        </>
      )}
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && programs.length === 0 && <p>Aucun programme n’est ouvert dans votre région.</p>}
      {programs.length > 0 && (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {programs.map((program) => (
            <li key={program.id} className="fr-col-12 fr-col-md-6">
              <Card
                title={program.name}
                titleAs="h2"
                size="small"
                enlargeLink
                linkProps={{ to: `/region/programmes/${program.id}` }}
                start={
                  <Badge severity={program.isOpen ? 'success' : undefined} small noIcon>
                    {program.isOpen ? 'Ouvert aux dépôts' : 'Fermé aux dépôts'}
                  </Badge>
                }
                desc={
                  <>
                    {program.managingBody}. Du {formatDateTime(program.opensAt)} au{' '}
                    {formatDateTime(program.closesAt)}.
                  </>
                }
                detail={
                  <>
                    Enveloppe de {formatEuros(program.envelopeCents)}
                    {program.dashboard && <>, reste {formatEuros(program.dashboard.remainingCents)}</>} — aide
                    de {formatRate(program.aidRateBasisPoints)}, de {formatEuros(program.aidFloorCents)} à{' '}
                    {formatEuros(program.aidCeilingCents)}
                  </>
                }
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A REGION_AGENT session always names its region; an old or hand-made session may not. */
export function MissingRegionAlert() {
  return (
    <Alert
      severity="warning"
      small
      description="Votre session n’indique pas votre région : déconnectez-vous puis reconnectez-vous."
    />
  );
}
