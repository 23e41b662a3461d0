import { describe, expect, it } from 'vitest';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  dataOf,
  fileUnderReview,
  moderator,
  ops,
  openProgram,
  programInput,
  uniqueId,
} from './support.js';
import { graphql } from '../generated/gql.js';
import type { OpenSubsidyProgramInput, UpdateSubsidyProgramInput } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);

graphql(`
  fragment SubsidiesProgramFields on SubsidyProgram {
    id
    regionCode
    regionName
    name
    managingBody
    opensAt
    closesAt
    isOpen
    envelopeCents
    aidRateBasisPoints
    investmentFloorCents
    investmentCeilingCents
    aidFloorCents
    aidCeilingCents
    maxEmployees
    maxAnnualRevenueCents
    independenceRequired
    excludedNafPrefixes
    eligibleThemes
    localProvidersOnly
    perCompanyCapCents
    perCompanyCapYears
    attestationRequired
    version
  }
`);
const OpenProgram = graphql(`
  mutation SubsidiesProgramsOpen($input: OpenSubsidyProgramInput!) {
    openSubsidyProgram(input: $input) {
      ...SubsidiesProgramFields
    }
  }
`);
const UpdateProgram = graphql(`
  mutation SubsidiesProgramsUpdate($id: ID!, $input: UpdateSubsidyProgramInput!, $v: Int!) {
    updateSubsidyProgram(id: $id, input: $input, expectedVersion: $v) {
      ...SubsidiesProgramFields
    }
  }
`);
const ProgramsOf = graphql(`
  query SubsidiesProgramsOf($r: String) {
    subsidyPrograms(regionCode: $r) {
      id
      name
    }
  }
`);
const PublicProgram = graphql(`
  query SubsidiesProgramsPublic($id: ID!) {
    subsidyProgram(id: $id) {
      name
      envelopeCents
      small: simulateAid(investmentCents: 1234567)
      big: simulateAid(investmentCents: 99000000)
    }
  }
`);
const ProgramExport = graphql(`
  query SubsidiesProgramsExport($id: ID!) {
    subsidyProgramExport(programId: $id)
  }
`);
const AnonymousDashboard = graphql(`
  query SubsidiesProgramsAnonymousDashboard($id: ID!) {
    subsidyProgram(id: $id) {
      name
      dashboard {
        paidCents
      }
    }
  }
`);

// programInput's overrides are untyped: the refusals below send values of the wrong type on purpose.
const open = (input: OpenSubsidyProgramInput, caller = moderator) =>
  typedCall(api, OpenProgram, { input }, caller);
const programsOf = async (regionCode: string) =>
  dataOf(await typedCall(api, ProgramsOf, { r: regionCode })).subsidyPrograms;

