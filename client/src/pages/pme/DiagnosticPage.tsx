import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { Clientele, PmeDiagnosticQuestionnaireQuery, SizeBand } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { newClientKey } from '../../api/client-key';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { useFocusFirstError } from '../../components/form-errors';
import { NafField } from '../../components/NafField';
import { normalizeNafCode } from '../../labels/naf';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../labels/date-times';
import { CLIENTELES, clienteleLabels, SIZE_BANDS, sizeBandLabels, sizeBandOf } from './labels';

const PmeDiagnosticQuestionnaireQuery = graphql(`
  query PmeDiagnosticQuestionnaire {
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
    myCompany {
      id
      nafCode
      employees
      communeCode
    }
    myDiagnostics(first: 10) {
      edges {
        node {
          id
          submittedAt
          overallScore
          levelInfo {
            name
          }
        }
      }
    }
  }
`);

const PmeSubmitDiagnosticMutation = graphql(`
  mutation PmeSubmitDiagnostic($input: SubmitDiagnosticInput!) {
    submitDiagnostic(input: $input) {
      id
    }
  }
`);

type Questionnaire = PmeDiagnosticQuestionnaireQuery['diagnosticQuestionnaire'];
export type Facts = {
  sizeBand: SizeBand | '';
  nafCode: string;
  clientele: Clientele | '';
  communeCode: string;
};

