import { describe, expect, it } from 'vitest';
import { csvCell, headcountBand, toCsv } from '../../functions/subsidies/export.js';
import { MODEL_SCHEME_DEFAULTS } from '../../functions/subsidies/inputs.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from '../../functions/subsidies/records.js';

const program: SubsidyProgramRecord = {
  id: 'prog',
  regionCode: '84',
  name: 'Chèque « Croissance connectée »; AURA',
  managingBody: 'Région Auvergne-Rhône-Alpes',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-12-31T23:00:00.000Z',
  envelopeCents: 250_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
  ...MODEL_SCHEME_DEFAULTS,
  createdBySub: 'm',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
};

const paid: SubsidyApplicationRecord = {
  id: 'app-2',
  programId: 'prog',
  regionCode: '84',
  companyId: 'c',
  createdBySub: 'p',
  status: 'PAID',
  version: 6,
  projectSummary: '=cmd|\' /C calc\'!A0; "vente" en ligne',
  expenses: [
    {
      theme: 'ECOMMERCE_WEBSITE',
      description: 'Site',
      amountCents: 1_234_567,
      providerSiren: '732829320',
      providerName: '=HYPERLINK("x")',
    },
  ],
  investmentCents: 1_234_567,
  companySnapshot: {
    siren: '552100554',
    name: 'Fromagerie "Au bon lait"',
    nafCode: '47.29Z',
    employees: 4,
    annualRevenueCents: 45_000_000,
    independent: true,
    communeCode: '69123',
    departementCode: '69',
    regionCode: '84',
  },
  firstSubmittedAt: '2026-02-02T23:30:00.000Z',
  attestedBy: 'k1',
  decidedAt: '2026-03-01T10:00:00.000Z',
  grantedAidCents: 617_283,
  grantedRateBasisPoints: 5000,
  invoiceCents: 1_000_000,
  paidCents: 500_000,
  paidAt: '2026-06-01T10:00:00.000Z',
  messageCount: 0,
  annotationCount: 0,
  followUp: {
    answeredAt: '2027-06-02T10:00:00.000Z',
    answeredBySub: 'p',
    revenueChangePercent: -5,
    employeesChange: 1,
    benefit: true,
    satisfaction: 4,
  },
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
};
const submitted: SubsidyApplicationRecord = {
  ...paid,
  id: 'app-1',
  status: 'SUBMITTED',
  firstSubmittedAt: '2026-01-15T10:00:00.000Z',
  decidedAt: undefined,
  grantedAidCents: undefined,
  grantedRateBasisPoints: undefined,
  invoiceCents: undefined,
  paidCents: undefined,
  paidAt: undefined,
  followUp: undefined,
};

/** A CSV line's cells, quotes undone (what a spreadsheet reads). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /(?:^|;)(?:"((?:[^"]|"")*)"|([^;]*))/g;
  for (const m of line.matchAll(re)) out.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
  return out;
}

/** The export's lines, its BOM checked and removed. */
function linesOf(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1).split('\r\n');
}

