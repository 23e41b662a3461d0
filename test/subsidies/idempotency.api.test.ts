import { describe, expect, it } from 'vitest';
import { createTestApi, manualClock, type Caller } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  itemsOf,
  ops,
  openProgram,
  registerCompany,
  uniqueId,
} from './support.js';

const NOW = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(NOW);
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

/** A file submitted with `key`, then sent back to the applicant by the region. */
async function sentBack(key: string) {
  const program = await openProgram(api);
  const { caller: pme } = await registerCompany(api);
  const draft = await createApplication(api, pme, program.id);
  const submitted = dataOf(await o.submit(pme, draft.id, key)).submitSubsidyApplication;
  const back = dataOf(await o.requestCorrection(agent, draft.id, submitted.version)).requestSubsidyCorrection;
  return { pme, program, file: back };
}

describe('a submission key names one submission', () => {
  it('answers CONFLICT in French when the first submission’s key is sent again after a correction request, writing nothing', async () => {
    const key = uniqueId('submit');
    const { pme, program, file } = await sentBack(key);
    expect(file.status).toBe('CORRECTION_REQUESTED');
    const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`);
    const answer = await o.submit(pme, file.id, key);
    expect(codeOf(answer)).toBe('CONFLICT');
    expect(answer.errors![0]!.message).toContain('nouvelle clé');
    expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });

  it('records the resubmission under a new key, and a retry of that key answers the same file', async () => {
    const { pme, file } = await sentBack(uniqueId('submit'));
    const key = uniqueId('resubmit');
    const resubmitted = dataOf(await o.submit(pme, file.id, key)).submitSubsidyApplication;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', version: file.version + 1 });
    const retried = dataOf(await o.submit(pme, file.id, key)).submitSubsidyApplication;
    expect(retried).toMatchObject({ status: 'SUBMITTED', version: resubmitted.version });
    expect(retried.history.filter((h) => h.action === 'SUBMIT')).toHaveLength(2);
  });

  it('answers CONFLICT for the first key once the file was resubmitted with another', async () => {
    const first = uniqueId('submit');
    const { pme, file } = await sentBack(first);
    dataOf(await o.submit(pme, file.id, uniqueId('resubmit')));
    expect(codeOf(await o.submit(pme, file.id, first))).toBe('CONFLICT');
  });

  it('still answers a retry of the current submission after the applicant corrected the submitted file', async () => {
    const program = await openProgram(api);
    const { caller: pme } = await registerCompany(api);
    const draft = await createApplication(api, pme, program.id);
    const key = uniqueId('submit');
    const submitted = dataOf(await o.submit(pme, draft.id, key)).submitSubsidyApplication;
    const updated = dataOf(
      await o.update(
        pme,
        draft.id,
        { projectSummary: 'Vendre en ligne et livrer à domicile.' },
        submitted.version,
      ),
    ).updateSubsidyApplication;
    const retried = dataOf(await o.submit(pme, draft.id, key)).submitSubsidyApplication;
    expect(retried).toMatchObject({ status: 'SUBMITTED', version: updated.version });
  });

  it('answers CONFLICT to concurrent resubmissions that all reuse the first key, and records none', async () => {
    const key = uniqueId('submit');
    const { pme, file } = await sentBack(key);
    const answers = await Promise.all(Array.from({ length: 5 }, () => o.submit(pme, file.id, key)));
    expect(answers.map(codeOf)).toEqual(Array(5).fill('CONFLICT'));
    const read = dataOf(await o.read(pme, file.id)).subsidyApplication!;
    expect(read).toMatchObject({ status: 'CORRECTION_REQUESTED', version: file.version });
  });
});

type Note = { seq: number; at: string; authorRole: string; body: string };
const send = (caller: Caller, id: string, body: string, clientKey?: string) =>
  api.call<{ sendSubsidyMessage: Note }>(
    `mutation($id: ID!, $b: String!, $k: String) { sendSubsidyMessage(id: $id, body: $b, clientKey: $k) { seq at authorRole body } }`,
    { id, b: body, k: clientKey },
    caller,
  );
const annotate = (id: string, body: string, clientKey: string) =>
  api.call<{ annotateSubsidyApplication: { seq: number; at: string; body: string } }>(
    `mutation($id: ID!, $b: String!, $k: String) { annotateSubsidyApplication(id: $id, body: $b, clientKey: $k) { seq at body } }`,
    { id, b: body, k: clientKey },
    agent,
  );
const notesOf = async (id: string) =>
  dataOf(
    await api.call<{
      subsidyApplication: { messages: Note[]; annotations: { seq: number; body: string }[] };
    }>(
      `query($id: ID!) { subsidyApplication(id: $id) { messages { seq at authorRole body } annotations { seq body } } }`,
      { id },
      agent,
    ),
  ).subsidyApplication;

/** A file submitted by its company, that the region's agents and the company may write on. */
async function submittedFile() {
  const program = await openProgram(api);
  const { caller: pme } = await registerCompany(api);
  const draft = await createApplication(api, pme, program.id);
  dataOf(await o.submit(pme, draft.id));
  return { pme, id: draft.id };
}

describe('a message key names one message', () => {
  it('answers a retry with the same key with the message the first call wrote, and writes nothing', async () => {
    const { pme, id } = await submittedFile();
    const key = uniqueId('message');
    const first = dataOf(await send(pme, id, 'Voici le devis signé.', key)).sendSubsidyMessage;
    const before = await itemsOf(`SUBAPP#${id}`);
    clock.advance(60_000);
    try {
      const retried = dataOf(await send(pme, id, 'Voici le devis signé.', key)).sendSubsidyMessage;
      expect(retried).toEqual(first);
    } finally {
      clock.set(NOW);
    }
    // No second message, no second count, no second anything: the file's partition is as the first call left it.
    expect(await itemsOf(`SUBAPP#${id}`)).toEqual(before);
    expect((await notesOf(id)).messages).toEqual([first]);
    // The next message, keyed otherwise, is the second of the conversation.
    const next = dataOf(await send(pme, id, 'Et la facture.', uniqueId('message'))).sendSubsidyMessage;
    expect([first.seq, next.seq]).toEqual([1, 2]);
  });

  it('writes one message for the same key sent several times at once', async () => {
    const { pme, id } = await submittedFile();
    const key = uniqueId('message');
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => send(pme, id, 'Le devis est en pièce jointe.', key)),
    );
    const messages = (await notesOf(id)).messages;
    expect(messages).toHaveLength(1);
    expect(answers.map((a) => dataOf(a).sendSubsidyMessage)).toEqual(Array(4).fill(messages[0]));
  });

  it('writes a new message for another key, for another user’s same key, and for no key', async () => {
    const { pme, id } = await submittedFile();
    const key = uniqueId('message');
    dataOf(await send(pme, id, 'Premier message.', key));
    dataOf(await send(pme, id, 'Deuxième message.', uniqueId('message')));
    dataOf(await send(agent, id, 'Réponse de la région.', key));
    dataOf(await send(pme, id, 'Sans clé.'));
    dataOf(await send(pme, id, 'Sans clé.'));
    const messages = (await notesOf(id)).messages;
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    const bodies = messages.map((m) => m.body);
    expect(bodies).toEqual([
      'Premier message.',
      'Deuxième message.',
      'Réponse de la région.',
      'Sans clé.',
      'Sans clé.',
    ]);
  });

  it('answers an agent’s annotation retried with the same key with the first one', async () => {
    const { id } = await submittedFile();
    const key = uniqueId('note');
    const first = dataOf(await annotate(id, 'Devis cohérent.', key)).annotateSubsidyApplication;
    const retried = dataOf(await annotate(id, 'Devis cohérent.', key)).annotateSubsidyApplication;
    expect(retried).toEqual(first);
    expect((await notesOf(id)).annotations).toEqual([{ seq: first.seq, body: 'Devis cohérent.' }]);
    expect(first.seq).toBe(1);
  });

  it('refuses a malformed key with BAD_USER_INPUT in French, writing nothing', async () => {
    const { pme, id } = await submittedFile();
    const before = await itemsOf(`SUBAPP#${id}`);
    for (const bad of ['court', 'avec des espaces !', 'x'.repeat(101)]) {
      const answer = await send(pme, id, 'Bonjour.', bad);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toContain('Clé client');
    }
    expect(await itemsOf(`SUBAPP#${id}`)).toEqual(before);
  });
});

