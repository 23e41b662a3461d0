import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { answersAt, registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import type { ActionItemStatus } from '../generated/graphql.js';
import { SubmitDiagnostic, typedFacts } from '../diagnostics/documents.js';
import * as doc from './documents.js';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });

// Côtes-d'Armor (22) leads are this file's alone; companies there are registered in Saint-Brieuc.
const SAINT_BRIEUC = '22278';

async function diagnosedCompany(consent: boolean) {
  const pme = await registerPme(api, { communeCode: SAINT_BRIEUC });
  const result = await typedCall(
    api,
    SubmitDiagnostic,
    { input: { answers: answersAt(0.5), companyFacts: typedFacts({ communeCode: SAINT_BRIEUC }) } },
    pme.caller,
  );
  expect(result.errors).toBeUndefined();
  if (consent) await setConsent(pme.caller, true);
  return {
    ...pme,
    diagnosticId: result.data!.submitDiagnostic.id,
    level: result.data!.submitDiagnostic.level,
  };
}

const setConsent = async (caller: Caller, consented: boolean) => {
  const result = await typedCall(api, doc.SetConsent, { c: consented }, caller);
  expect(result.data!.setContactConsent).toEqual({ consented, departementCode: '22' });
};
const leadIds = async (caller: Caller, departementCode = '22') => {
  const result = await typedCall(api, doc.Leads, { d: departementCode }, caller);
  expect(result.errors).toBeUndefined();
  for (const { node } of result.data!.leads.edges)
    expect(node.company).toEqual({ id: node.companyId, departementCode });
  return result.data!.leads.edges.map((e) => e.node.companyId);
};
const propose = (caller: Caller, companyId: string) => typedCall(api, doc.Propose, { id: companyId }, caller);
/** The company's answers to a connecteur's proposal. */
const decide = {
  acceptFollow: (caller: Caller, connecteurId: string) =>
    typedCall(api, doc.AcceptFollow, { id: connecteurId }, caller),
  revokeFollow: (caller: Caller, connecteurId: string) =>
    typedCall(api, doc.RevokeFollow, { id: connecteurId }, caller),
};

/** A labelled connecteur of Saint-Brieuc following a diagnosed company that consented (proposed, then accepted). */
async function followingConnecteur() {
  const connecteur = await registerConnecteur(api, {
    communeCode: SAINT_BRIEUC,
    labelledUntil: '2027-06-30',
  });
  const company = await diagnosedCompany(true);
  await propose(connecteur.caller, company.companyId);
  await decide.acceptFollow(company.caller, connecteur.id);
  return { connecteur, company };
}
const followed = (caller: Caller, companyId: string) =>
  typedCall(api, doc.Followed, { id: companyId }, caller);
const followedIds = async (caller: Caller) =>
  (await typedCall(api, doc.FollowedIds, {}, caller)).data!.myFollowedCompanies.edges.map(
    (e) => e.node.companyId,
  );

