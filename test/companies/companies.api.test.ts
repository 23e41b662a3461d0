import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, uniqueId, type Caller } from '../support/api.js';
import { companyInput, dataOf } from '../subsidies/support.js';
import { randomSiren, randomSiret } from '../support/workspace.js';
import { rawPartition } from '../privacy/support.js';
import { graphql } from '../generated/gql.js';
import type { RegisterCompanyInput, UpdateCompanyInput } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

const api = createTestApi({ clock: manualClock() });
graphql(`
  fragment TestCompanyFields on Company {
    id
    siren
    name
    nafCode
    nafLabel
    nafSection
    employees
    annualRevenueCents
    independent
    communeCode
    departementCode
    regionCode
    version
  }
`);
const RegisterCompany = graphql(`
  mutation TestRegisterCompany($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      ...TestCompanyFields
    }
  }
`);
const UpdateCompany = graphql(`
  mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {
    updateCompany(input: $input, expectedVersion: $v) {
      ...TestCompanyFields
    }
  }
`);
const JoinMyCompany = graphql(`
  mutation TestJoinMyCompany {
    joinMyCompany {
      ...TestCompanyFields
    }
  }
`);
const MyCompany = graphql(`
  query TestMyCompany {
    myCompany {
      ...TestCompanyFields
    }
  }
`);

/** A PME user whose identity (ProConnect) vouches for an establishment of `siren`. */
const pme = (siren = randomSiren()): NonNullable<Caller> => ({
  role: 'PME',
  sub: uniqueId('pme'),
  siret: randomSiret(siren),
});
const register = (caller: Caller, input: RegisterCompanyInput) =>
  typedCall(api, RegisterCompany, { input }, caller);
const join = (caller: Caller) => typedCall(api, JoinMyCompany, {}, caller);
const myCompany = async (caller: Caller) => dataOf(await typedCall(api, MyCompany, {}, caller)).myCompany;
const sirenOf = (caller: NonNullable<Caller>) => caller.siret!.slice(0, 9);

describe('registering a company', () => {
  it('registers the company of the token’s SIRET under an opaque id, with département and region from the commune', async () => {
    const caller = pme();
    expect(await myCompany(caller)).toBeNull();
    const input = companyInput({
      nafCode: '47.71z',
      communeCode: '35238',
      annualRevenueCents: 10_000_000_000,
    });
    const company = dataOf(await register(caller, input)).registerCompany;
    expect(company).toMatchObject({
      siren: sirenOf(caller),
      nafCode: '47.71Z',
      nafLabel: "Commerce de détail d'habillement en magasin spécialisé",
      nafSection: 'G',
      departementCode: '35',
      regionCode: '53',
      annualRevenueCents: 10_000_000_000,
      version: 1,
    });
    // Nothing of the SIREN in the id: a later company of the same SIREN cannot be guessed into the old one's data.
    expect(company.id).not.toContain(sirenOf(caller));
    expect(await myCompany(caller)).toEqual(company);
    expect(await rawPartition(`SIREN#${sirenOf(caller)}`)).toEqual([
      expect.objectContaining({ companyId: company.id }),
    ]);
  });

  it('accepts a NAF code typed as on a Kbis, written as the nomenclature does', async () => {
    for (const typed of ['4791B', '47.91B', '47.91 B', ' 4791b ']) {
      const company = dataOf(await register(pme(), companyInput({ nafCode: typed }))).registerCompany;
      expect(company).toMatchObject({
        nafCode: '47.91B',
        nafLabel: 'Vente à distance sur catalogue spécialisé',
      });
    }
    const refused = await register(pme(), companyInput({ nafCode: '4791' }));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toMatch(/Kbis/);
  });

  it('accepts the SIREN typed when it is the token’s', async () => {
    const caller = pme();
    const company = dataOf(await register(caller, companyInput({ siren: sirenOf(caller) }))).registerCompany;
    expect(company.siren).toBe(sirenOf(caller));
  });

  it('refuses, FORBIDDEN and writing nothing, a token without SIRET or a SIREN typed that is not the token’s', async () => {
    const withoutSiret: Caller = { role: 'PME', sub: uniqueId('pme') };
    const noSiret = await register(withoutSiret, companyInput());
    expect(codeOf(noSiret)).toBe('FORBIDDEN');
    expect(noSiret.errors![0]!.message).toMatch(/SIRET/);
    expect(await rawPartition(`MEMBER#${withoutSiret.sub}`)).toEqual([]);

    const attacker = pme();
    const victim = randomSiren();
    const typed = await register(attacker, companyInput({ siren: victim }));
    expect(codeOf(typed)).toBe('FORBIDDEN');
    expect(typed.errors![0]!.message).toMatch(/SIREN saisi/);
    expect(await rawPartition(`MEMBER#${attacker.sub}`)).toEqual([]);
    expect(await rawPartition(`SIREN#${victim}`)).toEqual([]);
    expect(await rawPartition(`SIREN#${sirenOf(attacker)}`)).toEqual([]);
    expect(await myCompany(attacker)).toBeNull();
  });

  it('refuses a token whose SIRET fails its key, or is all zeros (UNAUTHENTICATED)', async () => {
    for (const siret of ['73282932000008', '00000000000000']) {
      const caller: Caller = { role: 'PME', sub: uniqueId('pme'), siret };
      expect(codeOf(await register(caller, companyInput())), siret).toBe('UNAUTHENTICATED');
    }
  });

  it.each([
    ['a SIREN with a wrong Luhn key', { siren: '732829321' }, ['input', 'siren']],
    ['the SIREN 000000000 (its Luhn key is right)', { siren: '000000000' }, ['input', 'siren']],
    ['a SIREN of 8 digits', { siren: '73282932' }, ['input', 'siren']],
    ['an unknown NAF code', { nafCode: '47.71X' }, ['input', 'nafCode']],
    ['a NAF code without its letter', { nafCode: '4771' }, ['input', 'nafCode']],
    ['an unknown commune', { communeCode: '69999' }, ['input', 'communeCode']],
    ['a negative headcount', { employees: -1 }, ['input', 'employees']],
    ['a blank name', { name: ' ' }, ['input', 'name']],
  ])('refuses %s with BAD_USER_INPUT and the field path, writing nothing', async (_, overrides, path) => {
    const caller = pme();
    const answer = await register(caller, companyInput(overrides));
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions!.fields).toContainEqual(expect.objectContaining({ path }));
    expect(await myCompany(caller)).toBeNull();
  });

  it.each([
    ['negative', -1],
    ['fractional', 10.5],
  ])('refuses a %s revenue in cents', async (_, revenue) => {
    const caller = pme();
    expect(codeOf(await register(caller, companyInput({ annualRevenueCents: revenue })))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await myCompany(caller)).toBeNull();
  });

  it('allows one live company per SIREN and one company per user', async () => {
    const first = pme();
    dataOf(await register(first, companyInput()));
    // Another establishment of the same company: it joins, it does not register a second company.
    const second = pme(sirenOf(first));
    const refused = await register(second, companyInput());
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toMatch(/joinMyCompany/);
    expect(await myCompany(second)).toBeNull();
    expect(codeOf(await register(first, companyInput()))).toBe('CONFLICT');
  });

  it('lets only one of two users registering the same SIREN at once win', async () => {
    const siren = randomSiren();
    const [a, b] = [pme(siren), pme(siren)];
    const answers = await Promise.all([register(a, companyInput()), register(b, companyInput())]);
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const winners = (await Promise.all([myCompany(a), myCompany(b)])).filter(Boolean);
    expect(winners).toHaveLength(1);
    expect(await rawPartition(`SIREN#${siren}`)).toEqual([
      expect.objectContaining({ companyId: winners[0]!.id }),
    ]);
  });

  it('is for PME users only', async () => {
    for (const caller of [
      { role: 'CONNECTEUR', sub: 'c' },
      { role: 'REGION_AGENT', sub: 'a', regionCode: '84' },
      { role: 'MODERATOR', sub: 'm' },
      { role: 'PROVIDER', sub: 'p' },
    ] as Caller[]) {
      expect(codeOf(await register(caller, companyInput()))).toBe('FORBIDDEN');
      expect(codeOf(await join(caller))).toBe('FORBIDDEN');
      expect(codeOf(await typedCall(api, MyCompany, {}, caller))).toBe('FORBIDDEN');
    }
    expect(codeOf(await register(undefined, companyInput()))).toBe('UNAUTHENTICATED');
    expect(codeOf(await join(undefined))).toBe('UNAUTHENTICATED');
  });
});

