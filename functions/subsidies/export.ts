import { createHash } from 'node:crypto';
import { csvDocument, type CsvValue } from '../shared/csv.js';
import { regionByCode, departementByCode } from '../shared/geography.js';
import { nafLabel } from '../shared/naf.js';
import { parisDay } from '../shared/paris-time.js';
import { THEME_LABELS } from '../shared/themes.js';
import { decimalEuros, formatRate } from './money.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';
import { STATUS_LABELS } from './workflow.js';

export { csvCell } from '../shared/csv.js';

type RowContext = { program: SubsidyProgramRecord; connecteurNames: Map<string, string> };
type Row = SubsidyApplicationRecord & { erasedAt?: string };

/** INSEE headcount bands (tranches d'effectif salarié), as the Sirene register and FEDER reporting use them. */
const HEADCOUNT_BANDS: [min: number, label: string][] = [
  [10_000, '10 000 salariés et plus'],
  [5000, '5 000 à 9 999 salariés'],
  [2000, '2 000 à 4 999 salariés'],
  [1000, '1 000 à 1 999 salariés'],
  [500, '500 à 999 salariés'],
  [250, '250 à 499 salariés'],
  [200, '200 à 249 salariés'],
  [100, '100 à 199 salariés'],
  [50, '50 à 99 salariés'],
  [20, '20 à 49 salariés'],
  [10, '10 à 19 salariés'],
  [6, '6 à 9 salariés'],
  [3, '3 à 5 salariés'],
  [1, '1 ou 2 salariés'],
  [0, '0 salarié'],
];

export const headcountBand = (employees: number): string =>
  HEADCOUNT_BANDS.find(([min]) => employees >= min)?.[1] ?? '0 salarié';

/**
 * The company of an erased file keeps a stable pseudonym (the same for all its files, so beneficiaries can still
 * be counted) instead of its name; its SIREN is gone.
 */
export const erasedCompanyPseudonym = (companyId: string): string =>
  `Bénéficiaire effacé ${createHash('sha256').update(companyId).digest('hex').slice(0, 8).toUpperCase()}`;

const money = (cents: number | undefined) => (cents === undefined ? undefined : decimalEuros(cents));
/** A Paris calendar day as French spreadsheets read it: 03/02/2026. */
const day = (iso: string | undefined) => (iso ? parisDay(iso).split('-').reverse().join('/') : undefined);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One row per submitted file, with what a managing authority reports to FEDER on a beneficiary and an operation:
 * programme and managing body, the beneficiary (SIREN, name, NAF, headcount band, place), the project, its cost and
 * eligible cost, the aid granted and paid, the dates, the status and the trusted third party, then the follow-up.
 * French words for statuses and themes, amounts in euros with a decimal comma, days in Paris.
 */
const COLUMNS: [header: string, value: (a: Row, ctx: RowContext) => CsvValue][] = [
  ['dossier', (a) => a.id],
  ['programme', (_, c) => c.program.name],
  ['organisme_gestionnaire', (_, c) => c.program.managingBody],
  ['region', (a) => regionByCode(a.regionCode)?.name ?? a.regionCode],
  ['departement', (a) => a.companySnapshot?.departementCode],
  [
    'departement_nom',
    (a) => (a.companySnapshot ? departementByCode(a.companySnapshot.departementCode)?.name : undefined),
  ],
  ['commune_insee', (a) => a.companySnapshot?.communeCode],
  ['siren', (a) => (a.erasedAt ? undefined : a.companySnapshot?.siren)],
  ['raison_sociale', (a) => (a.erasedAt ? erasedCompanyPseudonym(a.companyId) : a.companySnapshot?.name)],
  ['code_naf', (a) => a.companySnapshot?.nafCode],
  ['libelle_naf', (a) => (a.companySnapshot ? nafLabel(a.companySnapshot.nafCode) : undefined)],
  ['effectif', (a) => a.companySnapshot?.employees],
  ['tranche_effectif', (a) => (a.companySnapshot ? headcountBand(a.companySnapshot.employees) : undefined)],
  ['chiffre_affaires_eur', (a) => money(a.companySnapshot?.annualRevenueCents)],
  ['resume_projet', (a) => a.projectSummary],
  ['thematiques', (a) => [...new Set(a.expenses.map((e) => THEME_LABELS[e.theme] ?? e.theme))].join(', ')],
  ['prestataires_siren', (a) => [...new Set(a.expenses.map((e) => e.providerSiren))].join(', ')],
  ['cout_total_eur', (a) => money(a.investmentCents)],
  ['cout_eligible_eur', (a, c) => money(Math.min(a.investmentCents, c.program.investmentCeilingCents))],
  [
    'taux_aide',
    (a, c) => formatRate(a.grantedRateBasisPoints ?? c.program.aidRateBasisPoints).replace('\u00a0', ' '),
  ],
  ['aide_accordee_eur', (a) => money(a.grantedAidCents)],
  ['facture_eur', (a) => money(a.invoiceCents)],
  ['aide_payee_eur', (a) => money(a.paidCents)],
  ['date_depot', (a) => day(a.firstSubmittedAt)],
  ['date_decision', (a) => day(a.decidedAt)],
  ['date_paiement', (a) => day(a.paidAt)],
  ['statut', (a) => capitalised(STATUS_LABELS[a.status])],
  [
    'tiers_de_confiance',
    (a, c) => (a.attestedBy ? (c.connecteurNames.get(a.attestedBy) ?? a.attestedBy) : undefined),
  ],
  ['suivi_evolution_ca_pct', (a) => a.followUp?.revenueChangePercent],
  ['suivi_evolution_effectif', (a) => a.followUp?.employeesChange],
  ['suivi_benefice', (a) => (a.followUp ? (a.followUp.benefit ? 'oui' : 'non') : undefined)],
  ['suivi_satisfaction', (a) => a.followUp?.satisfaction],
];

export const EXPORT_HEADER = COLUMNS.map(([header]) => header);

/** The export of a programme's files, oldest submission first: UTF-8 with BOM, semicolons, CRLF. */
export function toCsv(
  program: SubsidyProgramRecord,
  applications: SubsidyApplicationRecord[],
  connecteurNames: Map<string, string> = new Map(),
): string {
  const context: RowContext = { program, connecteurNames };
  const rows = [...applications]
    .sort(
      (a, b) =>
        (a.firstSubmittedAt ?? '').localeCompare(b.firstSubmittedAt ?? '') || a.id.localeCompare(b.id),
    )
    .map((a) => COLUMNS.map(([, value]) => value(a, context)));
  return csvDocument(EXPORT_HEADER, rows);
}
