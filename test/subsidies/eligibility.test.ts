import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EligibilityFacts } from '../../functions/subsidies/eligibility.js';
import { MODEL_SCHEME_DEFAULTS } from '../../functions/subsidies/inputs.js';

const program: EligibilityFacts['program'] = {
  regionCode: '84',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-12-31T23:00:00.000Z',
  envelopeCents: 250_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
  ...MODEL_SCHEME_DEFAULTS,
};

function facts(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    program,
    company: {
      nafCode: '47.71Z',
      employees: 12,
      annualRevenueCents: 150_000_000,
      independent: true,
      regionCode: '84',
    },
    expenses: [
      {
        theme: 'ECOMMERCE_WEBSITE',
        description: 'Boutique en ligne',
        amountCents: 1_000_000,
        providerSiren: '732829320',
        providerName: 'Agence',
        providerCommuneCode: '69123',
      },
    ],
    submittedAt: new Date('2026-06-01T10:00:00.000Z'),
    capRemainingCents: null,
    attested: false,
    providerRegions: new Map([['732829320', ['84']]]),
    ...overrides,
  };
}

const failedRules = (f: EligibilityFacts) => evaluateEligibility(f).failed.map((c) => c.rule);

describe('eligibility', () => {
  it('returns every rule, in order, each with a French explanation, and the aid expected', () => {
    const result = evaluateEligibility(facts());
    expect(result.checks.map((c) => c.rule)).toEqual([
      'CALL_WINDOW',
      'REGION',
      'EMPLOYEES',
      'ANNUAL_REVENUE',
      'INDEPENDENCE',
      'SECTOR',
      'EXPENSE_THEMES',
      'LOCAL_PROVIDERS',
      'INVESTMENT_FLOOR',
      'COMPANY_CAP',
      'AID_FLOOR',
      'ATTESTATION',
    ]);
    expect(result.eligible).toBe(true);
    expect(result.aid.aidCents).toBe(500_000);
    expect(result.checks.find((c) => c.rule === 'AID_FLOOR')!.message).toBe(
      'Aide calculée de 5\u202f000,00 € (50\u00a0% de 10\u202f000,00 €) : au moins 1\u202f000,00 €.',
    );
  });

  it.each<[string, Partial<EligibilityFacts>, string[]]>([
    ['before the call opens', { submittedAt: new Date('2025-12-31T23:59:59.999Z') }, ['CALL_WINDOW']],
    ['the instant the call closes', { submittedAt: new Date('2026-12-31T23:00:00.000Z') }, ['CALL_WINDOW']],
    ['a company of another region', { company: { ...facts().company, regionCode: '11' } }, ['REGION']],
    ['50 employees', { company: { ...facts().company, employees: 50 } }, ['EMPLOYEES']],
    [
      'a company controlled by a group',
      { company: { ...facts().company, independent: false } },
      ['INDEPENDENCE'],
    ],
    ['software publishing (58.29C)', { company: { ...facts().company, nafCode: '58.29C' } }, ['SECTOR']],
    ['IT services (62.01Z)', { company: { ...facts().company, nafCode: '62.01Z' } }, ['SECTOR']],
    ['computer repair (95.11Z)', { company: { ...facts().company, nafCode: '95.11Z' } }, ['SECTOR']],
    [
      'a theme outside the programme',
      { expenses: [{ ...facts().expenses[0]!, theme: 'EXPORT' }] },
      ['EXPENSE_THEMES'],
    ],
    [
      'an investment below the floor',
      { expenses: [{ ...facts().expenses[0]!, amountCents: 199_999 }] },
      ['INVESTMENT_FLOOR', 'AID_FLOOR'],
    ],
    ['an exhausted company cap', { capRemainingCents: 0 }, ['COMPANY_CAP', 'AID_FLOOR']],
    ['a company cap leaving less than the aid floor', { capRemainingCents: 99_999 }, ['AID_FLOOR']],
  ])('fails %s', (_, overrides, rules) => {
    expect(failedRules(facts(overrides))).toEqual(rules);
  });

  it('passes at 49 employees and in a sector the programme does not exclude', () => {
    expect(failedRules(facts({ company: { ...facts().company, employees: 49, nafCode: '58.11Z' } }))).toEqual(
      [],
    );
    expect(failedRules(facts({ submittedAt: new Date('2026-01-01T00:00:00.000Z') }))).toEqual([]);
  });

  it('applies the optional rules only when the programme sets them', () => {
    const strict = {
      ...program,
      maxAnnualRevenueCents: 100_000_000,
      localProvidersOnly: true,
      attestationRequired: true,
      excludedNafPrefixes: [],
    };
    // The directory decides, whatever commune the applicant typed: registered elsewhere, then not registered.
    const outside = {
      ...facts().expenses[0]!,
      providerSiren: '552100554',
      providerName: 'Agence parisienne',
      providerCommuneCode: '69123',
    };
    const registeredInParis = new Map([
      ['732829320', ['84']],
      ['552100554', ['11']],
    ]);
    const result = evaluateEligibility(
      facts({ program: strict, expenses: [outside], providerRegions: registeredInParis }),
    );
    expect(result.failed.map((c) => c.rule)).toEqual(['ANNUAL_REVENUE', 'LOCAL_PROVIDERS', 'ATTESTATION']);
    expect(result.failed[1]!.message).toContain(
      'Agence parisienne est établi hors de la région (Île-de-France)',
    );
    const relaxed = { ...strict, maxAnnualRevenueCents: 150_000_000 };
    const unregistered = evaluateEligibility(
      facts({ program: relaxed, attested: true, providerRegions: new Map() }),
    );
    expect(unregistered.failed.map((c) => c.rule)).toEqual(['LOCAL_PROVIDERS']);
    expect(unregistered.failed[0]!.message).toContain(
      'Agence (SIREN 732829320) n’est pas inscrit dans l’annuaire',
    );
    // A provider with an establishment in the region (among others) is local.
    expect(
      failedRules(
        facts({ program: relaxed, attested: true, providerRegions: new Map([['732829320', ['11', '84']]]) }),
      ),
    ).toEqual([]);
    // Without the restriction, the directory is not consulted.
    expect(failedRules(facts({ providerRegions: new Map() }))).toEqual([]);
  });
});
