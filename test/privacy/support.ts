import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect, inject } from 'vitest';
import { testDb, uniqueId, type Caller, type createTestApi } from '../support/api.js';
import { follow, registerProvider, moderateReview, reviewProvider } from '../providers/helpers.js';
import { dataOf, expense, moderator, openProgram, ops } from '../subsidies/support.js';
import {
  answersAt,
  companyFacts,
  pmeWithSiret,
  registerConnecteur,
  SUBMIT_DIAGNOSTIC,
} from '../support/workspace.js';

type Api = ReturnType<typeof createTestApi>;

export const agent84: NonNullable<Caller> = {
  role: 'REGION_AGENT',
  sub: 'agent-privacy-84',
  regionCode: '84',
};

/** What identifies the people of a company: none of it may remain anywhere once its account is deleted. */
export function personOf(label: string) {
  const tag = uniqueId(label);
  return {
    tag,
    name: `Jeanne Dupont-${tag}`,
    email: `jeanne.${tag}@boulangerie-dupont.fr`,
    phone: `06 12 ${tag.slice(-4, -2)} ${tag.slice(-2)} 78`,
  };
}
export type Person = ReturnType<typeof personOf>;
/** A free text naming the person, as users write them. */
export const about = (p: Person, what: string) => `${what} — contact : ${p.name}, ${p.email}, ${p.phone}.`;

/**
 * A company in Lyon (region 84) with data in every domain: a funded subsidy file with messages and an annotation,
 * a diagnostic, a contact request, a consented follow with a meeting note, an upcoming appointment, a declared
 * engagement, a published review, a published testimonial and a basket of recommended providers.
 */
let slotDay = 0;

export async function companyWithData(api: Api, shared: Shared) {
  const person = personOf('pme');
  const caller: NonNullable<Caller> = pmeWithSiret('pme-privacy');
  const siren = caller.siret!.slice(0, 9);
  const registered = await api.call<any>(
    `mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`,
    {
      input: {
        name: `Boulangerie ${person.name}`,
        nafCode: '10.71C',
        employees: 3,
        annualRevenueCents: 40_000_000,
        independent: true,
        communeCode: '69123',
      },
    },
    caller,
  );
  const companyId: string = dataOf(registered).registerCompany.id;

  // A subsidy file, submitted, accepted, with a message each way and an agent's annotation.
  const created = await api.call<any>(
    `mutation($input: CreateSubsidyApplicationInput!) { createSubsidyApplication(input: $input) { id version } }`,
    {
      input: {
        programId: shared.programId,
        projectSummary: about(person, 'Vendre nos pains en ligne'),
        expenses: [expense({ description: about(person, 'Site de vente'), amountCents: 1_000_000 })],
      },
    },
    caller,
  );
  const applicationId: string = dataOf(created).createSubsidyApplication.id;
  const o = ops(api);
  const submitted = dataOf(await o.submit(caller, applicationId)).submitSubsidyApplication;
  const review = dataOf(await o.startReview(agent84, applicationId, submitted.version)).startSubsidyReview;
  const decided = await api.call<any>(
    `mutation($id: ID!, $v: Int!) { decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) { status } }`,
    { id: applicationId, v: review.version },
    agent84,
  );
  expect(dataOf(decided).decideSubsidyApplication.status).toBe('ACCEPTED');
  for (const [who, body] of [
    [caller, about(person, 'Voici notre devis')],
    [agent84, `Bonjour ${person.name}, merci.`],
  ] as const) {
    const sent = await api.call(
      `mutation($id: ID!, $b: String!) { sendSubsidyMessage(id: $id, body: $b) { at } }`,
      { id: applicationId, b: body },
      who,
    );
    dataOf(sent);
  }
  dataOf(
    await api.call(
      `mutation($id: ID!, $b: String!) { annotateSubsidyApplication(id: $id, body: $b) { at } }`,
      { id: applicationId, b: `Appelé ${person.name} au ${person.phone}` },
      agent84,
    ),
  );

  const diagnostic = await api.call<any>(
    SUBMIT_DIAGNOSTIC,
    { input: { answers: answersAt(0.5), companyFacts: companyFacts({ communeCode: '69123' }) } },
    caller,
  );
  const diagnosticId: string = dataOf(diagnostic).submitDiagnostic.id;

  const need = await api.call<any>(
    `mutation($ids: [ID!]!, $need: String!, $contact: ContactDetailsInput) { sendContactRequest(input: { connecteurIds: $ids, need: $need, contact: $contact }) { id requests { id } } }`,
    {
      ids: [shared.connecteur.id],
      need: about(person, 'Besoin d’un site'),
      contact: { name: person.name, email: person.email },
    },
    caller,
  );
  const needId: string = dataOf(need).sendContactRequest.id;
  const requestId: string = dataOf(need).sendContactRequest.requests[0].id;
  dataOf(
    await api.call(
      `mutation($r: ID!, $t: String!) { postContactRequestMessage(requestId: $r, text: $t, clientKey: "cle-message-1") { id } }`,
      { r: requestId, t: about(person, 'Rappelez-moi') },
      caller,
    ),
  );

  await follow(api, caller, companyId, shared.connecteur.caller, shared.connecteur.id);
  dataOf(
    await api.call(
      `mutation($c: ID!, $input: MeetingNoteInput!) { addMeetingNote(companyId: $c, input: $input) { id } }`,
      { c: companyId, input: { meetingOn: '2026-11-20', text: `Rencontré ${person.name}`, shared: true } },
      shared.connecteur.caller,
    ),
  );
  dataOf(
    await api.call(
      `mutation($c: ID!, $p: [ID!]!, $n: String) { recommendProviders(companyId: $c, providerIds: $p, note: $n) { companyId } }`,
      { c: companyId, p: [shared.provider.id], n: `Pour ${person.name}` },
      shared.connecteur.caller,
    ),
  );

  const slots = await api.call<any>(
    `mutation($s: [AppointmentSlotInput!]!) { publishAppointmentSlots(slots: $s) { id } }`,
    // A day of its own per company: slots of one connecteur may not overlap.
    {
      s: [
        {
          startsAt: `2027-01-${10 + slotDay}T09:00:00.000Z`,
          endsAt: `2027-01-${10 + slotDay++}T10:00:00.000Z`,
        },
      ],
    },
    shared.connecteur.caller,
  );
  const slotId: string = dataOf(slots).publishAppointmentSlots[0].id;
  const booked = await api.call<any>(
    `mutation($s: ID!, $t: String) { bookAppointment(slotId: $s, topic: $t) { id } }`,
    { s: slotId, t: about(person, 'Premier rendez-vous') },
    caller,
  );
  const appointmentId: string = dataOf(booked).bookAppointment.id;

  const declared = await api.call<any>(
    `mutation($p: ID!, $d: String!) { declareProviderEngagement(providerId: $p, description: $d) { id } }`,
    { p: shared.provider.id, d: about(person, 'Refonte du site') },
    caller,
  );
  dataOf(
    await api.call(
      `mutation($id: ID!) { confirmProviderEngagement(engagementId: $id) { status } }`,
      { id: dataOf(declared).declareProviderEngagement.id },
      shared.provider.caller,
    ),
  );
  const reviewed = await reviewProvider(api, caller, shared.provider.id, 2, about(person, 'Déçue'));
  const reviewId: string = dataOf<any>(reviewed).reviewProvider.id;
  expect(dataOf<any>(await moderateReview(api, moderator, reviewId, 'PUBLISH')).moderateReview.status).toBe(
    'PUBLISHED',
  );

  const testimonial = await api.call<any>(
    `mutation($input: TestimonialInput!) { submitTestimonial(input: $input) { id } }`,
    {
      input: {
        companyName: `Boulangerie ${person.name}`,
        title: `${person.name} vend en ligne`,
        story: about(person, 'Notre click & collect a doublé nos ventes'),
        format: 'ARTICLE',
        themes: ['ECOMMERCE_WEBSITE'],
        nafCode: '10.71C',
        sizeBand: 'MICRO',
        communeCode: '69123',
        maturityLevel: 'DYNAMIC',
      },
    },
    caller,
  );
  const testimonialId: string = dataOf(testimonial).submitTestimonial.id;
  dataOf(
    await api.call(
      `mutation($id: ID!) { moderateTestimonial(id: $id, decision: PUBLISH) { status } }`,
      { id: testimonialId },
      moderator,
    ),
  );

  return {
    person,
    caller,
    siren,
    companyId,
    applicationId,
    diagnosticId,
    needId,
    requestId,
    appointmentId,
    slotId,
    reviewId,
    testimonialId,
  };
}
export type CompanyWithData = Awaited<ReturnType<typeof companyWithData>>;

