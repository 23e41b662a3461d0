import { describe, expect, it } from 'vitest';
import { managingBodyKey } from '../../functions/subsidies/company-cap.js';
import { createTestApi, manualClock, type Caller } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  itemsOf,
  openProgram,
  ops,
  registerCompany,
  uniqueId,
} from './support.js';

const api = createTestApi({ clock: manualClock(new Date('2026-11-26T10:00:00.000Z')) });
const o = ops(api);
const agent = agentOf('84');

/** Two calls (or more) of one managing body, 8,000 € per company over 3 years across them. */
async function callsOf(managingBody: string, count = 2) {
  return Promise.all(
    Array.from({ length: count }, () =>
      openProgram(api, { managingBody, managingBodyCapCents: 800_000, managingBodyCapYears: 3 }),
    ),
  );
}

/** A file of the company under review in a programme: 10,000 € of investment, so 5,000 € of aid. */
async function underReview(caller: Caller, programId: string) {
  const draft = await createApplication(api, caller, programId, { expenses: [expense()] }, 'id version');
  const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
  return dataOf(await o.startReview(agent, draft.id, submitted.version)).startSubsidyReview;
}

const capPartition = (managingBody: string) => `SUBCAP#84#${managingBodyKey(managingBody)}`;

describe('a cap per company across the calls of one managing body', () => {
  it('refuses the acceptance that would exceed it in another call with NOT_ELIGIBLE in French, writing nothing; another body is not counted; reopening releases it', async () => {
    const body = `Agence régionale ${uniqueId()}`;
    const [first, second] = await callsOf(body);
    const [otherBody] = await callsOf(`Autre organisme ${uniqueId()}`, 1);
    const { caller } = await registerCompany(api);
    const a = await underReview(caller, first!.id);
    const b = await underReview(caller, second!.id);
    const c = await underReview(caller, otherBody!.id);

    const accepted = dataOf(await o.decide(agent, a.id, 'ACCEPT', a.version)).decideSubsidyApplication;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', grantedAidCents: 500_000 });

    const before = await itemsOf(`SUBAPP#${b.id}`, `SUBPROG#${second!.id}`, capPartition(body));
    const refused = await o.decide(agent, b.id, 'ACCEPT', b.version);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    // French figures: narrow no-break spaces between thousands.
    expect(refused.errors![0]!.message.replace(/\s/g, ' ')).toBe(
      'Acceptation impossible : Plafond de 8 000,00 € d’aide par entreprise sur 3 ans, tous appels de l’organisme confondus : il en reste 3 000,00 €, l’aide calculée de 5 000,00 € le dépasse.',
    );
    expect(refused.errors![0]!.extensions!.failedRules).toEqual([
      expect.objectContaining({ rule: 'MANAGING_BODY_CAP' }),
    ]);
    expect(await itemsOf(`SUBAPP#${b.id}`, `SUBPROG#${second!.id}`, capPartition(body))).toEqual(before);

    // The same company's file with another managing body is judged on that body's ledger alone.
    const otherAccepted = dataOf(await o.decide(agent, c.id, 'ACCEPT', c.version)).decideSubsidyApplication;
    expect(otherAccepted.status).toBe('ACCEPTED');

    // The file under review shows the cap it would exceed.
    const shown = dataOf(await o.read(agent, b.id)).subsidyApplication!;
    expect(shown.eligibility.find((r) => r.rule === 'MANAGING_BODY_CAP')).toMatchObject({ passed: false });

    // Reopening the first file releases its grant: the second call's file can then be accepted.
    dataOf(await o.reopen(agent, a.id, accepted.version));
    const now = dataOf(await o.decide(agent, b.id, 'ACCEPT', b.version)).decideSubsidyApplication;
    expect(now).toMatchObject({ status: 'ACCEPTED', grantedAidCents: 500_000 });
  });

  it('keeps the paid amount, not the grant, once a file is paid', async () => {
    const body = `Agence régionale ${uniqueId()}`;
    const [first, second] = await callsOf(body);
    const { caller } = await registerCompany(api);
    const a = await underReview(caller, first!.id);
    const b = await underReview(caller, second!.id);
    const accepted = dataOf(await o.decide(agent, a.id, 'ACCEPT', a.version)).decideSubsidyApplication;
    // An invoice of 6,000 €: 3,000 € paid, 2,000 € released.
    dataOf(await o.pay(agent, a.id, 600_000, accepted.version));
    const now = dataOf(await o.decide(agent, b.id, 'ACCEPT', b.version)).decideSubsidyApplication;
    expect(now).toMatchObject({ status: 'ACCEPTED', grantedAidCents: 500_000 });
  });

  it('never lets concurrent acceptances of two calls take a company past the cap', async () => {
    const body = `Agence régionale ${uniqueId()}`;
    const [first, second] = await callsOf(body);
    const companies = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const { caller, company } = await registerCompany(api);
        const [a, b] = await Promise.all([underReview(caller, first!.id), underReview(caller, second!.id)]);
        return { company, files: [a, b] };
      }),
    );
    const answers = await Promise.all(
      companies.flatMap(({ files }) => files.map((f) => o.decide(agent, f.id, 'ACCEPT', f.version))),
    );
    const outcomes = answers.map((a) => codeOf(a) ?? a.data!.decideSubsidyApplication.status);
    for (let i = 0; i < companies.length; i++) {
      expect(outcomes.slice(2 * i, 2 * i + 2).sort()).toEqual(['ACCEPTED', 'NOT_ELIGIBLE']);
    }
    const ledgers = (await itemsOf(capPartition(body))) as {
      companyId: string;
      grants: Record<string, { cents: number }>;
    }[];
    expect(ledgers).toHaveLength(companies.length);
    for (const ledger of ledgers) {
      const held = Object.values(ledger.grants).reduce((sum, g) => sum + g.cents, 0);
      expect(held).toBe(500_000);
    }
  });
});
