import { uniqueId } from '../support/api.js';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import { answersAt, companyFacts, randomSiren } from '../support/workspace.js';
import { expense } from '../subsidies/support.js';
import { CALLER_NAMES, type CallerName, type Vars, type World } from './authorization-world.js';

/**
 * Who may call what: one entry per root field of Query and Mutation, one outcome per caller (authorization-world.ts
 * describes them). authorization-matrix.api.test.ts calls every cell against the fixture world; a new operation
 * without an entry, or an entry for an operation gone from the schema, fails it.
 */

/** What the API answers a caller it refuses, or `ALLOWED`. */
export type Outcome =
  | 'ALLOWED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** The caller is told nothing exists (NOT_FOUND), though it does, for someone else. */
  | 'NOT_FOUND'
  /** A nullable field answers null without an error: the object's existence is not disclosed. */
  | 'HIDDEN'
  /**
   * Allowed, the fields beyond the caller's need FORBIDDEN one by one (the trusted third party of a chèque numérique
   * file: SUBSIDY_FIELD_MATRIX below says which).
   */
  | 'NEED_TO_KNOW'
  /** Authorized, then refused by a business rule the caller's own state triggers (documented code). */
  | { allowedButRefused: 'CONFLICT' | 'NOT_ELIGIBLE' | 'BAD_USER_INPUT'; because: string };

/** One outcome per caller, in the order of CALLER_NAMES. */
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

export type Entry = {
  /** The call's arguments. Per call when `consumes`, else shared by every caller. */
  args?: (w: World, who: CallerName) => Vars | Promise<Vars>;
  /**
   * The call changes the object it acts on: each allowed caller gets fresh ones (`args` runs once per allowed
   * caller), and the refused callers share one set (they run first and may change nothing).
   */
  consumes?: boolean;
  /** Runs with the clock a year later (a paid file's follow-up, an appointment that took place). */
  later?: boolean;
  /** Runs after every other call: it erases the callers' accounts. */
  last?: boolean;
  /**
   * The fixture record the allowed calls change under optimistic locking: calls naming the same record run one
   * after another (two at once would be a legitimate CONFLICT).
   */
  writes?: 'follow' | 'connecteur' | 'provider';
  row: Row;
};

const OK = 'ALLOWED';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const H = 'HIDDEN';
const NK = 'NEED_TO_KNOW';

const PUBLIC: Row = [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK];
const SIGNED_IN: Row = [U, OK, OK, OK, OK, OK, OK, OK, OK, OK];
const PME: Row = [U, OK, OK, F, F, F, F, F, F, F];
const CONNECTEUR: Row = [U, F, F, OK, OK, F, F, F, F, F];
const PROVIDER: Row = [U, F, F, F, F, F, F, F, OK, OK];
const MODERATOR: Row = [U, F, F, F, F, F, F, OK, F, F];
/** The company's PME user only. */
const OWNER: Row = [U, OK, F, F, F, F, F, F, F, F];
/** The connecteur the company follows with consent only. */
const FOLLOWER: Row = [U, F, F, OK, F, F, F, F, F, F];
/** The agent of the file's region only. */
const INSTRUCTOR: Row = [U, F, F, F, F, OK, F, F, F, F];
/** Moderators anywhere, agents in their own region. */
const REGION_MANAGER: Row = [U, F, F, F, F, OK, F, OK, F, F];

const page = { first: 5 };

