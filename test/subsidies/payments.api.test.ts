import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { createTestApi, manualClock, type Caller } from '../support/api.js';
import {
  agentOf,
  codeOf,
  dataOf,
  expense,
  fileUnderReview,
  itemsOf,
  ops,
  openProgram,
  type Api,
} from './support.js';

const PaymentHistory = graphql(`
  query SubsidiesPaymentHistory($id: ID!) {
    subsidyApplication(id: $id) {
      history {
        action
        reason
        invoiceCents
        paidCents
        actorRole
      }
    }
  }
`);

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

/** A file of a fresh company accepted on `programId` (10,000 € of expenses by default: 5,000 € granted). */
async function acceptedFile(programId: string, amountCents = 1_000_000) {
  const { pme, application } = await fileUnderReview(api, programId, agent, {
    expenses: [expense({ amountCents })],
  });
  const accepted = dataOf(await o.decide(agent, application.id, 'ACCEPT', application.version));
  return { pme, file: accepted.decideSubsidyApplication };
}

async function paidFile(programId: string, invoiceCents: number) {
  const { pme, file } = await acceptedFile(programId);
  const paid = dataOf(await o.pay(agent, file.id, invoiceCents, file.version)).recordSubsidyPayment;
  return { pme, paid };
}

const ledgerOf = async (programId: string) =>
  dataOf(await o.dashboard(agent, programId)).subsidyProgram.dashboard!;

type PaymentEntry = {
  action: string;
  reason: string | null;
  invoiceCents: number | null;
  paidCents: number | null;
  actorRole: string;
};
async function paymentHistory(api: Api, caller: Caller, id: string): Promise<PaymentEntry[]> {
  const result = await typedCall(api, PaymentHistory, { id }, caller);
  return dataOf(result).subsidyApplication!.history.filter((h) => h.action.includes('PAYMENT'));
}

