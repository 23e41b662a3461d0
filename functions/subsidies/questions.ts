import * as z from 'zod';
import { lazySchema } from '../shared/lazy-schema.js';
import { text } from '../shared/validation.js';

/**
 * A programme's own eligibility questions: rules the programme's fields cannot express ("shop under 200 m² in one of
 * the listed sectors", "a consulting step was done first", "at most 5 days of service"), kept as data on the
 * programme, answered on the file, and judged by `evaluateEligibility` like every other rule.
 */
export type QuestionKind = 'YES_NO' | 'NUMBER' | 'CHOICE';

export type ProgramQuestion = {
  id: string;
  label: string;
  kind: QuestionKind;
  /** Unanswered: fails when required, passes (nothing to judge) otherwise. */
  required: boolean;
  /** YES_NO: the answer the rule wants. */
  requiredAnswer?: boolean;
  /** NUMBER: inclusive bounds, either may be absent. */
  min?: number;
  max?: number;
  unit?: string;
  /** CHOICE: every option offered, and those that meet the rule. */
  choices?: string[];
  acceptedChoices?: string[];
};

export type QuestionAnswer = { questionId: string; yes?: boolean; number?: number; choice?: string };

export const MAX_QUESTIONS = 20;

const questionId = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,39}$/,
      'Identifiant de question : lettres minuscules, chiffres et tirets (40 au plus).',
    ),
);
const option = lazySchema(() => text('Option', 200, 1));
const bound = lazySchema(() => z.number().finite().min(-1e12).max(1e12));

const questionInput = lazySchema(() =>
  z
    .object({
      id: questionId,
      label: text('Question', 500, 5),
      kind: z.enum(['YES_NO', 'NUMBER', 'CHOICE']),
      required: z
        .boolean()
        .nullish()
        .transform((v) => v ?? true),
      requiredAnswer: z
        .boolean()
        .nullish()
        .transform((v) => v ?? undefined),
      min: bound.nullish().transform((v) => v ?? undefined),
      max: bound.nullish().transform((v) => v ?? undefined),
      unit: text('Unité', 30, 1)
        .nullish()
        .transform((v) => v ?? undefined),
      choices: z
        .array(option)
        .max(50, 'Au plus 50 options.')
        .nullish()
        .transform((v) => v ?? undefined),
      acceptedChoices: z
        .array(option)
        .max(50, 'Au plus 50 options.')
        .nullish()
        .transform((v) => v ?? undefined),
    })
    .superRefine((q, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (q.kind === 'YES_NO' && q.requiredAnswer === undefined)
        issue('requiredAnswer', 'Question oui/non : indiquez la réponse exigée.');
      if (q.kind === 'NUMBER') {
        if (q.min === undefined && q.max === undefined)
          issue('max', 'Question numérique : indiquez un minimum, un maximum ou les deux.');
        if (q.min !== undefined && q.max !== undefined && q.max < q.min)
          issue('max', 'Le maximum est sous le minimum.');
      }
      if (q.kind === 'CHOICE') {
        if (!q.choices || q.choices.length < 2) issue('choices', 'Question à choix : au moins deux options.');
        else if (new Set(q.choices).size !== q.choices.length) issue('choices', 'Option en double.');
        if (!q.acceptedChoices?.length)
          issue('acceptedChoices', 'Question à choix : au moins une option acceptée.');
        else if (q.acceptedChoices.some((c) => !q.choices?.includes(c)))
          issue('acceptedChoices', 'Une option acceptée ne figure pas parmi les options.');
      }
    })
    .transform((q): ProgramQuestion => {
      // Only the fields of the question's kind are kept.
      const base = { id: q.id, label: q.label, kind: q.kind, required: q.required };
      if (q.kind === 'YES_NO') return { ...base, requiredAnswer: q.requiredAnswer! };
      if (q.kind === 'CHOICE') return { ...base, choices: q.choices!, acceptedChoices: q.acceptedChoices! };
      return {
        ...base,
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.unit !== undefined ? { unit: q.unit } : {}),
      };
    }),
);

export const questionsInput = lazySchema(() =>
  z
    .array(questionInput)
    .max(MAX_QUESTIONS, `Au plus ${MAX_QUESTIONS} questions.`)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'Identifiant de question en double.'),
);

