import { describe, expect, it } from 'vitest';
import type { Caller } from '../support/api.js';
import { createTestApi, manualClock } from '../support/api.js';
import type { SubsidyStatus } from '../../functions/subsidies/records.js';
import type { SubsidyEvent as WorkflowEvent } from '../../functions/subsidies/workflow.js';
import {
  advanceTo,
  agentOf,
  codeOf,
  createApplication,
  itemsOf,
  labelledConnecteur,
  ops,
  openProgram,
  registerCompany,
  uniqueId,
  type AppView,
} from './support.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

/** The events a mutation fires (an attestation's withdrawal follows a connecteur's act: attestation-withdrawal tests). */
type SubsidyEvent = Exclude<WorkflowEvent, 'WITHDRAW_ATTESTATION'>;

/** Every legal transition, written out (the same table as the pure test, here against DynamoDB Local). */
const LEGAL: [SubsidyStatus, SubsidyEvent, SubsidyStatus][] = [
  ['DRAFT', 'UPDATE', 'DRAFT'],
  ['SUBMITTED', 'UPDATE', 'SUBMITTED'],
  ['CORRECTION_REQUESTED', 'UPDATE', 'CORRECTION_REQUESTED'],
  ['DRAFT', 'SUBMIT', 'SUBMITTED'],
  ['CORRECTION_REQUESTED', 'SUBMIT', 'SUBMITTED'],
  ['DRAFT', 'ATTEST', 'DRAFT'],
  ['SUBMITTED', 'ATTEST', 'SUBMITTED'],
  ['CORRECTION_REQUESTED', 'ATTEST', 'CORRECTION_REQUESTED'],
  ['UNDER_REVIEW', 'ATTEST', 'UNDER_REVIEW'],
  ['SUBMITTED', 'START_REVIEW', 'UNDER_REVIEW'],
  ['SUBMITTED', 'REQUEST_CORRECTION', 'CORRECTION_REQUESTED'],
  ['UNDER_REVIEW', 'REQUEST_CORRECTION', 'CORRECTION_REQUESTED'],
  ['UNDER_REVIEW', 'ACCEPT', 'ACCEPTED'],
  ['UNDER_REVIEW', 'REJECT', 'REJECTED'],
  ['UNDER_REVIEW', 'CLOSE_WITHOUT_FOLLOW_UP', 'CLOSED'],
  ['CORRECTION_REQUESTED', 'CLOSE_WITHOUT_FOLLOW_UP', 'CLOSED'],
  ['ACCEPTED', 'REOPEN', 'UNDER_REVIEW'],
  ['REJECTED', 'REOPEN', 'UNDER_REVIEW'],
  ['CLOSED', 'REOPEN', 'UNDER_REVIEW'],
  ['ACCEPTED', 'RECORD_PAYMENT', 'PAID'],
  ['PAID', 'CORRECT_PAYMENT', 'PAID'],
];
const STATUSES: SubsidyStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'CLOSED',
  'PAID',
];
const EVENTS: SubsidyEvent[] = [
  'UPDATE',
  'SUBMIT',
  'ATTEST',
  'START_REVIEW',
  'REQUEST_CORRECTION',
  'ACCEPT',
  'REJECT',
  'CLOSE_WITHOUT_FOLLOW_UP',
  'REOPEN',
  'RECORD_PAYMENT',
  'CORRECT_PAYMENT',
];

type File = { id: string; version: number; pme: Caller; programId: string };

const setup = (async () => ({ connecteur: await labelledConnecteur(api) }))();

/** A fresh file of a fresh company brought to `status` through the API. */
async function fileIn(status: SubsidyStatus, programId: string): Promise<File> {
  const { connecteur } = await setup;
  const { caller: pme } = await registerCompany(api);
  const draft = await createApplication(
    api,
    pme,
    programId,
    { trustedThirdPartyId: connecteur.id },
    'id version',
  );
  return { id: draft.id, version: await advanceTo(api, draft, status, pme, agent), pme, programId };
}

async function fire(event: SubsidyEvent, file: File) {
  const { connecteur } = await setup;
  const answer = await (() => {
    switch (event) {
      case 'UPDATE':
        return o.update(
          file.pme,
          file.id,
          { projectSummary: `Projet révisé ${uniqueId()} de vente en ligne.` },
          file.version,
        );
      case 'SUBMIT':
        return o.submit(file.pme, file.id);
      case 'ATTEST':
        return o.attest(connecteur.caller, file.id);
      case 'START_REVIEW':
        return o.startReview(agent, file.id, file.version);
      case 'REQUEST_CORRECTION':
        return o.requestCorrection(agent, file.id, file.version);
      case 'ACCEPT':
      case 'REJECT':
      case 'CLOSE_WITHOUT_FOLLOW_UP':
        return o.decide(agent, file.id, event, file.version, 'Motif de la décision.');
      case 'REOPEN':
        return o.reopen(agent, file.id, file.version);
      case 'RECORD_PAYMENT':
        return o.pay(agent, file.id, 900_000, file.version);
      case 'CORRECT_PAYMENT':
        return o.correctPayment(agent, file.id, 800_000, file.version);
      case 'WITHDRAW':
        throw new Error('No mutation fires WITHDRAW: account deletion does (test/privacy/).');
    }
  })();
  const data = answer.data ? (Object.values(answer.data)[0] as AppView | null) : null;
  return { code: codeOf(answer), message: answer.errors?.[0]?.message, data };
}

const AGENT_EVENTS: SubsidyEvent[] = [
  'START_REVIEW',
  'REQUEST_CORRECTION',
  'ACCEPT',
  'REJECT',
  'CLOSE_WITHOUT_FOLLOW_UP',
  'REOPEN',
  'RECORD_PAYMENT',
  'CORRECT_PAYMENT',
];

describe.concurrent('every transition through the API', () => {
  it.each(STATUSES)('from %s: the legal events move the file and write its history', async (status) => {
    const legal = LEGAL.filter(([from]) => from === status);
    const program = await openProgram(api);
    await Promise.all(
      legal.map(async ([, event, to]) => {
        const file = await fileIn(status, program.id);
        const { code, data } = await fire(event, file);
        expect(code, `${status} ${event}`).toBeUndefined();
        expect(data!.status).toBe(to);
        expect(data!.version).toBe(file.version + 1);
        expect(data!.history.at(-1)).toMatchObject({ action: event, fromStatus: status, toStatus: to });
      }),
    );
  });

  it.each(STATUSES)(
    'from %s: every other event is refused, naming the status, and writes nothing',
    async (status) => {
      // A programme of its own: its ledger and standings change only through this file.
      const file = await fileIn(status, (await openProgram(api)).id);
      const illegal = EVENTS.filter((e) => !LEGAL.some(([from, event]) => from === status && event === e));
      for (const event of illegal) {
        const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${file.programId}`);
        const { code, message } = await fire(event, file);
        if (status === 'DRAFT' && AGENT_EVENTS.includes(event)) {
          // A draft is the applicant's own: the region's agents cannot even see it.
          expect(code, `${status} ${event}`).toBe('FORBIDDEN');
        } else {
          expect(code, `${status} ${event}`).toBe('BAD_USER_INPUT');
          expect(message).toContain(status);
        }
        expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${file.programId}`)).toEqual(before);
      }
    },
  );
});