export const AUTHORIZATION_MATRIX: Record<string, Entry> = {
  // ——— base ———
  health: { row: PUBLIC },
  viewer: { row: PUBLIC },

  // ——— connecteurs ———
  connecteurs: { args: () => ({ filter: { departementCode: '69' }, ...page }), row: PUBLIC },
  connecteur: { args: (w) => ({ id: w.connecteurFollowingId }), row: PUBLIC },
  myConnecteurProfile: { row: CONNECTEUR },
  pendingLabelRequests: { args: () => page, row: MODERATOR },
  servedDepartementsChanges: {
    args: (w) => ({ connecteurId: w.connecteurFollowingId, ...page }),
    row: MODERATOR,
  },
  approveServedDepartement: {
    args: (w) => ({ connecteurId: w.connecteurFollowingId, departementCode: '75' }),
    writes: 'connecteur',
    row: MODERATOR,
  },
  registerConnecteur: {
    args: () => ({
      input: {
        displayName: 'Atelier numérique',
        kind: 'STRUCTURE',
        structureType: 'TIERS_LIEU',
        communeCode: '69123',
        departementsServed: ['69'],
        themes: ['TRAINING'],
        email: 'contact@atelier.example',
        acceptsNewPmes: true,
        signCharter: true,
      },
    }),
    row: [U, F, F, conflict('already registered'), conflict('already registered'), F, F, F, F, F],
  },
  updateConnecteurProfile: {
    args: () => ({ input: { website: 'https://conseil.exemple.fr' } }),
    writes: 'connecteur',
    row: CONNECTEUR,
  },
  requestLabel: {
    row: [U, F, F, conflict('label valid'), conflict('label valid'), F, F, F, F, F],
  },
  grantLabel: {
    consumes: true,
    args: async (w) => ({
      connecteurId: await w.fresh.pendingLabel(),
      validUntil: '2027-06-30',
      wave: 'Vague 2026-2',
    }),
    row: MODERATOR,
  },
  rejectLabelRequest: {
    consumes: true,
    args: async (w) => ({ connecteurId: await w.fresh.pendingLabel(), reason: 'Charte non respectée.' }),
    row: MODERATOR,
  },
  revokeLabel: {
    consumes: true,
    args: async (w) => ({
      connecteurId: await w.fresh.labelledConnecteur(),
      reason: 'Conflit d’intérêts avéré.',
    }),
    row: MODERATOR,
  },
  declareCapitalLink: {
    args: () => ({ providerSiren: randomSiren() }),
    writes: 'connecteur',
    row: CONNECTEUR,
  },
  removeCapitalLink: {
    consumes: true,
    args: async (w, who) => ({
      providerSiren: who.startsWith('connecteur')
        ? await w.fresh.capitalLink(w.callers[who]!)
        : randomSiren(),
    }),
    writes: 'connecteur',
    row: CONNECTEUR,
  },

  // ——— companies ———
  myCompany: { row: PME },
  registerCompany: {
    // The SIREN is the caller's token's SIRET's: each PME of the world already registered its own.
    args: () => ({
      input: {
        name: 'Menuiserie Martin',
        nafCode: '16.23Z',
        employees: 6,
        annualRevenueCents: 60_000_000,
        independent: true,
        communeCode: '69123',
      },
    }),
    row: [U, conflict('one company per user'), conflict('one company per user'), F, F, F, F, F, F, F],
  },
  joinMyCompany: {
    row: [U, conflict('one company per user'), conflict('one company per user'), F, F, F, F, F, F, F],
  },
  updateCompany: { args: () => ({ input: { employees: 5 }, expectedVersion: 1 }), row: PME },

  // ——— chèque numérique ———
  subsidyPrograms: { args: () => ({ regionCode: '84' }), row: PUBLIC },
  subsidyProgram: { args: (w) => ({ id: w.programId }), row: PUBLIC },
  subsidyApplication: {
    args: (w) => ({ id: w.applicationId }),
    // The company, the trusted third party it chose (the following connecteur: what attesting needs), the region's
    // agents, moderators.
    row: [U, OK, F, NK, F, OK, F, OK, F, F],
  },
  subsidyApplications: {
    args: () => page,
    // Each sees its own scope (company, region, every region); the test checks outsiders see none of the company's.
    row: [U, OK, OK, F, F, OK, OK, OK, F, F],
  },
  applicationsToAttest: {
    args: () => page,
    // The files naming the caller as trusted third party: the test checks the other connecteur sees none.
    row: [U, F, F, NK, OK, F, F, F, F, F],
  },
  subsidyProgramExport: { args: (w) => ({ programId: w.programId }), row: REGION_MANAGER },
  openSubsidyProgram: {
    args: (w) => ({ input: w.inputs.program({ regionCode: '84' }) }),
    row: REGION_MANAGER,
  },
  updateSubsidyProgram: {
    consumes: true,
    args: async (w) => {
      const program = await w.fresh.program();
      return {
        id: program.id,
        input: { name: `Chèque numérique ${uniqueId()}` },
        expectedVersion: program.version,
      };
    },
    row: REGION_MANAGER,
  },
  createSubsidyApplication: {
    args: (w, who) => ({
      input: {
        programId: who === 'pmeOther' ? w.otherProgramId : w.programId,
        projectSummary: 'Un site de réservation en ligne.',
        expenses: [expense({ theme: 'BOOKING' })],
      },
    }),
    row: PME,
  },
  updateSubsidyApplication: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.draft();
      return {
        id: app.id,
        input: { projectSummary: 'Vendre aussi en click & collect.' },
        expectedVersion: app.version,
      };
    },
    row: OWNER,
  },
  submitSubsidyApplication: {
    consumes: true,
    args: async (w) => ({
      id: (await w.fresh.draft()).id,
      idempotencyKey: uniqueId('submit'),
      declaration: { textVersion: DECLARATION_VERSION, accepted: true },
    }),
    row: OWNER,
  },
  attestSubsidyApplication: {
    consumes: true,
    args: async (w) => ({ id: (await w.fresh.submitted()).id }),
    row: [U, F, F, NK, F, F, F, F, F, F],
  },
  startSubsidyReview: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.submitted();
      return { id: app.id, expectedVersion: app.version };
    },
    row: INSTRUCTOR,
  },
  requestSubsidyCorrection: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.underReview();
      return { id: app.id, message: 'Merci de joindre le devis signé.', expectedVersion: app.version };
    },
    row: INSTRUCTOR,
  },
  decideSubsidyApplication: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.underReview();
      return { id: app.id, decision: 'ACCEPT', expectedVersion: app.version };
    },
    row: INSTRUCTOR,
  },
  reopenSubsidyApplication: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.accepted();
      return { id: app.id, reason: 'Pièce nouvelle au dossier.', expectedVersion: app.version };
    },
    row: INSTRUCTOR,
  },
  recordSubsidyPayment: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.accepted();
      return { id: app.id, invoiceCents: 1_000_000, expectedVersion: app.version };
    },
    row: INSTRUCTOR,
  },
  correctSubsidyPayment: {
    consumes: true,
    args: async (w) => {
      const app = await w.fresh.paid();
      return {
        id: app.id,
        input: { invoiceCents: 800_000, reason: 'Facture erronée enregistrée.' },
        expectedVersion: app.version,
      };
    },
    row: INSTRUCTOR,
  },
  sendSubsidyMessage: {
    args: (w) => ({ id: w.applicationId, body: 'Le devis est en pièce jointe.' }),
    row: [U, OK, F, F, F, OK, F, F, F, F],
  },
  requestSubsidyDocumentUpload: {
    // A quote is joined before the review starts (the world's file is under review).
    args: async (w) => ({
      applicationId: (await w.fresh.submitted()).id,
      input: { kind: 'QUOTE', fileName: 'devis.pdf', contentType: 'application/pdf', sizeBytes: 2048 },
    }),
    row: OWNER,
  },
  confirmSubsidyDocument: {
    args: async (w) => {
      const { id } = await w.fresh.submitted();
      const link = await w.api.call<{ requestSubsidyDocumentUpload: { documentId: string } }>(
        `mutation($id: ID!) { requestSubsidyDocumentUpload(applicationId: $id, input: { kind: QUOTE, fileName: "devis.pdf", contentType: "application/pdf", sizeBytes: 2048 }) { documentId } }`,
        { id },
        w.callers.pmeOwner,
      );
      return {
        applicationId: id,
        documentId: link.data!.requestSubsidyDocumentUpload.documentId,
      };
    },
    row: [
      U,
      { allowedButRefused: 'BAD_USER_INPUT', because: 'nothing was uploaded at the link' },
      F,
      F,
      F,
      F,
      F,
      F,
      F,
      F,
    ],
  },
  annotateSubsidyApplication: {
    args: (w) => ({ id: w.applicationId, body: 'Entreprise connue du service.' }),
    row: INSTRUCTOR,
  },
  answerSubsidyFollowUp: {
    consumes: true,
    later: true,
    args: async (w) => ({
      id: (await w.fresh.paid()).id,
      input: { revenueChangePercent: 12, employeesChange: 1, benefit: true, satisfaction: 5 },
    }),
    row: OWNER,
  },

  // ——— diagnostics ———
  diagnosticQuestionnaire: { row: PUBLIC },
  diagnosticResult: {
    args: (w) => ({ id: w.diagnosticId }),
    // A claimed result: the company and the connecteurs it consented to be followed by.
    row: [F, OK, F, OK, F, F, F, F, F, F],
  },
  myDiagnostics: { args: () => page, row: PME },
  submitDiagnostic: {
    args: () => ({ input: { answers: answersAt(1), companyFacts: companyFacts({ communeCode: '69123' }) } }),
    // The self-diagnostic is open to anyone; a PME's result joins its company.
    row: PUBLIC,
  },
  claimDiagnostic: {
    consumes: true,
    args: async (w) => ({ id: await w.fresh.anonymousDiagnostic() }),
    row: PME,
  },

  // ——— contacts ———
  myContactNeeds: { args: () => page, row: PME },
  contactNeed: { args: (w) => ({ id: w.needId }), row: [U, OK, F, OK, F, F, F, F, F, F] },
  contactInbox: { args: () => page, row: CONNECTEUR },
  contactRequest: { args: (w) => ({ id: w.requestId }), row: [U, OK, F, OK, F, F, F, F, F, F] },
  sendContactRequest: {
    args: (w) => ({
      input: { connecteurIds: [w.connecteurFollowingId], need: 'Former l’équipe aux réseaux sociaux.' },
    }),
    row: PME,
  },
  answerContactRequest: {
    consumes: true,
    args: async (w) => ({
      id: await w.fresh.request(),
      status: 'TAKEN_IN_CHARGE',
      message: 'Je vous appelle demain.',
    }),
    row: FOLLOWER,
  },
  reopenContactRequest: {
    consumes: true,
    args: async (w) => ({ id: await w.fresh.closedRequest(), message: 'Le besoin revient.' }),
    row: OWNER,
  },
  postContactRequestMessage: {
    args: (w) => ({ requestId: w.requestId, text: 'Pouvez-vous me rappeler ?' }),
    // The request's two parties only, as reading it.
    row: [U, OK, F, OK, F, F, F, F, F, F],
  },
  giveContactFeedback: {
    consumes: true,
    args: async (w) => ({
      requestId: await w.fresh.closedRequest(),
      input: { contacted: true, useful: true },
    }),
    row: OWNER,
  },

  // ——— follow-ups ———
  myFollowedCompanies: { args: () => page, row: CONNECTEUR },
  followedCompany: { args: (w) => ({ companyId: w.companyId }), row: FOLLOWER },
  leads: { args: () => ({ departementCode: '69', ...page }), row: CONNECTEUR },
  myFollows: { row: PME },
  myContactConsent: { row: PME },
  proposeFollow: {
    args: (w) => ({ companyId: w.companyId, message: 'Je peux vous aider sur la vente en ligne.' }),
    row: [U, F, F, conflict('already follows the company'), OK, F, F, F, F, F],
  },
  acceptFollow: {
    consumes: true,
    args: async (w) => ({ connecteurId: await w.fresh.proposal() }),
    // Another company has no proposal from this connecteur: nothing to answer.
    row: [U, OK, N, F, F, F, F, F, F, F],
  },
  declineFollow: {
    consumes: true,
    args: async (w) => ({ connecteurId: await w.fresh.proposal() }),
    row: [U, OK, N, F, F, F, F, F, F, F],
  },
  revokeFollow: {
    consumes: true,
    args: async (w) => ({ connecteurId: await w.fresh.activeFollow() }),
    row: [U, OK, N, F, F, F, F, F, F, F],
  },
  setContactConsent: { args: () => ({ consented: true }), row: PME },
  addActionItem: {
    args: (w) => ({
      companyId: w.companyId,
      input: { theme: 'TRAINING', title: 'Former l’équipe à la caisse' },
    }),
    writes: 'follow',
    row: FOLLOWER,
  },
  updateActionItem: {
    args: (w) => ({
      companyId: w.companyId,
      itemId: w.actionItemId,
      input: { title: 'Créer et animer la fiche' },
    }),
    writes: 'follow',
    row: FOLLOWER,
  },
  addMeetingNote: {
    args: (w) => ({
      companyId: w.companyId,
      input: { meetingOn: '2026-11-20', text: 'Premier échange.', shared: true },
    }),
    writes: 'follow',
    row: FOLLOWER,
  },

  // ——— appointments ———
  appointmentSlots: { args: (w) => ({ connecteurId: w.connecteurFollowingId, ...page }), row: SIGNED_IN },
  mySlots: { args: () => page, row: CONNECTEUR },
  myAppointments: { args: () => page, row: [U, OK, OK, OK, OK, F, F, F, F, F] },
  publishAppointmentSlots: { args: (w) => ({ slots: [w.nextSlot()] }), row: CONNECTEUR },
  bookAppointment: { consumes: true, args: async (w) => ({ slotId: await w.fresh.slot() }), row: PME },
  cancelAppointment: {
    consumes: true,
    args: async (w, who) => ({ id: await w.fresh.appointment(who), reason: 'Empêchement.' }),
    // Either side of the appointment: the company or its connecteur.
    row: [U, OK, F, OK, F, F, F, F, F, F],
  },
  recordAttendance: {
    consumes: true,
    later: true,
    args: async (w, who) => ({ appointmentId: await w.fresh.appointment(who), attendance: 'SEEN' }),
    row: FOLLOWER,
  },

  // ——— indicators ———
  connecteurDashboard: { row: CONNECTEUR },
  programmeIndicators: { args: () => ({ regionCode: '84' }), row: MODERATOR },

  // ——— providers ———
  providers: { args: () => ({ filter: { regionCode: '84' }, ...page }), row: PUBLIC },
  provider: { args: (w) => ({ id: w.providerId }), row: PUBLIC },
  myProvider: { row: PROVIDER },
  moderationQueue: { args: () => page, row: MODERATOR },
  myReviews: { args: () => page, row: [U, OK, OK, OK, OK, F, F, F, F, F] },
  myProviderEngagements: { args: () => page, row: PROVIDER },
  providerRecommendations: {
    args: (w) => ({ companyId: w.companyId }),
    row: [U, OK, F, OK, F, F, F, F, F, F],
  },
  registerProvider: {
    args: (w) => ({
      input: {
        siret: w.newSiret(),
        name: 'Studio Web',
        communeCode: '69123',
        regionsServed: [],
        startup: true,
      },
    }),
    row: [U, F, F, F, F, F, F, F, conflict('already registered'), conflict('already registered')],
  },
  updateProvider: {
    args: () => ({ input: { website: 'https://studio.exemple.fr' } }),
    writes: 'provider',
    row: PROVIDER,
  },
  addProviderOffer: {
    args: () => ({
      input: {
        theme: 'CONTENT',
        description: 'Photos produits',
        priceFromCents: 50_000,
        priceToCents: 150_000,
      },
    }),
    writes: 'provider',
    row: PROVIDER,
  },
  removeProviderOffer: {
    consumes: true,
    args: async (w) => ({ offerId: await w.fresh.offer() }),
    // Another provider's offer is not in its own directory entry.
    writes: 'provider',
    row: [U, F, F, F, F, F, F, F, OK, N],
  },
  reviewProvider: {
    consumes: true,
    args: async (w, who) => ({
      providerId: who.startsWith('connecteur') ? await w.fresh.provider() : await w.fresh.usedProvider(),
      rating: 5,
      comment: 'Très réactifs.',
    }),
    // A PME reviews a provider it used (the fresh one worked for the company, not for the other); a connecteur any.
    row: [U, OK, F, OK, OK, F, F, F, F, F],
  },
  editReview: {
    consumes: true,
    args: async (w) => ({
      reviewId: await w.fresh.connecteurReview(),
      rating: 3,
      comment: 'Correct, sans plus.',
    }),
    // The review's author: here the following connecteur.
    row: FOLLOWER,
  },
  moderateReview: {
    consumes: true,
    args: async (w) => ({ reviewId: await w.fresh.connecteurReview(), decision: 'PUBLISH' }),
    row: MODERATOR,
  },
  replyToReview: {
    args: (w) => ({ reviewId: w.reviewId, text: 'Merci pour votre confiance.' }),
    row: [U, F, F, F, F, F, F, F, OK, F],
  },
  declareProviderEngagement: {
    consumes: true,
    args: async (w) => ({ providerId: await w.fresh.provider(), description: 'Hébergement du site.' }),
    row: PME,
  },
  confirmProviderEngagement: {
    consumes: true,
    args: async (w) => ({ engagementId: await w.fresh.pendingEngagement() }),
    row: [U, F, F, F, F, F, F, F, OK, F],
  },
  recommendProviders: {
    args: (w) => ({ companyId: w.companyId, providerIds: [w.providerId], note: 'Deux agences locales.' }),
    writes: 'follow',
    row: FOLLOWER,
  },

  // ——— prices ———
  priceReferential: { args: () => ({ theme: 'ECOMMERCE_WEBSITE', regionCode: '84' }), row: PUBLIC },
  priceReferentials: { args: () => ({ regionCode: '84' }), row: PUBLIC },
  pricePosition: { args: () => ({ theme: 'ECOMMERCE_WEBSITE', amountCents: 500_000 }), row: PUBLIC },

  // ——— testimonials ———
  testimonials: { args: () => page, row: PUBLIC },
  testimonialMap: { row: PUBLIC },
  testimonial: {
    args: (w) => ({ id: w.testimonialId }),
    // Not published yet: its company, the connecteur who wrote it and moderators; null for anyone else.
    row: [H, OK, H, OK, H, H, H, OK, H, H],
  },
  testimonialModerationQueue: { args: () => page, row: MODERATOR },
  myTestimonials: { args: () => page, row: [U, OK, OK, OK, OK, F, F, F, F, F] },
  submitTestimonial: {
    args: (w, who) => ({
      input: w.inputs.testimonial(who.startsWith('connecteur') ? { companyId: w.companyId } : {}),
    }),
    // A PME for its own company; a connecteur for a company that consented to be followed by it.
    row: [U, OK, OK, OK, F, F, F, F, F, F],
  },
  agreeToTestimonial: {
    consumes: true,
    args: async (w) => ({ id: await w.fresh.connecteurTestimonial() }),
    row: OWNER,
  },
  moderateTestimonial: {
    consumes: true,
    args: async (w) => ({ id: await w.fresh.companyTestimonial(), decision: 'PUBLISH' }),
    row: MODERATOR,
  },
  withdrawTestimonial: {
    consumes: true,
    args: async (w) => ({ id: await w.fresh.companyTestimonial() }),
    row: OWNER,
  },

  // ——— events and news ———
  events: { args: () => ({ filter: { regionCode: '84' }, ...page }), row: PUBLIC },
  event: { args: (w) => ({ id: w.eventId }), row: PUBLIC },
  news: { args: () => ({ filter: { regionCode: '84' }, ...page }), row: PUBLIC },
  publishEvent: { args: (w) => ({ input: w.inputs.event() }), row: REGION_MANAGER },
  updateEvent: {
    consumes: true,
    args: async (w) => ({ id: await w.fresh.event(), input: w.inputs.event(), expectedVersion: 1 }),
    row: REGION_MANAGER,
  },
  cancelEvent: { consumes: true, args: async (w) => ({ id: await w.fresh.event() }), row: REGION_MANAGER },
  publishNews: { args: (w) => ({ input: w.inputs.news() }), row: REGION_MANAGER },
  withdrawNews: { consumes: true, args: async (w) => ({ id: await w.fresh.news() }), row: REGION_MANAGER },

  // ——— personal data ———
  // ——— notifications: every role, its own account only ———
  myNotifications: { args: () => ({ first: 5, unreadOnly: false }), row: SIGNED_IN },
  unreadNotificationCount: { row: SIGNED_IN },
  notificationPreferences: { row: SIGNED_IN },
  markNotificationsRead: { args: () => ({ all: true }), row: SIGNED_IN },
  updateNotificationPreferences: {
    args: () => ({ input: { categories: [{ category: 'FOLLOW', email: false }] } }),
    row: SIGNED_IN,
  },

  exportMyData: { row: PME },
  deleteMyAccount: { args: () => ({ confirmation: 'SUPPRIMER MON COMPTE' }), last: true, row: PME },
};