type Draft = { id: string; version: number; status: string; projectSummary: string };
const createDraft = (
  caller: Caller,
  programId: string,
  clientKey?: string,
  projectSummary = 'Vendre nos pains spéciaux en ligne.',
) =>
  api.call<{ createSubsidyApplication: Draft }>(
    `mutation($input: CreateSubsidyApplicationInput!) { createSubsidyApplication(input: $input) { id version status projectSummary } }`,
    { input: { programId, projectSummary, expenses: [expense()], clientKey } },
    caller,
  );
const draftsOf = async (caller: Caller, programId: string) =>
  dataOf(
    await api.call<{ subsidyApplications: { edges: { node: { id: string } }[] } }>(
      `query($p: ID!) { subsidyApplications(filter: { programId: $p }, first: 100) { edges { node { id } } } }`,
      { p: programId },
      caller,
    ),
  ).subsidyApplications.edges.map((e) => e.node.id);

describe('a draft key names one draft', () => {
  it('answers a retry with the same key with the draft the first call created, and writes nothing more', async () => {
    const program = await openProgram(api);
    const { caller: pme } = await registerCompany(api);
    const key = uniqueId('draft');
    const first = dataOf(await createDraft(pme, program.id, key)).createSubsidyApplication;
    const before = await itemsOf(`SUBAPP#${first.id}`, `SUBPROG#${program.id}`);
    // The retry's content is not a second draft either: the first call's draft is the answer.
    const retried = dataOf(
      await createDraft(pme, program.id, key, 'Un tout autre projet, écrit ensuite.'),
    ).createSubsidyApplication;
    expect(retried).toEqual(first);
    expect(await itemsOf(`SUBAPP#${first.id}`, `SUBPROG#${program.id}`)).toEqual(before);
    expect(await draftsOf(pme, program.id)).toEqual([first.id]);
  });

  it('creates one draft for the same key sent several times at once', async () => {
    const program = await openProgram(api);
    const { caller: pme } = await registerCompany(api);
    const key = uniqueId('draft');
    const answers = await Promise.all(Array.from({ length: 4 }, () => createDraft(pme, program.id, key)));
    const drafts = await draftsOf(pme, program.id);
    expect(drafts).toHaveLength(1);
    expect(answers.map((a) => dataOf(a).createSubsidyApplication.id)).toEqual(Array(4).fill(drafts[0]));
    const ledger = (await itemsOf(`SUBPROG#${program.id}`)) as { countDRAFT?: number }[];
    expect(ledger.map((i) => i.countDRAFT).filter((n) => n !== undefined)).toEqual([1]);
  });

  it('creates another draft for another key, for no key, and for another company’s user with the same key', async () => {
    const program = await openProgram(api);
    const { caller: pme } = await registerCompany(api);
    const { caller: other } = await registerCompany(api);
    const key = uniqueId('draft');
    const first = dataOf(await createDraft(pme, program.id, key)).createSubsidyApplication;
    const second = dataOf(await createDraft(pme, program.id, uniqueId('draft'))).createSubsidyApplication;
    const unkeyed = dataOf(await createDraft(pme, program.id)).createSubsidyApplication;
    const theirs = dataOf(await createDraft(other, program.id, key)).createSubsidyApplication;
    expect(new Set([first.id, second.id, unkeyed.id, theirs.id]).size).toBe(4);
    expect(new Set(await draftsOf(pme, program.id))).toEqual(new Set([first.id, second.id, unkeyed.id]));
  });

  it('refuses a malformed key with BAD_USER_INPUT in French, writing nothing', async () => {
    const program = await openProgram(api);
    const { caller: pme } = await registerCompany(api);
    const before = await itemsOf(`SUBPROG#${program.id}`);
    for (const bad of ['court', 'avec des espaces !', 'x'.repeat(101)]) {
      const answer = await createDraft(pme, program.id, bad);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toContain('Clé client');
    }
    expect(await itemsOf(`SUBPROG#${program.id}`)).toEqual(before);
    expect(await draftsOf(pme, program.id)).toEqual([]);
  });
});
