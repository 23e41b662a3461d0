import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { SubsidyProgramQuestionInput, SubsidyQuestionKind } from '../../../generated/graphql';

/** A programme question as the form holds it (numbers as typed, options one per line). */
export type QuestionDraft = {
  key: string;
  /** Kept for a question already saved; derived from the label for a new one. */
  id: string;
  label: string;
  kind: SubsidyQuestionKind;
  required: boolean;
  requiredAnswer: boolean;
  min: string;
  max: string;
  unit: string;
  choices: string;
  acceptedChoices: string[];
};

/** A question as the API sends it back. */
export type QuestionView = {
  id: string;
  label: string;
  kind: SubsidyQuestionKind;
  required: boolean;
  requiredAnswer?: boolean | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  choices?: string[] | null;
  acceptedChoices?: string[] | null;
};

const KIND_LABELS: Record<SubsidyQuestionKind, string> = {
  YES_NO: 'Oui / non',
  NUMBER: 'Nombre',
  CHOICE: 'Choix dans une liste',
};

let nextKey = 0;
const newKey = () => `question-${++nextKey}`;
const numberText = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n).replace('.', ',');
const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const slugOf = (label: string) =>
  label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '') || 'question';

export const questionDraftsOf = (questions: readonly QuestionView[] | undefined): QuestionDraft[] =>
  (questions ?? []).map((q) => ({
    key: newKey(),
    id: q.id,
    label: q.label,
    kind: q.kind,
    required: q.required,
    requiredAnswer: q.requiredAnswer ?? true,
    min: numberText(q.min),
    max: numberText(q.max),
    unit: q.unit ?? '',
    choices: (q.choices ?? []).join('\n'),
    acceptedChoices: q.acceptedChoices ?? [],
  }));

/** The question as the API takes it, keeping only the fields of its kind (as the API stores it). */
export function questionInputsOf(
  drafts: readonly QuestionDraft[],
): { questions: SubsidyProgramQuestionInput[] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const used = new Set<string>();
  const questions = drafts.map((d, i): SubsidyProgramQuestionInput => {
    const label = d.label.trim();
    if (label.length < 5) errors[`${i}.label`] = 'La question, en quelques mots (5 caractères au moins).';
    let id = d.id || slugOf(label);
    for (let n = 2; used.has(id); n++) id = `${slugOf(label).slice(0, 36)}-${n}`;
    used.add(id);
    const base = { id, label, kind: d.kind, required: d.required };
    if (d.kind === 'YES_NO') return { ...base, requiredAnswer: d.requiredAnswer };
    if (d.kind === 'CHOICE') {
      const choices = optionsOf(d.choices);
      const accepted = choices.filter((c) => d.acceptedChoices.includes(c));
      if (choices.length < 2) errors[`${i}.choices`] = 'Au moins deux options, une par ligne.';
      else if (accepted.length === 0) errors[`${i}.acceptedChoices`] = 'Cochez au moins une option acceptée.';
      return { ...base, choices, acceptedChoices: accepted };
    }
    const bound = (field: 'min' | 'max') => {
      const text = d[field].trim().replace(/\s/g, '').replace(',', '.');
      if (!text) return undefined;
      if (!/^-?\d+(\.\d+)?$/.test(text)) errors[`${i}.${field}`] = 'Un nombre, par exemple 200 ou 4,5.';
      return Number(text);
    };
    const min = bound('min');
    const max = bound('max');
    if (min === undefined && max === undefined) errors[`${i}.max`] = 'Un minimum, un maximum ou les deux.';
    return {
      ...base,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(d.unit.trim() ? { unit: d.unit.trim() } : {}),
    };
  });
  return Object.keys(errors).length ? { errors } : { questions };
}

/** Saved questions in the shape `questionInputsOf` gives, to tell whether the form changed them. */
export const questionsAsInputs = (questions: readonly QuestionView[]): SubsidyProgramQuestionInput[] => {
  const read = questionInputsOf(questionDraftsOf(questions));
  return 'questions' in read ? read.questions : [];
};

const blank = (): QuestionDraft => ({
  key: newKey(),
  id: '',
  label: '',
  kind: 'YES_NO',
  required: true,
  requiredAnswer: true,
  min: '',
  max: '',
  unit: '',
  choices: '',
  acceptedChoices: [],
});

/**
 * The programme's own eligibility questions, for conditions the other rules cannot express ("magasin de moins de
 * 200 m²", "une étape de conseil a eu lieu", "5 jours de prestation au plus"): each with the answer it requires.
 */
