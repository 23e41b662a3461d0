import * as z from 'zod';
import type { Clientele, SizeBand } from '../generated/resolvers-types.js';
import { communeCode } from '../shared/places.js';
import { communeByCode } from '../shared/geography.js';
import { isNafCode, NAF_CODE_MESSAGE, nafSection, normalizeNafCode } from '../shared/naf.js';
import type { QuestionnaireDefinition } from './questionnaire.js';
import { clientKeyInput } from '../shared/client-keys.js';
import { lazySchema } from '../shared/lazy-schema.js';

export const SIZE_BANDS = ['SOLO', 'MICRO', 'SMALL', 'MEDIUM'] as const satisfies readonly SizeBand[];
export const CLIENTELES = ['B2B', 'B2C', 'BOTH'] as const satisfies readonly Clientele[];

/** Headcount bounds of each band (INSEE's categories below 250 employees). */
export const SIZE_BAND_EMPLOYEES: Record<SizeBand, { min: number; max: number }> = {
  SOLO: { min: 0, max: 0 },
  MICRO: { min: 1, max: 9 },
  SMALL: { min: 10, max: 49 },
  MEDIUM: { min: 50, max: 249 },
};

export const nafCode = lazySchema(() =>
  z.string().transform(normalizeNafCode).refine(isNafCode, NAF_CODE_MESSAGE),
);

const id = lazySchema(() => z.string().trim().min(1).max(64));

const companyFacts = lazySchema(() =>
  z.object({
    sizeBand: z.enum(SIZE_BANDS),
    nafCode,
    clientele: z.enum(CLIENTELES),
    communeCode,
  }),
);

/** Facts as stored with a diagnostic: the place and sector are derived once, at submission. */
export type DiagnosticFacts = {
  sizeBand: SizeBand;
  nafCode: string;
  nafSection: string;
  clientele: Clientele;
  communeCode: string;
  departementCode: string;
  regionCode: string;
};

export type DiagnosticCommand = {
  /** One entry per question, in questionnaire order, choices in questionnaire order. */
  answers: { questionId: string; choiceIds: string[] }[];
  facts: DiagnosticFacts;
  /** The client's key of this diagnostic, if it gave one (shared/client-keys.ts). */
  clientKey?: string;
};

const submissionSchemas = new WeakMap<QuestionnaireDefinition, ReturnType<typeof submissionSchema>>();

/**
 * The submission checked against one questionnaire version: every question answered exactly once, known choices,
 * one choice for a single question, an exclusive "none" alone. Each problem is reported with its field path.
 * Built once per questionnaire and instance (questionnaires never change once published).
 */
export function submitDiagnosticInput(questionnaire: QuestionnaireDefinition) {
  let schema = submissionSchemas.get(questionnaire);
  if (!schema) submissionSchemas.set(questionnaire, (schema = submissionSchema(questionnaire)));
  return schema;
}

function submissionSchema(questionnaire: QuestionnaireDefinition) {
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const answers = z
    .array(z.object({ questionId: id, choiceIds: z.array(id).max(20) }))
    .max(100)
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((answer, i) => {
        const question = questions.get(answer.questionId);
        const path = [i];
        if (!question) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'questionId'],
            message: `Question inconnue : ${answer.questionId}.`,
          });
          return;
        }
        if (seen.has(answer.questionId)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'questionId'],
            message: `Question ${answer.questionId} déjà répondue (réponse ${seen.get(answer.questionId)}).`,
          });
          return;
        }
        seen.set(answer.questionId, i);
        const choices = new Map(question.choices.map((c) => [c.id, c]));
        if (answer.choiceIds.length === 0)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'choiceIds'],
            message: 'Au moins un choix est attendu.',
          });
        if (!question.multiple && answer.choiceIds.length > 1)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'choiceIds'],
            message: 'Un seul choix pour cette question.',
          });
        answer.choiceIds.forEach((choiceId, j) => {
          const choice = choices.get(choiceId);
          if (!choice)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'choiceIds', j],
              message: `Choix inconnu : ${choiceId}.`,
            });
          else if (answer.choiceIds.indexOf(choiceId) !== j)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'choiceIds', j],
              message: `Choix en double : ${choiceId}.`,
            });
          else if (choice.exclusive && answer.choiceIds.length > 1)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'choiceIds', j],
              message: `« ${choice.text} » ne se combine pas avec un autre choix.`,
            });
        });
      });
      const missing = questionnaire.questions.filter((q) => !seen.has(q.id)).map((q) => q.id);
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `Questions sans réponse : ${missing.join(', ')}.`,
        });
    });
  return z
    .object({ answers, companyFacts, clientKey: clientKeyInput })
    .transform(({ answers, companyFacts: facts, clientKey }): DiagnosticCommand => {
      const byQuestion = new Map(answers.map((a) => [a.questionId, new Set(a.choiceIds)]));
      const commune = communeByCode(facts.communeCode)!;
      return {
        answers: questionnaire.questions.map((q) => ({
          questionId: q.id,
          choiceIds: q.choices.filter((c) => byQuestion.get(q.id)?.has(c.id)).map((c) => c.id),
        })),
        facts: {
          sizeBand: facts.sizeBand,
          nafCode: facts.nafCode,
          nafSection: nafSection(facts.nafCode),
          clientele: facts.clientele,
          communeCode: commune.code,
          departementCode: commune.departementCode,
          regionCode: commune.regionCode,
        },
        ...(clientKey ? { clientKey } : {}),
      };
    });
}