describe('consent gates', () => {
  it('lists a company as a lead only once it consented, and lets connecteurs propose only then', async () => {
    const connecteur = await registerConnecteur(api, {
      communeCode: SAINT_BRIEUC,
      labelledUntil: '2027-06-30',
    });
    const silent = await diagnosedCompany(false);
    expect(await leadIds(connecteur.caller)).not.toContain(silent.companyId);
    expect(codeOf(await propose(connecteur.caller, silent.companyId))).toBe('FORBIDDEN');

    const consenting = await diagnosedCompany(true);
    expect(await leadIds(connecteur.caller)).toContain(consenting.companyId);
    const undiagnosed = await registerPme(api, { communeCode: SAINT_BRIEUC });
    await setConsent(undiagnosed.caller, true);
    expect(await leadIds(connecteur.caller)).not.toContain(undiagnosed.companyId);

    // A connecteur that does not serve the département sees no lead there and may not propose.
    const elsewhere = await registerConnecteur(api, { communeCode: '69123', labelledUntil: '2027-06-30' });
    expect(codeOf(await typedCall(api, doc.LeadsCursors, {}, elsewhere.caller))).toBe('FORBIDDEN');
    expect(codeOf(await propose(elsewhere.caller, consenting.companyId))).toBe('FORBIDDEN');

    // Consent withdrawn: no longer a lead, no new proposal.
    await setConsent(consenting.caller, false);
    expect(await leadIds(connecteur.caller)).not.toContain(consenting.companyId);
    expect(codeOf(await propose(connecteur.caller, consenting.companyId))).toBe('FORBIDDEN');
  });

  it('lets a connecteur propose to a company that wrote to it, without the département consent', async () => {
    const pme = await registerPme(api, { communeCode: '35238' });
    const connecteur = await registerConnecteur(api, { communeCode: '69123' });
    expect(codeOf(await propose(connecteur.caller, pme.companyId))).toBe('FORBIDDEN');
    const sent = await typedCall(api, doc.SendContactRequest, { ids: [connecteur.id] }, pme.caller);
    expect(sent.errors).toBeUndefined();
    expect((await propose(connecteur.caller, pme.companyId)).data!.proposeFollow.status).toBe('PROPOSED');
  });

  it('opens the workspace when the company accepts, and closes it the moment it revokes', async () => {
    const connecteur = await registerConnecteur(api, {
      communeCode: SAINT_BRIEUC,
      labelledUntil: '2027-06-30',
    });
    const company = await diagnosedCompany(true);
    expect((await propose(connecteur.caller, company.companyId)).data!.proposeFollow.status).toBe('PROPOSED');
    expect(codeOf(await propose(connecteur.caller, company.companyId))).toBe('CONFLICT');
    // Proposed is not consented: the company's data stays closed.
    expect(codeOf(await followed(connecteur.caller, company.companyId))).toBe('FORBIDDEN');
    const read = doc.ReadDiagnostic;
    expect(codeOf(await typedCall(api, read, { id: company.diagnosticId }, connecteur.caller))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await decide.acceptFollow(connecteur.caller, connecteur.id))).toBe('FORBIDDEN');

    const mine = await typedCall(api, doc.MyFollows, {}, company.caller);
    expect(mine.data!.myFollows).toEqual([
      { status: 'PROPOSED', proposalMessage: 'Je peux vous aider.', connecteur: { id: connecteur.id } },
    ]);
    expect((await decide.acceptFollow(company.caller, connecteur.id)).data!.acceptFollow.status).toBe(
      'ACTIVE',
    );

    const workspace = await followed(connecteur.caller, company.companyId);
    expect(workspace.errors).toBeUndefined();
    expect(workspace.data!.followedCompany).toMatchObject({
      companyId: company.companyId,
      latestMaturity: { level: company.level },
      diagnostics: { edges: [{ node: { id: company.diagnosticId } }] },
      due: { followUpContact: null, overdueActionItems: 0 },
    });
    expect(
      (await typedCall(api, read, { id: company.diagnosticId }, connecteur.caller)).data!.diagnosticResult!
        .id,
    ).toBe(company.diagnosticId);
    expect(await followedIds(connecteur.caller)).toEqual([company.companyId]);
    // Followed: no longer a lead for anyone.
    expect(await leadIds(connecteur.caller)).not.toContain(company.companyId);

    expect((await decide.revokeFollow(company.caller, connecteur.id)).data!.revokeFollow.status).toBe(
      'REVOKED',
    );
    expect(codeOf(await followed(connecteur.caller, company.companyId))).toBe('FORBIDDEN');
    expect(codeOf(await typedCall(api, read, { id: company.diagnosticId }, connecteur.caller))).toBe(
      'FORBIDDEN',
    );
    expect(await followedIds(connecteur.caller)).toEqual([]);
    const note = await typedCall(
      api,
      doc.AddMeetingNoteRefused,
      { id: company.companyId },
      connecteur.caller,
    );
    expect(codeOf(note)).toBe('FORBIDDEN');
    // Consent to be contacted still stands and nobody follows it: a lead again.
    expect(await leadIds(connecteur.caller)).toContain(company.companyId);
  });

  it('refuses a connecteur any company it does not follow', async () => {
    const stranger = await registerConnecteur(api, {
      communeCode: SAINT_BRIEUC,
      labelledUntil: '2027-06-30',
    });
    const company = await diagnosedCompany(false);
    expect(codeOf(await followed(stranger.caller, company.companyId))).toBe('FORBIDDEN');
    expect(codeOf(await followed(stranger.caller, 'no-such-company'))).toBe('FORBIDDEN');
    const plan = await typedCall(api, doc.AddActionItemRefused, { id: company.companyId }, stranger.caller);
    expect(codeOf(plan)).toBe('FORBIDDEN');
    expect(codeOf(await followed(company.caller, company.companyId))).toBe('FORBIDDEN');
    expect(codeOf(await followed(undefined, company.companyId))).toBe('UNAUTHENTICATED');
  });
});