/** `/entreprise/diagnostic`: the maturity self-diagnostic, one theme per step, then the company's facts. */
export function DiagnosticPage() {
  const { data, error, loading } = useQuery(PmeDiagnosticQuestionnaireQuery, {});
  const [started, setStarted] = useState(false);
  const past = data?.myDiagnostics.edges ?? [];
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
            {data.diagnosticQuestionnaire.estimatedMinutes} minutes. Vous saurez où vous en êtes, comment vous
            vous situez par rapport à des entreprises comparables, et par où commencer.
          </p>
          <Button onClick={() => setStarted(true)}>Commencer le diagnostic</Button>
          {past.length > 0 && (
            <>
              <h2 className="fr-h4 fr-mt-6w">Mes diagnostics précédents</h2>
              <ul>
                {past.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/entreprise/diagnostic/${node.id}`}>
                      {formatDateTime(node.submittedAt)} — {node.levelInfo.name} ({node.overallScore}/100)
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {data && started && (
        <QuestionnaireForm
          questionnaire={data.diagnosticQuestionnaire}
          initialFacts={{
            sizeBand: data.myCompany ? sizeBandOf(data.myCompany.employees) : '',
            nafCode: data.myCompany?.nafCode ?? '',
            clientele: '',
            communeCode: data.myCompany?.communeCode ?? '',
          }}
        />
      )}
    </>
  );
}

/** The questionnaire, then the company's facts; `resultPath` is where the result is read (the PME's or public). */
export function QuestionnaireForm({
  questionnaire,
  initialFacts,
  resultPath = (id) => `/entreprise/diagnostic/${id}`,
}: {
  questionnaire: Questionnaire;
  initialFacts: Facts;
  resultPath?: (id: string) => string;
}) {
  const navigate = useNavigate();
  const [submit, { error, loading }] = useMutation(PmeSubmitDiagnosticMutation);
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [facts, setFacts] = useState<Facts>(initialFacts);
  const [unanswered, setUnanswered] = useState<string[]>([]);
  // One key per content: sending the same answers again (an answer lost) names the first result; changed answers
  // are another diagnostic.
  const [clientKey, setClientKey] = useState(newClientKey);
  useEffect(() => setClientKey(newClientKey()), [answers, facts]);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const steps = [...questionnaire.themes.map((t) => t.name), 'Votre entreprise'];
  const theme = questionnaire.themes[step];
  const questions = theme ? questionnaire.questions.filter((q) => q.theme === theme.theme) : [];
  const isLast = step === steps.length - 1;

  // Each new step takes the focus, so keyboard and screen reader users start at its title.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const toggle = (questionId: string, choice: { id: string; exclusive: boolean }, multiple: boolean) =>
    setAnswers((current) => {
      const chosen = current[questionId] ?? [];
      if (!multiple) return { ...current, [questionId]: [choice.id] };
      if (chosen.includes(choice.id))
        return { ...current, [questionId]: chosen.filter((id) => id !== choice.id) };
      // A "none of these" choice cannot be combined with another one.
      const exclusiveIds = questionnaire.questions
        .find((q) => q.id === questionId)
        ?.choices.filter((c) => c.exclusive)
        .map((c) => c.id);
      const kept = choice.exclusive ? [] : chosen.filter((id) => !exclusiveIds?.includes(id));
      return { ...current, [questionId]: [...kept, choice.id] };
    });

  // Each refused step shows all its errors at once and moves the focus to the first.
  const [refusals, setRefusals] = useState(0);
  const formRef = useFocusFirstError(refusals, error);

  const next = async (event: FormEvent) => {
    event.preventDefault();
    if (!isLast) {
      const missing = questions.filter((q) => !(answers[q.id]?.length ?? 0)).map((q) => q.id);
      setUnanswered(missing);
      if (missing.length === 0) setStep(step + 1);
      else setRefusals((n) => n + 1);
      return;
    }
    const missing = ['sizeBand', 'nafCode', 'clientele', 'communeCode'].filter(
      (field) => !facts[field as keyof Facts],
    );
    setUnanswered(missing);
    if (missing.length > 0) setRefusals((n) => n + 1);
    if (missing.length > 0 || !facts.sizeBand || !facts.clientele) return;
    const result = await submit({
      input: {
        answers: questionnaire.questions.map((q) => ({ questionId: q.id, choiceIds: answers[q.id] ?? [] })),
        companyFacts: {
          sizeBand: facts.sizeBand,
          nafCode: normalizeNafCode(facts.nafCode),
          clientele: facts.clientele,
          communeCode: facts.communeCode,
        },
        clientKey,
      },
    });
    if (result) void navigate(resultPath(result.submitDiagnostic.id));
  };

  const missingMessage = 'Répondez à cette question pour continuer.';
  return (
    <form ref={formRef} onSubmit={next} aria-label="Questionnaire du diagnostic" noValidate>
      <Stepper
        currentStep={step + 1}
        stepCount={steps.length}
        title={
          <span ref={stepHeading} tabIndex={-1}>
            {steps[step]}
          </span>
        }
        nextTitle={steps[step + 1]}
      />
      {questions.map((question) => {
        const chosen = answers[question.id] ?? [];
        const invalid = unanswered.includes(question.id);
        const options = question.choices.map((choice) => ({
          label: choice.text,
          nativeInputProps: {
            name: question.id,
            value: choice.id,
            checked: chosen.includes(choice.id),
            onChange: () => toggle(question.id, choice, question.multiple),
          },
        }));
        return question.multiple ? (
          <Checkbox
            key={question.id}
            legend={question.text}
            hintText="Plusieurs réponses possibles"
            options={options}
            state={invalid ? 'error' : 'default'}
            stateRelatedMessage={invalid ? missingMessage : undefined}
          />
        ) : (
          <RadioButtons
            key={question.id}
            legend={question.text}
            options={options}
            state={invalid ? 'error' : 'default'}
            stateRelatedMessage={invalid ? missingMessage : undefined}
          />
        );
      })}
      {isLast && (
        <>
          <p>Ces informations servent à vous comparer à des entreprises qui vous ressemblent.</p>
          <Select
            label="Taille de l’entreprise"
            state={unanswered.includes('sizeBand') ? 'error' : 'default'}
            stateRelatedMessage={unanswered.includes('sizeBand') ? 'Choisissez une taille.' : undefined}
            nativeSelectProps={{
              value: facts.sizeBand,
              onChange: (e) => setFacts({ ...facts, sizeBand: e.target.value as SizeBand | '' }),
            }}
          >
            <option value="">Choisir</option>
            {SIZE_BANDS.map((band) => (
              <option key={band} value={band}>
                {sizeBandLabels[band]}
              </option>
            ))}
          </Select>
          <NafField
            value={facts.nafCode}
            onChange={(nafCode) => setFacts({ ...facts, nafCode })}
            errorMessage={
              error?.fieldMessage('input.companyFacts.nafCode') ??
              (unanswered.includes('nafCode') ? 'Indiquez le code NAF.' : undefined)
            }
          />
          <RadioButtons
            legend="Vos clients sont"
            orientation="horizontal"
            state={unanswered.includes('clientele') ? 'error' : 'default'}
            stateRelatedMessage={unanswered.includes('clientele') ? 'Choisissez une réponse.' : undefined}
            options={CLIENTELES.map((clientele) => ({
              label: clienteleLabels[clientele],
              nativeInputProps: {
                name: 'clientele',
                checked: facts.clientele === clientele,
                onChange: () => setFacts({ ...facts, clientele }),
              },
            }))}
          />
          <CommuneField
            label="Commune de l’entreprise"
            value={facts.communeCode}
            onChange={(communeCode) => setFacts({ ...facts, communeCode })}
            errorMessage={
              unanswered.includes('communeCode')
                ? 'Choisissez la commune dans la liste.'
                : error?.fieldMessage('input.companyFacts.communeCode')
            }
          />
        </>
      )}
      {error && <ApiErrorAlert error={error} className="fr-mb-3w" />}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {step > 0 && (
          <li>
            <Button type="button" priority="secondary" onClick={() => setStep(step - 1)}>
              Étape précédente
            </Button>
          </li>
        )}
        <li>
          <Button type="submit" disabled={loading}>
            {isLast ? 'Voir mon résultat' : 'Étape suivante'}
          </Button>
        </li>
      </ul>
    </form>
  );
}
