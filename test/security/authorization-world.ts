import { expect } from 'vitest';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import { createTestApi, manualClock, uniqueId, type Caller, type GraphqlResult } from '../support/api.js';
import {
  answersAt,
  companyFacts,
  randomSiren,
  registerConnecteur,
  registerPme,
} from '../support/workspace.js';
import { follow, randomSiret, registerProvider } from '../providers/helpers.js';
import { expense, programInput } from '../subsidies/support.js';
import type { EventInput, NewsInput, TestimonialInput } from '../generated/graphql.js';
import { typedCall, type TypedDocument } from '../support/typed.js';
import * as D from './authorization-world-documents.js';

// One fixture world for the authorization matrix: a company of Lyon (region 84) with its PME owner and data in
// every domain, the parties around it, and builders of fresh objects for the calls that consume what they act on.

export const CALLER_NAMES = [
  'anonymous',
  'pmeOwner',
  'pmeOther',
  'connecteurFollowing',
  'connecteurOther',
  'agentOfRegion',
  'agentOtherRegion',
  'moderator',
  'providerOwner',
  'providerOther',
] as const;
export type CallerName = (typeof CALLER_NAMES)[number];

export type Vars = Record<string, unknown>;

/** The instant the world lives at, and a later one (a paid file's follow-up opens a year after payment). */
export const NOW = new Date('2026-11-26T10:00:00.000Z');
const LATER = new Date(NOW.getTime() + 370 * 86_400_000);