describe('the follow-up', () => {
  it('keeps an action plan and meeting notes, shares only shared notes, and says when the 6-month contact is due', async () => {
    clock.set(T0);
    const { connecteur, company } = await followingConnecteur();
    const add = await typedCall(api, doc.AddActionItem, { id: company.companyId }, connecteur.caller);
    expect(add.data!.addActionItem.status).toBe('TODO');
    const itemId = add.data!.addActionItem.id;
    const update = (status: ActionItemStatus) =>
      typedCall(
        api,
        doc.UpdateActionItem,
        { id: company.companyId, item: itemId, status },
        connecteur.caller,
      );
    expect((await update('IN_PROGRESS')).data!.updateActionItem).toEqual({
      status: 'IN_PROGRESS',
      dueOn: '2027-01-31',
    });
    expect((await update('DONE')).data!.updateActionItem.status).toBe('DONE');
    expect(codeOf(await update('DROPPED'))).toBe('CONFLICT');
    for (const [text, shared] of [
      ['Diagnostic commenté ensemble.', true],
      ['Dirigeant hésitant sur le budget.', false],
    ] as const) {
      const note = await typedCall(
        api,
        doc.AddMeetingNote,
        { id: company.companyId, text, shared },
        connecteur.caller,
      );
      expect(note.errors).toBeUndefined();
    }
    const workspace = (await followed(connecteur.caller, company.companyId)).data!.followedCompany!;
    expect(workspace.meetingNotes.edges).toHaveLength(2);
    expect(workspace.due.followUpContact).toEqual({ dueOn: '2027-05-26', status: 'UPCOMING' });
    const seenByCompany = await typedCall(api, doc.SeenByCompany, {}, company.caller);
    expect(seenByCompany.data!.myFollows).toEqual([
      {
        status: 'ACTIVE',
        actionPlan: [{ title: 'Ouvrir la boutique en ligne', status: 'DONE' }],
        followUpContact: { dueOn: '2027-05-26' },
        sharedMeetingNotes: { edges: [{ node: { text: 'Diagnostic commenté ensemble.' } }] },
      },
    ]);

    clock.set(new Date('2027-05-26T10:00:00.000Z'));
    try {
      const due = (await followed(connecteur.caller, company.companyId)).data!.followedCompany!.due;
      expect(due.followUpContact).toEqual({ dueOn: '2027-05-26', status: 'OVERDUE' });
      const listed = await typedCall(api, doc.FollowedAndDashboard, {}, connecteur.caller);
      expect(listed.data!.myFollowedCompanies.edges[0]!.node).toMatchObject({
        companyId: company.companyId,
        due: { followUpContact: { status: 'OVERDUE' } },
      });
      expect(listed.data!.connecteurDashboard.followedCompanies).toBe(1);
      await typedCall(api, doc.AddSixMonthNote, { id: company.companyId }, connecteur.caller);
      const after = (await followed(connecteur.caller, company.companyId)).data!.followedCompany!.due;
      expect(after.followUpContact).toEqual({ dueOn: '2027-05-26', status: 'DONE' });
    } finally {
      clock.set(T0);
    }
  });

  it('pages the followed companies without one request per company', async () => {
    const connecteur = await registerConnecteur(api, {
      communeCode: SAINT_BRIEUC,
      labelledUntil: '2027-06-30',
    });
    const companies = [];
    for (let i = 0; i < 3; i++) {
      const company = await diagnosedCompany(true);
      await propose(connecteur.caller, company.companyId);
      clock.advance(1000);
      await decide.acceptFollow(company.caller, connecteur.id);
      companies.push(company.companyId);
    }
    clock.set(T0);
    const page = async (after?: string | null) =>
      (await typedCall(api, doc.FollowedPage, { after }, connecteur.caller)).data!.myFollowedCompanies;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e) => e.node.companyId)).toEqual([...companies].reverse());
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('client keys (a creation sent again is written once)', () => {
  let world: Promise<{ connecteur: Caller; companyId: string }> | undefined;
  /** One follow for this block's tests: a connecteur following a consenting company. */
  const keyedWorld = () =>
    (world ??= (async () => {
      clock.set(T0);
      const { connecteur, company } = await followingConnecteur();
      return { connecteur: connecteur.caller, companyId: company.companyId };
    })());
  const stored = async (caller: Caller, companyId: string) => {
    const result = await typedCall(api, doc.PlanAndNotes, { id: companyId }, caller);
    expect(result.errors).toBeUndefined();
    const { actionPlan, meetingNotes } = result.data!.followedCompany;
    return { actionPlan, notes: meetingNotes.edges.map((e) => e.node) };
  };

  it('adds an action item once per key, even sent twice at once', async () => {
    const { connecteur, companyId } = await keyedWorld();
    const add = (title: string, key?: string) =>
      typedCall(api, doc.AddKeyedActionItem, { id: companyId, title, key }, connecteur);
    const first = await add('Former l’équipe', 'cle-action-1');
    expect(first.errors).toBeUndefined();
    // The answer was lost: the retry answers the same item and writes nothing more.
    const retry = await add('Former l’équipe', 'cle-action-1');
    expect(retry.data!.addActionItem).toEqual(first.data!.addActionItem);
    const [a, b] = await Promise.all([
      add('Refaire le site', 'cle-action-2'),
      add('Refaire le site', 'cle-action-2'),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.addActionItem.id).toBe(a.data!.addActionItem.id);
    expect(codeOf(await add('Clé invalide', 'x'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await add('Clé invalide', 'cle avec espaces'))).toBe('BAD_USER_INPUT');
    const { actionPlan } = await stored(connecteur, companyId);
    // Another key is another item; the plan keeps the order of creation.
    expect(actionPlan).toEqual([first.data!.addActionItem, a.data!.addActionItem]);
  });

  it('adds a meeting note once per key, even sent twice at once or naming another day', async () => {
    const { connecteur, companyId } = await keyedWorld();
    const add = (on: string, text: string, key?: string) =>
      typedCall(api, doc.AddKeyedMeetingNote, { id: companyId, on, text, key }, connecteur);
    const first = await add('2026-11-20', 'Premier rendez-vous.', 'cle-note-1');
    expect(first.errors).toBeUndefined();
    expect((await add('2026-11-20', 'Premier rendez-vous.', 'cle-note-1')).data!.addMeetingNote).toEqual(
      first.data!.addMeetingNote,
    );
    // The same draft sent again after its day was corrected is still the note first written.
    expect((await add('2026-11-21', 'Corrigé.', 'cle-note-1')).data!.addMeetingNote).toEqual(
      first.data!.addMeetingNote,
    );
    const [a, b] = await Promise.all([
      add('2026-11-25', 'Deuxième rendez-vous.', 'cle-note-2'),
      add('2026-11-25', 'Deuxième rendez-vous.', 'cle-note-2'),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.addMeetingNote).toEqual(a.data!.addMeetingNote);
    expect(codeOf(await add('2026-11-24', 'Clé invalide.', 'court'))).toBe('BAD_USER_INPUT');
    // Without a key, each call is a new note, as before.
    const unkeyed = await add('2026-11-22', 'Sans clé.');
    expect(unkeyed.errors).toBeUndefined();
    const { notes } = await stored(connecteur, companyId);
    expect(notes).toEqual([a.data!.addMeetingNote, unkeyed.data!.addMeetingNote, first.data!.addMeetingNote]);
  });
});
