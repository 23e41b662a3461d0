import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { answerContactRequest, sendContactRequest } from '../../functions/contacts/service.js';
import { grantLabel, requestLabel, updateConnecteurProfile } from '../../functions/connecteurs/service.js';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import { pendingRequest, validLabel } from '../../functions/connecteurs/label.js';
import { registerCompany } from '../../functions/companies/service.js';
import { demoSiretOf } from './identity.js';
import { scoredDiagnostic, submitDiagnostic } from '../../functions/diagnostics/service.js';
import { aggregateDeltas } from '../../functions/diagnostics/peers.js';
import { publishPeerAggregates } from '../../functions/diagnostics/publication.js';
import { regionAndNation } from '../../functions/indicators/counters.js';
import { SIZE_BANDS, SIZE_BAND_EMPLOYEES } from '../../functions/diagnostics/inputs.js';
import { QUESTIONNAIRE_V1 } from '../../functions/diagnostics/questionnaire.js';
import {
  acceptFollow,
  addActionItem,
  addMeetingNote,
  proposeFollow,
  revokeFollow,
  setContactConsent,
  updateActionItem,
} from '../../functions/followups/service.js';
import { parisDay } from '../../functions/shared/paris-time.js';
import {
  bookAppointment,
  cancelAppointment,
  publishAppointmentSlots,
  recordAttendance,
} from '../../functions/appointments/service.js';
import { giveContactFeedback } from '../../functions/contacts/service.js';
import {
  createContext,
  type Context,
  type createStores,
  type Services,
} from '../../functions/graphql/context.js';
import type { Role } from '../../functions/shared/auth.js';
import { configFromEnv } from '../../functions/shared/config.js';
import { isSiren } from '../../functions/shared/identifiers.js';
import { CursorCodec } from '../../functions/shared/pagination.js';
import type { DemoCommune } from './places.js';
import type { Random } from './random.js';

/**
 * The connecteur's workspace and the maturity diagnostics, written through the use cases themselves (each at its
 * own date), so peers, leads, counters and deadlines are exactly what the API would have produced.
 */
type Stores = ReturnType<typeof createStores>;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Common trades of small firms, by NAF code, with how digital they tend to be (0–1). */
export const TRADES: [nafCode: string, propensity: number][] = [
  ['47.71Z', 0.5], // habillement
  ['56.10A', 0.4], // restauration traditionnelle
  ['10.71C', 0.3], // boulangerie-pâtisserie
  ['96.02A', 0.35], // coiffure
  ['43.21A', 0.3], // électricité
  ['45.20A', 0.35], // garage
  ['55.10Z', 0.6], // hôtel
  ['69.20Z', 0.6], // expertise comptable
  ['47.24Z', 0.3], // boulangerie (commerce)
  ['01.21Z', 0.35], // viticulture
  ['41.20A', 0.35], // construction de maisons
  ['49.41A', 0.4], // transport routier
  ['85.59A', 0.55], // formation continue
  ['86.23Z', 0.45], // dentiste
  ['47.91B', 0.85], // vente à distance
  ['90.01Z', 0.5], // arts du spectacle
  ['16.23Z', 0.3], // menuiserie
  ['74.10Z', 0.7], // design
];

/** Answers drawn around a company's propensity: the better choices the more digital it is. */
export function randomAnswers(random: Random, propensity: number) {
  return QUESTIONNAIRE_V1.questions.map((q) => {
    if (q.multiple) {
      const ticked = q.choices.filter((c) => !c.exclusive && random.chance(propensity)).map((c) => c.id);
      return {
        questionId: q.id,
        choiceIds: ticked.length ? ticked : [q.choices.find((c) => c.exclusive)!.id],
      };
    }
    const sorted = [...q.choices].sort((a, b) => a.points - b.points);
    const position = Math.min(
      sorted.length - 1,
      Math.floor((propensity + (random.next() - 0.5) * 0.6) * sorted.length),
    );
    return { questionId: q.id, choiceIds: [sorted[Math.max(0, position)]!.id] };
  });
}

function randomSiren(random: Random): string {
  for (;;) {
    const candidate = String(random.int(100_000_000, 999_999_999));
    if (isSiren(candidate)) return candidate;
  }
}

const COMPANY_NAMES = [
  'Boulangerie du Marché',
  'Atelier Menuiserie Le Goff',
  'Garage des Lilas',
  'Salon Coiff’Idées',
  'Hôtel de la Gare',
  'Cave des Coteaux',
  'Électricité Morvan',
  'Le Comptoir Breton',
  'Fleurs & Saisons',
  'Transports Rivière',
  'Cabinet Dentaire des Halles',
  'La Table d’Anne',
  'Studio Graphique Onde',
  'Librairie Les Mots Passants',
  'Maison Kerlann',
  'Bijouterie Perrin',
];

