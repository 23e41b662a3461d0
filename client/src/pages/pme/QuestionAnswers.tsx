import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import type { QuestionAnswer } from '../../../../functions/subsidies/questions';
import type { ProgramQuestionView } from './eligibility-preview';

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));
/** A decimal as typed in French (comma or dot), or undefined when it is not one. */
const parseNumber = (text: string): number | undefined => {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
};

/**
 * The programme's own questions on the applicant's draft: oui/non, a number (with its unit) or one option. Each
 * answer changes the eligibility preview at once; the rule it must meet is the programme's (checked by the same
 * function at submission).
 */
export function QuestionAnswers({
  questions,
  answers,
  onChange,
  fieldError,
}: {
  questions: readonly ProgramQuestionView[];
  answers: readonly QuestionAnswer[];
  onChange: (answers: QuestionAnswer[]) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  // Numbers as typed, so "4," can be on its way to "4,5".
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(answers.map((a) => [a.questionId, numberText(a.number)])),
  );
  const set = (questionId: string, answer: Omit<QuestionAnswer, 'questionId'> | undefined) =>
    onChange([
      ...answers.filter((a) => a.questionId !== questionId),
      ...(answer ? [{ questionId, ...answer }] : []),
    ]);
  const optional = (required: boolean) => (required ? undefined : 'Facultatif');
  if (questions.length === 0) return null;
  return (
    <>
      <h2 className="fr-h4 fr-mt-4w">Conditions du programme</h2>
      {questions.map((question, index) => {
        const answer = byId.get(question.id);
        const error = fieldError(`input.answers.${index}`);
        if (question.kind === 'YES_NO')
          return (
            <RadioButtons
              key={question.id}
              legend={question.label}
              hintText={optional(question.required)}
              name={`question-${question.id}`}
              orientation="horizontal"
              state={error ? 'error' : 'default'}
              stateRelatedMessage={error}
              options={[
                { label: 'Oui', value: 'oui' },
                { label: 'Non', value: 'non' },
              ].map(({ label, value }) => ({
                label,
                nativeInputProps: {
                  value,
                  checked: answer?.yes === (value === 'oui'),
                  onChange: () => set(question.id, { yes: value === 'oui' }),
                },
              }))}
            />
          );
        if (question.kind === 'NUMBER') {
          const text = texts[question.id] ?? numberText(answer?.number);
          const invalid = text.trim() !== '' && parseNumber(text) === undefined;
          return (
            <Input
              key={question.id}
              label={`${question.label}${question.unit ? ` (en ${question.unit})` : ''}`}
              hintText={optional(question.required)}
              state={invalid || error ? 'error' : 'default'}
              stateRelatedMessage={invalid ? 'Un nombre, par exemple 4 ou 4,5.' : error}
              nativeInputProps={{
                value: text,
                inputMode: 'decimal',
                onChange: (event) => {
                  const value = event.target.value;
                  setTexts((current) => ({ ...current, [question.id]: value }));
                  const n = parseNumber(value);
                  set(question.id, n === undefined ? undefined : { number: n });
                },
              }}
            />
          );
        }
        return (
          <Select
            key={question.id}
            label={question.label}
            hint={optional(question.required)}
            state={error ? 'error' : 'default'}
            stateRelatedMessage={error}
            nativeSelectProps={{
              value: answer?.choice ?? '',
              onChange: (event) =>
                set(question.id, event.target.value ? { choice: event.target.value } : undefined),
            }}
          >
            <option value="">Choisir</option>
            {(question.choices ?? []).map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </Select>
        );
      })}
    </>
  );
}
