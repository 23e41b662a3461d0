import { MIN_CONTRIBUTORS } from '../../functions/shared/disclosure.js';
import { describe, expect, it } from 'vitest';
import { submitDiagnosticInput } from '../../functions/diagnostics/inputs.js';
import { levelOf, LEVELS } from '../../functions/diagnostics/levels.js';
import { aggregateDeltas, positionAmongPeers } from '../../functions/diagnostics/peers.js';
import { QUESTIONNAIRE_V1, type QuestionnaireDefinition } from '../../functions/diagnostics/questionnaire.js';
import type { Contribution, PeerAggregateRecord } from '../../functions/diagnostics/records.js';
import { focusThemes, scoreAnswers } from '../../functions/diagnostics/scoring.js';
import { AppError } from '../../functions/shared/errors.js';
import { parseInput } from '../../functions/shared/validation.js';

/** A tiny questionnaire whose points are easy to reason about. */
const TINY: QuestionnaireDefinition = {
  version: 'test',
  estimatedMinutes: 1,
  questions: [
    {
      id: 'v1',
      theme: 'ONLINE_VISIBILITY',
      text: 'Site ?',
      multiple: false,
      choices: [
        { id: 'v1-no', text: 'Non', points: 0 },
        { id: 'v1-some', text: 'Un peu', points: 1 },
        { id: 'v1-yes', text: 'Oui', points: 3 },
      ],
    },
    {
      id: 'v2',
      theme: 'ONLINE_VISIBILITY',
      text: 'Où ?',
      multiple: true,
      choices: [
        { id: 'v2-a', text: 'A', points: 1 },
        { id: 'v2-b', text: 'B', points: 1 },
        { id: 'v2-none', text: 'Nulle part', points: 0, exclusive: true },
      ],
    },
    {
      id: 's1',
      theme: 'SECURITY',
      text: 'Sauvegarde ?',
      multiple: false,
      choices: [
        { id: 's1-no', text: 'Non', points: 0 },
        { id: 's1-yes', text: 'Oui', points: 2 },
      ],
    },
  ],
};

const answers = (entries: Record<string, string[]>) => new Map(Object.entries(entries));
const scoreOf = (theme: string, s: ReturnType<typeof scoreAnswers>) =>
  s.themeScores.find((t) => t.theme === theme)?.score;

