import type { Role, SubsidyAction } from '../../functions/generated/resolvers-types.js';
import type { CompanyRecord } from '../../functions/companies/records.js';
import { histogramsOfRecords, invoiceObservations } from '../../functions/prices/referential.js';
import { histogramItems } from '../../functions/prices/store.js';
import { idForSubject } from '../../functions/shared/identifiers.js';
import { regionByCode } from '../../functions/shared/geography.js';
import { computeAid, computePayment } from '../../functions/subsidies/aid.js';
import { parisYear } from '../../functions/shared/paris-time.js';
import { snapshotOf } from '../../functions/subsidies/evaluation.js';
import { CHEQUE_FRANCE_NUM_THEMES, MODEL_SCHEME_DEFAULTS } from '../../functions/subsidies/inputs.js';
import { transitionEffects } from '../../functions/subsidies/ledger.js';
import type {
  CompanyUsageRecord,
  HistoryEntryRecord,
  SubsidyApplicationRecord,
  SubsidyLedgerRecord,
  SubsidyProgramRecord,
} from '../../functions/subsidies/records.js';
import {
  applicationItem,
  emptyLedger,
  historyItem,
  ledgerItem,
  programItem,
  usageItem,
} from '../../functions/subsidies/keys.js';
import { transitionFor } from '../../functions/subsidies/workflow.js';
import { seededRandom, type Random } from '../../scripts/demo/random.js';
import { benchCompanies, COMPANIES, sirenOf } from './companies.js';
import type { Dataset } from './dataset.js';

export const APPLICATIONS = 50_000;
/** The region whose agent pages through its files, and whose files grow ten-fold in the 10× table. */
export const AGENT_REGION = '84';
const DAY = 86_400_000;
const EUR = 100;

/** The path of transitions to each final status (a file is created as a draft first). */
const PATHS: [share: number, events: Exclude<SubsidyAction, 'CREATE'>[]][] = [
  [0.08, []],
  [0.17, ['SUBMIT']],
  [0.05, ['SUBMIT', 'REQUEST_CORRECTION']],
  [0.15, ['SUBMIT', 'START_REVIEW']],
  [0.2, ['SUBMIT', 'START_REVIEW', 'ACCEPT']],
  [0.1, ['SUBMIT', 'START_REVIEW', 'REJECT']],
  [0.05, ['SUBMIT', 'REQUEST_CORRECTION', 'CLOSE_WITHOUT_FOLLOW_UP']],
  [0.2, ['SUBMIT', 'START_REVIEW', 'ACCEPT', 'RECORD_PAYMENT']],
];

/** One chèque numérique per region (18), on the report's model scheme with an envelope that holds every file. */
function programOf(regionCode: string, now: Date): SubsidyProgramRecord {
  const at = new Date(now.getTime() - 420 * DAY).toISOString();
  const region = regionByCode(regionCode)?.name ?? regionCode;
  return {
    id: idForSubject('bench-program', regionCode),
    regionCode,
    name: `Chèque Croissance connectée — ${region}`,
    managingBody: `Région ${region}`,
    createdBySub: 'bench-moderateur',
    createdAt: at,
    updatedAt: at,
    version: 1,
    opensAt: at,
    closesAt: new Date(now.getTime() + 200 * DAY).toISOString(),
    envelopeCents: 50_000_000 * EUR,
    aidRateBasisPoints: 5000,
    investmentFloorCents: 2_000 * EUR,
    investmentCeilingCents: 30_000 * EUR,
    aidFloorCents: 1_000 * EUR,
    aidCeilingCents: 15_000 * EUR,
    ...MODEL_SCHEME_DEFAULTS,
    maxEmployees: 249,
  };
}

type ProgramData = {
  program: SubsidyProgramRecord;
  ledger: SubsidyLedgerRecord;
  usages: Map<string, CompanyUsageRecord>;
  applications: { app: SubsidyApplicationRecord; history: HistoryEntryRecord[] }[];
};

/**
 * `count` files of one programme, each walked through its workflow path from creation: every step is a history
 * entry, and the ledger and the companies' standings move by `transitionEffects`, exactly as the transitions'
 * transactions move them. Seeded per region, so a longer run starts with the same files as a shorter one.
 */
