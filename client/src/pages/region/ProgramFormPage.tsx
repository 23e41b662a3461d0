import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type {
  AgentProgramRulesQuery,
  OpenSubsidyProgramInput,
  UpdateSubsidyProgramInput,
} from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/SessionProvider';
import { isCalendarDay, parisDay, parisDayEndsAt, parisDayStartsAt } from '../../labels/paris-time';
import { NotFoundPage } from '../NotFoundPage';
import { centsToEuroInput, parseEuroInput } from '../../labels/euro-input';
import {
  ProgramQuestionsFields,
  questionDraftsOf,
  questionInputsOf,
  questionsAsInputs,
  type QuestionDraft,
} from './ProgramQuestionsFields';
import { MissingRegionAlert } from './RegionProgramsPage';

const AgentProgramRulesQueryDocument = graphql(`
  query AgentProgramRules($id: ID!) {
    subsidyProgram(id: $id) {
      id
      regionCode
      name
      managingBody
      opensAt
      closesAt
      envelopeCents
      aidRateBasisPoints
      investmentFloorCents
      investmentCeilingCents
      aidFloorCents
      aidCeilingCents
      localProvidersOnly
      attestationRequired
      questions {
        id
        label
        kind
        required
        requiredAnswer
        min
        max
        unit
        choices
        acceptedChoices
      }
      version
    }
  }
`);

const AgentOpenProgramMutation = graphql(`
  mutation AgentOpenProgram($input: OpenSubsidyProgramInput!) {
    openSubsidyProgram(input: $input) {
      id
    }
  }
`);

