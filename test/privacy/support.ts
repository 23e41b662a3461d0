import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect, inject } from 'vitest';
import { testDb, uniqueId, type Caller, type createTestApi } from '../support/api.js';
import { follow, registerProvider } from '../providers/helpers.js';
import { dataOf, expense, moderator, openProgram, ops } from '../subsidies/support.js';
import { answersAt, companyFacts, pmeWithSiret, registerConnecteur } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import * as D from './documents.js';

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
  const registered = await typedCall(
    api,
    D.RegisterCompany,
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
  const companyId = dataOf(registered).registerCompany.id;

  // A subsidy file, submitted, accepted, with a message each way and an agent's annotation.
  const created = await typedCall(
    api,
    D.CreateApplication,
    {
      input: {
        programId: shared.programId,
        projectSummary: about(person, 'Vendre nos pains en ligne'),
        expenses: [expense({ description: about(person, 'Site de vente'), amountCents: 1_000_000 })],
      },
    },
    caller,
  );
  const applicationId = dataOf(created).createSubsidyApplication.id;
  const o = ops(api);
  const submitted = dataOf(await o.submit(caller, applicationId)).submitSubsidyApplication;
  const review = dataOf(await o.startReview(agent84, applicationId, submitted.version)).startSubsidyReview;
  const decided = await typedCall(api, D.Accept, { id: applicationId, v: review.version }, agent84);
  expect(dataOf(decided).decideSubsidyApplication.status).toBe('ACCEPTED');
  for (const [who, body] of [
    [caller, about(person, 'Voici notre devis')],
    [agent84, `Bonjour ${person.name}, merci.`],
  ] as const) {
    const sent = await typedCall(api, D.SendMessage, { id: applicationId, b: body }, who);
    dataOf(sent);
  }
  dataOf(
    await typedCall(
      api,
      D.Annotate,
      { id: applicationId, b: `Appelé ${person.name} au ${person.phone}` },
      agent84,
    ),
  );

  const diagnostic = await typedCall(
    api,
    D.SubmitDiagnostic,
    { input: { answers: answersAt(0.5), companyFacts: companyFacts({ communeCode: '69123' }) } },
    caller,
  );
  const diagnosticId = dataOf(diagnostic).submitDiagnostic.id;

  const need = await typedCall(
    api,
    D.SendContactRequest,
    {
      ids: [shared.connecteur.id],
      need: about(person, 'Besoin d’un site'),
      contact: { name: person.name, email: person.email },
    },
    caller,
  );
  const needId = dataOf(need).sendContactRequest.id;
  const requestId = dataOf(need).sendContactRequest.requests[0]!.id;
  dataOf(
    await typedCall(api, D.PostRequestMessage, { r: requestId, t: about(person, 'Rappelez-moi') }, caller),
  );

  await follow(api, caller, companyId, shared.connecteur.caller, shared.connecteur.id);
  dataOf(
    await typedCall(
      api,
      D.AddMeetingNote,
      { c: companyId, input: { meetingOn: '2026-11-20', text: `Rencontré ${person.name}`, shared: true } },
      shared.connecteur.caller,
    ),
  );
  dataOf(
    await typedCall(
      api,
      D.RecommendProviders,
      { c: companyId, p: [shared.provider.id], n: `Pour ${person.name}` },
      shared.connecteur.caller,
    ),
  );

  const slots = await typedCall(
    api,
    D.PublishSlots,
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
  const slotId = dataOf(slots).publishAppointmentSlots[0]!.id;
  const booked = await typedCall(
    api,
    D.BookAppointment,
    { s: slotId, t: about(person, 'Premier rendez-vous') },
    caller,
  );
  const appointmentId = dataOf(booked).bookAppointment.id;

  const declared = await typedCall(
    api,
    D.DeclareEngagement,
    { p: shared.provider.id, d: about(person, 'Refonte du site') },
    caller,
  );
  dataOf(
    await typedCall(
      api,
      D.ConfirmEngagement,
      { id: dataOf(declared).declareProviderEngagement.id },
      shared.provider.caller,
    ),
  );
  const reviewed = await typedCall(
    api,
    D.ReviewProvider,
    { p: shared.provider.id, r: 2, c: about(person, 'Déçue') },
    caller,
  );
  const reviewId = dataOf(reviewed).reviewProvider.id;
  expect(
    dataOf(await typedCall(api, D.PublishReview, { id: reviewId }, moderator)).moderateReview.status,
  ).toBe('PUBLISHED');

  const testimonial = await typedCall(
    api,
    D.SubmitTestimonial,
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
  const testimonialId = dataOf(testimonial).submitTestimonial.id;
  dataOf(await typedCall(api, D.PublishTestimonial, { id: testimonialId }, moderator));

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
