import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../functions/subsidies/eligibility';
import { formatEuros } from '../../client/src/labels/money';
import { EligibilityPreview } from '../../client/src/pages/pme/EligibilityPreview';
import type {
  CompanyView,
  ExpenseDraft,
  PreviewInputs,
  ProgramRulesView,
} from '../../client/src/pages/pme/eligibility-preview';

// The model scheme: 50 % of 2,000–30,000 €, aid 1,000–15,000 €, in Auvergne-Rhône-Alpes (84).
const makeProgram = (overrides: Partial<ProgramRulesView> = {}): ProgramRulesView => ({
  regionCode: '84',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2027-12-31T23:00:00.000Z',
  envelopeCents: 250_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
  maxEmployees: 49,
  maxAnnualRevenueCents: null,
  independenceRequired: true,
  excludedNafPrefixes: ['58.2', '61', '62', '63.1', '95.1'],
  eligibleThemes: ['ECOMMERCE_WEBSITE', 'ONLINE_VISIBILITY', 'ONLINE_PAYMENT'],
  localProvidersOnly: false,
  perCompanyCapCents: null,
  perCompanyCapYears: 3,
  attestationRequired: false,
  ...overrides,
});

const bakery: CompanyView = {
  nafCode: '10.71C',
  employees: 6,
  annualRevenueCents: 48_000_000,
  independent: true,
  regionCode: '84',
};

const expense = (amountCents: number, overrides: Partial<ExpenseDraft> = {}): ExpenseDraft => ({
  theme: 'ECOMMERCE_WEBSITE',
  description: 'Boutique en ligne',
  amountCents,
  providerSiren: '732829320',
  providerName: 'Atelier Web Lyonnais',
  ...overrides,
});

const makeInputs = (overrides: Partial<PreviewInputs> = {}): PreviewInputs => ({
  program: makeProgram(),
  company: bakery,
  expenses: [expense(600_000)],
  providerRegions: new Map(),
  capRemainingCents: null,
  attested: false,
  at: new Date('2026-11-26T10:00:00.000Z'),
  ...overrides,
});

/** What the server's function says of the same facts. */
const serverVerdict = (inputs: PreviewInputs) =>
  evaluateEligibility({
    program: {
      ...inputs.program,
      maxAnnualRevenueCents: inputs.program.maxAnnualRevenueCents ?? undefined,
      perCompanyCapCents: inputs.program.perCompanyCapCents ?? undefined,
      managingBodyCapCents: undefined,
      managingBodyCapYears: undefined,
      questions: undefined,
    },
    company: inputs.company,
    expenses: inputs.expenses,
    submittedAt: inputs.at,
    capRemainingCents: inputs.capRemainingCents,
    attested: inputs.attested,
    providerRegions: inputs.providerRegions,
  });

/** Renders the preview and checks it shows the server's verdict, failed rules (with their messages) and aid. */
function expectPreviewToAgreeWithServer(inputs: PreviewInputs) {
  const server = serverVerdict(inputs);
  render(<EligibilityPreview {...inputs} />);
  const preview = screen.getByTestId('eligibility-preview');

  expect(
    within(preview).getByText(server.eligible ? 'Dossier éligible' : 'Dossier non éligible en l’état'),
  ).toBeTruthy();
  expect(screen.getByTestId('preview-investment').textContent).toBe(formatEuros(server.investmentCents));
  // The API's expected aid (`aidCents`): the computed aid once both floors are met, else nothing.
  expect(screen.getByTestId('preview-aid').textContent).toBe(
    formatEuros(server.aid.grantable ? server.aid.aidCents : 0),
  );
  const shownFailures = [...preview.querySelectorAll('[data-rule]')].map((item) => ({
    rule: item.getAttribute('data-rule'),
    text: item.textContent,
  }));
  expect(shownFailures.map((f) => f.rule)).toEqual(server.failed.map((check) => check.rule));
  server.failed.forEach((check, index) => expect(shownFailures[index]?.text).toContain(check.message));
  return server;
}

afterEach(cleanup);

