import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../functions/subsidies/export.js';
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
  projectSummary: 'Site marchand',
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
  firstSubmittedAt: '2026-02-03T10:00:00.000Z',
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

describe('the FEDER-style export', () => {
  it('writes one semicolon-separated row per file, oldest submission first, amounts in euros with a comma', () => {
    const lines = toCsv(program, [paid, submitted], new Map()).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const header = cells(lines[0]!);
    const row = (line: string) => Object.fromEntries(cells(line).map((cell, i) => [header[i], cell]));
    expect(cells(lines[1]!)).toHaveLength(header.length);
    expect(row(lines[1]!)).toMatchObject({ dossier: 'app-1', statut: 'SUBMITTED', aide_accordee_eur: '' });
    expect(row(lines[2]!)).toMatchObject({
      dossier: 'app-2',
      siren: '552100554',
      raison_sociale: 'Fromagerie "Au bon lait"',
      programme: 'Chèque « Croissance connectée »; AURA',
      prestataires_siren: '732829320',
      code_naf: '47.29Z',
      chiffre_affaires_eur: '450000,00',
      cout_total_eur: '12345,67',
      aide_accordee_eur: '6172,83',
      montant_paye_eur: '5000,00',
      date_depot: '2026-02-03',
      suivi_evolution_ca_pct: '-5',
      suivi_benefice: 'oui',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });
});