describe('joining a company', () => {
  it('makes a second user of the company, proven by its SIRET, a member of the live company', async () => {
    const owner = pme();
    const company = dataOf(await register(owner, companyInput())).registerCompany;
    const colleague = pme(sirenOf(owner));
    expect(dataOf(await join(colleague)).joinMyCompany).toEqual(company);
    expect(await myCompany(colleague)).toEqual(company);
    // Once a member, a second join or a registration is CONFLICT.
    expect(codeOf(await join(colleague))).toBe('CONFLICT');
    expect(codeOf(await register(colleague, companyInput()))).toBe('CONFLICT');
  });

  it('refuses a user without SIRET (FORBIDDEN) and a SIREN with no company (NOT_FOUND), writing nothing', async () => {
    const withoutSiret: Caller = { role: 'PME', sub: uniqueId('pme') };
    expect(codeOf(await join(withoutSiret))).toBe('FORBIDDEN');
    const nobody = pme();
    expect(codeOf(await join(nobody))).toBe('NOT_FOUND');
    for (const caller of [withoutSiret, nobody])
      expect(await rawPartition(`MEMBER#${caller.sub}`)).toEqual([]);
  });
});

describe('updating a company', () => {
  it('changes its facts under the version read', async () => {
    const caller = pme();
    dataOf(await register(caller, companyInput()));
    const update = (input: UpdateCompanyInput, version: number) =>
      typedCall(api, UpdateCompany, { input, v: version }, caller);
    const moved = dataOf(await update({ communeCode: '13055', employees: 21 }, 1)).updateCompany;
    expect(moved).toMatchObject({
      communeCode: '13055',
      departementCode: '13',
      regionCode: '93',
      employees: 21,
      version: 2,
    });
    expect(codeOf(await update({ employees: 22 }, 1))).toBe('CONFLICT');
    expect(codeOf(await update({}, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(await update({ nafCode: '00.00Z' }, 2))).toBe('BAD_USER_INPUT');
    expect((await myCompany(caller))!.version).toBe(2);
    expect(codeOf(await typedCall(api, UpdateCompany, { input: { employees: 3 }, v: 1 }, pme()))).toBe(
      'NOT_FOUND',
    );
  });
});
