import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../labels/date-times';
import { regionName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import { subsidyStatusLabels } from '../../labels/subsidies';

const PmeSubsidyHomeQuery = graphql(`
  query PmeSubsidyHome {
    myCompany {
      id
      regionCode
    }
    subsidyApplications(first: 50) {
      edges {
        node {
          id
          status
          updatedAt
          aidCents
          investmentCents
          program {
            id
            name
          }
        }
      }
    }
  }
`);

const PmeRegionProgramsQuery = graphql(`
  query PmeRegionPrograms($regionCode: String!) {
    subsidyPrograms(regionCode: $regionCode) {
      id
      name
      managingBody
      opensAt
      closesAt
      isOpen
      aidRateBasisPoints
      investmentFloorCents
      investmentCeilingCents
      aidFloorCents
      aidCeilingCents
    }
  }
`);

/** `/entreprise/cheque-numerique`: the open calls of the company's region, and the company's files. */
export function SubsidyHomePage() {
  const { data, error, loading } = useQuery(PmeSubsidyHomeQuery, {});
  const regionCode = data?.myCompany?.regionCode ?? '';
  const programs = useQuery(PmeRegionProgramsQuery, { regionCode }, { skip: !regionCode });
  const open = programs.data?.subsidyPrograms.filter((program) => program.isOpen) ?? [];
  const applications = data?.subsidyApplications.edges ?? [];
  return (
    <>
      <PageHeading title="Chèque numérique" />
      <p>
        Votre région peut financer une partie de votre projet numérique (site, vente en ligne, visibilité,
        paiement…). Préparez votre demande : l’éligibilité et l’aide attendue se calculent pendant la saisie.
      </p>
      {error && <ApiErrorAlert error={error} />}
      {programs.error && <ApiErrorAlert error={programs.error} />}
      {(loading || programs.loading) && <Loading />}
      {data && !data.myCompany && (
        <p>
          Inscrivez d’abord <Link to="/entreprise/mon-entreprise">votre entreprise</Link> : le chèque dépend
          de sa région, de sa taille et de son activité.
        </p>
      )}
      {data?.myCompany && programs.data && (
        <>
          <h2 className="fr-h4">Appels ouverts en {regionName(regionCode)}</h2>
          {open.length === 0 && <p>Aucun appel à projets n’est ouvert dans votre région en ce moment.</p>}
          <div className="fr-grid-row fr-grid-row--gutters">
            {open.map((program) => (
              <div key={program.id} className="fr-col-12 fr-col-md-6">
                <Card
                  title={program.name}
                  titleAs="h3"
                  size="small"
                  desc={`${program.aidRateBasisPoints / 100} % d’un investissement de ${formatEuros(program.investmentFloorCents)} à ${formatEuros(program.investmentCeilingCents)}, soit une aide de ${formatEuros(program.aidFloorCents)} à ${formatEuros(program.aidCeilingCents)}.`}
                  detail={`${program.managingBody} — jusqu’au ${formatDateTime(program.closesAt)}`}
                  footer={
                    <Link className="fr-btn" to={`/entreprise/cheque-numerique/nouvelle/${program.id}`}>
                      Préparer une demande : {program.name}
                    </Link>
                  }
                />
              </div>
            ))}
          </div>
        </>
      )}
      {/* Shown with the open calls, not before: arriving above it, they would move the table under the pointer. */}
      {data?.myCompany && (programs.data || programs.error) && (
        <>
          <h2 className="fr-h4 fr-mt-6w">Mes dossiers</h2>
          {applications.length === 0 ? (
            <p>Aucun dossier pour l’instant.</p>
          ) : (
            <div className="fr-table">
              <table>
                <caption className="fr-sr-only">Mes dossiers de chèque numérique</caption>
                <thead>
                  <tr>
                    <th scope="col">Programme</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Investissement</th>
                    <th scope="col">Aide</th>
                    <th scope="col">Mis à jour</th>
                  </tr>
                </thead>
                <tbody>
                  {applications.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <Link to={`/entreprise/cheque-numerique/dossiers/${node.id}`}>
                          {node.program.name}
                        </Link>
                      </td>
                      <td>
                        <Badge
                          as="span"
                          small
                          noIcon
                          severity={node.status === 'CORRECTION_REQUESTED' ? 'warning' : 'info'}
                        >
                          {subsidyStatusLabels[node.status]}
                        </Badge>
                      </td>
                      <td>{formatEuros(node.investmentCents)}</td>
                      <td>{formatEuros(node.aidCents)}</td>
                      <td>{formatDateTime(node.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