describe('PME chèque numérique: the eligibility and aid preview agrees with the server’s eligibility function', () => {
  it('an eligible project: half of the investment', () => {
    const server = expectPreviewToAgreeWithServer(
      makeInputs({ expenses: [expense(400_000), expense(200_000, { theme: 'ONLINE_VISIBILITY' })] }),
    );
    expect(server.eligible).toBe(true);
    expect(screen.getByText('Dossier éligible')).toBeTruthy();
    expect(screen.getByTestId('preview-aid').textContent).toBe(formatEuros(300_000));
  });

  it('an investment below the floor', () => {
    const server = expectPreviewToAgreeWithServer(makeInputs({ expenses: [expense(150_000)] }));
    expect(server.failed.map((check) => check.rule)).toEqual(['INVESTMENT_FLOOR', 'AID_FLOOR']);
    expect(screen.getByText('Dossier non éligible en l’état')).toBeTruthy();
  });

  it('an investment over the ceiling: the aid stops at the aid ceiling', () => {
    const server = expectPreviewToAgreeWithServer(
      makeInputs({ program: makeProgram({ aidCeilingCents: 1_200_000 }), expenses: [expense(4_500_000)] }),
    );
    expect(server.eligible).toBe(true);
    expect(server.aid.aidCents).toBe(1_200_000);
    expect(screen.getByTestId('eligibility-preview').textContent).toContain(
      'plafonnée par le montant maximal d’aide',
    );
  });

  it('an expense theme the programme does not fund', () => {
    const server = expectPreviewToAgreeWithServer(
      makeInputs({ expenses: [expense(500_000), expense(300_000, { theme: 'TRAINING' })] }),
    );
    expect(server.failed.map((check) => check.rule)).toEqual(['EXPENSE_THEMES']);
  });

  it('local providers only: a provider missing from the directory, then one based in the region', () => {
    const program = makeProgram({ localProvidersOnly: true });
    const missing = expectPreviewToAgreeWithServer(makeInputs({ program }));
    expect(missing.failed.map((check) => check.rule)).toEqual(['LOCAL_PROVIDERS']);
    expect(
      within(screen.getByTestId('eligibility-preview')).getByText(/n’est pas inscrit dans l’annuaire/),
    ).toBeTruthy();
    cleanup();

    const elsewhere = expectPreviewToAgreeWithServer(
      makeInputs({ program, providerRegions: new Map([['732829320', ['11']]]) }),
    );
    expect(elsewhere.failed.map((check) => check.rule)).toEqual(['LOCAL_PROVIDERS']);
    cleanup();

    const local = expectPreviewToAgreeWithServer(
      makeInputs({ program, providerRegions: new Map([['732829320', ['84']]]) }),
    );
    expect(local.eligible).toBe(true);
  });

  it('the per-company cap limits the aid, and an exhausted cap fails', () => {
    const program = makeProgram({ perCompanyCapCents: 2_000_000 });
    const limited = expectPreviewToAgreeWithServer(
      makeInputs({ program, expenses: [expense(1_000_000)], capRemainingCents: 120_000 }),
    );
    expect(limited.aid.limitedBy).toBe('COMPANY_CAP');
    expect(screen.getByTestId('preview-aid').textContent).toBe(formatEuros(120_000));
    cleanup();

    const exhausted = expectPreviewToAgreeWithServer(
      makeInputs({ program, expenses: [expense(1_000_000)], capRemainingCents: 0 }),
    );
    expect(exhausted.failed.map((check) => check.rule)).toEqual(['COMPANY_CAP', 'AID_FLOOR']);
    expect(screen.getByTestId('preview-aid').textContent).toBe(formatEuros(0));
  });

  it('a company over the headcount, in the digital sector, outside the call window and not attested', () => {
    const server = expectPreviewToAgreeWithServer(
      makeInputs({
        program: makeProgram({ attestationRequired: true, closesAt: '2026-06-30T22:00:00.000Z' }),
        company: { ...bakery, employees: 60, nafCode: '62.01Z' },
      }),
    );
    expect(server.failed.map((check) => check.rule)).toEqual([
      'CALL_WINDOW',
      'EMPLOYEES',
      'SECTOR',
      'ATTESTATION',
    ]);
  });
});
