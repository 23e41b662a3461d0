import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { codeOf, createTestApi, manualClock, testDb, type Caller } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import type { ContactRequestStatus } from '../generated/graphql.js';
import * as doc from './documents.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const CONTACT = { name: 'Claire Martin', email: 'claire@boulangerie.example', phone: '02 99 00 00 00' };

const read = (caller: Caller, id: string) => typedCall(api, doc.ReadConversation, { id }, caller);
/** The conversation of a request the caller may read. */
const conversationOf = async (caller: Caller, id: string) => (await read(caller, id)).data!.contactRequest!;
const post = (caller: Caller, requestId: string, text: string, clientKey?: string) =>
  typedCall(api, doc.PostMessage, { requestId, text, clientKey }, caller);
const answer = (caller: Caller, id: string, status: ContactRequestStatus) =>
  typedCall(api, doc.AnswerStatus, { id, status }, caller);

async function conversation() {
  const pme = await registerPme(api);
  const connecteur = await registerConnecteur(api);
  const sent = await typedCall(
    api,
    doc.SendWithContact,
    {
      input: {
        connecteurIds: [connecteur.id],
        need: 'Nous voulons vendre nos pains en ligne.',
        contact: CONTACT,
      },
    },
    pme.caller,
  );
  expect(sent.errors).toBeUndefined();
  return {
    pme,
    connecteur,
    needId: sent.data!.sendContactRequest.id,
    id: sent.data!.sendContactRequest.requests[0]!.id,
  };
}

const outboxItem = async (id: string) =>
  (
    await testDb().send(
      new GetCommand({ TableName: inject('tableName'), Key: { PK: `OUTBOX#NOTIFY#${id}`, SK: 'OUTBOX' } }),
    )
  ).Item;

describe('the conversation on a contact request', () => {
  it('carries messages both ways, oldest first, each notifying the other side', async () => {
    const { pme, connecteur, id, needId } = await conversation();
    const first = await post(pme.caller, id, 'Bonjour, êtes-vous disponible cette semaine ?');
    expect(first.errors).toBeUndefined();
    expect(first.data!.postContactRequestMessage).toMatchObject({ by: 'PME', requestId: id });
    clock.advance(60_000);
    const reply = await post(connecteur.caller, id, 'Oui, jeudi matin.');
    expect(reply.data!.postContactRequestMessage.by).toBe('CONNECTEUR');

    for (const caller of [pme.caller, connecteur.caller]) {
      const seen = await conversationOf(caller, id);
      expect(seen.messageCount).toBe(2);
      expect(seen.messages.edges.map((e) => [e.node.by, e.node.text])).toEqual([
        ['PME', 'Bonjour, êtes-vous disponible cette semaine ?'],
        ['CONNECTEUR', 'Oui, jeudi matin.'],
      ]);
    }
    const toConnecteur = await outboxItem(`CONTACT_MESSAGE#${first.data!.postContactRequestMessage.id}`);
    expect(toConnecteur?.payload).toMatchObject({
      category: 'CONTACT_MESSAGE',
      recipient: { kind: 'CONNECTEUR', connecteurId: connecteur.id },
      link: `/connecteur/demandes/${id}`,
    });
    const toCompany = await outboxItem(`CONTACT_MESSAGE#${reply.data!.postContactRequestMessage.id}`);
    expect(toCompany?.payload).toMatchObject({
      recipient: { kind: 'COMPANY', companyId: pme.companyId },
      link: `/entreprise/demandes/${needId}`,
    });
  });

  it('writes a message once per client key: a retry answers the first one', async () => {
    const { pme, id } = await conversation();
    const once = await post(pme.caller, id, 'Merci pour votre appel.', 'cle-client-0001');
    const again = await post(pme.caller, id, 'Merci pour votre appel.', 'cle-client-0001');
    expect(again.data!.postContactRequestMessage.id).toBe(once.data!.postContactRequestMessage.id);
    expect((await conversationOf(pme.caller, id)).messageCount).toBe(1);
  });

  it('refuses the other company, another connecteur, other roles and anonymous callers, writing nothing', async () => {
    const { pme, id } = await conversation();
    const otherCompany = await registerPme(api);
    const otherConnecteur = await registerConnecteur(api);
    const agent: Caller = { role: 'REGION_AGENT', sub: 'agent-conv', regionCode: '53' };
    for (const [caller, code] of [
      [otherCompany.caller, 'FORBIDDEN'],
      [otherConnecteur.caller, 'FORBIDDEN'],
      [agent, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codeOf(await post(caller, id, 'Je lis vos échanges.'))).toBe(code);
      expect(codeOf(await read(caller, id))).toBe(code);
    }
    expect((await conversationOf(pme.caller, id)).messageCount).toBe(0);
  });

  it('validates the text and the client key', async () => {
    const { pme, id } = await conversation();
    expect(codeOf(await post(pme.caller, id, '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await post(pme.caller, id, 'x'.repeat(2001)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await post(pme.caller, id, 'Bonjour', 'court'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await post(pme.caller, 'inconnue', 'Bonjour'))).toBe('NOT_FOUND');
  });

  it('is closed with the request, and open again once the company reopens it', async () => {
    const { pme, connecteur, id } = await conversation();
    await answer(connecteur.caller, id, 'NOT_FOR_ME');
    expect(codeOf(await post(pme.caller, id, 'Dommage.'))).toBe('CONFLICT');
    expect(codeOf(await post(connecteur.caller, id, 'Désolé.'))).toBe('CONFLICT');
    await typedCall(api, doc.ReopenId, { id }, pme.caller);
    expect((await post(pme.caller, id, 'Le besoin revient.')).errors).toBeUndefined();
  });
});

describe('the company’s contact details', () => {
  it('are hidden from the connecteur until it takes the request in charge, then shown, even once closed', async () => {
    const { pme, connecteur, id } = await conversation();
    expect((await conversationOf(pme.caller, id)).companyContact).toEqual(CONTACT);
    expect((await conversationOf(connecteur.caller, id)).companyContact).toBeNull();
    await answer(connecteur.caller, id, 'TAKEN_IN_CHARGE');
    expect((await conversationOf(connecteur.caller, id)).companyContact).toEqual(CONTACT);
    await answer(connecteur.caller, id, 'DONE_HELP_PROPOSED');
    expect((await conversationOf(connecteur.caller, id)).companyContact).toEqual(CONTACT);
  });

  it('are never shown to a connecteur that declined without taking the request in charge', async () => {
    const { connecteur, id } = await conversation();
    await answer(connecteur.caller, id, 'NOT_FOR_ME');
    expect((await conversationOf(connecteur.caller, id)).companyContact).toBeNull();
  });

  it('need an e-mail address or a phone number', async () => {
    const pme = await registerPme(api);
    const connecteur = await registerConnecteur(api);
    const refused = await typedCall(
      api,
      doc.SendId,
      { input: { connecteurIds: [connecteur.id], need: 'Un site vitrine.', contact: { name: 'Claire' } } },
      pme.caller,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });
});