describe('recording a payment (programme: 50 %, investment floor 2,000 €, aid floor 1,000 €)', () => {
  it('refuses a 500 € invoice with NOT_ELIGIBLE naming the floor, and writes nothing', async () => {
    const program = await openProgram(api);
    const { file } = await acceptedFile(program.id);
    const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`);
    const answer = await o.pay(agent, file.id, 50_000, file.version);
    expect(codeOf(answer)).toBe('NOT_ELIGIBLE');
    expect(answer.errors![0]!.message).toContain('plancher d’investissement');
    expect(answer.errors![0]!.message).toContain('2\u202f000,00 €');
    expect(answer.errors![0]!.extensions).toMatchObject({
      failedRules: [{ rule: 'INVESTMENT_FLOOR' }],
    });
    expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });

  it('refuses one cent below the investment floor and pays the aid floor exactly at it', async () => {
    const program = await openProgram(api, { envelopeCents: 10_000_000 });
    const { file } = await acceptedFile(program.id);
    expect(codeOf(await o.pay(agent, file.id, 199_999, file.version))).toBe('NOT_ELIGIBLE');
    const paid = dataOf(await o.pay(agent, file.id, 200_000, file.version)).recordSubsidyPayment;
    expect(paid).toMatchObject({ status: 'PAID', paidCents: 100_000, grantedAidCents: 500_000 });
    // The granted aid not paid goes back to the envelope.
    expect(await ledgerOf(program.id)).toMatchObject({
      committedCents: 0,
      paidCents: 100_000,
      remainingCents: 10_000_000 - 100_000,
    });
  });

  it('refuses a payment under the aid floor when a low rate leaves the invoice above the investment floor', async () => {
    // 20 %: a 4,000 € invoice would pay 800 €, under the 1,000 € floor; 5,000 € pays 1,000 €.
    const program = await openProgram(api, { aidRateBasisPoints: 2000 });
    const { file } = await acceptedFile(program.id);
    const refused = await o.pay(agent, file.id, 400_000, file.version);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(refused.errors![0]!.extensions).toMatchObject({ failedRules: [{ rule: 'AID_FLOOR' }] });
    const paid = dataOf(await o.pay(agent, file.id, 500_000, file.version)).recordSubsidyPayment;
    expect(paid.paidCents).toBe(100_000);
  });

  it('never pays more than the aid granted, whatever the invoice', async () => {
    const program = await openProgram(api);
    const { paid } = await paidFile(program.id, 2_000_000);
    expect(paid).toMatchObject({ grantedAidCents: 500_000, paidCents: 500_000 });
  });

  it('keeps the invoice and the amount paid in the history', async () => {
    const program = await openProgram(api);
    const { paid } = await paidFile(program.id, 800_000);
    expect(await paymentHistory(api, agent, paid.id)).toEqual([
      {
        action: 'RECORD_PAYMENT',
        reason: null,
        invoiceCents: 800_000,
        paidCents: 400_000,
        actorRole: 'REGION_AGENT',
      },
    ]);
  });
});

describe('correcting a paid file', () => {
  it('recomputes the payment from the corrected invoice, keeps the reason in the history and moves the ledger', async () => {
    const program = await openProgram(api, { envelopeCents: 10_000_000 });
    const { paid } = await paidFile(program.id, 800_000);
    const corrected = dataOf(
      await o.correctPayment(
        agent,
        paid.id,
        600_000,
        paid.version,
        'Facture de 8 000 € saisie au lieu de 6 000 €.',
      ),
    ).correctSubsidyPayment;
    expect(corrected).toMatchObject({
      status: 'PAID',
      version: paid.version + 1,
      invoiceCents: 600_000,
      paidCents: 300_000,
    });
    expect((await paymentHistory(api, agent, paid.id)).at(-1)).toEqual({
      action: 'CORRECT_PAYMENT',
      reason: 'Facture de 8 000 € saisie au lieu de 6 000 €.',
      invoiceCents: 600_000,
      paidCents: 300_000,
      actorRole: 'REGION_AGENT',
    });
    expect(await ledgerOf(program.id)).toMatchObject({
      committedCents: 0,
      paidCents: 300_000,
      remainingCents: 10_000_000 - 300_000,
    });
  });

  it('recovers the whole aid when the control finds an invoice below the floor', async () => {
    const program = await openProgram(api, { envelopeCents: 10_000_000 });
    const { paid } = await paidFile(program.id, 800_000);
    const recovered = dataOf(
      await o.correctPayment(
        agent,
        paid.id,
        150_000,
        paid.version,
        'Contrôle après paiement : travaux partiels.',
      ),
    ).correctSubsidyPayment;
    expect(recovered).toMatchObject({ status: 'PAID', invoiceCents: 150_000, paidCents: 0 });
    expect(await ledgerOf(program.id)).toMatchObject({ paidCents: 0, remainingCents: 10_000_000 });
  });

  it('pays more, up to the aid granted, when the envelope holds the difference', async () => {
    const program = await openProgram(api, { envelopeCents: 10_000_000 });
    const { paid } = await paidFile(program.id, 400_000);
    const corrected = dataOf(
      await o.correctPayment(agent, paid.id, 5_000_000, paid.version, 'Seconde facture oubliée.'),
    ).correctSubsidyPayment;
    expect(corrected.paidCents).toBe(500_000);
    expect(await ledgerOf(program.id)).toMatchObject({ paidCents: 500_000, remainingCents: 9_500_000 });
  });

  it('refuses to pay more than the envelope still holds (BUDGET_EXHAUSTED), writing nothing', async () => {
    // Envelope 8,000 €: file 1 granted 5,000 € then paid 2,000 €, file 2 takes the remaining 6,000 €.
    const program = await openProgram(api, { envelopeCents: 800_000 });
    const { paid } = await paidFile(program.id, 400_000);
    await acceptedFile(program.id, 1_200_000);
    expect(await ledgerOf(program.id)).toMatchObject({ remainingCents: 0 });
    const before = await itemsOf(`SUBAPP#${paid.id}`, `SUBPROG#${program.id}`);
    const answer = await o.correctPayment(agent, paid.id, 1_000_000, paid.version, 'Facture complète reçue.');
    expect(codeOf(answer)).toBe('BUDGET_EXHAUSTED');
    expect(await itemsOf(`SUBAPP#${paid.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });

  it('demands a reason, and is refused to the applicant and to another region, writing nothing', async () => {
    const program = await openProgram(api);
    const { pme, paid } = await paidFile(program.id, 800_000);
    const before = await itemsOf(`SUBAPP#${paid.id}`, `SUBPROG#${program.id}`);
    expect(codeOf(await o.correctPayment(agent, paid.id, 600_000, paid.version, ' '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await o.correctPayment(pme, paid.id, 600_000, paid.version))).toBe('FORBIDDEN');
    expect(codeOf(await o.correctPayment(agentOf('11'), paid.id, 600_000, paid.version))).toBe('FORBIDDEN');
    expect(codeOf(await o.correctPayment(agent, paid.id, 800_000, paid.version))).toBe('BAD_USER_INPUT');
    expect(await itemsOf(`SUBAPP#${paid.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });

  it('refuses a file that is not paid yet', async () => {
    const program = await openProgram(api);
    const { file } = await acceptedFile(program.id);
    expect(codeOf(await o.correctPayment(agent, file.id, 600_000, file.version))).toBe('BAD_USER_INPUT');
  });

  it('lets one of two concurrent corrections of the same version win: the other is CONFLICT, the ledger follows the winner', async () => {
    const program = await openProgram(api, { envelopeCents: 10_000_000 });
    const { paid } = await paidFile(program.id, 800_000);
    const answers = await Promise.all([
      o.correctPayment(agent, paid.id, 600_000, paid.version, 'Première correction.'),
      o.correctPayment(agent, paid.id, 1_000_000, paid.version, 'Seconde correction.'),
    ]);
    const codes = answers.map((a) => codeOf(a) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = answers.find((a) => !a.errors)!.data!.correctSubsidyPayment;
    const ledger = await ledgerOf(program.id);
    expect(ledger.paidCents).toBe(winner.paidCents);
    expect(ledger.remainingCents).toBe(10_000_000 - winner.paidCents!);
    const history = await paymentHistory(api, agent, paid.id);
    expect(history.map((h) => h.action)).toEqual(['RECORD_PAYMENT', 'CORRECT_PAYMENT']);
  });
});
