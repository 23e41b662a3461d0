import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  createContext,
  type Context,
  type createStores,
  type Services,
} from '../../functions/graphql/context.js';
import { publishPriceHistograms } from '../../functions/prices/publication.js';
import { outboxHandlers, redeliverOutbox } from '../../functions/outbox/index.js';
import { priceReportId } from '../../functions/subsidies/price-report.js';
import { validLabel } from '../../functions/connecteurs/label.js';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import { registerCompany } from '../../functions/companies/service.js';
import { demoSiretOf } from './identity.js';
import type { ProviderRecord } from '../../functions/providers/records.js';
import { planSearch } from '../../functions/providers/search.js';
import type { Role } from '../../functions/shared/auth.js';
import { configFromEnv } from '../../functions/shared/config.js';
import { AppError } from '../../functions/shared/errors.js';
import { isSiren } from '../../functions/shared/identifiers.js';
import { CursorCodec } from '../../functions/shared/pagination.js';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import { localDocumentStorage } from '../../functions/graphql/documents.js';
import { answerFollowUp, annotate, sendMessage } from '../../functions/subsidies/notes.js';
import { openProgram } from '../../functions/subsidies/programs.js';
import {
  attestApplication,
  createApplication,
  submitApplication,
} from '../../functions/subsidies/service.js';
import {
  decideApplication,
  reopenApplication,
  requestCorrection,
  startReview,
} from '../../functions/subsidies/decisions.js';
import { recordPayment } from '../../functions/subsidies/payments.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from '../../functions/subsidies/records.js';
import { REPORT_SCHEMES, type DemoProgram } from './report-schemes.js';
import { COMPANIES, type DemoCompany, type DemoFile } from './subsidy-companies.js';

/**
 * The chèque numérique's demo data, written through the use cases (each at its own date) so the envelopes, the
 * counters, the per-company standings and the histories are exactly what the API would have produced: the report's
 * model scheme opened in several regions, the seven schemes of its comparison table as written
 * (`report-schemes.ts`), and
 * companies with files in every status. `demo-pme` owns a bakery in Lyon (region 84, `demo-agent-84`'s).
 */
type Stores = ReturnType<typeof createStores>;

const DAY = 86_400_000;
const EUR = 100;

const MODEL_SCHEME = {
  aidRateBasisPoints: 5000,
  investmentFloorCents: 2_000 * EUR,
  investmentCeilingCents: 30_000 * EUR,
  aidFloorCents: 1_000 * EUR,
  aidCeilingCents: 15_000 * EUR,
  envelopeCents: 2_500_000 * EUR,
};

export const PROGRAMS: DemoProgram[] = [
  ...(
    [
      ['84', 'Région Auvergne-Rhône-Alpes'],
      ['11', 'Région Île-de-France'],
      ['93', 'CCI Provence-Alpes-Côte d’Azur'],
      ['32', 'Région Hauts-de-France'],
    ] as const
  ).map(([regionCode, managingBody]) => ({
    key: `model-${regionCode}`,
    opensDaysAgo: 60,
    closesInDays: 120,
    input: { regionCode, managingBody, name: 'Chèque Croissance connectée 2026', ...MODEL_SCHEME },
  })),
  {
    // The previous call of the model scheme in Auvergne-Rhône-Alpes: its files are paid, their follow-up due.
    key: 'model-84-previous',
    opensDaysAgo: 560,
    closesInDays: -400,
    input: {
      regionCode: '84',
      managingBody: 'Région Auvergne-Rhône-Alpes',
      name: 'Chèque Croissance connectée 2025',
      ...MODEL_SCHEME,
    },
  },
  ...REPORT_SCHEMES,
];

/** Deterministic SIRENs with a valid Luhn key (demo companies and providers). */
function demoSiren(n: number): string {
  const prefix = String(41_000_000 + n * 7_919).slice(0, 8);
  for (let key = 0; key <= 9; key++) if (isSiren(`${prefix}${key}`)) return `${prefix}${key}`;
  throw new Error('unreachable');
}

