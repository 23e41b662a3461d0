import { describe, expect, it } from 'vitest';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import type { Viewer } from '../../functions/shared/auth.js';
import {
  canManageProgram,
  canReadAnnotations,
  canReadApplication,
  canWriteMessage,
  listScope,
  mayAct,
  type Caller,
} from '../../functions/subsidies/policy.js';
import type { SubsidyStatus } from '../../functions/subsidies/records.js';

const app = (status: SubsidyStatus = 'SUBMITTED') => ({
  companyId: 'company-a',
  regionCode: '84',
  status,
  trustedThirdPartyId: connecteurIdOf('connecteur-chosen'),
});

const user = (role: Viewer & { kind: 'user' }): Viewer => role;
const callers: Record<string, Caller> = {
  anonymous: { viewer: { kind: 'anonymous' } },
  'PME of the company': { viewer: user({ kind: 'user', sub: 'p1', role: 'PME' }), companyId: 'company-a' },
  'PME of another company': {
    viewer: user({ kind: 'user', sub: 'p2', role: 'PME' }),
    companyId: 'company-b',
  },
  'PME without a company': { viewer: user({ kind: 'user', sub: 'p3', role: 'PME' }) },
  'agent of the region': {
    viewer: user({ kind: 'user', sub: 'a1', role: 'REGION_AGENT', regionCode: '84' }),
  },
  'agent of another region': {
    viewer: user({ kind: 'user', sub: 'a2', role: 'REGION_AGENT', regionCode: '11' }),
  },
  moderator: { viewer: user({ kind: 'user', sub: 'm', role: 'MODERATOR' }) },
  'connecteur chosen': { viewer: user({ kind: 'user', sub: 'connecteur-chosen', role: 'CONNECTEUR' }) },
  'another connecteur': { viewer: user({ kind: 'user', sub: 'connecteur-other', role: 'CONNECTEUR' }) },
  provider: { viewer: user({ kind: 'user', sub: 'prov', role: 'PROVIDER' }) },
};

/** Grant/deny matrix on a submitted file: read, act (fire its role's events), annotations, messages. */
const MATRIX: Record<string, [read: boolean, act: boolean, annotations: boolean, message: boolean]> = {
  anonymous: [false, false, false, false],
  'PME of the company': [true, true, false, true],
  'PME of another company': [false, false, false, false],
  'PME without a company': [false, false, false, false],
  'agent of the region': [true, true, true, true],
  'agent of another region': [false, false, false, false],
  moderator: [true, false, true, false],
  'connecteur chosen': [true, true, false, false],
  'another connecteur': [false, false, false, false],
  provider: [false, false, false, false],
};

describe('who may see and do what on a file', () => {
  it.each(Object.entries(MATRIX))('%s', (name, [read, act, annotations, message]) => {
    const caller = callers[name]!;
    expect([
      canReadApplication(caller, app()),
      mayAct(caller, app()),
      canReadAnnotations(caller, app()),
      canWriteMessage(caller, app()),
    ]).toEqual([read, act, annotations, message]);
  });

  it('keeps a draft to its company (and the connecteur chosen, to attest it), away from agents and moderators', () => {
    const granted = Object.keys(callers).filter((name) => canReadApplication(callers[name]!, app('DRAFT')));
    expect(granted).toEqual(['PME of the company', 'connecteur chosen']);
    expect(mayAct(callers['agent of the region']!, app('DRAFT'))).toBe(false);
    expect(canWriteMessage(callers['PME of the company']!, app('DRAFT'))).toBe(false);
  });
});

describe('programmes and lists', () => {
  it('lets moderators manage programmes anywhere and agents in their region only', () => {
    const granted = Object.keys(callers).filter((name) => canManageProgram(callers[name]!, '84'));
    expect(granted).toEqual(['agent of the region', 'moderator']);
  });

  it('lists a company’s files for its PME, a region’s for its agent, every region for a moderator', () => {
    expect(listScope(callers['PME of the company']!, {})).toEqual({
      kind: 'company',
      companyId: 'company-a',
    });
    expect(listScope(callers['agent of the region']!, {})).toEqual({ kind: 'regions', regionCodes: ['84'] });
    expect(listScope(callers['agent of the region']!, { programRegionCode: '84' })).toEqual({
      kind: 'regions',
      regionCodes: ['84'],
    });
    expect(listScope(callers.moderator!, { regionCode: '53' })).toEqual({
      kind: 'regions',
      regionCodes: ['53'],
    });
    const all = listScope(callers.moderator!, {});
    expect(all.kind === 'regions' && all.regionCodes).toContain('84');
  });

  it.each([
    ['agent of another region', { programRegionCode: '84' }],
    ['agent of the region', { regionCode: '11' }],
    ['PME of the company', { regionCode: '84' }],
    ['PME without a company', {}],
    ['connecteur chosen', {}],
    ['provider', {}],
    ['anonymous', {}],
  ])('refuses the list to the %s asking %j', (name, filter) => {
    expect(() => listScope(callers[name]!, filter)).toThrowError();
  });
});
