import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/SessionProvider';
import { QuestionnaireForm } from '../pme/DiagnosticPage';
import { DiagnosticResultPage } from '../pme/DiagnosticResultPage';

const PublicDiagnosticQuestionnaireQuery = graphql(`
  query PublicDiagnosticQuestionnaire {
    diagnosticQuestionnaire {
      version
      estimatedMinutes
      themes {
        theme
        name
      }
      questions {
        id
        theme
        text
        multiple
        choices {
          id
          text
          exclusive
        }
      }
    }
  }
`);

/**
 * `/diagnostic`: the self-diagnostic without an account (the API accepts anonymous diagnostics). The result can
 * then be saved to the company's space by signing in (DiagnosticResultPage). A signed-in PME takes it in its space.
 */
export function AnonymousDiagnosticPage() {
  const role = useSession().session?.role;
  const { data, error, loading } = useQuery(PublicDiagnosticQuestionnaireQuery, {});
  const [started, setStarted] = useState(false);
  if (role === 'PME') return <Navigate to="/entreprise/diagnostic" replace />;
  return (
    <>
      <PageHeading title="Diagnostic de maturité numérique" />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && !started && (
        <>
          <p>
            Quelques questions simples sur votre présence en ligne, vos ventes, votre relation client, vos
            outils, votre sécurité et vos compétences : environ{' '}
            {data.diagnosticQuestionnaire.estimatedMinutes} minutes, sans créer de compte. Vous pourrez
            ensuite enregistrer le résultat dans l’espace de votre entreprise en vous connectant.
          </p>
          <Button onClick={() => setStarted(true)}>Commencer le diagnostic</Button>
          <p className="fr-mt-4w">
            <Link to="/cheques-numeriques">Les chèques numériques des régions</Link>
          </p>
        </>
      )}
      {data && started && (
        <QuestionnaireForm
          questionnaire={data.diagnosticQuestionnaire}
          initialFacts={{ sizeBand: '', nafCode: '', clientele: '', communeCode: '' }}
          resultPath={(id) => `/diagnostic/${id}`}
        />
      )}
    </>
  );
}

/** `/diagnostic/:id`: a result taken without an account, readable by whoever holds its id until it is claimed. */
export function PublicDiagnosticResultPage() {
  return <DiagnosticResultPage audience="public" />;
}