describe('the CSV writer', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a;b', '"a;b"'],
    ['1234,56', '"1234,56"'],
    ['Fromagerie "Au bon lait"', '"Fromagerie ""Au bon lait"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['retour\r', '"retour\r"'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23 45 67 89', "'+33 1 23 45 67 89"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://x";"clic")', `"'=HYPERLINK(""http://x"";""clic"")"`],
  ])('keeps the whole formula-like cell %j behind an apostrophe: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('neutralises numbers too, and leaves missing values empty', () => {
    expect(csvCell(-5)).toBe("'-5");
    expect(csvCell(42)).toBe('42');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('the FEDER export', () => {
  const csv = toCsv(program, [paid, submitted], new Map([['k1', 'Conseil ; Numérique']]));
  const lines = linesOf(csv);
  const header = cells(lines[0]!);
  const row = (line: string) => Object.fromEntries(cells(line).map((cell, i) => [header[i], cell]));

  it('starts with a BOM, ends every line with CRLF, one row per file, oldest submission first', () => {
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(cells(lines[1]!)).toHaveLength(header.length);
    expect(cells(lines[2]!)).toHaveLength(header.length);
    expect(row(lines[1]!)).toMatchObject({ dossier: 'app-1', statut: 'Déposé', aide_accordee_eur: '' });
  });

  it('has every column a managing authority reports to FEDER', () => {
    expect(header).toEqual(
      expect.arrayContaining([
        'programme',
        'organisme_gestionnaire',
        'siren',
        'raison_sociale',
        'code_naf',
        'tranche_effectif',
        'region',
        'departement',
        'resume_projet',
        'cout_total_eur',
        'cout_eligible_eur',
        'aide_accordee_eur',
        'aide_payee_eur',
        'date_depot',
        'date_decision',
        'date_paiement',
        'statut',
        'tiers_de_confiance',
      ]),
    );
  });

  it('writes French words, euros with a decimal comma, the rate as a percentage and Paris days', () => {
    expect(row(lines[2]!)).toMatchObject({
      dossier: 'app-2',
      programme: 'Chèque « Croissance connectée »; AURA',
      organisme_gestionnaire: 'Région Auvergne-Rhône-Alpes',
      region: 'Auvergne-Rhône-Alpes',
      departement: '69',
      siren: '552100554',
      raison_sociale: 'Fromagerie "Au bon lait"',
      code_naf: '47.29Z',
      tranche_effectif: '3 à 5 salariés',
      chiffre_affaires_eur: '450000,00',
      resume_projet: "'=cmd|' /C calc'!A0; \"vente\" en ligne",
      thematiques: 'Site web ou e-commerce',
      prestataires_siren: '732829320',
      cout_total_eur: '12345,67',
      cout_eligible_eur: '12345,67',
      taux_aide: '50 %',
      aide_accordee_eur: '6172,83',
      aide_payee_eur: '5000,00',
      // 23:30 UTC on 2 February is 3 February in Paris.
      date_depot: '03/02/2026',
      date_decision: '01/03/2026',
      date_paiement: '01/06/2026',
      statut: 'Payé',
      tiers_de_confiance: 'Conseil ; Numérique',
      suivi_evolution_ca_pct: "'-5",
      suivi_benefice: 'oui',
    });
  });

  it('keeps a formula in the project summary whole behind an apostrophe, quoted because of its semicolon and quotes', () => {
    expect(lines[2]).toContain(`;"'=cmd|' /C calc'!A0; ""vente"" en ligne";`);
  });

  it('caps the eligible cost at the investment ceiling', () => {
    const big = { ...paid, investmentCents: 5_000_000 };
    const [, line] = linesOf(toCsv(program, [big]));
    expect(row(line!)).toMatchObject({ cout_total_eur: '50000,00', cout_eligible_eur: '30000,00' });
  });

  it('writes a stable pseudonym and no SIREN for an erased company', () => {
    const erased = {
      ...paid,
      erasedAt: '2027-01-01T00:00:00.000Z',
      companySnapshot: { ...paid.companySnapshot!, name: 'Entreprise supprimée', siren: '' },
    };
    const [, first] = linesOf(toCsv(program, [erased]));
    const [, second] = linesOf(toCsv(program, [{ ...erased, id: 'app-3' }]));
    expect(row(first!).siren).toBe('');
    expect(row(first!).raison_sociale).toMatch(/^Bénéficiaire effacé [0-9A-F]{8}$/);
    expect(row(second!).raison_sociale).toBe(row(first!).raison_sociale);
    expect(first).not.toContain('Au bon lait');
  });

  it('gives the headcount bands of INSEE', () => {
    expect([0, 1, 2, 3, 9, 10, 19, 20, 49, 50, 250].map(headcountBand)).toEqual([
      '0 salarié',
      '1 ou 2 salariés',
      '1 ou 2 salariés',
      '3 à 5 salariés',
      '6 à 9 salariés',
      '10 à 19 salariés',
      '10 à 19 salariés',
      '20 à 49 salariés',
      '20 à 49 salariés',
      '50 à 99 salariés',
      '250 à 499 salariés',
    ]);
  });
});