describe('scoring', () => {
  it('scores a theme as the share of its points, a multiple question adding its ticked choices', () => {
    // Visibility: 1 + 2 out of 3 + 2 = 60 %; security: 2 out of 2.
    const score = scoreAnswers(TINY, answers({ v1: ['v1-some'], v2: ['v2-a', 'v2-b'], s1: ['s1-yes'] }));
    expect(scoreOf('ONLINE_VISIBILITY', score)).toBe(60);
    expect(scoreOf('SECURITY', score)).toBe(100);
  });

  it('averages the six themes equally, a theme without questions counting 0', () => {
    const score = scoreAnswers(TINY, answers({ v1: ['v1-yes'], v2: ['v2-a', 'v2-b'], s1: ['s1-yes'] }));
    // (100 + 100 + 0 × 4) / 6 = 33.3
    expect(score.overallScore).toBe(33);
  });

  it('gives 0 for the lowest answers and 100 for the best ones of the real questionnaire', () => {
    const lowest = new Map(
      QUESTIONNAIRE_V1.questions.map((q) => [
        q.id,
        [q.multiple ? q.choices.find((c) => c.exclusive)!.id : q.choices[0]!.id],
      ]),
    );
    const best = new Map(
      QUESTIONNAIRE_V1.questions.map((q) => [
        q.id,
        q.multiple
          ? q.choices.filter((c) => !c.exclusive).map((c) => c.id)
          : [q.choices.reduce((a, b) => (b.points > a.points ? b : a)).id],
      ]),
    );
    expect(scoreAnswers(QUESTIONNAIRE_V1, lowest).overallScore).toBe(0);
    const top = scoreAnswers(QUESTIONNAIRE_V1, best);
    expect(top.overallScore).toBe(100);
    expect(top.themeScores.every((t) => t.score === 100)).toBe(true);
  });

  it('has about twenty questions over the six themes', () => {
    expect(QUESTIONNAIRE_V1.questions.length).toBeGreaterThanOrEqual(18);
    expect(QUESTIONNAIRE_V1.questions.length).toBeLessThanOrEqual(24);
    expect(new Set(QUESTIONNAIRE_V1.questions.map((q) => q.theme)).size).toBe(6);
    const ids = QUESTIONNAIRE_V1.questions.flatMap((q) => [q.id, ...q.choices.map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points at the weakest themes first, ties in questionnaire order', () => {
    const themes = focusThemes([
      { theme: 'ONLINE_VISIBILITY', score: 50 },
      { theme: 'ONLINE_SALES', score: 10 },
      { theme: 'CUSTOMER_RELATIONSHIP', score: 30 },
      { theme: 'MANAGEMENT_TOOLS', score: 10 },
      { theme: 'SECURITY', score: 90 },
      { theme: 'SKILLS', score: 60 },
    ]);
    expect(themes).toEqual(['ONLINE_SALES', 'MANAGEMENT_TOOLS']);
  });
});

describe('levels', () => {
  it.each([
    [0, 'RELUCTANT'],
    [24, 'RELUCTANT'],
    [25, 'POTENTIAL'],
    [49, 'POTENTIAL'],
    [50, 'DYNAMIC'],
    [74, 'DYNAMIC'],
    [75, 'MATURE'],
    [100, 'MATURE'],
  ])('places %i on %s', (score, level) => {
    expect(levelOf(score).level).toBe(level);
  });

  it('covers 0–100 without gap, each step with a friendly French name', () => {
    LEVELS.forEach((l, i) => {
      expect(l.minScore).toBe(i === 0 ? 0 : LEVELS[i - 1]!.maxScore + 1);
      expect(l.name).not.toMatch(/reluctant|potential|dynamic|mature|réfractaire/i);
    });
    expect(LEVELS.at(-1)!.maxScore).toBe(100);
  });
});

describe('answers are checked against the questionnaire', () => {
  const facts = { sizeBand: 'MICRO', nafCode: '47.71Z', clientele: 'B2C', communeCode: '35238' };
  const valid = [
    { questionId: 'v1', choiceIds: ['v1-yes'] },
    { questionId: 'v2', choiceIds: ['v2-a'] },
    { questionId: 's1', choiceIds: ['s1-no'] },
  ];
  const parse = (list: unknown, companyFacts: unknown = facts) =>
    parseInput(submitDiagnosticInput(TINY), { answers: list, companyFacts }, ['input']);
  const failure = (list: unknown, companyFacts: unknown = facts) => {
    try {
      parse(list, companyFacts);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions.code).toBe('BAD_USER_INPUT');
      return (error as AppError).extensions.fields as { path: (string | number)[]; message: string }[];
    }
    throw new Error('expected BAD_USER_INPUT');
  };

  it('accepts every question answered once and derives the place and sector', () => {
    const command = parse([...valid].reverse());
    expect(command.answers.map((a) => a.questionId)).toEqual(['v1', 'v2', 's1']);
    expect(command.facts).toMatchObject({ nafSection: 'G', departementCode: '35', regionCode: '53' });
  });

  it.each([
    [
      'an unknown question',
      [...valid, { questionId: 'zz', choiceIds: ['v1-yes'] }],
      ['input', 'answers', 3, 'questionId'],
    ],
    [
      'an unknown choice',
      [valid[0], { questionId: 'v2', choiceIds: ['v2-a', 'v2-z'] }, valid[2]],
      ['input', 'answers', 1, 'choiceIds', 1],
    ],
    [
      'a choice of another question',
      [{ questionId: 'v1', choiceIds: ['s1-no'] }, valid[1], valid[2]],
      ['input', 'answers', 0, 'choiceIds', 0],
    ],
    ['a missing answer', [valid[0], valid[1]], ['input', 'answers']],
    [
      'a duplicate answer',
      [...valid, { questionId: 'v1', choiceIds: ['v1-no'] }],
      ['input', 'answers', 3, 'questionId'],
    ],
    [
      'two choices for a single question',
      [{ questionId: 'v1', choiceIds: ['v1-no', 'v1-yes'] }, valid[1], valid[2]],
      ['input', 'answers', 0, 'choiceIds'],
    ],
    [
      'no choice',
      [{ questionId: 'v1', choiceIds: [] }, valid[1], valid[2]],
      ['input', 'answers', 0, 'choiceIds'],
    ],
    [
      '"none" with another choice',
      [valid[0], { questionId: 'v2', choiceIds: ['v2-a', 'v2-none'] }, valid[2]],
      ['input', 'answers', 1, 'choiceIds', 1],
    ],
    [
      'the same choice twice',
      [valid[0], { questionId: 'v2', choiceIds: ['v2-a', 'v2-a'] }, valid[2]],
      ['input', 'answers', 1, 'choiceIds', 1],
    ],
  ])('refuses %s with its field path', (_, list, path) => {
    expect(failure(list)).toContainEqual(expect.objectContaining({ path }));
  });

  it.each([
    ['an unknown NAF code', { ...facts, nafCode: '99.99Z' }, ['input', 'companyFacts', 'nafCode']],
    ['an unknown commune', { ...facts, communeCode: '99999' }, ['input', 'companyFacts', 'communeCode']],
    ['an unknown size band', { ...facts, sizeBand: 'HUGE' }, ['input', 'companyFacts', 'sizeBand']],
  ])('refuses %s in the company facts', (_, companyFacts, path) => {
    expect(failure(valid, companyFacts)).toContainEqual(expect.objectContaining({ path }));
  });
});

describe('peer aggregates', () => {
  const make = (overallScore: number, regionCode = '53'): Contribution => ({
    questionnaireVersion: 'v',
    overallScore,
    themeScores: [{ theme: 'SECURITY', score: overallScore }],
    facts: { nafSection: 'G', sizeBand: 'MICRO', regionCode },
  });
  /** Applies deltas to aggregates the way DynamoDB's ADD does. */
  const apply = (
    deltas: ReturnType<typeof aggregateDeltas>,
    into = new Map<string, PeerAggregateRecord>(),
  ) => {
    for (const d of deltas) {
      const key = `${d.scope}#${d.group}`;
      const a = into.get(key) ?? { count: 0, sumOverall: 0, sumThemes: {}, buckets: {} };
      a.count += d.count;
      a.sumOverall += d.sumOverall;
      for (const [t, v] of Object.entries(d.sumThemes)) a.sumThemes[t] = (a.sumThemes[t] ?? 0) + (v ?? 0);
      for (const [b, v] of Object.entries(d.buckets))
        a.buckets[Number(b)] = (a.buckets[Number(b)] ?? 0) + (v ?? 0);
      into.set(key, a);
    }
    return into;
  };

  it('counts every diagnostic in five groups, merging a replacement into one change per group', () => {
    expect(aggregateDeltas([{ contribution: make(40), sign: 1 }]).map((d) => d.scope)).toEqual([
      'SECTOR',
      'SIZE_BAND',
      'REGION',
      'SAME_PROFILE',
      'NATIONAL',
    ]);
    const replacing = aggregateDeltas([
      { contribution: make(60, '53'), sign: 1 },
      { contribution: make(40, '84'), sign: -1 },
    ]);
    const national = replacing.find((d) => d.scope === 'NATIONAL')!;
    expect(national).toMatchObject({ count: 0, sumOverall: 20, buckets: { 60: 1, 40: -1 } });
    expect(replacing.filter((d) => d.scope === 'REGION').map((d) => [d.group, d.count])).toEqual([
      ['53', 1],
      ['84', -1],
    ]);
  });

  it('places a result among the others: average and share strictly below, itself excluded', () => {
    const groups = apply(
      aggregateDeltas(
        [10, 10, 30, 30, 30, 30, 50, 70, 70, 70, 50].map((s) => ({
          contribution: make(s),
          sign: 1 as const,
        })),
      ),
    );
    const region = groups.get('REGION#53');
    const self = {
      overallScore: 50,
      themeScores: [{ theme: 'SECURITY' as const, score: 50 }],
      counted: true,
    };
    const position = positionAmongPeers(region, self);
    // Peers: 10, 10, 30, 30, 30, 30, 50, 70, 70, 70 → average 40, six of ten below 50.
    expect(position).toMatchObject({ peerCount: 10, averageScore: 40, shareBelow: 0.6 });
    expect(position.themeAverages.find((t) => t.theme === 'SECURITY')?.average).toBe(40);
    // Once superseded, it is no longer in the group: every counted diagnostic is a peer.
    expect(positionAmongPeers(region, { ...self, counted: false })).toMatchObject({
      peerCount: 11,
      averageScore: 40.9,
    });
  });

  it(`discloses nothing below ${MIN_CONTRIBUTORS} other diagnostics, not even their number`, () => {
    const groups = apply(
      aggregateDeltas(
        [10, 20, 30, 40, 50, 60, 70, 80, 90, 50].map((s) => ({ contribution: make(s), sign: 1 as const })),
      ),
    );
    const self = {
      overallScore: 50,
      themeScores: [{ theme: 'SECURITY' as const, score: 50 }],
      counted: true,
    };
    const position = positionAmongPeers(groups.get('REGION#53'), self);
    expect(position).toMatchObject({ peerCount: 0, averageScore: null, shareBelow: null });
    expect(position.themeAverages.every((t) => t.average === null)).toBe(true);
    // A reader outside the group (its own result not counted) sees the ten.
    expect(positionAmongPeers(groups.get('REGION#53'), { ...self, counted: false }).peerCount).toBe(10);
  });

  it('says nothing of an empty group', () => {
    expect(positionAmongPeers(undefined, { overallScore: 50, themeScores: [], counted: true })).toMatchObject(
      {
        peerCount: 0,
        averageScore: null,
        shareBelow: null,
      },
    );
  });
});