/** What the seeder gives `openSubsidyProgram` for a demo programme, its call dates counted from `now`. */
export const demoProgramInput = (p: DemoProgram, now: Date) => ({
  ...p.input,
  opensAt: new Date(now.getTime() - p.opensDaysAgo * DAY).toISOString(),
  closesAt: new Date(now.getTime() + p.closesInDays * DAY).toISOString(),
});

/** Every demo deposit signs the declaration on honour in force. */
const DEMO_DECLARATION = { textVersion: DECLARATION_VERSION, accepted: true };

export async function seedSubsidies(stores: Stores, now: Date, db: DynamoDBDocumentClient): Promise<number> {
  const services: Services = {
    ...stores,
    db,
    config: configFromEnv(),
    clock: () => now,
    cursors: new CursorCodec('demo-seed'),
    documentStorage: localDocumentStorage(configFromEnv()),
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  /** The outbox items of the price figures the seeded files report. */
  const reported: string[] = [];
  /** A request context of `sub` at `at`: each use case runs at its own date. */
  const as = (role: Role, sub: string, at: Date, regionCode?: string): Context =>
    createContext(
      { ...services, clock: () => at },
      {
        kind: 'user',
        role,
        sub,
        ...(regionCode ? { regionCode } : {}),
        ...(role === 'PME' ? { siret: demoSiretOf(sub) } : {}),
      },
    );

  // Programmes: reused by name when a crashed run already opened them.
  const programs = new Map<string, SubsidyProgramRecord>();
  for (const p of PROGRAMS) {
    const regionCode = p.input.regionCode as string;
    const existing = (await stores.subsidyStore.programs.listPrograms(regionCode)).find(
      (e) => e.name === p.input.name,
    );
    programs.set(
      p.key,
      existing ??
        (await openProgram(
          as('MODERATOR', 'demo-moderateur', daysAgo(p.opensDaysAgo + 10)),
          demoProgramInput(p, now),
        )),
    );
  }

  // A labelled demo connecteur of each region, to attest where a programme requires it.
  const connecteurs = await stores.connecteurStore.getMany(
    Array.from({ length: 300 }, (_, i) =>
      connecteurIdOf(`demo-connecteur-${String(i + 1).padStart(3, '0')}`),
    ),
  );
  const attesterIn = (regionCode: string) =>
    connecteurs.find((c) => c.regionCode === regionCode && validLabel(c, now) && !c.capitalLinks?.length);

  // Expenses go to providers of the directory based in the programme's region ("local providers only" checks it).
  const directory = new Map<string, ProviderRecord[]>();
  const providersIn = async (regionCode: string) => {
    if (!directory.has(regionCode)) {
      const page = await stores.providerStore.search(planSearch({ localTo: regionCode }), 30);
      directory.set(regionCode, await stores.providerStore.getMany(page.records.map((p) => p.id!)));
    }
    return directory.get(regionCode)!;
  };

  let written = 0;
  const seedCompany = async (company: DemoCompany, index: number) => {
    const first = Math.max(...company.files.map((f) => f.createdDaysAgo)) + 5;
    try {
      // The SIREN is the user's SIRET's (demoSiretOf), as ProConnect would vouch for it.
      await registerCompany(as('PME', company.sub, daysAgo(first)), {
        name: company.name,
        nafCode: company.nafCode,
        employees: company.employees,
        annualRevenueCents: company.revenueEuros * EUR,
        independent: true,
        communeCode: company.communeCode,
      });
    } catch (error) {
      // Registered by an earlier, interrupted run: its files are there too.
      if (error instanceof AppError && error.extensions.code === 'CONFLICT') return;
      throw error;
    }
    for (const [f, file] of company.files.entries()) {
      await seedFile(company, index * 10 + f, file);
      written++;
    }
  };

  const seedFile = async (company: DemoCompany, n: number, file: DemoFile) => {
    const program = programs.get(file.program)!;
    const agent = `demo-agent-${program.regionCode}`;
    const attester = file.attested ? attesterIn(program.regionCode) : undefined;
    let day = file.createdDaysAgo;
    const at = () => daysAgo(day);
    const next = (days: number) => (day = Math.max(0, day - days));
    const pmeAt = () => as('PME', company.sub, at());
    const agentAt = () => as('REGION_AGENT', agent, at(), program.regionCode);
    const providers = await providersIn(program.regionCode);
    let app: SubsidyApplicationRecord = await createApplication(pmeAt(), {
      programId: program.id,
      projectSummary: file.summary,
      expenses: file.expenses.map(([theme, description, euros], i) => {
        const provider = providers[(n * 3 + i) % Math.max(providers.length, 1)];
        return {
          theme,
          description,
          amountCents: euros * EUR,
          providerSiren: provider?.siren ?? demoSiren(500 + n * 3 + i),
          providerName: provider?.name ?? `Prestataire numérique ${n * 3 + i + 1}`,
          providerCommuneCode: provider?.communeCode ?? company.communeCode,
        };
      }),
      ...(attester ? { trustedThirdPartyId: attester.id } : {}),
      ...(file.answers ? { answers: file.answers } : {}),
    });
    if (file.attested && !attester) return; // no labelled connecteur in that region in this data set
    if (attester) app = await attestApplication(as('CONNECTEUR', attester.ownerSub, at()), app.id);
    if (file.fate === 'DRAFT') return;
    next(3);
    app = await submitApplication(pmeAt(), app.id, `demo-${company.sub}-${n}-submit`, DEMO_DECLARATION);
    reported.push(priceReportId(app.id, app.version, 'QUOTES'));
    if (file.fate === 'SUBMITTED') return;
    next(4);
    if (file.fate === 'CORRECTION') {
      app = await requestCorrection(
        agentAt(),
        app.id,
        'Merci de joindre les devis signés des prestataires.',
        app.version,
      );
      await sendMessage(pmeAt(), app.id, {
        body: 'Bonjour, je transmets les devis dès leur signature cette semaine.',
      });
      return;
    }
    app = await startReview(agentAt(), app.id, app.version);
    await annotate(agentAt(), app.id, { body: 'Dossier complet ; prestataires inscrits dans l’annuaire.' });
    if (file.fate === 'REVIEW') return;
    next(6);
    if (file.fate === 'REJECTED') {
      await decideApplication(agentAt(), app.id, {
        decision: 'REJECT',
        reason: 'Projet sans lien avec la vente en ligne : dépenses de communication non éligibles.',
        expectedVersion: app.version,
      });
      return;
    }
    if (file.fate === 'CLOSED' || file.fate === 'REOPENED') {
      app = await decideApplication(agentAt(), app.id, {
        decision: 'CLOSE_WITHOUT_FOLLOW_UP',
        reason: 'Devis non transmis après deux relances.',
        expectedVersion: app.version,
      });
      if (file.fate === 'REOPENED') {
        next(2);
        await reopenApplication(agentAt(), app.id, 'Devis reçus : instruction reprise.', app.version);
      }
      return;
    }
    app = await decideApplication(agentAt(), app.id, { decision: 'ACCEPT', expectedVersion: app.version });
    if (file.fate === 'ACCEPTED') return;
    next(60);
    app = await recordPayment(agentAt(), app.id, (file.invoiceEuros ?? 0) * EUR, app.version);
    reported.push(priceReportId(app.id, app.version, 'INVOICES'));
    if (file.followUp) {
      day = Math.min(day, 20);
      await answerFollowUp(pmeAt(), app.id, file.followUp);
    }
  };

  for (let i = 0; i < COMPANIES.length; i += 7) {
    await Promise.all(COMPANIES.slice(i, i + 7).map((c, j) => seedCompany(c, i + j)));
  }
  // No stream poller runs while seeding: the submissions' and payments' outbox items are delivered here.
  const outbox = { db, tableName: stores.subsidyStore.tableName, handlers: outboxHandlers, clock: () => now };
  await redeliverOutbox(outbox, reported);
  // Readers see published price ranges only: publish once now, as the schedule would.
  await publishPriceHistograms({ priceStore: stores.priceStore, now });
  return written + programs.size;
}