/** A programme of region 84, a connecteur serving the Rhône and a provider, shared by the companies of a test. */
export async function sharedParties(api: Api) {
  const programId: string = (await openProgram(api, { regionCode: '84' })).id;
  const connecteur = await registerConnecteur(api, { communeCode: '69123', departementsServed: ['69'] });
  const provider = await registerProvider(api);
  return { programId, connecteur, provider: { caller: provider.caller, id: provider.provider.id as string } };
}
export type Shared = Awaited<ReturnType<typeof sharedParties>>;

/** Every raw item of a partition of the table (tests look at what is stored, keys included). */
export async function rawPartition(pk: string): Promise<Record<string, unknown>[]> {
  const answer = await testDb().send(
    new QueryCommand({
      TableName: inject('tableName'),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return answer.Items ?? [];
}

export const EXPORT_QUERY = `{ exportMyData {
  generatedAt
  company { id siren name }
  contactConsent { consented }
  subsidyApplications { id projectSummary investmentCents aidCents status expenses { description amountCents } messages { body } history { action } }
  diagnostics { id }
  contactNeeds { id need requests { id status } }
  follows { status proposalMessage connecteur { id } sharedMeetingNotes { edges { node { text } } } }
  appointments { id topic status }
  reviews { id comment authorName status rating }
  testimonials { id story status }
  providerEngagements { id description companyName }
  providerRecommendations { companyId note providers { id } }
} }`;

export const DELETE_MUTATION = `mutation($c: String!) { deleteMyAccount(confirmation: $c) {
  deletedAt subsidyApplicationsAnonymized diagnosticsDetached contactNeedsErased followsEnded appointmentsErased
  reviewsAnonymized testimonialsWithdrawn providerEngagementsErased providerRecommendationsErased
} }`;
