import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, uniqueId, type Caller } from '../support/api.js';
import { companyInput, dataOf, randomSiren } from '../subsidies/support.js';

const api = createTestApi({ clock: manualClock() });
const FIELDS = `id siren name nafCode nafLabel nafSection employees annualRevenueCents independent communeCode departementCode regionCode version`;

const pme = (): Caller => ({ role: 'PME', sub: uniqueId('pme') });
const register = (caller: Caller, input: Record<string, unknown>) =>
  api.call<{ registerCompany: Record<string, any> }>(
    `mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { ${FIELDS} } }`,
    { input },
    caller,
  );
const myCompany = async (caller: Caller) =>
  dataOf(await api.call<{ myCompany: Record<string, any> | null }>(`{ myCompany { ${FIELDS} } }`, {}, caller))
    .myCompany;

describe('registering a company', () => {
  it('derives département and region from the commune and makes the caller its member', async () => {
    const caller = pme();
    expect(await myCompany(caller)).toBeNull();
    const input = companyInput({
      nafCode: '47.71z',
      communeCode: '35238',
      annualRevenueCents: 10_000_000_000,
    });
    const company = dataOf(await register(caller, input)).registerCompany;
    expect(company).toMatchObject({
      siren: input.siren,
      nafCode: '47.71Z',
      nafLabel: "Commerce de détail d'habillement en magasin spécialisé",
      nafSection: 'G',
      departementCode: '35',
      regionCode: '53',
      annualRevenueCents: 10_000_000_000,
      version: 1,
    });
    expect(await myCompany(caller)).toEqual(company);
  });

  it.each([
    ['a SIREN with a wrong Luhn key', { siren: '732829321' }, ['input', 'siren']],
    ['a SIREN of 8 digits', { siren: '73282932' }, ['input', 'siren']],
    ['an unknown NAF code', { nafCode: '47.71X' }, ['input', 'nafCode']],
    ['a NAF code without its dot', { nafCode: '4771Z' }, ['input', 'nafCode']],
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

  it('allows one company per SIREN and one company per user', async () => {
    const siren = randomSiren();
    const first = pme();
    dataOf(await register(first, companyInput({ siren })));
    const second = pme();
    expect(codeOf(await register(second, companyInput({ siren })))).toBe('CONFLICT');
    expect(await myCompany(second)).toBeNull();
    expect(codeOf(await register(first, companyInput()))).toBe('CONFLICT');
  });

  it('is for PME users only', async () => {
    for (const caller of [
      { role: 'CONNECTEUR', sub: 'c' },
      { role: 'REGION_AGENT', sub: 'a', regionCode: '84' },
      { role: 'MODERATOR', sub: 'm' },
      { role: 'PROVIDER', sub: 'p' },
    ] as Caller[]) {
      expect(codeOf(await register(caller, companyInput()))).toBe('FORBIDDEN');
      expect(codeOf(await api.call(`{ myCompany { id } }`, {}, caller))).toBe('FORBIDDEN');
    }
    expect(codeOf(await register(undefined, companyInput()))).toBe('UNAUTHENTICATED');
  });
});

describe('updating a company', () => {
  it('changes its facts under the version read', async () => {
    const caller = pme();
    dataOf(await register(caller, companyInput()));
    const update = (input: Record<string, unknown>, version: number) =>
      api.call<{ updateCompany: Record<string, any> }>(
        `mutation($input: UpdateCompanyInput!, $v: Int!) { updateCompany(input: $input, expectedVersion: $v) { ${FIELDS} } }`,
        { input, v: version },
        caller,
      );
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
    expect(
      codeOf(
        await api.call(
          `mutation { updateCompany(input: {employees: 3}, expectedVersion: 1) { id } }`,
          {},
          pme(),
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