export async function seedWorkspace(
  stores: Stores,
  now: Date,
  random: Random,
  communes: DemoCommune[],
  db: DynamoDBDocumentClient,
): Promise<number> {
  const services: Services = {
    ...stores,
    config: configFromEnv(),
    clock: () => now,
    db,
    cursors: new CursorCodec('demo-seed'),
  } as Services;
  /** A request context of `sub` at `at`: each use case runs at its own date. */
  const as = (role: Role, sub: string, at: Date): Context =>
    createContext(
      { ...services, clock: () => at },
      { kind: 'user', role, sub, ...(role === 'PME' ? { siret: demoSiretOf(sub) } : {}) },
    );
  const daysAgo = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * HOUR);
  let written = 0;

  // 1. Anonymous diagnostics over every region and trade, over the past 18 months.
  const byPopulation = [...communes].sort((a, b) => b.population - a.population);
  const anonymous = Array.from({ length: 320 }, () => {
    const [nafCode, propensity] = random.pick(TRADES);
    const commune = random.chance(0.6) ? random.pick(byPopulation.slice(0, 300)) : random.pick(communes);
    return {
      at: daysAgo(random.int(1, 540), random.int(0, 23)),
      input: {
        answers: randomAnswers(
          random,
          Math.min(0.95, Math.max(0.05, propensity + (random.next() - 0.5) * 0.5)),
        ),
        companyFacts: {
          sizeBand: random.pick(['SOLO', 'MICRO', 'MICRO', 'MICRO', 'SMALL', 'SMALL', 'MEDIUM'] as const),
          nafCode,
          clientele: random.pick(['B2B', 'B2C', 'BOTH'] as const),
          communeCode: commune.code,
        },
      },
    };
  });
  anonymous.sort((a, b) => a.at.getTime() - b.at.getTime());
  // Bulk: every record, then each peer group and counter once with the sum of all their changes.
  const records = anonymous.map(({ at, input }) => scoredDiagnostic(input, at, { kind: 'anonymous' }));
  const parts = [
    ...records.map((r) => stores.diagnosticStore.createPart(r)),
    ...stores.diagnosticStore.aggregateParts(
      aggregateDeltas(records.map((r) => ({ contribution: r, sign: 1 as const }))),
    ),
    ...stores.indicatorStore.parts(
      records.flatMap((r) => regionAndNation(r.facts.regionCode, { diagnosticsDone: 1 })),
    ),
  ];
  const chunks = Array.from({ length: Math.ceil(parts.length / 100) }, (_, i) =>
    parts.slice(i * 100, i * 100 + 100),
  );
  for (let i = 0; i < chunks.length; i += 4)
    await Promise.all(chunks.slice(i, i + 4).map((chunk) => stores.diagnosticStore.commit(chunk)));
  written += records.length;

  // 2. The companies around demo-connecteur-001, each with a PME user and its diagnostics over time.
  const connecteurSub = 'demo-connecteur-001';
  const connecteurId = connecteurIdOf(connecteurSub);
  const connecteur = await stores.connecteurStore.get(connecteurId);
  if (!connecteur) {
    await publishPeerAggregates({ diagnosticStore: stores.diagnosticStore, now });
    return written;
  }
  if (!connecteur.acceptsNewPmes)
    await updateConnecteurProfile(as('CONNECTEUR', connecteurSub, daysAgo(400)), { acceptsNewPmes: true });
  const nearby = communes.filter((c) => c.departementCode === connecteur.departementCode);
  const companies: { sub: string; name: string }[] = [];
  for (const [index, name] of COMPANY_NAMES.entries()) {
    const sub = `demo-pme-suivie-${String(index + 1).padStart(2, '0')}`;
    const [nafCode, propensity] = TRADES[index % TRADES.length]!;
    const sizeBand = SIZE_BANDS[1 + (index % 3)]!;
    const commune = nearby.length ? random.pick(nearby) : random.pick(communes);
    const registeredAt = daysAgo(420 - index * 7);
    // Drawn as before so the rest of the demo stays the same; the SIREN is the user's SIRET's (demoSiretOf).
    randomSiren(random);
    await registerCompany(as('PME', sub, registeredAt), {
      name,
      nafCode,
      employees: random.int(SIZE_BAND_EMPLOYEES[sizeBand].min, SIZE_BAND_EMPLOYEES[sizeBand].max),
      annualRevenueCents: random.int(80_000, 4_000_000) * 100,
      independent: true,
      communeCode: commune.code,
    });
    const facts = {
      sizeBand,
      nafCode,
      clientele: random.pick(['B2B', 'B2C', 'BOTH'] as const),
      communeCode: commune.code,
    };
    // One to three diagnostics, progressing.
    const rounds = 1 + (index % 3);
    for (let round = 0; round < rounds; round++) {
      const at = daysAgo(400 - index * 7 - round * 120);
      await submitDiagnostic(as('PME', sub, at), {
        answers: randomAnswers(random, Math.min(0.95, propensity + round * 0.15)),
        companyFacts: facts,
      });
      written++;
    }
    companies.push({ sub, name });
  }

  // 3. Consent and follow-ups: most consent; the connecteur follows six of them, one revoked later.
  for (const [index, { sub }] of companies.entries()) {
    if (index % 4 !== 3) await setContactConsent(as('PME', sub, daysAgo(300 - index)), true);
  }
  const companyIdOfSub = async (sub: string) => (await as('PME', sub, now).viewerCompany())!.id;
  const followed = companies.filter((_, index) => index % 4 !== 3).slice(0, 7);
  // Leads are for labelled connecteurs: the demo connecteur holds a label from before its first proposal.
  const labelledAt = daysAgo(290);
  const profile = (await stores.connecteurStore.get(connecteurId))!;
  if (!validLabel(profile, labelledAt) || !validLabel(profile, now)) {
    if (!pendingRequest(profile) && !validLabel(profile, labelledAt))
      await requestLabel(as('CONNECTEUR', connecteurSub, labelledAt));
    await grantLabel(as('MODERATOR', 'demo-moderateur', labelledAt), {
      connecteurId,
      validUntil: parisDay(new Date(now.getTime() + 365 * DAY)),
      wave: 'Vague démo',
    });
  }
  for (const [index, { sub }] of followed.entries()) {
    const companyId = await companyIdOfSub(sub);
    await proposeFollow(as('CONNECTEUR', connecteurSub, daysAgo(280 - index * 10)), {
      companyId,
      message: 'Bonjour, je suis connecteur numérique près de chez vous : je vous propose un suivi gratuit.',
    });
    if (index === 6) continue; // still waiting for the company's answer
    await acceptFollow(as('PME', sub, daysAgo(275 - index * 10)), connecteurId);
    if (index === 5) {
      await revokeFollow(as('PME', sub, daysAgo(30)), connecteurId);
      continue;
    }
    const planAt = as('CONNECTEUR', connecteurSub, daysAgo(270 - index * 30));
    const actions = [
      {
        theme: 'ONLINE_VISIBILITY',
        title: 'Compléter la fiche sur les cartes en ligne',
        dueOn: parisDay(daysAgo(240 - index * 30)),
      },
      {
        theme: 'ECOMMERCE_WEBSITE',
        title: 'Choisir un prestataire pour le site vitrine',
        dueOn: parisDay(daysAgo(150 - index * 30)),
      },
      {
        theme: 'HOSTING_SECURITY',
        title: 'Mettre en place une sauvegarde automatique',
        dueOn: parisDay(daysAgo(60 - index * 30)),
      },
    ] as const;
    const ids: string[] = [];
    for (const action of actions) ids.push((await addActionItem(planAt, { companyId, input: action })).id);
    await updateActionItem(as('CONNECTEUR', connecteurSub, daysAgo(200 - index * 30)), {
      companyId,
      itemId: ids[0],
      input: { status: 'DONE' },
    });
    if (index % 2 === 0)
      await updateActionItem(as('CONNECTEUR', connecteurSub, daysAgo(100)), {
        companyId,
        itemId: ids[1],
        input: { status: 'IN_PROGRESS' },
      });
    await addMeetingNote(as('CONNECTEUR', connecteurSub, daysAgo(270 - index * 30)), {
      companyId,
      input: {
        meetingOn: parisDay(daysAgo(270 - index * 30)),
        text: 'Premier rendez-vous : lecture du diagnostic ensemble, priorités fixées (visibilité, puis site vitrine).',
        shared: true,
      },
    });
    await addMeetingNote(as('CONNECTEUR', connecteurSub, daysAgo(269 - index * 30)), {
      companyId,
      input: {
        meetingOn: parisDay(daysAgo(270 - index * 30)),
        text: 'Budget serré : orienter vers le chèque numérique régional.',
        shared: false,
      },
    });
    written += 6;
  }

  // 4. Contact requests to demo-connecteur-001 of every age and state: deadlines show in its inbox.
  const requestAges: [days: number, hours: number, outcome: string[]][] = [
    [0, 3, []],
    [3, 0, []],
    [11, 0, []],
    [25, 0, []],
    [50, 0, []],
    [6, 0, ['TAKEN_IN_CHARGE']],
    [40, 0, ['TAKEN_IN_CHARGE', 'DONE_HELP_PROPOSED']],
    [60, 0, ['TAKEN_IN_CHARGE', 'DONE_NO_HELP']],
    [20, 0, ['NOT_FOR_ME']],
    [80, 0, ['TAKEN_IN_CHARGE', 'DONE_UNREACHABLE']],
  ];
  const needs = [
    'Nous voulons vendre nos produits en ligne avant les fêtes : par où commencer ?',
    'Notre site n’est plus à jour et ne s’affiche pas bien sur téléphone.',
    'Nous cherchons un logiciel de caisse relié à notre stock.',
    'Comment être mieux visibles sur les cartes en ligne et répondre aux avis ?',
    'Nous aimerions proposer la prise de rendez-vous en ligne.',
  ];
  for (const [index, [days, hours, outcome]] of requestAges.entries()) {
    const { sub } = companies[(index + 3) % companies.length]!;
    const sentAt = daysAgo(days, hours);
    const need = await sendContactRequest(as('PME', sub, sentAt), {
      connecteurIds: [connecteurId],
      need: needs[index % needs.length],
      themes: ['ECOMMERCE_WEBSITE'],
    });
    const requestId = need.requestIds[0]!;
    for (const [step, status] of outcome.entries()) {
      await answerContactRequest(
        as('CONNECTEUR', connecteurSub, new Date(sentAt.getTime() + (step + 1) * (5 + index) * HOUR)),
        {
          id: requestId,
          status,
          message: status === 'TAKEN_IN_CHARGE' ? 'Bonjour, je vous appelle cette semaine.' : undefined,
        },
      );
    }
    if (outcome.at(-1) === 'DONE_HELP_PROPOSED')
      await giveContactFeedback(as('PME', sub, new Date(sentAt.getTime() + 5 * DAY)), {
        requestId,
        input: { contacted: true, useful: true, comment: 'Échange très utile, merci !' },
      });
    written++;
  }

  // 5. Appointments: slots over the next two weeks, a few booked; past ones with their attendance.
  const upcoming = Array.from({ length: 10 }, (_, i) => {
    const day = new Date(now.getTime() + (1 + Math.floor(i / 2) * 2) * DAY);
    day.setUTCHours(i % 2 === 0 ? 8 : 13, 0, 0, 0);
    return { startsAt: day.toISOString(), endsAt: new Date(day.getTime() + HOUR).toISOString() };
  });
  const published = await publishAppointmentSlots(as('CONNECTEUR', connecteurSub, now), { slots: upcoming });
  const pastAt = daysAgo(30);
  const past = await publishAppointmentSlots(as('CONNECTEUR', connecteurSub, pastAt), {
    slots: [1, 2, 3, 4].map((week) => {
      const start = new Date(pastAt.getTime() + week * 5 * DAY);
      start.setUTCHours(9, 0, 0, 0);
      return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + HOUR).toISOString() };
    }),
  });
  const attendance = ['SEEN', 'SEEN', 'NO_SHOW', 'EXCUSED'] as const;
  for (const [index, slot] of past.entries()) {
    const appointment = await bookAppointment(as('PME', followed[index % 4]!.sub, pastAt), {
      slotId: slot.id,
      topic: 'Rendez-vous de suivi',
    });
    if (index === 3) {
      await cancelAppointment(as('PME', followed[index % 4]!.sub, new Date(pastAt.getTime() + DAY)), {
        id: appointment.id,
        reason: 'Salon professionnel ce jour-là.',
      });
      continue;
    }
    await recordAttendance(as('CONNECTEUR', connecteurSub, new Date(Date.parse(slot.endsAt) + HOUR)), {
      appointmentId: appointment.id,
      attendance: attendance[index]!,
    });
  }
  // After the past ones: a company holds one upcoming appointment per connecteur.
  for (const [index, slot] of published.slice(0, 3).entries())
    await bookAppointment(as('PME', followed[index]!.sub, now), {
      slotId: slot.id,
      topic: 'Point sur le plan d’actions',
    });
  // Readers see published snapshots only: publish once now, as the schedule would.
  await publishPeerAggregates({ diagnosticStore: stores.diagnosticStore, now });
  return written + published.length + past.length;
}
