import { nafLabel } from '../shared/naf.js';
import { decimalEuros } from './money.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';

/**
 * One row per submitted file, with what structural-funds (FEDER) reporting asks of a beneficiary and an operation:
 * identity (SIREN, NAF, commune), size, the operation's cost and dates, the aid granted and paid, the follow-up.
 * Semicolon-separated, amounts in euros with a decimal comma (as French spreadsheets read them).
 */
const COLUMNS: [
  header: string,
  value: (a: SubsidyApplicationRecord, ctx: RowContext) => string | number | undefined,
][] = [
  ['dossier', (a) => a.id],
  ['programme', (_, c) => c.program.name],
  ['organisme_gestionnaire', (_, c) => c.program.managingBody],
  ['region', (a) => a.regionCode],
  ['siren', (a) => a.companySnapshot?.siren],
  ['raison_sociale', (a) => a.companySnapshot?.name],
  ['code_naf', (a) => a.companySnapshot?.nafCode],
  ['libelle_naf', (a) => (a.companySnapshot ? nafLabel(a.companySnapshot.nafCode) : undefined)],
  ['commune_insee', (a) => a.companySnapshot?.communeCode],
  ['departement', (a) => a.companySnapshot?.departementCode],
  ['effectif', (a) => a.companySnapshot?.employees],
  ['chiffre_affaires_eur', (a) => money(a.companySnapshot?.annualRevenueCents)],
  ['statut', (a) => a.status],
  ['date_depot', (a) => day(a.firstSubmittedAt)],
  ['date_decision', (a) => day(a.decidedAt)],
  ['date_paiement', (a) => day(a.paidAt)],
  ['themes', (a) => [...new Set(a.expenses.map((e) => e.theme))].join(',')],
  ['prestataires_siren', (a) => [...new Set(a.expenses.map((e) => e.providerSiren))].join(',')],
  ['cout_total_eur', (a) => money(a.investmentCents)],
  ['taux_aide_points_base', (a, c) => a.grantedRateBasisPoints ?? c.program.aidRateBasisPoints],
  ['aide_accordee_eur', (a) => money(a.grantedAidCents)],
  ['facture_eur', (a) => money(a.invoiceCents)],
  ['montant_paye_eur', (a) => money(a.paidCents)],
  [
    'tiers_de_confiance',
    (a, c) => (a.attestedBy ? (c.connecteurNames.get(a.attestedBy) ?? a.attestedBy) : undefined),
  ],
  ['suivi_evolution_ca_pct', (a) => a.followUp?.revenueChangePercent],
  ['suivi_evolution_effectif', (a) => a.followUp?.employeesChange],
  ['suivi_benefice', (a) => (a.followUp ? (a.followUp.benefit ? 'oui' : 'non') : undefined)],
  ['suivi_satisfaction', (a) => a.followUp?.satisfaction],
];

type RowContext = { program: SubsidyProgramRecord; connecteurNames: Map<string, string> };

const money = (cents: number | undefined) => (cents === undefined ? undefined : decimalEuros(cents));
const day = (iso: string | undefined) => iso?.slice(0, 10);

/** A CSV cell: quoted when needed; a leading formula character is neutralised (CSV injection). */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The export of a programme's files, oldest submission first. */
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
    .map((a) => COLUMNS.map(([, value]) => csvCell(value(a, context))).join(';'));
  return [COLUMNS.map(([header]) => header).join(';'), ...rows].join('\r\n') + '\r\n';
}