function programData(regionCode: string, companies: CompanyRecord[], count: number, now: Date): ProgramData {
  const random = seededRandom(1000 + Number(regionCode));
  const program = programOf(regionCode, now);
  const ledger = emptyLedger(program);
  const usages = new Map<string, CompanyUsageRecord>();
  const applications: ProgramData['applications'] = [];
  const agent = `bench-agent-${regionCode}`;
  for (let i = 0; i < count; i++) {
    const company = random.pick(companies);
    let at = now.getTime() - random.int(40, 400) * DAY - random.int(0, 86_000) * 1000;
    const expenses = random.sample(CHEQUE_FRANCE_NUM_THEMES, random.int(1, 3)).map((theme) => ({
      theme,
      description: `Prestation ${theme.toLowerCase()}`,
      amountCents: random.int(20, 120) * 100 * EUR,
      providerSiren: sirenOf(COMPANIES + random.int(0, 4999)),
      providerName: `Prestataire ${random.int(1, 5000)}`,
    }));
    const investmentCents = expenses.reduce((sum, e) => sum + e.amountCents, 0);
    const created: SubsidyApplicationRecord = {
      id: idForSubject('bench-application', `${regionCode}:${i}`),
      programId: program.id,
      regionCode,
      companyId: company.id,
      createdBySub: company.createdBySub,
      status: 'DRAFT',
      version: 1,
      projectSummary: 'Vendre en ligne et être trouvé : site, paiement et visibilité locale.',
      expenses,
      investmentCents,
      messageCount: 0,
      annotationCount: 0,
      createdAt: new Date(at).toISOString(),
      updatedAt: new Date(at).toISOString(),
    };
    const history: HistoryEntryRecord[] = [
      {
        applicationId: created.id,
        version: 1,
        at: created.createdAt,
        actorSub: company.createdBySub,
        actorRole: 'PME',
        action: 'CREATE',
        toStatus: 'DRAFT',
      },
    ];
    const usageId = company.id;
    const apply = (before: SubsidyApplicationRecord | undefined, after: SubsidyApplicationRecord) => {
      const previousUsage = usages.get(usageId);
      const effects = transitionEffects(before, after, previousUsage);
      for (const [counter, delta] of Object.entries(effects.ledger))
        (ledger as Record<string, number | string>)[counter] =
          (ledger[counter as keyof typeof effects.ledger] ?? 0) + delta;
      if (effects.usage)
        usages.set(usageId, { ...effects.usage, version: (previousUsage?.version ?? 0) + 1 });
    };
    apply(undefined, created);
    let app = created;
    for (const event of pathOf(random)) {
      at += random.int(1, 6) * DAY;
      const stamp = new Date(at).toISOString();
      const role: Role = event === 'SUBMIT' ? 'PME' : 'REGION_AGENT';
      const transition = transitionFor(app.status, event, role, 'Motif du banc de mesure');
      const next: SubsidyApplicationRecord = {
        ...app,
        ...changeOf(event, app, program, company, new Date(at), random),
        status: transition.to,
        version: app.version + 1,
        updatedAt: stamp,
      };
      const reason = transition.reasonRequired ? 'Pièces manquantes au dossier.' : undefined;
      history.push({
        applicationId: app.id,
        version: next.version,
        at: stamp,
        actorSub: role === 'PME' ? company.createdBySub : agent,
        actorRole: role,
        action: event,
        ...(reason ? { reason } : {}),
        fromStatus: app.status,
        toStatus: transition.to,
      });
      apply(app, next);
      app = next;
    }
    applications.push({ app, history });
  }
  return { program, ledger, usages, applications };
}

function pathOf(random: Random) {
  let roll = random.next();
  for (const [share, events] of PATHS) if ((roll -= share) < 0) return events;
  return PATHS.at(-1)![1];
}

