import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  ops,
  openProgram,
  registerCompany,
} from './support.js';

const ProgramDays = graphql(`
  query SubsidiesParisDays($id: ID!) {
    subsidyProgram(id: $id) {
      opensOn
      closesOn
      isOpen
    }
  }
`);

const clock = manualClock(new Date('2027-03-01T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

const readDays = async (id: string) => dataOf(await typedCall(api, ProgramDays, { id })).subsidyProgram!;

describe('a call for projects counted in Paris days', () => {
  // From Sunday 28 March 2027 (summer time starts) to Sunday 31 October 2027 (it ends), as the agents' form sends it.
  const window = { opensAt: '2027-03-28T00:00:00+01:00', closesAt: '2027-10-31T23:59:59.999+01:00' };

  it('opens just after midnight in Paris on the spring-change Sunday and closes at midnight after the autumn-change Sunday', async () => {
    clock.set('2027-03-01T10:00:00.000Z');
    const program = await openProgram(api, window);
    const steps: [at: string, open: boolean][] = [
      ['2027-03-27T22:59:59.000Z', false], // 23:59:59 on Saturday in Paris
      ['2027-03-27T23:00:01.000Z', true], // 00:00:01 on Sunday in Paris
      ['2027-10-31T22:59:00.000Z', true], // 23:59 on the last Sunday, back to UTC+1
      ['2027-10-31T23:00:01.000Z', false], // 00:00:01 on Monday 1 November in Paris
    ];
    for (const [at, open] of steps) {
      clock.set(at);
      expect(await readDays(program.id), at).toEqual({
        opensOn: '2027-03-28',
        closesOn: '2027-10-31',
        isOpen: open,
      });
    }
  });

  it('accepts a submission at 23:59 in Paris on the last day and refuses one just after midnight, naming the last day', async () => {
    clock.set('2027-06-01T10:00:00.000Z');
    const program = await openProgram(api, window);
    const { caller } = await registerCompany(api);
    const late = await createApplication(api, caller, program.id);
    const inTime = await createApplication(api, caller, program.id);
    clock.set('2027-10-31T22:59:00.000Z');
    expect(dataOf(await o.submit(caller, inTime.id)).submitSubsidyApplication.status).toBe('SUBMITTED');
    clock.set('2027-10-31T23:00:30.000Z');
    const refused = await o.submit(caller, late.id);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(refused.errors![0]!.message).toContain(
      'L’appel à projets est clos : les dépôts étaient acceptés jusqu’au 31 octobre 2027 inclus.',
    );
  });
});

describe('the per-company cap counted in Paris calendar years', () => {
  it('puts an acceptance at 00:30 in Paris on 1 January in the new year', async () => {
    clock.set('2026-12-01T10:00:00.000Z');
    const program = await openProgram(api, { perCompanyCapCents: 500_000, perCompanyCapYears: 1 });
    const { caller } = await registerCompany(api);
    const accept = async () => {
      const draft = await createApplication(api, caller, program.id, {
        expenses: [expense({ amountCents: 1_000_000 })],
      });
      const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
      const review = dataOf(await o.startReview(agent, draft.id, submitted.version)).startSubsidyReview;
      return o.decide(agent, draft.id, 'ACCEPT', review.version);
    };
    clock.set('2026-12-31T22:30:00.000Z'); // 23:30 on 31 December 2026 in Paris
    expect(dataOf(await accept()).decideSubsidyApplication.grantedAidCents).toBe(500_000);
    clock.set('2026-12-31T23:30:00.000Z'); // 00:30 on 1 January 2027 in Paris, still 2026 in UTC
    expect(dataOf(await accept()).decideSubsidyApplication.grantedAidCents).toBe(500_000);
  });
});
