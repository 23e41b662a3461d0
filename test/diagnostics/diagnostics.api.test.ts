import { describe, expect, inject, it } from 'vitest';
import { refreshPublishedAggregates } from '../../functions/publication/refresh.js';
import { processRequestTally } from '../../functions/shared/dynamo.js';
import { codeOf, createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';
import { answersAt, answersWithBest, registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import type {
  CompanyFactsInput,
  DiagnosticAnswerInput,
  DiagnosticsPeerFieldsFragment,
  DiagnosticsSubmitMutation,
  OpenSubsidyProgramInput,
} from '../generated/graphql.js';
import * as doc from './documents.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const tick = () => clock.advance(60_000);
const refresh = () => refreshPublishedAggregates({ db: testDb(), tableName: inject('tableName'), clock });

type Result = DiagnosticsSubmitMutation['submitDiagnostic'];

async function submit(
  answers: DiagnosticAnswerInput[],
  facts: Partial<CompanyFactsInput>,
  caller?: Caller,
): Promise<Result> {
  tick();
  const result = await typedCall(
    api,
    doc.SubmitDiagnostic,
    { input: { answers, companyFacts: doc.typedFacts(facts) } },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitDiagnostic;
}

const read = (id: string, caller?: Caller) => typedCall(api, doc.ReadResult, { id }, caller);
const peer = (r: { peers: DiagnosticsPeerFieldsFragment[] }, scope: string) =>
  r.peers.find((p) => p.scope === scope)!;

describe('the questionnaire', () => {
  it('is public, versioned, about twenty questions over six themes, with the four-step scale', async () => {
    const result = await typedCall(api, doc.Questionnaire, {});
    const q = result.data!.diagnosticQuestionnaire;
    expect(q.version).toBe('2026-1');
    expect(q.questions.length).toBe(20);
    expect(q.themes).toHaveLength(6);
    expect(q.levels.map((l) => [l.level, l.minScore])).toEqual([
      ['RELUCTANT', 0],
      ['POTENTIAL', 25],
      ['DYNAMIC', 50],
      ['MATURE', 75],
    ]);
  });
});

describe('taking the diagnostic', () => {
  it('lets an anonymous visitor take it and read the result by its id only', async () => {
    const result = await submit(answersAt(1), { communeCode: '69123' });
    expect(result).toMatchObject({ overallScore: 100, level: 'MATURE', claimed: false });
    expect(result.id).toMatch(/^[0-9a-f]{32}$/);
    const again = await typedCall(api, doc.ReadDetail, { id: result.id });
    expect(again.data!.diagnosticResult).toMatchObject({
      overallScore: 100,
      levelInfo: { name: 'Champion du numérique' },
      nextLevel: null,
      companyFacts: { departementCode: '69', regionCode: '84', nafSection: 'G' },
    });
    expect(again.data!.diagnosticResult!.recommendations.advice).toHaveLength(2);
    expect((await read('0'.repeat(32))).data?.diagnosticResult).toBeNull();
  });

  it.each([
    [
      'an unknown question',
      [...answersAt(0), { questionId: 'nope', choiceIds: ['x'] }],
      ['input', 'answers', 20, 'questionId'],
    ],
    [
      'an unknown choice',
      answersAt(0).map((a, i) => (i === 3 ? { ...a, choiceIds: ['vis-reviews-z'] } : a)),
      ['input', 'answers', 3, 'choiceIds', 0],
    ],
    ['a missing answer', answersAt(0).slice(1), ['input', 'answers']],
    ['a duplicate answer', [...answersAt(0), answersAt(1)[0]!], ['input', 'answers', 20, 'questionId']],
  ])('refuses %s with BAD_USER_INPUT and its path', async (_, answers, path) => {
    const result = await typedCall(api, doc.SubmitDiagnostic, {
      input: { answers, companyFacts: doc.typedFacts() },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
  });
});

describe('peer comparison', () => {
  // Corse (94) is used by this test alone: its groups hold exactly what the test submits.
  const corse = { communeCode: '2A004', nafCode: '56.10A', sizeBand: 'SMALL' } as const;

  it('compares with the same sector, size, region and nationally, from the published aggregates', async () => {
    const results: Result[] = [];
    for (let best = 0; best <= 20; best += 2) results.push(await submit(answersWithBest(best), corse));
    const scores = results.map((r) => r.overallScore);
    expect(new Set(scores).size).toBe(11);
    // Figures are published by the scheduled refresh, never per submission.
    expect(peer(results.at(-1)!, 'REGION')).toMatchObject({ peerCount: 0, averageScore: null });
    await refresh();
    const last = (await read(results.at(-1)!.id)).data!.diagnosticResult!;
    const others = scores.slice(0, 10);
    const average = others.reduce((a, b) => a + b, 0) / 10;
    const expected = { peerCount: 10, shareBelow: others.filter((s) => s < last.overallScore).length / 10 };
    expect(peer(last, 'REGION')).toMatchObject({ ...expected, label: 'Corse' });
    expect(peer(last, 'REGION').averageScore).toBeCloseTo(average, 0);
    expect(peer(last, 'SAME_PROFILE')).toMatchObject({
      ...expected,
      label: 'Hébergement et restauration, 10 à 49 salariés, Corse',
    });
    expect(peer(last, 'SAME_PROFILE').averageScore).toBeCloseTo(average, 0);
    expect(peer(last, 'NATIONAL').peerCount).toBeGreaterThanOrEqual(10);
    expect(peer(last, 'SECTOR').label).toBe('Hébergement et restauration');
    // The first result, read again, is compared with everything published since.
    const first = (await read(results[0]!.id)).data!.diagnosticResult!;
    expect(peer(first, 'REGION')).toMatchObject({ peerCount: 10, shareBelow: 0 });
  });

  it('counts a company once, by its latest diagnostic, and a claimed older result not at all', async () => {
    // Guadeloupe (01) and Martinique (02) are used by this test alone.
    const { caller } = await registerPme(api, { communeCode: '97101' });
    const guadeloupe = { communeCode: '97101' };
    await submit(answersWithBest(4), guadeloupe, caller);
    const latest = await submit(answersWithBest(12), guadeloupe, caller);
    const others: Result[] = [];
    for (let i = 0; i < 9; i++) others.push(await submit(answersWithBest(i), guadeloupe));
    const probe = await submit(answersAt(0), guadeloupe);
    await refresh();
    const seen = peer((await read(probe.id)).data!.diagnosticResult!, 'REGION');
    const counted = [latest, ...others].map((r) => r.overallScore);
    expect(seen.peerCount).toBe(10);
    expect(seen.averageScore).toBeCloseTo(counted.reduce((a, b) => a + b, 0) / 10, 0);

    const martinique = { communeCode: '97209' };
    const pme = await registerPme(api, { communeCode: '97209' });
    const older = await submit(answersWithBest(3), martinique);
    await submit(answersWithBest(9), martinique, pme.caller);
    for (let i = 0; i < 9; i++) await submit(answersWithBest(i), martinique);
    const before = await submit(answersAt(0), martinique);
    await refresh();
    expect(peer((await read(before.id)).data!.diagnosticResult!, 'REGION').peerCount).toBe(11);
    const claimed = await typedCall(api, doc.ClaimResult, { id: older.id }, pme.caller);
    expect(claimed.data!.claimDiagnostic.claimed).toBe(true);
    // The published figures move once enough changes accumulated: the claimed result has left the group.
    for (let i = 0; i < 9; i++) await submit(answersWithBest(i), martinique);
    await refresh();
    expect(peer((await read(before.id)).data!.diagnosticResult!, 'REGION').peerCount).toBe(19);
  });
});

describe('who reads a result', () => {
  it("keeps a company's results to its users and the connecteurs it consented to", async () => {
    const pme = await registerPme(api, { communeCode: '35238' });
    const mine = await submit(answersAt(0.5), {}, pme.caller);
    expect(mine.claimed).toBe(true);
    expect((await read(mine.id, pme.caller)).data?.diagnosticResult?.id).toBe(mine.id);
    expect(codeOf(await read(mine.id))).toBe('FORBIDDEN');
    const stranger = await registerPme(api);
    expect(codeOf(await read(mine.id, stranger.caller))).toBe('FORBIDDEN');
    const connecteur = await registerConnecteur(api);
    expect(codeOf(await read(mine.id, connecteur.caller))).toBe('FORBIDDEN');
    expect(codeOf(await read(mine.id, { role: 'MODERATOR', sub: uniqueId('m') }))).toBe('FORBIDDEN');

    const list = await typedCall(api, doc.MyDiagnostics, {}, pme.caller);
    expect(list.data!.myDiagnostics.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect(codeOf(await typedCall(api, doc.MyDiagnosticsCursors, {}, connecteur.caller))).toBe('FORBIDDEN');
    expect(codeOf(await typedCall(api, doc.MyDiagnosticsCursors, {}))).toBe('UNAUTHENTICATED');
  });

  it('lets the registered company claim an anonymous result, once', async () => {
    const anonymous = await submit(answersAt(0), {});
    const pme = await registerPme(api);
    const claim = doc.ClaimResultWithId;
    expect(
      (await typedCall(api, claim, { id: anonymous.id }, pme.caller)).data!.claimDiagnostic.claimed,
    ).toBe(true);
    expect(codeOf(await read(anonymous.id))).toBe('FORBIDDEN');
    const other = await registerPme(api);
    expect(codeOf(await typedCall(api, claim, { id: anonymous.id }, other.caller))).toBe('CONFLICT');
    expect(codeOf(await typedCall(api, claim, { id: anonymous.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await typedCall(api, claim, { id: 'f'.repeat(32) }, pme.caller))).toBe('NOT_FOUND');
  });

  it('lists a company results without one request per result', async () => {
    const pme = await registerPme(api, { communeCode: '33063' });
    for (const best of [1, 5, 9, 13, 17])
      await submit(answersWithBest(best), { communeCode: '33063' }, pme.caller);
    const query = doc.MyDiagnosticsDetail;
    const requestsFor = async (first: number) => {
      const before = processRequestTally().total;
      const result = await typedCall(api, query, { first }, pme.caller);
      expect(result.data!.myDiagnostics.edges).toHaveLength(first);
      return processRequestTally().total - before;
    };
    expect(await requestsFor(5)).toBe(await requestsFor(1));
    const page = await typedCall(api, query, { first: 3 }, pme.caller);
    const next = await typedCall(
      api,
      doc.MyDiagnosticsAfter,
      { after: page.data!.myDiagnostics.pageInfo.endCursor },
      pme.caller,
    );
    expect(next.data!.myDiagnostics.edges).toHaveLength(2);
    expect(next.data!.myDiagnostics.pageInfo.hasNextPage).toBe(false);
  });
});

describe('recommendations', () => {
  it('proposes labelled connecteurs serving the company’s département', async () => {
    const connecteur = await registerConnecteur(api, { communeCode: '29019', themes: ['ONLINE_VISIBILITY'] });
    expect((await typedCall(api, doc.RequestLabel, {}, connecteur.caller)).errors).toBeUndefined();
    const granted = await typedCall(
      api,
      doc.GrantLabel,
      { id: connecteur.id },
      { role: 'MODERATOR', sub: 'moderator' },
    );
    expect(granted.data!.grantLabel.tier).toBe('LABELLED');
    const volunteer = await registerConnecteur(api, { communeCode: '29019', themes: ['ONLINE_VISIBILITY'] });
    const result = await submit(answersAt(0), { communeCode: '29019' });
    const recommended = await typedCall(api, doc.RecommendedConnecteurs, { id: result.id });
    const { focusThemes, connecteurs } = recommended.data!.diagnosticResult!.recommendations;
    expect(focusThemes).toEqual(['ONLINE_VISIBILITY', 'ONLINE_SALES']);
    expect(connecteurs.map((c) => c.id)).toContain(connecteur.id);
    expect(connecteurs.map((c) => c.id)).not.toContain(volunteer.id);
  });

  it('proposes the region’s chèque numérique programmes a typical project is eligible to, with the expected aid', async () => {
    // Guyane (03) programmes are this test's alone.
    const moderator: Caller = { role: 'MODERATOR', sub: 'moderator' };
    const open = async (name: string, overrides: Partial<OpenSubsidyProgramInput> = {}) => {
      const result = await typedCall(
        api,
        doc.OpenProgram,
        {
          input: {
            regionCode: '03',
            name,
            managingBody: 'Collectivité territoriale de Guyane',
            opensAt: '2026-01-01T00:00:00.000Z',
            closesAt: '2027-12-31T00:00:00.000Z',
            envelopeCents: 250_000_000,
            aidRateBasisPoints: 5000,
            investmentFloorCents: 200_000,
            investmentCeilingCents: 3_000_000,
            aidFloorCents: 100_000,
            aidCeilingCents: 1_500_000,
            ...overrides,
          },
        },
        moderator,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.openSubsidyProgram.id;
    };
    const model = await open('Chèque numérique Guyane');
    const small = await open('Chèque innovation (petit)', {
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 600_000,
      aidCeilingCents: 250_000,
    });
    const excluding = await open('Programme fermé au commerce', { excludedNafPrefixes: ['47'] });
    const closed = await open('Appel clos', { closesAt: '2026-06-30T00:00:00.000Z' });
    // A programme's own questions are the applicant's to answer: recommended, the question stated as a condition.
    const asking = await open('Chèque avec condition', {
      aidFloorCents: 0,
      aidCeilingCents: 100_000,
      questions: [{ id: 'surface', label: 'Superficie commerciale, en m²', kind: 'NUMBER', max: 200 }],
    });
    const result = await submit(answersAt(0), { communeCode: '97302' });
    const recommended = await typedCall(api, doc.RecommendedProgrammes, { id: result.id });
    const programmes = recommended.data!.diagnosticResult!.recommendations.programmes;
    expect(programmes.map((p) => p.program.id)).toEqual([model, small, asking]);
    expect(programmes[2]!.assumptions).toContain('Condition du programme : Superficie commerciale, en m²');
    expect(programmes[0]).toMatchObject({
      typicalInvestmentCents: 800_000,
      expectedAidCents: 400_000,
      expenseTheme: 'ONLINE_VISIBILITY',
    });
    // Sized into the programme's range: 6,000 € at most, 50 % capped at 2,500 €.
    expect(programmes[1]).toMatchObject({ typicalInvestmentCents: 600_000, expectedAidCents: 250_000 });
    expect(programmes.map((p) => p.program.id)).not.toContain(excluding);
    expect(programmes.map((p) => p.program.id)).not.toContain(closed);
  });
});

describe('a diagnostic key names one diagnostic', () => {
  const facts = doc.typedFacts({ communeCode: '69123' });
  const submitKeyed = (
    clientKey: string,
    caller?: Caller,
    sourceIp = '198.51.100.7',
    answers = answersAt(1),
  ) =>
    api.callFrom<DiagnosticsSubmitMutation>(
      sourceIp,
      doc.SubmitDiagnostic.toString(),
      { input: { answers, companyFacts: facts, clientKey } },
      caller,
    );
  const idOf = (result: Awaited<ReturnType<typeof submitKeyed>>) => {
    expect(result.errors).toBeUndefined();
    return result.data!.submitDiagnostic.id;
  };
  const mine = async (caller: Caller) =>
    (await typedCall(api, doc.MyDiagnostics, {}, caller)).data!.myDiagnostics.edges.map((e) => e.node.id);

  it('answers a PME’s retry with the same key with the result the first call stored, and stores one', async () => {
    const { caller } = await registerPme(api, { communeCode: '69123' });
    const key = uniqueId('diagnostic');
    const first = idOf(await submitKeyed(key, caller));
    tick();
    // Sent again (its answer lost), even with other answers: the first result, nothing more stored.
    const retried = idOf(await submitKeyed(key, caller, '203.0.113.9', answersAt(0)));
    expect(retried).toBe(first);
    expect(await mine(caller)).toEqual([first]);
    expect((await read(first, caller)).data?.diagnosticResult?.overallScore).toBe(100);
    // Another key is another diagnostic; another PME's same key too.
    const second = idOf(await submitKeyed(uniqueId('diagnostic'), caller));
    expect(new Set([first, second]).size).toBe(2);
    const { caller: other } = await registerPme(api, { communeCode: '69123' });
    expect(idOf(await submitKeyed(key, other))).not.toBe(first);
  });

  it('stores one diagnostic for the same key sent several times at once', async () => {
    const { caller } = await registerPme(api, { communeCode: '69123' });
    const key = uniqueId('diagnostic');
    const ids = await Promise.all(
      Array.from({ length: 4 }, async () => idOf(await submitKeyed(key, caller))),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await mine(caller)).toEqual([ids[0]]);
  });

  it('gives an anonymous retry from the same client the first result; another client’s same key is another', async () => {
    const key = uniqueId('diagnostic');
    const first = idOf(await submitKeyed(key));
    const retried = idOf(await submitKeyed(key));
    const elsewhere = idOf(await submitKeyed(key, undefined, '192.0.2.44'));
    expect(retried).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
  });

  it('names nothing for an anonymous caller whose address is unknown: each send is its own diagnostic', async () => {
    const key = uniqueId('diagnostic');
    const ids = [idOf(await submitKeyed(key, undefined, '')), idOf(await submitKeyed(key, undefined, ''))];
    expect(new Set(ids).size).toBe(2);
  });

  it('refuses a malformed key with BAD_USER_INPUT, storing nothing', async () => {
    const { caller } = await registerPme(api, { communeCode: '69123' });
    const refused = await submitKeyed('court', caller);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.path ?? refused.errors?.[0]?.path).toBeDefined();
    expect(await mine(caller)).toEqual([]);
  });
});