/** What each event sets on the file, as the service's use cases set it. */
function changeOf(
  event: SubsidyAction,
  app: SubsidyApplicationRecord,
  program: SubsidyProgramRecord,
  company: CompanyRecord,
  at: Date,
  random: Random,
): Partial<SubsidyApplicationRecord> {
  const stamp = at.toISOString();
  switch (event) {
    case 'SUBMIT':
      return {
        companySnapshot: snapshotOf(company),
        submittedAt: stamp,
        firstSubmittedAt: app.firstSubmittedAt ?? stamp,
      };
    case 'ACCEPT':
      return {
        decidedAt: stamp,
        decidedYear: parisYear(at),
        grantedAidCents: computeAid(program, app.investmentCents, null).aidCents,
        grantedRateBasisPoints: program.aidRateBasisPoints,
      };
    case 'REJECT':
    case 'CLOSE_WITHOUT_FOLLOW_UP':
      return { decidedAt: stamp };
    case 'RECORD_PAYMENT': {
      // At least the investment floor: a generated file is always payable.
      const invoiceCents = Math.max(
        program.investmentFloorCents,
        Math.round(app.investmentCents * (0.9 + random.next() * 0.2)),
      );
      return {
        invoiceCents,
        paidCents: computePayment(
          program,
          invoiceCents,
          app.grantedRateBasisPoints ?? 0,
          app.grantedAidCents ?? 0,
        ).paidCents,
        paidAt: stamp,
      };
    }
    default:
      return {};
  }
}

/** Files per region: half as many as the region has companies (50,000 in all), ten times more when grown. */
function allPrograms(now: Date, grownRegion?: string): ProgramData[] {
  const companies = benchCompanies(now);
  const byRegion = new Map<string, CompanyRecord[]>();
  for (const c of companies) byRegion.set(c.regionCode, [...(byRegion.get(c.regionCode) ?? []), c]);
  return [...byRegion.keys()].sort().map((region) => {
    const own = byRegion.get(region)!;
    const count = Math.round((APPLICATIONS * own.length) / companies.length);
    return programData(region, own, region === grownRegion ? count * 10 : count, now);
  });
}

const memo = new Map<string, ProgramData[]>();
function programs(now: Date, grownRegion?: string): ProgramData[] {
  const key = `${now.getTime()}:${grownRegion ?? ''}`;
  if (!memo.has(key)) memo.set(key, allPrograms(now, grownRegion));
  return memo.get(key)!;
}

/** The quotes of every submitted file and the invoices of the paid ones, as price histograms. */
function priceItems(data: ProgramData[]) {
  const apps = data.flatMap((d) => d.applications.map((a) => a.app));
  // One contributor per application (k-anonymity counts contributors).
  const quotes = apps
    .filter((a) => a.firstSubmittedAt)
    .map((a) =>
      a.expenses.map((e) => ({ theme: e.theme, amountCents: e.amountCents, regionCode: a.regionCode })),
    );
  const invoices = apps
    .filter((a) => a.status === 'PAID')
    .map((a) =>
      invoiceObservations(a.expenses, a.invoiceCents!).map((o) => ({ ...o, regionCode: a.regionCode })),
    );
  return [...histogramsOfRecords('QUOTES', quotes), ...histogramsOfRecords('INVOICES', invoices)].flatMap(
    (h) => histogramItems(h, new Date(0)),
  );
}

const itemsOf = (d: ProgramData, from = 0) => [
  programItem(d.program),
  ledgerItem(d.ledger),
  ...[...d.usages.values()].map(usageItem),
  ...d.applications
    .slice(from)
    .flatMap(({ app, history }) => [applicationItem(app), ...history.map(historyItem)]),
];

/** 18 programmes (one per region) and 50,000 files with their histories, ledgers, standings and quote prices. */
export const subsidyDataset: Dataset = {
  name: `subsidies-${APPLICATIONS}`,
  items: (now) => [...programs(now).flatMap((d) => itemsOf(d)), ...priceItems(programs(now))],
  // The agent's region with ten times its files: the new files, its ledger and standings (put again, summed anew).
  grow: (now) => {
    const base = programs(now).find((d) => d.program.regionCode === AGENT_REGION)!;
    const grown = programs(now, AGENT_REGION);
    return [
      ...itemsOf(
        grown.find((d) => d.program.regionCode === AGENT_REGION)!,
        base.applications.length,
      ),
      ...priceItems(grown),
    ];
  },
};

/** A paid file of the agent's region (the one read with its history). */
export const paidApplicationId = (now: Date) =>
  programs(now)
    .find((d) => d.program.regionCode === AGENT_REGION)!
    .applications.find(({ app }) => app.status === 'PAID')!.app.id;

export const programIdOf = (regionCode: string) => idForSubject('bench-program', regionCode);
