import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock } from '../support/api.js';
import { createApplication, openProgram, registerCompany } from '../subsidies/support.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

const clock = manualClock();
const api = createTestApi({ clock });
const list = graphql(`
  query SecurityUpdatedSinceList($f: SubsidyApplicationFilter) {
    subsidyApplications(filter: $f, first: 10) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('subsidyApplications(filter: { updatedSince })', () => {
  it('refuses an instant beyond the clock (with a few minutes of skew) instead of answering every file', async () => {
    const program = await openProgram(api);
    const { caller } = await registerCompany(api);
    const file = await createApplication(api, caller, program.id);
    const since = (at: string) => typedCall(api, list, { f: { updatedSince: at } }, caller);

    const mine = await since(new Date(clock().getTime() - 60_000).toISOString());
    expect(mine.data).toEqual({ subsidyApplications: { edges: [{ node: { id: file.id } }] } });
    // A client clock a little ahead is fine, and nothing changed after it yet.
    const skewed = await since(new Date(clock().getTime() + 60_000).toISOString());
    expect(skewed.data).toEqual({ subsidyApplications: { edges: [] } });

    // The last instant of year 9999 west of Greenwich is year 10000 in UTC ("+010000-…", sorting before "2026-…").
    for (const future of [
      '9999-12-31T23:59:59-14:00',
      '9999-12-31T23:59:59Z',
      new Date(clock().getTime() + 24 * 3600_000).toISOString(),
    ]) {
      const refused = await since(future);
      expect(codeOf(refused), future).toBe('BAD_USER_INPUT');
      expect(refused.data ?? null).toBeNull();
    }
  });
});
