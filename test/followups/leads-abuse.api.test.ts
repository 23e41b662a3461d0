import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEADS_READS_PER_HOUR } from '../../functions/followups/leads-guard.js';
import { logger } from '../../functions/shared/logger.js';
import { CursorCodec, cursorScope } from '../../functions/shared/pagination.js';
import { codeOf, createTestApi, manualClock, uniqueId, type Caller } from '../support/api.js';
import { answersAt, registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import { SubmitDiagnostic, typedFacts } from '../diagnostics/documents.js';
import * as doc from './documents.js';

// Issue #11: a brand-new volunteer widened its served départements to the whole country and read every lead.
// Cantal (15) leads are this file's alone; companies there are registered in Aurillac.
const T0 = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const AURILLAC = '15014';
const LABEL_UNTIL = '2027-06-30';
const moderator: Caller = { role: 'MODERATOR', sub: uniqueId('moderator') };

afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('SILENT');
});

async function consentingLead() {
  const pme = await registerPme(api, { communeCode: AURILLAC });
  const done = await typedCall(
    api,
    SubmitDiagnostic,
    { input: { answers: answersAt(0.5), companyFacts: typedFacts({ communeCode: AURILLAC }) } },
    pme.caller,
  );
  expect(done.errors).toBeUndefined();
  const consent = await typedCall(api, doc.ConsentToContacts, {}, pme.caller);
  expect(consent.errors).toBeUndefined();
  return pme;
}

const leads = (caller: Caller, departementCode: string | null = '15', after?: string) =>
  typedCall(api, doc.LeadsPage, { d: departementCode, after }, caller);
const propose = (caller: Caller, companyId: string) =>
  typedCall(api, doc.ProposeBare, { id: companyId }, caller);
const myFollows = async (caller: Caller) =>
  (await typedCall(api, doc.MyFollowsStatus, {}, caller)).data!.myFollows;
const updateServed = (caller: Caller, departementsServed: string[]) =>
  typedCall(api, doc.UpdateServed, { d: departementsServed }, caller);
const profile = async (caller: Caller) =>
  (await typedCall(api, doc.ServedProfile, {}, caller)).data!.myConnecteurProfile;
const changes = (caller: Caller, connecteurId: string) =>
  typedCall(api, doc.ServedChanges, { id: connecteurId }, caller);

describe('leads are for labelled connecteurs only', () => {
  it('refuses leads and proposals to leads to a volunteer, and writes nothing', async () => {
    const lead = await consentingLead();
    const volunteer = await registerConnecteur(api, { communeCode: AURILLAC });
    expect(codeOf(await leads(volunteer.caller))).toBe('FORBIDDEN');
    expect(codeOf(await leads(volunteer.caller, null))).toBe('FORBIDDEN');
    expect(codeOf(await propose(volunteer.caller, lead.companyId))).toBe('FORBIDDEN');
    expect(await myFollows(lead.caller)).toEqual([]);

    const labelled = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: LABEL_UNTIL });
    const seen = await leads(labelled.caller);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.leads.edges.map((e) => e.node.companyId)).toContain(lead.companyId);
    expect((await propose(labelled.caller, lead.companyId)).data!.proposeFollow.status).toBe('PROPOSED');
  });

  it('stops reading leads the day after the label ends', async () => {
    const labelled = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: '2026-11-30' });
    expect((await leads(labelled.caller)).errors).toBeUndefined();
    clock.set('2026-11-30T23:30:00.000Z'); // 1 December, 00:30 in Paris
    try {
      expect(codeOf(await leads(labelled.caller))).toBe('FORBIDDEN');
    } finally {
      clock.set(T0);
    }
  });
});

