import type { MaturityLevel } from '../generated/resolvers-types.js';

/**
 * The playful four-step scale, on the segments of France Num's yearly barometer
 * (réfractaires, potentiels, dynamiques, matures). Thresholds are on the overall score, 0–100.
 */
export type LevelInfo = {
  level: MaturityLevel;
  name: string;
  description: string;
  minScore: number;
  maxScore: number;
};

export const LEVELS: readonly LevelInfo[] = [
  {
    level: 'RELUCTANT',
    name: 'Premiers pas',
    description:
      'Le numérique est encore discret chez vous : chaque petit pas compte, et le premier est souvent le plus utile.',
    minScore: 0,
    maxScore: 24,
  },
  {
    level: 'POTENTIAL',
    name: 'Explorateur',
    description:
      'Les bases sont là. Quelques outils bien choisis peuvent vite vous faire gagner du temps et des clients.',
    minScore: 25,
    maxScore: 49,
  },
  {
    level: 'DYNAMIC',
    name: 'Connecté',
    description:
      'Le numérique travaille déjà pour vous. De quoi viser plus loin : nouveaux canaux, nouveaux marchés.',
    minScore: 50,
    maxScore: 74,
  },
  {
    level: 'MATURE',
    name: 'Champion du numérique',
    description: 'Vous êtes parmi les plus avancés : votre expérience peut inspirer d’autres entreprises.',
    minScore: 75,
    maxScore: 100,
  },
];

export function levelOf(overallScore: number): LevelInfo {
  return [...LEVELS].reverse().find((l) => overallScore >= l.minScore) ?? LEVELS[0]!;
}

export const levelInfo = (level: MaturityLevel): LevelInfo => LEVELS.find((l) => l.level === level)!;

/** The next step up, or undefined at the top. */
export function nextLevel(level: MaturityLevel): LevelInfo | undefined {
  const index = LEVELS.findIndex((l) => l.level === level);
  return LEVELS[index + 1];
}