export function ProgramQuestionsFields({
  questions,
  onChange,
  messageOf,
}: {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  /** The message of a field (`<index>.<field>`), from the form's check or the API. */
  messageOf: (path: string) => string | undefined;
}) {
  const patch = (key: string, change: Partial<QuestionDraft>) =>
    onChange(questions.map((q) => (q.key === key ? { ...q, ...change } : q)));
  const input = (q: QuestionDraft, i: number, field: 'label' | 'min' | 'max' | 'unit', label: string) => {
    const message = messageOf(`${i}.${field}`);
    return (
      <Input
        label={label}
        state={message ? 'error' : 'default'}
        stateRelatedMessage={message}
        nativeInputProps={{
          value: q[field],
          inputMode: field === 'min' || field === 'max' ? 'decimal' : 'text',
          onChange: (event) => patch(q.key, { [field]: event.target.value }),
        }}
      />
    );
  };
  return (
    <section className="fr-mt-4w" aria-label="Questions du programme">
      <h2 className="fr-h5">Questions posées au demandeur</h2>
      <p className="fr-text--sm">
        Pour les conditions que les règles ci-dessus n’expriment pas : la réponse exigée est vérifiée au
        dépôt.
      </p>
      {questions.map((q, i) => {
        const choices = optionsOf(q.choices);
        return (
          <fieldset key={q.key} className="fr-fieldset fr-mb-2w" aria-label={`Question ${i + 1}`}>
            <legend className="fr-fieldset__legend">Question {i + 1}</legend>
            <div className="fr-fieldset__content" style={{ width: '100%' }}>
              {input(q, i, 'label', 'Intitulé de la question')}
              <Select
                label="Type de réponse"
                nativeSelectProps={{
                  value: q.kind,
                  onChange: (event) => patch(q.key, { kind: event.target.value as SubsidyQuestionKind }),
                }}
              >
                {(Object.keys(KIND_LABELS) as SubsidyQuestionKind[]).map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </Select>
              {q.kind === 'YES_NO' && (
                <Select
                  label="Réponse exigée"
                  nativeSelectProps={{
                    value: q.requiredAnswer ? 'oui' : 'non',
                    onChange: (event) => patch(q.key, { requiredAnswer: event.target.value === 'oui' }),
                  }}
                >
                  <option value="oui">Oui</option>
                  <option value="non">Non</option>
                </Select>
              )}
              {q.kind === 'NUMBER' && (
                <div className="fr-grid-row fr-grid-row--gutters">
                  <div className="fr-col-12 fr-col-md-4">{input(q, i, 'min', 'Au moins')}</div>
                  <div className="fr-col-12 fr-col-md-4">{input(q, i, 'max', 'Au plus')}</div>
                  <div className="fr-col-12 fr-col-md-4">{input(q, i, 'unit', 'Unité (m², jours…)')}</div>
                </div>
              )}
              {q.kind === 'CHOICE' && (
                <>
                  <Input
                    textArea
                    label="Options proposées, une par ligne"
                    state={messageOf(`${i}.choices`) ? 'error' : 'default'}
                    stateRelatedMessage={messageOf(`${i}.choices`)}
                    nativeTextAreaProps={{
                      value: q.choices,
                      rows: 4,
                      onChange: (event) => patch(q.key, { choices: event.target.value }),
                    }}
                  />
                  {choices.length > 0 && (
                    <Checkbox
                      legend="Options acceptées"
                      state={messageOf(`${i}.acceptedChoices`) ? 'error' : 'default'}
                      stateRelatedMessage={messageOf(`${i}.acceptedChoices`)}
                      options={choices.map((choice) => ({
                        label: choice,
                        nativeInputProps: {
                          checked: q.acceptedChoices.includes(choice),
                          onChange: (event) =>
                            patch(q.key, {
                              acceptedChoices: event.target.checked
                                ? [...q.acceptedChoices, choice]
                                : q.acceptedChoices.filter((c) => c !== choice),
                            }),
                        },
                      }))}
                    />
                  )}
                </>
              )}
              <Checkbox
                options={[
                  {
                    label: 'Réponse obligatoire',
                    nativeInputProps: {
                      checked: q.required,
                      onChange: (event) => patch(q.key, { required: event.target.checked }),
                    },
                  },
                ]}
              />
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => onChange(questions.filter((other) => other.key !== q.key))}
              >
                Retirer la question {i + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => onChange([...questions, blank()])}
      >
        Ajouter une question
      </Button>
    </section>
  );
}
