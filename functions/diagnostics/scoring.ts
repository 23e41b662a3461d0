import type { MaturityTheme } from '../generated/resolvers-types.js';
import { MATURITY_THEMES, maxPoints, type QuestionnaireDefinition } from './questionnaire.js';

export type ThemeScoreRecord = { theme: MaturityTheme; score: number };
export type Score = { themeScores: ThemeScoreRecord[]; overallScore: number };

/** Answers already checked against the questionnaire: one entry per question, known choice ids. */
export type CheckedAnswers = ReadonlyMap<string, readonly string[]>;

/**
 * A theme scores the share of its questions' points obtained (0–100, rounded); a multiple question gives the sum
 * of its ticked choices, up to its maximum. The overall score is the rounded mean of the six theme scores, so each
 * theme weighs the same whatever its number of questions.
 */
export function scoreAnswers(questionnaire: QuestionnaireDefinition, answers: CheckedAnswers): Score {
  const themeScores = MATURITY_THEMES.map((theme) => {
    let obtained = 0;
    let possible = 0;
    for (const question of questionnaire.questions.filter((q) => q.theme === theme)) {
      const chosen = new Set(answers.get(question.id) ?? []);
      const points = question.choices.filter((c) => chosen.has(c.id)).reduce((sum, c) => sum + c.points, 0);
      const max = maxPoints(question);
      obtained += Math.min(points, max);
      possible += max;
    }
    return { theme, score: possible === 0 ? 0 : Math.round((100 * obtained) / possible) };
  });
  const overallScore = Math.round(themeScores.reduce((sum, t) => sum + t.score, 0) / themeScores.length);
  return { themeScores, overallScore };
}

/** The weakest themes first (ties in questionnaire order): where advice and connecteurs should help. */
export function focusThemes(themeScores: readonly ThemeScoreRecord[], count = 2): MaturityTheme[] {
  return [...themeScores]
    .map((t, i) => ({ ...t, i }))
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .slice(0, count)
    .map((t) => t.theme);
}