export const answersInput = lazySchema(() =>
  z
    .array(
      z
        .object({
          questionId,
          yes: z
            .boolean()
            .nullish()
            .transform((v) => v ?? undefined),
          number: bound.nullish().transform((v) => v ?? undefined),
          choice: option.nullish().transform((v) => v ?? undefined),
        })
        .refine(
          (a) => [a.yes, a.number, a.choice].filter((v) => v !== undefined).length === 1,
          'Une réponse : exactement un champ parmi yes, number et choice.',
        )
        .transform((a): QuestionAnswer => {
          const answer: QuestionAnswer = { questionId: a.questionId };
          if (a.yes !== undefined) answer.yes = a.yes;
          if (a.number !== undefined) answer.number = a.number;
          if (a.choice !== undefined) answer.choice = a.choice;
          return answer;
        }),
    )
    .max(MAX_QUESTIONS, `Au plus ${MAX_QUESTIONS} réponses.`)
    .refine(
      (as) => new Set(as.map((a) => a.questionId)).size === as.length,
      'Deux réponses à la même question.',
    ),
);

const frNumber = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(n);
const withUnit = (n: number, unit?: string) => `${frNumber(n)}${unit ? ` ${unit}` : ''}`;

function numberRule(q: ProgramQuestion): string {
  if (q.min !== undefined && q.max !== undefined)
    return `entre ${withUnit(q.min, q.unit)} et ${withUnit(q.max, q.unit)}`;
  if (q.max !== undefined) return `au plus ${withUnit(q.max, q.unit)}`;
  return `au moins ${withUnit(q.min!, q.unit)}`;
}

export type QuestionCheck = { questionId: string; passed: boolean; message: string };

/** One question judged against its answer (absent: unanswered), with a French message quoting the question. */
export function judgeQuestion(q: ProgramQuestion, answer: QuestionAnswer | undefined): QuestionCheck {
  const verdict = (passed: boolean, detail: string) => ({
    questionId: q.id,
    passed,
    message: `« ${q.label} » : ${detail}`,
  });
  const given = q.kind === 'YES_NO' ? answer?.yes : q.kind === 'NUMBER' ? answer?.number : answer?.choice;
  if (given === undefined) {
    return q.required
      ? verdict(false, 'réponse obligatoire, non donnée.')
      : verdict(true, 'question facultative, sans réponse.');
  }
  if (q.kind === 'YES_NO') {
    const expected = q.requiredAnswer ? 'oui' : 'non';
    return answer!.yes === q.requiredAnswer
      ? verdict(true, `réponse « ${expected} », comme exigé.`)
      : verdict(false, `le programme exige la réponse « ${expected} ».`);
  }
  if (q.kind === 'NUMBER') {
    const n = answer!.number!;
    const passed = (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);
    return verdict(passed, `réponse ${withUnit(n, q.unit)} ; attendu : ${numberRule(q)}.`);
  }
  const choice = answer!.choice!;
  return q.acceptedChoices?.includes(choice)
    ? verdict(true, `« ${choice} » fait partie des réponses acceptées.`)
    : verdict(
        false,
        `« ${choice} » n’est pas accepté (réponses acceptées : ${(q.acceptedChoices ?? []).join(', ')}).`,
      );
}

/** Every question of a programme judged, in the programme's order. */
export function judgeQuestions(
  questions: readonly ProgramQuestion[] | undefined,
  answers: readonly QuestionAnswer[] | undefined,
): QuestionCheck[] {
  const byId = new Map((answers ?? []).map((a) => [a.questionId, a]));
  return (questions ?? []).map((q) => judgeQuestion(q, byId.get(q.id)));
}

/** Answers that do not fit the programme's questions (unknown question, or a value of another kind), by index. */
export function misfitAnswers(
  questions: readonly ProgramQuestion[] | undefined,
  answers: readonly QuestionAnswer[],
): { index: number; message: string }[] {
  const byId = new Map((questions ?? []).map((q) => [q.id, q]));
  return answers.flatMap((a, index) => {
    const q = byId.get(a.questionId);
    if (!q) return [{ index, message: `Le programme ne pose pas de question « ${a.questionId} ».` }];
    const fits =
      q.kind === 'YES_NO'
        ? a.yes !== undefined
        : q.kind === 'NUMBER'
          ? a.number !== undefined
          : a.choice !== undefined;
    if (!fits) {
      const expected =
        q.kind === 'YES_NO'
          ? 'yes (oui/non)'
          : q.kind === 'NUMBER'
            ? 'number (un nombre)'
            : 'choice (une option)';
      return [{ index, message: `« ${q.label} » attend une réponse ${expected}.` }];
    }
    if (q.kind === 'CHOICE' && !q.choices?.includes(a.choice!))
      return [{ index, message: `« ${a.choice} » n’est pas une option de « ${q.label} ».` }];
    return [];
  });
}
