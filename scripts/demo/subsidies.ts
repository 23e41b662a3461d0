import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Theme } from '../../functions/generated/resolvers-types.js';
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
import { answerFollowUp, annotate, sendMessage } from '../../functions/subsidies/notes.js';
import { openProgram } from '../../functions/subsidies/programs.js';
import {
  attestApplication,
  createApplication,
  decideApplication,
  reopenApplication,
  requestCorrection,
  startReview,
  submitApplication,
} from '../../functions/subsidies/service.js';
import { recordPayment } from '../../functions/subsidies/payments.js';
import type { QuestionAnswer } from '../../functions/subsidies/questions.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from '../../functions/subsidies/records.js';
import { REPORT_SCHEMES, type DemoProgram } from './report-schemes.js';

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

/** Where a file ends up, from its draft on. */
type Fate =
  'DRAFT' | 'SUBMITTED' | 'CORRECTION' | 'REVIEW' | 'ACCEPTED' | 'REJECTED' | 'CLOSED' | 'REOPENED' | 'PAID';

type DemoFile = {
  program: string;
  fate: Fate;
  summary: string;
  expenses: [Theme, string, euros: number][];
  /** Days before now the file was created; the steps follow a few days apart. */
  createdDaysAgo: number;
  invoiceEuros?: number;
  followUp?: {
    revenueChangePercent: number;
    employeesChange: number;
    benefit: boolean;
    satisfaction: number;
  };
  attested?: boolean;
  /** Answers to the programme's questions. */
  answers?: QuestionAnswer[];
};

type DemoCompany = {
  sub: string;
  name: string;
  nafCode: string;
  employees: number;
  revenueEuros: number;
  communeCode: string;
  files: DemoFile[];
};

