import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import { NotFoundPage } from '../NotFoundPage';
import { maturitySeverity, peerScopeOrder } from './labels';
import { PeerChart } from './PeerChart';
import { SaveDiagnostic } from './SaveDiagnostic';

const PmeDiagnosticResultQuery = graphql(`
  query PmeDiagnosticResult($id: ID!) {
    diagnosticResult(id: $id) {
      id
      claimed
      companyFacts {
        regionCode
      }
      submittedAt
      overallScore
      level
      levelInfo {
        name
        description
      }
      nextLevel {
        name
        minScore
      }
      themeScores {
        theme
        name
        score
      }
      peers {
        scope
        label
        peerCount
        averageScore
        shareBelow
        themeAverages {
          theme
          average
        }
      }
      recommendations {
        focusThemes
        advice {
          theme
          title
          text
        }
        connecteurs {
          id
          displayName
          departementCode
          themes
        }
        programmes {
          program {
            id
            name
            managingBody
            isOpen
          }
          expenseTheme
          typicalInvestmentCents
          expectedAidCents
          assumptions
        }
        testimonials {
          id
          companyName
          title
          story
          award
        }
      }
    }
  }
`);

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/**
 * `/entreprise/diagnostic/:id` (and `/diagnostic/:id` for a result taken without an account): the level, the score per
 * theme, the comparison with peers and what to do next.
 */
export function DiagnosticResultPage({ audience = 'pme' }: { audience?: 'pme' | 'public' }) {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PmeDiagnosticResultQuery, { id });
  if (data && !data.diagnosticResult) return <NotFoundPage />;
  const result = data?.diagnosticResult;
  const peers = result
    ? [...result.peers].sort((a, b) => peerScopeOrder.indexOf(a.scope) - peerScopeOrder.indexOf(b.scope))
    : [];
  const recommendations = result?.recommendations;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Résultat"
        segments={[
          {
            label: 'Diagnostic de maturité',
            linkProps: { to: audience === 'pme' ? '/entreprise/diagnostic' : '/diagnostic' },
          },
        ]}
      />
      <PageHeading title="Résultat de mon diagnostic" />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {result && recommendations && (
        <>
          <p className="fr-text--sm">Diagnostic du {formatDateTime(result.submittedAt)}</p>
          <SaveDiagnostic id={result.id} claimed={result.claimed} audience={audience} onSaved={refetch} />
          <div className="fr-callout">
            <p className="fr-callout__title">
              Votre niveau :{' '}
              <Badge as="span" noIcon severity={maturitySeverity[result.level]}>
                {result.levelInfo.name}
              </Badge>
            </p>
            <p className="fr-callout__text">
              Score global : <strong>{result.overallScore}/100</strong>. {result.levelInfo.description}
              {result.nextLevel &&
                ` Prochaine étape : « ${result.nextLevel.name} », à partir de ${result.nextLevel.minScore} points.`}
            </p>
          </div>

          <h2 className="fr-h4">Votre score par thème</h2>
          <PeerChart
            title="Vos scores par thème, sur 100"
            bars={result.themeScores.map((theme) => ({
              label: theme.name,
              score: theme.score,
              emphasized: recommendations.focusThemes.includes(theme.theme),
              detail: recommendations.focusThemes.includes(theme.theme)
                ? 'Thème à travailler en priorité'
                : '',
            }))}
          />

          <h2 className="fr-h4">Vous et les entreprises comparables</h2>
          <PeerChart
            title="Score global moyen, comparé au vôtre"
            bars={[
              {
                label: 'Votre entreprise',
                score: result.overallScore,
                emphasized: true,
                detail: 'Votre score',
              },
              ...peers.map((peer) => ({
                label: peer.label,
                score: peer.averageScore ?? null,
                detail:
                  peer.peerCount === 0
                    ? 'Pas encore assez d’entreprises comparables (10 au moins, chiffres mis à jour chaque heure)'
                    : `${peer.peerCount} entreprise${peer.peerCount > 1 ? 's' : ''}${
                        peer.shareBelow !== null && peer.shareBelow !== undefined
                          ? ` ; vous faites mieux que ${percent.format(peer.shareBelow)} d’entre elles`
                          : ''
                      }`,
              })),
            ]}
          />

          <h2 className="fr-h4">Nos conseils</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            {recommendations.advice.map((advice) => (
              <div key={`${advice.theme}-${advice.title}`} className="fr-col-12 fr-col-md-6">
                <Card title={advice.title} titleAs="h3" size="small" desc={advice.text} />
              </div>
            ))}
          </div>

          <h2 className="fr-h4 fr-mt-4w">Des connecteurs près de chez vous</h2>
          {recommendations.connecteurs.length === 0 ? (
            <p>Aucun connecteur labellisé disponible dans votre département pour l’instant.</p>
          ) : (
            <ul>
              {recommendations.connecteurs.map((connecteur) => (
                <li key={connecteur.id} className="fr-mb-1w">
                  <Link to={`/connecteurs/${connecteur.id}`}>{connecteur.displayName}</Link> (
                  {departementName(connecteur.departementCode)}) —{' '}
                  {connecteur.themes.map((theme) => themeLabels[theme]).join(', ')} —{' '}
                  <Link to={`/entreprise/demandes/nouvelle?connecteur=${encodeURIComponent(connecteur.id)}`}>
                    Contacter {connecteur.displayName}
                  </Link>
                </li>
              ))}
            </ul>
          )}

          <h2 className="fr-h4 fr-mt-4w">Des aides pour votre projet</h2>
          <p>
            <Link to={`/cheques-numeriques?region=${result.companyFacts.regionCode}`}>
              Les chèques numériques de votre région et leurs règles
            </Link>
          </p>
          {recommendations.programmes.length === 0 ? (
            <p>Aucun chèque numérique n’est ouvert dans votre région pour l’instant.</p>
          ) : (
            <ul>
              {recommendations.programmes.map((programme) => (
                <li key={programme.program.id} className="fr-mb-2w">
                  <strong>{programme.program.name}</strong> ({programme.program.managingBody}) : pour un
                  projet « {themeLabels[programme.expenseTheme]} » de{' '}
                  {formatEuros(programme.typicalInvestmentCents)}, une aide d’environ{' '}
                  {formatEuros(programme.expectedAidCents)}.
                  {programme.assumptions.length > 0 && (
                    <span className="fr-text--xs"> Hypothèses : {programme.assumptions.join(' ; ')}</span>
                  )}{' '}
                  {programme.program.isOpen && (
                    <Link to={`/entreprise/cheque-numerique/nouvelle/${programme.program.id}`}>
                      Préparer une demande pour {programme.program.name}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}

          {recommendations.testimonials.length > 0 && (
            <>
              <h2 className="fr-h4 fr-mt-4w">Elles l’ont fait</h2>
              <div className="fr-grid-row fr-grid-row--gutters">
                {recommendations.testimonials.map((testimonial) => (
                  <div key={testimonial.id} className="fr-col-12 fr-col-md-4">
                    <Card
                      title={testimonial.title}
                      titleAs="h3"
                      size="small"
                      desc={
                        testimonial.story.length > 240
                          ? `${testimonial.story.slice(0, 240)}…`
                          : testimonial.story
                      }
                      detail={
                        testimonial.award
                          ? `${testimonial.companyName} — ${testimonial.award}`
                          : testimonial.companyName
                      }
                    />
                  </div>
                ))}
              </div>
            </>
          )}
        </>
      )}
    </>
  );
}