function conflict(because: string): Outcome {
  return { allowedButRefused: 'CONFLICT', because };
}

/** The outcome the matrix gives a caller for an operation. */
export function outcomeOf(entry: Entry, who: CallerName): Outcome {
  return entry.row[CALLER_NAMES.indexOf(who)]!;
}

export const isAllowed = (outcome: Outcome) =>
  outcome === 'ALLOWED' || outcome === 'NEED_TO_KNOW' || typeof outcome === 'object';

/** Callers the matrix lets call an operation (business refusals included). */
export function allowedCallers(operation: string): CallerName[] {
  const entry = AUTHORIZATION_MATRIX[operation];
  return entry ? CALLER_NAMES.filter((who) => isAllowed(outcomeOf(entry, who))) : [];
}

// ——— field level: a chèque numérique file ———

/** The readers of one file, as the field-level matrix names them. */
export const FILE_READERS = [
  'applicant',
  'regionAgent',
  'otherRegionAgent',
  'trustedThirdParty',
  'otherConnecteur',
  'moderator',
] as const;
export type FileReader = (typeof FILE_READERS)[number];

/**
 * What a reader gets of one field of a submitted (paid) file: READ (a value), FORBIDDEN (an error, the field null),
 * NULL (null without an error: the entry is shown, not this part of it), LEFT_OUT (the list omits the private
 * items), NO_FILE (the file itself is FORBIDDEN, so no field is reached).
 */