describe('opening a programme', () => {
  it('fills every rule left out with the report’s model scheme, and holds an envelope of 100 M€', async () => {
    const program = dataOf(await open(programInput({ envelopeCents: 10_000_000_000 }))).openSubsidyProgram;
    expect(program).toMatchObject({
      regionCode: '84',
      regionName: 'Auvergne-Rhône-Alpes',
      isOpen: true,
      envelopeCents: 10_000_000_000,
      aidRateBasisPoints: 5000,
      maxEmployees: 49,
      maxAnnualRevenueCents: null,
      independenceRequired: true,
      excludedNafPrefixes: ['58.2', '61', '62', '63.1', '95.1'],
      localProvidersOnly: false,
      perCompanyCapCents: null,
      perCompanyCapYears: 3,
      attestationRequired: false,
      version: 1,
    });
    expect(program.eligibleThemes).toHaveLength(11);
    expect(program.eligibleThemes).not.toContain('STRATEGY');
    const dashboard = dataOf(await o.dashboard(moderator, program.id)).subsidyProgram.dashboard!;
    expect(dashboard).toMatchObject({
      envelopeCents: 10_000_000_000,
      remainingCents: 10_000_000_000,
      committedCents: 0,
    });
    expect(dashboard.countsByStatus.map((c) => c.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // Public: anyone reads the programme and its rules, and simulates an aid.
    const anonymous = await typedCall(api, PublicProgram, { id: program.id });
    expect(dataOf(anonymous).subsidyProgram).toMatchObject({
      envelopeCents: 10_000_000_000,
      small: 617_283,
      big: 1_500_000,
    });
    expect((await programsOf('84')).map((p) => p.id)).toContain(program.id);
  });

  it.each([
    ['a negative amount', { envelopeCents: -1 }],
    ['a fractional amount', { aidCeilingCents: 1.5 }],
    ['an amount beyond 2^53', { envelopeCents: 2 ** 53 }],
    ['an amount as a string', { envelopeCents: '100' }],
  ])('refuses %s in cents with BAD_USER_INPUT', async (_, overrides) => {
    const name = `Refusé ${uniqueId()}`;
    expect(codeOf(await open(programInput({ name, ...overrides })))).toBe('BAD_USER_INPUT');
    expect((await programsOf('84')).map((p) => p.name)).not.toContain(name);
  });

  it.each([
    ['an unknown region', { regionCode: '99' }, ['input', 'regionCode']],
    ['a close before the opening', { closesAt: '2025-12-31T00:00:00Z' }, ['input', 'closesAt']],
    [
      'an investment ceiling below its floor',
      { investmentCeilingCents: 100_000 },
      ['input', 'investmentCeilingCents'],
    ],
    ['an aid ceiling below its floor', { aidFloorCents: 2_000_000 }, ['input', 'aidCeilingCents']],
    ['a rate above 100 %', { aidRateBasisPoints: 10_001 }, ['input', 'aidRateBasisPoints']],
    [
      'a NAF prefix that matches nothing',
      { excludedNafPrefixes: ['62', '00.0'] },
      ['input', 'excludedNafPrefixes', 1],
    ],
    ['a date without time zone', { opensAt: '2026-01-01T00:00:00' }, ['input', 'opensAt']],
    ['no eligible theme', { eligibleThemes: [] }, ['input', 'eligibleThemes']],
  ])('refuses %s with the field’s path, writing nothing', async (_, overrides, path) => {
    const name = `Refusé ${uniqueId()}`;
    const answer = await open(programInput({ name, ...overrides }));
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions!.fields).toContainEqual(expect.objectContaining({ path }));
    expect((await programsOf('84')).map((p) => p.name)).not.toContain(name);
  });
});

describe('changing a programme', () => {
  const update = (id: string, input: UpdateSubsidyProgramInput, version: number, caller = moderator) =>
    typedCall(api, UpdateProgram, { id, input, v: version }, caller);

  it('changes rules under the version read, removes optional limits with null, and never shrinks the envelope below what it holds', async () => {
    const agent = agentOf('84');
    const program = await openProgram(api, { envelopeCents: 2_000_000, perCompanyCapCents: 1_000_000 });
    const { application } = await fileUnderReview(api, program.id, agent);
    dataOf(await o.decide(agent, application.id, 'ACCEPT', application.version));

    const changed = dataOf(
      await update(
        program.id,
        { name: 'Chèque révisé', perCompanyCapCents: null, maxEmployees: 19 },
        1,
        agent,
      ),
    );
    expect(changed.updateSubsidyProgram).toMatchObject({
      name: 'Chèque révisé',
      perCompanyCapCents: null,
      maxEmployees: 19,
      version: 2,
    });
    expect(codeOf(await update(program.id, { name: 'Périmé' }, 1))).toBe('CONFLICT');
    expect(codeOf(await update(program.id, { aidFloorCents: 2_000_000 }, 2))).toBe('BAD_USER_INPUT');

    // 500,000 cents are committed: the envelope may go down to that, not below.
    const below = await update(program.id, { envelopeCents: 499_999 }, 2);
    expect(codeOf(below)).toBe('BAD_USER_INPUT');
    expect(below.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ path: ['input', 'envelopeCents'] }),
    ]);
    dataOf(await update(program.id, { envelopeCents: 500_000 }, 2));
    const dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    expect(dashboard).toMatchObject({ envelopeCents: 500_000, committedCents: 500_000, remainingCents: 0 });
    const grown = dataOf(await update(program.id, { envelopeCents: 10_000_000_000 }, 3)).updateSubsidyProgram;
    expect(grown.envelopeCents).toBe(10_000_000_000);
    const after = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    expect(after.remainingCents).toBe(10_000_000_000 - 500_000);
  });
});

describe('the dashboard and the export', () => {
  it('are the region’s agents’ and the moderators’, and the export is a FEDER-style CSV of the submitted files', async () => {
    const agent = agentOf('84');
    const program = await openProgram(api);
    const { application } = await fileUnderReview(api, program.id, agent);
    const csv = dataOf(await typedCall(api, ProgramExport, { id: program.id }, agent)).subsidyProgramExport;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row, end, ...rest] = csv.slice(1).split('\r\n');
    expect(rest).toEqual([]);
    expect(end).toBe('');
    expect(header!.split(';').slice(0, 4)).toEqual([
      'dossier',
      'programme',
      'organisme_gestionnaire',
      'region',
    ]);
    expect(row!.startsWith(`${application.id};`)).toBe(true);
    expect(row).toContain(';En instruction;');
    expect(row).toContain(';"10000,00";');

    const anonymous = await typedCall(api, AnonymousDashboard, {
      id: program.id,
    });
    expect(anonymous.data!.subsidyProgram).toEqual({ name: expect.any(String), dashboard: null });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });
});