describe('served départements are bounded to the home département and its neighbours', () => {
  it('refuses to serve a distant département, at registration and on update, and writes nothing', async () => {
    const registering = { role: 'CONNECTEUR' as const, sub: uniqueId('conn') };
    const refused = await typedCall(
      api,
      doc.RegisterConnecteurId,
      {
        input: {
          displayName: 'Conseil partout',
          kind: 'PERSON',
          structureType: 'FREELANCE',
          communeCode: AURILLAC,
          departementsServed: ['75', '12'],
          themes: ['TRAINING'],
          email: 'partout@exemple.fr',
          acceptsNewPmes: true,
          signCharter: true,
        },
      },
      registering,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain('75');
    expect(await profile(registering)).toBeNull();

    const labelled = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: LABEL_UNTIL });
    // The attack: ten edits of the served départements, each reading another département's leads.
    for (const departement of ['75', '13', '69', '2A', '974']) {
      expect(codeOf(await updateServed(labelled.caller, [departement]))).toBe('BAD_USER_INPUT');
      expect(codeOf(await leads(labelled.caller, departement))).toBe('FORBIDDEN');
    }
    expect(await profile(labelled.caller)).toEqual({ departementsServed: ['15'], approvedDepartements: [] });
    // Neighbours of Cantal are fine.
    expect((await updateServed(labelled.caller, ['12', '63'])).data!.updateConnecteurProfile).toEqual({
      departementsServed: ['12', '15', '63'],
    });
  });

  it('serves a distant département once a moderator approves it, and audits every change', async () => {
    const connecteur = await registerConnecteur(api, {
      communeCode: AURILLAC,
      departementsServed: ['43'],
      labelledUntil: LABEL_UNTIL,
    });
    const approve = (caller: Caller, departementCode: string) =>
      typedCall(api, doc.ApproveServed, { id: connecteur.id, d: departementCode }, caller);
    // Nobody but a moderator approves, and the connecteur least of all.
    expect(codeOf(await approve(connecteur.caller, '75'))).toBe('FORBIDDEN');
    expect(codeOf(await approve(undefined, '75'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await approve(moderator, '99'))).toBe('BAD_USER_INPUT');
    const approvedAt = new Date(T0.getTime() + 60_000);
    clock.set(approvedAt);
    try {
      expect((await approve(moderator, '75')).data!.approveServedDepartement.approvedDepartements).toEqual([
        '75',
      ]);
      clock.advance(60_000);
      expect((await updateServed(connecteur.caller, ['43', '75'])).errors).toBeUndefined();
      expect((await leads(connecteur.caller, '75')).errors).toBeUndefined();
    } finally {
      clock.set(T0);
    }

    // The connecteur cannot read its own audit trail; a moderator reads who changed what, and when.
    expect(codeOf(await changes(connecteur.caller, connecteur.id))).toBe('FORBIDDEN');
    const trail = (await changes(moderator, connecteur.id)).data!.servedDepartementsChanges.edges.map(
      (e) => e.node,
    );
    expect(trail.map((c) => [c.kind, c.byRole, c.before, c.after])).toEqual([
      ['SERVED', 'CONNECTEUR', ['15', '43'], ['15', '43', '75']],
      ['APPROVAL', 'MODERATOR', [], ['75']],
      ['SERVED', 'CONNECTEUR', [], ['15', '43']],
    ]);
    expect(trail[0]).toMatchObject({ connecteurId: connecteur.id, bySub: connecteur.caller!.sub });
    expect(trail[1]).toMatchObject({ bySub: moderator!.sub, at: approvedAt.toISOString() });
  });
});

describe('reading leads', () => {
  it(`is limited to ${LEADS_READS_PER_HOUR} pages an hour per connecteur, then refused until the next hour`, async () => {
    const connecteur = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: LABEL_UNTIL });
    const other = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: LABEL_UNTIL });
    clock.set('2026-11-26T11:05:00.000Z');
    try {
      for (let i = 0; i < LEADS_READS_PER_HOUR; i++)
        expect((await leads(connecteur.caller)).errors).toBeUndefined();
      const refused = await leads(connecteur.caller);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.errors![0]!.message).toMatch(/pistes/);
      // Another connecteur is not affected; the next hour the connecteur reads again.
      expect((await leads(other.caller)).errors).toBeUndefined();
      clock.set('2026-11-26T12:00:00.000Z');
      expect((await leads(connecteur.caller)).errors).toBeUndefined();
    } finally {
      clock.set(T0);
    }
  });

  it('logs each read without personal data', async () => {
    const lead = await consentingLead();
    const connecteur = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: LABEL_UNTIL });
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    logger.setLogLevel('INFO');
    expect((await leads(connecteur.caller)).errors).toBeUndefined();
    const read = lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'leads read');
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ connecteurId: connecteur.id, departementCode: '15' });
    expect(read[0].leads).toBeGreaterThan(0);
    const everything = lines.join('\n');
    for (const secret of [lead.companyId, connecteur.caller!.sub]) expect(everything).not.toContain(secret);
  });

  it('answers BAD_USER_INPUT to a forged or borrowed cursor', async () => {
    await consentingLead();
    const connecteur = await registerConnecteur(api, { communeCode: AURILLAC, labelledUntil: LABEL_UNTIL });
    const signed = new CursorCodec('test-cursor-secret');
    const forged = [
      'AAAA.BBBB',
      'not-a-cursor',
      `${Buffer.from('{"id":"x"}').toString('base64url')}.forged`,
      // Validly signed, but naming a position that is no lead's.
      signed.encode(cursorScope('leads', '15'), { id: 'x' }),
      signed.encode(cursorScope('leads', '15'), { id: 'x', sk: 'y'.repeat(1100) }),
      signed.encode(cursorScope('leads', '15'), { id: '', sk: '' }),
    ];
    for (const cursor of forged)
      expect(codeOf(await leads(connecteur.caller, '15', cursor))).toBe('BAD_USER_INPUT');
  });
});