const AgentUpdateProgramMutation = graphql(`
  mutation AgentUpdateProgram($id: ID!, $input: UpdateSubsidyProgramInput!, $expectedVersion: Int!) {
    updateSubsidyProgram(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

type Program = NonNullable<AgentProgramRulesQuery['subsidyProgram']>;

/** The form's fields, as typed (amounts in euros, the rate in percent, dates as days). */
type Draft = {
  name: string;
  managingBody: string;
  opensOn: string;
  closesOn: string;
  envelope: string;
  ratePercent: string;
  investmentFloor: string;
  investmentCeiling: string;
  aidFloor: string;
  aidCeiling: string;
  localProvidersOnly: boolean;
  attestationRequired: boolean;
  questions: QuestionDraft[];
};

/** The rules as the API takes them (the fields this form edits). */
type Rules = Omit<OpenSubsidyProgramInput, 'regionCode'>;

const draftOf = (program: Program | undefined): Draft => ({
  name: program?.name ?? '',
  managingBody: program?.managingBody ?? '',
  opensOn: program ? parisDay(program.opensAt) : '',
  closesOn: program ? parisDay(new Date(Date.parse(program.closesAt) - 1)) : '',
  envelope: program ? centsToEuroInput(program.envelopeCents) : '',
  ratePercent: program ? String(program.aidRateBasisPoints / 100).replace('.', ',') : '50',
  investmentFloor: program ? centsToEuroInput(program.investmentFloorCents) : '',
  investmentCeiling: program ? centsToEuroInput(program.investmentCeilingCents) : '',
  aidFloor: program ? centsToEuroInput(program.aidFloorCents) : '',
  aidCeiling: program ? centsToEuroInput(program.aidCeilingCents) : '',
  localProvidersOnly: program?.localProvidersOnly ?? false,
  attestationRequired: program?.attestationRequired ?? false,
  questions: questionDraftsOf(program?.questions),
});

type FieldName = keyof Rules;

/** The draft as API rules, or the French message of each field typed wrong. */
function readDraft(
  draft: Draft,
):
  { rules: Rules } | { errors: Partial<Record<FieldName, string>>; questionErrors?: Record<string, string> } {
  const errors: Partial<Record<FieldName, string>> = {};
  const questions = questionInputsOf(draft.questions);
  const euros = (field: FieldName, text: string, allowZero: boolean) => {
    const cents = parseEuroInput(text, { allowZero });
    if (cents === undefined) errors[field] = 'Un montant en euros, par exemple 2 000,00.';
    return cents ?? 0;
  };
  const rate = Number(draft.ratePercent.trim().replace(',', '.'));
  if (!(rate > 0 && rate <= 100))
    errors.aidRateBasisPoints = 'Un pourcentage entre 0 et 100, par exemple 50.';
  if (!isCalendarDay(draft.opensOn)) errors.opensAt = 'Le premier jour de dépôt.';
  if (!isCalendarDay(draft.closesOn)) errors.closesAt = 'Le dernier jour de dépôt.';
  const rules: Rules = {
    name: draft.name.trim(),
    managingBody: draft.managingBody.trim(),
    opensAt: isCalendarDay(draft.opensOn) ? parisDayStartsAt(draft.opensOn) : '',
    closesAt: isCalendarDay(draft.closesOn) ? parisDayEndsAt(draft.closesOn) : '',
    envelopeCents: euros('envelopeCents', draft.envelope, false),
    aidRateBasisPoints: Math.round(rate * 100),
    investmentFloorCents: euros('investmentFloorCents', draft.investmentFloor, true),
    investmentCeilingCents: euros('investmentCeilingCents', draft.investmentCeiling, false),
    aidFloorCents: euros('aidFloorCents', draft.aidFloor, true),
    aidCeilingCents: euros('aidCeilingCents', draft.aidCeiling, false),
    localProvidersOnly: draft.localProvidersOnly,
    attestationRequired: draft.attestationRequired,
    questions: 'questions' in questions ? questions.questions : [],
  };
  if ('errors' in questions) return { errors, questionErrors: questions.errors };
  return Object.keys(errors).length > 0 ? { errors } : { rules };
}

/** Only what changed: fields left out of an update are unchanged. */
function changesOf(program: Program, rules: Rules): UpdateSubsidyProgramInput {
  const before: Rules = {
    name: program.name,
    managingBody: program.managingBody,
    opensAt: program.opensAt,
    closesAt: program.closesAt,
    envelopeCents: program.envelopeCents,
    aidRateBasisPoints: program.aidRateBasisPoints,
    investmentFloorCents: program.investmentFloorCents,
    investmentCeilingCents: program.investmentCeilingCents,
    aidFloorCents: program.aidFloorCents,
    aidCeilingCents: program.aidCeilingCents,
    localProvidersOnly: program.localProvidersOnly,
    attestationRequired: program.attestationRequired,
    questions: program.questions,
  };
  const same = (field: FieldName) =>
    field === 'questions'
      ? JSON.stringify(rules.questions) === JSON.stringify(questionsAsInputs(program.questions))
      : rules[field] === before[field];
  const unchangedDay = (field: 'opensAt' | 'closesAt') =>
    draftOf(program)[field === 'opensAt' ? 'opensOn' : 'closesOn'] ===
    parisDay(new Date(Date.parse(rules[field]) - (field === 'closesAt' ? 1 : 0)));
  return Object.fromEntries(
    (Object.keys(rules) as FieldName[])
      .filter((field) => (field === 'opensAt' || field === 'closesAt' ? !unchangedDay(field) : !same(field)))
      .map((field) => [field, rules[field]]),
  );
}

/** `/region/programmes/nouveau` and `/region/programmes/:id/modifier`: a call's rules (the main ones). */
export function ProgramFormPage() {
  const { id } = useParams();
  const { data, error, loading } = useQuery(AgentProgramRulesQueryDocument, { id: id ?? '' }, { skip: !id });
  if (id && data && !data.subsidyProgram) return <NotFoundPage />;
  const program = data?.subsidyProgram ?? undefined;
  const title = id ? `Modifier ${program?.name ?? 'le programme'}` : 'Ouvrir un programme';
  return (
    <>
      <Breadcrumb
        currentPageLabel={id ? 'Modifier le programme' : 'Ouvrir un programme'}
        segments={[{ label: 'Programmes de la région', linkProps: { to: '/region/programmes' } }]}
      />
      <PageHeading title={title} />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {(!id || program) && <ProgramForm key={program?.version ?? 'new'} program={program} />}
    </>
  );
}

function ProgramForm({ program }: { program: Program | undefined }) {
  const regionCode = useSession().session?.regionCode;
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => draftOf(program));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [questionErrors, setQuestionErrors] = useState<Record<string, string>>({});
  const [open, openState] = useMutation(AgentOpenProgramMutation);
  const [update, updateState] = useMutation(AgentUpdateProgramMutation);
  const [nothingChanged, setNothingChanged] = useState(false);
  const apiError = openState.error ?? updateState.error;
  const form = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  // The first field typed wrong takes the focus once its message is shown.
  useEffect(() => {
    if (Object.keys(errors).length > 0)
      form.current?.querySelector<HTMLElement>('.fr-input-group--error input')?.focus();
  }, [errors]);

  if (!program && !regionCode) return <MissingRegionAlert />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNothingChanged(false);
    const read = readDraft(draft);
    if ('errors' in read) {
      setErrors(read.errors);
      setQuestionErrors(read.questionErrors ?? {});
      return;
    }
    setErrors({});
    setQuestionErrors({});
    if (program) {
      const input = changesOf(program, read.rules);
      if (Object.keys(input).length === 0) {
        setNothingChanged(true);
        return;
      }
      const saved = await update({ id: program.id, input, expectedVersion: program.version });
      if (saved) navigate(`/region/programmes/${program.id}`);
    } else {
      const opened = await open({ input: { ...read.rules, regionCode: regionCode ?? '' } });
      if (opened) navigate(`/region/programmes/${opened.openSubsidyProgram.id}`);
    }
  };

  const messageOf = (field: FieldName) => errors[field] ?? apiError?.fieldMessage(`input.${field}`);
  const field = (
    name: FieldName,
    label: string,
    value: string,
    onChange: (value: string) => void,
    extra: { hint?: string; type?: string; inputMode?: 'decimal' | 'text' } = {},
  ) => {
    const message = messageOf(name);
    return (
      <Input
        label={label}
        hintText={extra.hint}
        state={message ? 'error' : 'default'}
        stateRelatedMessage={message}
        nativeInputProps={{
          value,
          type: extra.type ?? 'text',
          inputMode: extra.inputMode,
          onChange: (event) => onChange(event.target.value),
        }}
      />
    );
  };

  return (
    <form ref={form} onSubmit={(event) => void submit(event)} noValidate aria-label="Règles du programme">
      {apiError && <ApiErrorAlert error={apiError} className="fr-mb-3w" />}
      {nothingChanged && <p role="status">Aucune modification à enregistrer.</p>}
      {program && (
        <p>
          Les dossiers déjà décidés gardent leur aide ; une enveloppe réduite doit encore couvrir les aides
          engagées et payées.
        </p>
      )}
      {field('name', 'Nom du programme', draft.name, (name) => change({ name }))}
      {field(
        'managingBody',
        'Organisme gestionnaire',
        draft.managingBody,
        (managingBody) => change({ managingBody }),
        {
          hint: 'Conseil régional, agence régionale de développement ou chambre consulaire',
        },
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          {field('opensAt', 'Premier jour de dépôt', draft.opensOn, (opensOn) => change({ opensOn }), {
            type: 'date',
          })}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field('closesAt', 'Dernier jour de dépôt', draft.closesOn, (closesOn) => change({ closesOn }), {
            type: 'date',
            hint: 'Les dépôts sont acceptés jusqu’à la fin de ce jour (heure de Paris)',
          })}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field(
            'envelopeCents',
            'Enveloppe (en euros)',
            draft.envelope,
            (envelope) => change({ envelope }),
            {
              inputMode: 'decimal',
            },
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field(
            'aidRateBasisPoints',
            'Taux d’aide (en %)',
            draft.ratePercent,
            (ratePercent) => change({ ratePercent }),
            {
              inputMode: 'decimal',
              hint: 'Part de l’investissement prise en charge, par exemple 50',
            },
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field(
            'investmentFloorCents',
            'Investissement minimal (en euros)',
            draft.investmentFloor,
            (investmentFloor) => change({ investmentFloor }),
            { inputMode: 'decimal' },
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field(
            'investmentCeilingCents',
            'Investissement pris en compte au plus (en euros)',
            draft.investmentCeiling,
            (investmentCeiling) => change({ investmentCeiling }),
            { inputMode: 'decimal' },
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field(
            'aidFloorCents',
            'Aide minimale (en euros)',
            draft.aidFloor,
            (aidFloor) => change({ aidFloor }),
            {
              inputMode: 'decimal',
            },
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field(
            'aidCeilingCents',
            'Aide maximale (en euros)',
            draft.aidCeiling,
            (aidCeiling) => change({ aidCeiling }),
            {
              inputMode: 'decimal',
            },
          )}
        </div>
      </div>
      <Checkbox
        className="fr-mt-3w"
        legend="Conditions"
        options={[
          {
            label: 'Prestataires de la région uniquement',
            nativeInputProps: {
              checked: draft.localProvidersOnly,
              onChange: (event) => change({ localProvidersOnly: event.target.checked }),
            },
          },
          {
            label: 'Projet attesté par un connecteur labellisé avant le dépôt',
            nativeInputProps: {
              checked: draft.attestationRequired,
              onChange: (event) => change({ attestationRequired: event.target.checked }),
            },
          },
        ]}
      />
      <ProgramQuestionsFields
        questions={draft.questions}
        onChange={(questions) => change({ questions })}
        messageOf={(path) => questionErrors[path] ?? apiError?.fieldMessage(`input.questions.${path}`)}
      />
      {!program && (
        <p className="fr-text--sm">
          Les autres règles prennent les valeurs du modèle national : moins de 50 salariés, entreprise
          indépendante, secteur numérique exclu, thèmes du chèque France Num, sans plafond par entreprise.
        </p>
      )}
      <Button type="submit" disabled={openState.loading || updateState.loading}>
        {program ? 'Enregistrer les modifications' : 'Ouvrir le programme'}
      </Button>
    </form>
  );
}