export type FieldOutcome = 'READ' | 'FORBIDDEN' | 'NULL' | 'LEFT_OUT' | 'NO_FILE';
type FieldRow = [FieldOutcome, FieldOutcome, FieldOutcome, FieldOutcome, FieldOutcome, FieldOutcome];

const R = 'READ';
const NF = 'NO_FILE';
/** Everyone who reads the file reads it. */
const ALL_READERS: FieldRow = [R, R, NF, R, NF, R];
/** Beyond what attesting needs: the applicant, the region's agents and moderators. */
const NOT_THIRD_PARTY: FieldRow = [R, R, NF, 'FORBIDDEN', NF, R];

/**
 * Field × reader for the sensitive parts of SubsidyApplication and its nested types (subsidy-field-matrix.api.test.ts
 * reads each cell, through `subsidyApplication` and, for the trusted third party, through `applicationsToAttest`).
 * Keys are selections inside the file; `leaf` is the path to the value checked.
 */
export const SUBSIDY_FIELD_MATRIX: Record<string, { selection: string; row: FieldRow }> = {
  projectSummary: { selection: 'projectSummary', row: ALL_READERS },
  'expenses.providerSiren': { selection: 'expenses { providerSiren }', row: ALL_READERS },
  'company.siren': { selection: 'company { siren name }', row: ALL_READERS },
  'company.employees': { selection: 'company { employees }', row: ALL_READERS },
  'company.nafCode': { selection: 'company { nafCode }', row: ALL_READERS },
  'company.annualRevenueCents': { selection: 'company { annualRevenueCents }', row: NOT_THIRD_PARTY },
  'messages.body': { selection: 'messages { body }', row: NOT_THIRD_PARTY },
  'annotations.body': { selection: 'annotations { body }', row: ['FORBIDDEN', R, NF, 'FORBIDDEN', NF, R] },
  'history.reason': { selection: 'history { reason }', row: [R, R, NF, 'NULL', NF, R] },
  'history.actorSub': { selection: 'history { actorSub }', row: ['NULL', R, NF, 'NULL', NF, R] },
  grantedAidCents: { selection: 'grantedAidCents', row: NOT_THIRD_PARTY },
  paidCents: { selection: 'paidCents', row: NOT_THIRD_PARTY },
  invoiceCents: { selection: 'invoiceCents', row: NOT_THIRD_PARTY },
  paidAt: { selection: 'paidAt', row: NOT_THIRD_PARTY },
  followUpOpensAt: { selection: 'followUpOpensAt', row: NOT_THIRD_PARTY },
  'eligibility(ANNUAL_REVENUE)': {
    selection: 'eligibility { rule message }',
    row: [R, R, NF, 'LEFT_OUT', NF, R],
  },
};
