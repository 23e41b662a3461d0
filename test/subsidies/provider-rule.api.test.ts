import { describe, expect, it } from 'vitest';
import { TypedDocumentString } from '../../client/generated/graphql.js';
import { estimateProgrammes } from '../../functions/diagnostics/programmes.js';
import type { SubsidyProgramRecord } from '../../functions/subsidies/index.js';
import { createTestApi, manualClock } from '../support/api.js';
import { typedCall } from '../support/typed.js';
import { createApplication, dataOf, openProgram, registerCompany } from './support.js';

// One text about local providers, from the rule eligibility enforces: the programme shows it, the application's
// LOCAL_PROVIDERS check says it, the diagnostic's estimate assumes it (none says "in the region" on its own).
const api = createTestApi({ clock: manualClock(new Date('2026-11-26T10:00:00.000Z')) });

const ProgramRuleQuery = new TypedDocumentString<
  { subsidyProgram: SubsidyProgramRecord & { localProvidersRule: string } },
  { id: string }
>(
  `query ProgramRule($id: ID!) { subsidyProgram(id: $id) { id regionCode opensAt closesAt envelopeCents aidRateBasisPoints investmentFloorCents investmentCeilingCents aidFloorCents aidCeilingCents maxEmployees independenceRequired excludedNafPrefixes eligibleThemes localProvidersOnly perCompanyCapYears attestationRequired localProvidersRule } }`,
);

describe.each([false, true])('a programme with localProvidersOnly %s', (localProvidersOnly) => {
  it('shows the rule its eligibility enforces, and the diagnostic assumes the same', async () => {
    const program = await openProgram(api, { localProvidersOnly });
    const shown = dataOf(await typedCall(api, ProgramRuleQuery, { id: program.id })).subsidyProgram;
    expect(shown.localProvidersRule).toMatch(localProvidersOnly ? /uniquement/ : /toute région/);
    if (!localProvidersOnly) {
      const { caller } = await registerCompany(api);
      const draft = await createApplication(api, caller, program.id);
      const check = draft.eligibility.find((c) => c.rule === 'LOCAL_PROVIDERS')!;
      expect(check.message).toBe(shown.localProvidersRule);
    }
    const [estimate] = estimateProgrammes(
      [{ ...shown, questions: [] }],
      {
        sizeBand: 'MICRO',
        nafCode: '10.71C',
        nafSection: 'C',
        clientele: 'B2C',
        communeCode: '69123',
        departementCode: '69',
        regionCode: '84',
      },
      ['ONLINE_SALES'],
      undefined,
      new Date('2026-11-26T10:00:00.000Z'),
    );
    expect(estimate?.assumptions).toContain(shown.localProvidersRule);
    expect(estimate?.assumptions.join(' ')).not.toContain('situé dans la région');
  });
});