/** The data of an answer, or a failure naming the call and its errors. */
function must<T>(what: string, result: GraphqlResult<T>): T {
  expect(result.errors, `${what}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data as T;
}

export async function buildWorld(tableName: string) {
  const api = createTestApi({ clock: manualClock(NOW), config: { tableName } });
  const later = createTestApi({ clock: manualClock(LATER), config: { tableName } });
  const call = async <T, V>(what: string, document: TypedDocument<T, V>, variables: V, caller: Caller) =>
    must(what, await typedCall(api, document, variables, caller));

  const moderator: NonNullable<Caller> = { role: 'MODERATOR', sub: uniqueId('mod') };
  const agentOfRegion: NonNullable<Caller> = {
    role: 'REGION_AGENT',
    sub: uniqueId('agent'),
    regionCode: '84',
  };
  const agentOtherRegion: NonNullable<Caller> = {
    role: 'REGION_AGENT',
    sub: uniqueId('agent'),
    regionCode: '53',
  };

  // Slots never overlap: each one gets its own hour, from two days ahead.
  let slotCount = 0;
  const nextSlot = () => {
    const startsAt = new Date(NOW.getTime() + 2 * 86_400_000 + slotCount++ * 2 * 3_600_000);
    return {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    };
  };

  const openProgram = async (regionCode: string) =>
    (await call('openSubsidyProgram', D.OpenProgram, { input: programInput({ regionCode }) }, moderator))
      .openSubsidyProgram;

  const labelled = async (connecteur: { caller: NonNullable<Caller>; id: string }) => {
    await call('requestLabel', D.RequestLabel, {}, connecteur.caller);
    await call('grantLabel', D.GrantLabel, { id: connecteur.id }, moderator);
    return connecteur;
  };

  const [owner, other, connecteurFollowing, connecteurOther, provider, otherProvider, program, otherProgram] =
    await Promise.all([
      registerPme(api, { communeCode: '69123' }),
      registerPme(api, { communeCode: '35238' }),
      registerConnecteur(api, { communeCode: '69123', departementsServed: ['69'] }).then(labelled),
      registerConnecteur(api, { communeCode: '69123', departementsServed: ['69'] }).then(labelled),
      registerProvider(api),
      registerProvider(api),
      openProgram('84'),
      openProgram('53'),
    ]);
  const companyId = owner.companyId;
  const pmeOwner = owner.caller;
  const K1 = connecteurFollowing;

  const callers: Record<CallerName, Caller> = {
    anonymous: undefined,
    pmeOwner,
    pmeOther: other.caller,
    connecteurFollowing: K1.caller,
    connecteurOther: connecteurOther.caller,
    agentOfRegion,
    agentOtherRegion,
    moderator,
    providerOwner: provider.caller,
    providerOther: otherProvider.caller,
  };

  // ——— builders of fresh objects, each in the state its operation acts on ———

  const draft = async (pme: NonNullable<Caller> = pmeOwner, programId = program.id) =>
    (
      await call(
        'createSubsidyApplication',
        D.CreateApplication,
        {
          input: {
            programId,
            projectSummary: 'Vendre nos produits en ligne avec retrait en boutique.',
            expenses: [expense()],
            trustedThirdPartyId: K1.id,
          },
        },
        pme,
      )
    ).createSubsidyApplication;

  const submitted = async () => {
    const app = await draft();
    return (
      await call(
        'submitSubsidyApplication',
        D.SubmitApplication,
        {
          id: app.id,
          key: uniqueId('submit'),
          declaration: { textVersion: DECLARATION_VERSION, accepted: true },
        },
        pmeOwner,
      )
    ).submitSubsidyApplication;
  };

  type Moved = { id: string; version: number };
  const agentMoves = async <T>(
    app: Moved,
    what: string,
    document: TypedDocument<T, { id: string; v: number }>,
    moved: (data: T) => Moved,
  ) => moved(await call(what, document, { id: app.id, v: app.version }, agentOfRegion));

  const underReview = async () =>
    agentMoves(await submitted(), 'startSubsidyReview', D.StartReview, (d) => d.startSubsidyReview);
  const accepted = async () =>
    agentMoves(await underReview(), 'decideSubsidyApplication', D.Accept, (d) => d.decideSubsidyApplication);
  const paid = async () =>
    agentMoves(await accepted(), 'recordSubsidyPayment', D.RecordPayment, (d) => d.recordSubsidyPayment);

  const connecteur = () => registerConnecteur(api, { communeCode: '69123', departementsServed: ['69'] });

  const pendingLabel = async () => {
    const c = await connecteur();
    await call('requestLabel', D.RequestLabel, {}, c.caller);
    return c.id;
  };

  /** A fresh connecteur proposing to follow the company (a lead: only a labelled connecteur may). */
  const proposal = async () => {
    const c = await labelled(await connecteur());
    await call('proposeFollow', D.ProposeFollow, { c: companyId }, c.caller);
    return c.id;
  };

  const activeFollow = async () => {
    const id = await proposal();
    await call('acceptFollow', D.AcceptFollow, { c: id }, pmeOwner);
    return id;
  };

  /** A request of the company to the connecteur that follows it, PENDING. */
  const request = async () =>
    (
      await call(
        'sendContactRequest',
        D.SendContactRequest,
        { ids: [K1.id], need: 'Un site pour vendre en ligne.' },
        pmeOwner,
      )
    ).sendContactRequest.requests[0]!.id;

  const closedRequest = async () => {
    const id = await request();
    for (const status of ['TAKEN_IN_CHARGE', 'DONE_HELP_PROPOSED'] as const)
      await call('answerContactRequest', D.AnswerContactRequest, { id, s: status }, K1.caller);
    return id;
  };

  const slot = async (owner: Caller = K1.caller) =>
    (await call('publishAppointmentSlots', D.PublishSlots, { s: [nextSlot()] }, owner))
      .publishAppointmentSlots[0]!.id;

  const appointment = async (company: Caller = pmeOwner, owner: Caller = K1.caller) =>
    (await call('bookAppointment', D.BookAppointment, { s: await slot(owner) }, company)).bookAppointment.id;

  // A company holds one upcoming appointment per connecteur, and the company already holds one with K1: a fresh
  // appointment is K1's with a company of its own when K1 is the one calling, else the company's with a connecteur
  // of its own; a fresh slot is a connecteur's of its own, which any PME may book.
  const freshAppointment = async (who?: CallerName) =>
    who === 'connecteurFollowing'
      ? appointment((await registerPme(api, { communeCode: '69123' })).caller, K1.caller)
      : appointment(pmeOwner, (await connecteur()).caller);
  const freshSlot = async () => slot((await connecteur()).caller);

  const anonymousDiagnostic = async () =>
    (
      await call(
        'submitDiagnostic',
        D.SubmitDiagnostic,
        { input: { answers: answersAt(0.5), companyFacts: companyFacts({ communeCode: '69123' }) } },
        undefined,
      )
    ).submitDiagnostic.id;

  const eventInput = (): EventInput => ({
    kind: 'WORKSHOP',
    title: `Atelier numérique ${uniqueId()}`,
    startsAt: '2026-12-10T08:30:00.000Z',
    communeCode: '69123',
    online: false,
    themes: ['ECOMMERCE_WEBSITE'],
  });
  const event = async () =>
    (await call('publishEvent', D.PublishEvent, { input: eventInput() }, agentOfRegion)).publishEvent.id;

  const newsInput = (): NewsInput => ({
    title: `Le chèque numérique rouvre ${uniqueId()}`,
    body: 'Dépôts ouverts jusqu’à la fin de l’année.',
    regionCode: '84',
    themes: ['STRATEGY'],
  });
  const news = async () =>
    (await call('publishNews', D.PublishNews, { input: newsInput() }, agentOfRegion)).publishNews.id;

  const freshProvider = async () => {
    const p = await registerProvider(api);
    return { caller: p.caller, id: p.provider.id as string };
  };

  /** The company declares work done by the provider (as `pme`, its company); returns the engagement's id. */
  const declareEngagement = async (providerId: string, pme: NonNullable<Caller> = pmeOwner) =>
    (await call('declareProviderEngagement', D.DeclareEngagement, { p: providerId }, pme))
      .declareProviderEngagement.id;

  /** A provider the company really used: a declared engagement the provider confirmed. */
  const usedProvider = async () => {
    const p = await freshProvider();
    const engagementId = await declareEngagement(p.id);
    await call('confirmProviderEngagement', D.ConfirmEngagement, { id: engagementId }, p.caller);
    return p.id;
  };

  /** An engagement of the fixture's provider declared by a fresh company, waiting for confirmation. */
  const pendingEngagement = async () =>
    declareEngagement(provider.provider.id, (await registerPme(api)).caller);

  const reviewBy = async (caller: NonNullable<Caller>, providerId: string) =>
    (await call('reviewProvider', D.ReviewProvider, { p: providerId }, caller)).reviewProvider.id;

  /** A PENDING review written by the following connecteur about a fresh provider. */
  const connecteurReview = async () => reviewBy(K1.caller, (await freshProvider()).id);

  const testimonialInput = (extra: Partial<TestimonialInput> = {}): TestimonialInput => ({
    companyName: 'Boulangerie du Rhône',
    title: 'Le click & collect a doublé nos ventes',
    story: 'Depuis notre site, les commandes arrivent la veille.',
    format: 'ARTICLE',
    themes: ['ECOMMERCE_WEBSITE'],
    nafCode: '47.71Z',
    sizeBand: 'MICRO',
    communeCode: '69123',
    maturityLevel: 'DYNAMIC',
    ...extra,
  });
  const testimonialBy = async (caller: NonNullable<Caller>, extra: Partial<TestimonialInput> = {}) =>
    (await call('submitTestimonial', D.SubmitTestimonial, { input: testimonialInput(extra) }, caller))
      .submitTestimonial.id;
  /** The company's own testimonial, PENDING moderation. */
  const companyTestimonial = () => testimonialBy(pmeOwner);
  /** Written by the following connecteur, AWAITING_AGREEMENT of the company. */
  const connecteurTestimonial = () => testimonialBy(K1.caller, { companyId });

  const offer = async () => {
    const added = await call('addProviderOffer', D.AddOffer, {}, provider.caller);
    return added.addProviderOffer.offers.at(-1)!.id;
  };

  /** A capital link the connecteur declared, to remove again. */
  const capitalLink = async (caller: NonNullable<Caller>) => {
    const siren = randomSiren();
    await call('declareCapitalLink', D.DeclareCapitalLink, { s: siren }, caller);
    return siren;
  };

  // ——— the company's data in every domain ———

  await follow(api, pmeOwner, companyId, K1.caller, K1.id);
  const application = await underReview();
  const [diagnosticId, contactRequest, appointmentId, engagementId, testimonialId, eventId, newsId, slotId] =
    await Promise.all([
      call(
        'submitDiagnostic',
        D.SubmitDiagnostic,
        { input: { answers: answersAt(0.5), companyFacts: companyFacts({ communeCode: '69123' }) } },
        pmeOwner,
      ).then((d) => d.submitDiagnostic.id),
      call(
        'sendContactRequest',
        D.SendContactRequest,
        { ids: [K1.id], need: 'Être visible sur les cartes en ligne.' },
        pmeOwner,
      ).then((d) => ({ needId: d.sendContactRequest.id, id: d.sendContactRequest.requests[0]!.id })),
      appointment(),
      declareEngagement(provider.provider.id),
      connecteurTestimonial(),
      event(),
      news(),
      slot(),
      call('sendSubsidyMessage', D.SendMessage, { id: application.id }, pmeOwner),
      call('annotateSubsidyApplication', D.Annotate, { id: application.id }, agentOfRegion),
      call(
        'recommendProviders',
        D.RecommendProviders,
        { c: companyId, p: [provider.provider.id as string] },
        K1.caller,
      ),
    ]);
  // The plan starts once the diagnostic is the company's latest, so that its six-month follow-up is scheduled in
  // every world the same way (the fault suite compares twin worlds item by item, reminders included).
  const actionItemId = await call('addActionItem', D.AddActionItem, { c: companyId }, K1.caller).then(
    (d) => d.addActionItem.id,
  );
  await call('confirmProviderEngagement', D.ConfirmEngagement, { id: engagementId }, provider.caller);
  const reviewId = await reviewBy(pmeOwner, provider.provider.id);
  await call('moderateReview', D.ModerateReview, { id: reviewId }, moderator);

  return {
    api,
    later,
    callers,
    companyId,
    otherCompanyId: other.companyId,
    programId: program.id,
    otherProgramId: otherProgram.id,
    connecteurFollowingId: K1.id,
    connecteurOtherId: connecteurOther.id,
    providerId: provider.provider.id as string,
    otherProviderId: otherProvider.provider.id as string,
    applicationId: application.id,
    diagnosticId,
    needId: contactRequest.needId,
    requestId: contactRequest.id,
    appointmentId,
    engagementId,
    reviewId,
    testimonialId,
    eventId,
    newsId,
    actionItemId,
    slotId,
    /** Ids only the company and the parties it chose may learn: none may show in an outsider's answer. */
    privateIds: [
      application.id,
      diagnosticId,
      contactRequest.needId,
      contactRequest.id,
      appointmentId,
      engagementId,
      testimonialId,
      actionItemId,
    ],
    inputs: { event: eventInput, news: newsInput, testimonial: testimonialInput, program: programInput },
    nextSlot,
    newSiret: randomSiret,
    fresh: {
      draft,
      submitted,
      underReview,
      accepted,
      paid,
      connecteur,
      pendingLabel,
      labelledConnecteur: async () => (await labelled(await connecteur())).id,
      proposal,
      activeFollow,
      request,
      closedRequest,
      slot: freshSlot,
      appointment: freshAppointment,
      anonymousDiagnostic,
      event,
      news,
      program: () => openProgram('84'),
      provider: async () => (await freshProvider()).id,
      usedProvider,
      pendingEngagement,
      connecteurReview,
      companyTestimonial,
      connecteurTestimonial,
      offer,
      capitalLink,
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