const COMPANIES: DemoCompany[] = [
  {
    sub: 'demo-pme',
    name: 'Boulangerie Les Pains de Lyon',
    nafCode: '10.71C',
    employees: 8,
    revenueEuros: 720_000,
    communeCode: '69123',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Site vitrine avec commande en ligne de gâteaux et retrait en boutique.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Site avec commande et retrait en boutique', 6_400],
          ['ONLINE_PAYMENT', 'Paiement en ligne', 900],
        ],
        createdDaysAgo: 540,
        invoiceEuros: 7_100,
      },
      {
        program: 'model-84',
        fate: 'DRAFT',
        summary: 'Caisse connectée au stock et programme de fidélité pour nos clients réguliers.',
        expenses: [
          ['POINT_OF_SALE', 'Logiciel de caisse certifié relié au stock', 3_200],
          ['CUSTOMER_RELATIONSHIP', 'Programme de fidélité', 1_500],
        ],
        createdDaysAgo: 4,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-01',
    name: 'Fromagerie du Semnoz',
    nafCode: '47.29Z',
    employees: 5,
    revenueEuros: 610_000,
    communeCode: '74010',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Vente en ligne de plateaux de fromages livrés en Haute-Savoie.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Boutique en ligne', 9_800],
          ['STOCK_ORDERS_DELIVERY', 'Gestion des commandes et tournées', 4_200],
        ],
        createdDaysAgo: 530,
        invoiceEuros: 13_200,
        followUp: { revenueChangePercent: 14, employeesChange: 1, benefit: true, satisfaction: 5 },
      },
      {
        program: 'model-84',
        fate: 'SUBMITTED',
        summary: 'Ouvrir notre boutique sur deux places de marché de produits régionaux.',
        expenses: [['MARKETPLACE', 'Ouverture et animation sur deux places de marché', 5_400]],
        createdDaysAgo: 20,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-02',
    name: 'Garage des Alpes',
    nafCode: '45.20A',
    employees: 12,
    revenueEuros: 1_900_000,
    communeCode: '38185',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Prise de rendez-vous en ligne pour l’atelier et rappels automatiques.',
        expenses: [['BOOKING', 'Prise de rendez-vous en ligne', 3_600]],
        createdDaysAgo: 525,
        invoiceEuros: 3_400,
        followUp: { revenueChangePercent: 4, employeesChange: 0, benefit: true, satisfaction: 4 },
      },
      {
        program: 'model-84',
        fate: 'REVIEW',
        summary: 'Gestion des pièces détachées et commandes fournisseurs en ligne.',
        expenses: [['STOCK_ORDERS_DELIVERY', 'Logiciel de gestion des stocks de pièces', 8_900]],
        createdDaysAgo: 35,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-03',
    name: 'Hôtel Le Refuge du Mont-Blanc',
    nafCode: '55.10Z',
    employees: 22,
    revenueEuros: 2_800_000,
    communeCode: '74056',
    files: [
      {
        program: 'model-84',
        fate: 'ACCEPTED',
        summary: 'Réservation directe sur notre site et gestion des avis clients.',
        expenses: [
          ['BOOKING', 'Moteur de réservation sur le site', 12_000],
          ['ONLINE_VISIBILITY', 'Référencement et gestion des avis', 6_000],
          ['CONTENT', 'Photos et visites virtuelles', 4_500],
        ],
        createdDaysAgo: 55,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-04',
    name: 'Librairie Les Volcans',
    nafCode: '47.61Z',
    employees: 4,
    revenueEuros: 480_000,
    communeCode: '63113',
    files: [
      {
        program: 'model-84',
        fate: 'CORRECTION',
        summary: 'Click-and-collect et lettre d’information des nouveautés.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Click-and-collect', 4_800],
          ['EMAILING', 'Lettre d’information', 700],
        ],
        createdDaysAgo: 40,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-05',
    name: 'Fleurs de Saint-Étienne',
    nafCode: '47.76Z',
    employees: 3,
    revenueEuros: 260_000,
    communeCode: '42218',
    files: [
      {
        program: 'model-84',
        fate: 'REJECTED',
        summary: 'Un nouveau logo et des cartes de visite pour la boutique.',
        expenses: [['CONTENT', 'Identité visuelle', 2_100]],
        createdDaysAgo: 50,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-06',
    name: 'Menuiserie Rhodanienne',
    nafCode: '16.23Z',
    employees: 9,
    revenueEuros: 940_000,
    communeCode: '26362',
    files: [
      {
        program: 'model-84',
        fate: 'CLOSED',
        summary: 'Configurateur en ligne de fenêtres et devis automatique.',
        expenses: [['ECOMMERCE_WEBSITE', 'Configurateur et devis en ligne', 14_000]],
        createdDaysAgo: 58,
      },
      {
        program: 'model-84',
        fate: 'REOPENED',
        summary: 'Configurateur en ligne de fenêtres, devis et paiement d’acompte.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Configurateur et devis en ligne', 14_000],
          ['ONLINE_PAYMENT', 'Paiement d’acompte', 1_200],
        ],
        createdDaysAgo: 30,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-07',
    name: 'Traiteur Saveurs de Villeurbanne',
    nafCode: '56.21Z',
    employees: 15,
    revenueEuros: 1_300_000,
    communeCode: '69266',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Commande en ligne de plateaux-repas pour les entreprises.',
        expenses: [['ECOMMERCE_WEBSITE', 'Commande en ligne B2B', 11_000]],
        createdDaysAgo: 520,
        invoiceEuros: 9_500,
        followUp: { revenueChangePercent: -3, employeesChange: 0, benefit: false, satisfaction: 3 },
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-08',
    name: 'Atelier de couture Rouge Fil',
    nafCode: '14.13Z',
    employees: 6,
    revenueEuros: 390_000,
    communeCode: '44109',
    files: [
      {
        program: 'pdl-conseil',
        fate: 'ACCEPTED',
        summary: 'Diagnostic et feuille de route pour vendre nos créations en ligne.',
        expenses: [
          ['STRATEGY', 'Audit et feuille de route numérique', 8_000],
          ['STRATEGY', 'Conseil au choix des outils de vente en ligne', 2_500],
        ],
        createdDaysAgo: 80,
        answers: [{ questionId: 'pure-player', yes: false }],
      },
      {
        program: 'pdl-investissement',
        fate: 'SUBMITTED',
        summary: 'Boutique en ligne de prêt-à-porter fabriqué à Nantes.',
        expenses: [['ECOMMERCE_WEBSITE', 'Boutique en ligne', 18_000]],
        createdDaysAgo: 10,
        answers: [
          { questionId: 'pure-player', yes: false },
          { questionId: 'volet-conseil-attribue', yes: true },
        ],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-09',
    name: 'Cidrerie du Pays d’Auge',
    nafCode: '11.03Z',
    employees: 14,
    revenueEuros: 1_700_000,
    communeCode: '14366',
    files: [
      {
        program: 'normandie',
        fate: 'PAID',
        summary: 'Conseil pour la vente directe en ligne et à l’export.',
        expenses: [['STRATEGY', 'Huit jours de conseil', 9_600]],
        createdDaysAgo: 380,
        invoiceEuros: 9_600,
        answers: [{ questionId: 'tarif-journalier', number: 1_200 }],
      },
      {
        program: 'normandie',
        fate: 'REVIEW',
        summary: 'Accompagnement à la mise en place d’un outil de relation client.',
        expenses: [['STRATEGY', 'Dix jours de conseil en organisation de la relation client', 12_000]],
        createdDaysAgo: 25,
        answers: [{ questionId: 'tarif-journalier', number: 1_200 }],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-10',
    name: 'Atelier de céramique des Garrigues',
    nafCode: '23.41Z',
    employees: 7,
    revenueEuros: 850_000,
    communeCode: '34172',
    files: [
      {
        program: 'occitanie',
        fate: 'ACCEPTED',
        summary: 'Conseil puis boutique en ligne pour remplacer notre site vitrine et vendre nos pièces.',
        expenses: [
          ['STRATEGY', 'Conseil et diagnostic numérique', 1_800],
          ['ECOMMERCE_WEBSITE', 'Boutique en ligne', 7_000],
        ],
        createdDaysAgo: 100,
        answers: [
          { questionId: 'filiere-production', choice: 'Artisanale' },
          { questionId: 'presence-web', choice: 'Site statique de type site vitrine' },
          { questionId: 'conseil-en-premier', yes: true },
        ],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-11',
    name: 'Brasserie artisanale de Reims',
    nafCode: '11.05Z',
    employees: 11,
    revenueEuros: 1_100_000,
    communeCode: '51454',
    files: [
      {
        program: 'grand-est',
        fate: 'PAID',
        summary: 'Visibilité en ligne et fichier clients des cavistes.',
        expenses: [
          ['ONLINE_VISIBILITY', 'Référencement local', 3_000],
          ['CUSTOMER_RELATIONSHIP', 'Fichier clients', 2_400],
        ],
        createdDaysAgo: 180,
        invoiceEuros: 5_400,
        answers: [
          { questionId: 'premier-projet-innovant', yes: true },
          { questionId: 'duree-prestation', number: 4 },
        ],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-12',
    name: 'Chocolaterie de l’Estuaire',
    nafCode: '10.82Z',
    employees: 18,
    revenueEuros: 2_400_000,
    communeCode: '33063',
    files: [
      {
        program: 'nouvelle-aquitaine',
        fate: 'REVIEW',
        summary: 'Plateforme de vente en ligne et logistique pour toute l’Europe.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Plateforme de vente multilingue', 42_000],
          ['STOCK_ORDERS_DELIVERY', 'Logistique et suivi des expéditions', 26_000],
        ],
        createdDaysAgo: 60,
        attested: true,
        answers: [{ questionId: 'duree-projet', number: 18 }],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-13',
    name: 'Web Services Lyonnais',
    nafCode: '62.01Z',
    employees: 6,
    revenueEuros: 700_000,
    communeCode: '69123',
    files: [
      {
        program: 'model-84',
        fate: 'DRAFT',
        summary: 'Refonte de notre propre site (entreprise du numérique : non éligible).',
        expenses: [['ECOMMERCE_WEBSITE', 'Refonte du site', 8_000]],
        createdDaysAgo: 12,
      },
    ],
  },
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

export async function seedSubsidies(stores: Stores, now: Date, db: DynamoDBDocumentClient): Promise<number> {
  const services: Services = {
    ...stores,
    db,
    config: configFromEnv(),
    clock: () => now,
    cursors: new CursorCodec('demo-seed'),
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
      directory.set(regionCode, await stores.providerStore.getMany(page.ids.map((p) => p.id)));
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
    app = await submitApplication(pmeAt(), app.id, `demo-${company.sub}-${n}-submit`);
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
      await sendMessage(pmeAt(), app.id, 'Bonjour, je transmets les devis dès leur signature cette semaine.');
      return;
    }
    app = await startReview(agentAt(), app.id, app.version);
    await annotate(agentAt(), app.id, 'Dossier complet ; prestataires inscrits dans l’annuaire.');
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
