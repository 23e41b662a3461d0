import { describe, expect, inject, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { createStores } from '../../functions/graphql/context.js';
import { AppError } from '../../functions/shared/errors.js';
import type { Caller } from '../support/api.js';
import { createTestApi, manualClock, testDb } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  itemsOf,
  labelledConnecteur,
  moderator,
  ops,
  openProgram,
  randomSiren,
  registerCompany,
  type AppView,
} from './support.js';

const DeclareLink = graphql(`
  mutation SubsidiesDecisionDeclareLink($s: String!) {
    declareCapitalLink(providerSiren: $s) {
      id
    }
  }
`);
const RevokeLabel = graphql(`
  mutation SubsidiesDecisionRevokeLabel($id: ID!, $r: String!) {
    revokeLabel(connecteurId: $id, reason: $r) {
      id
    }
  }
`);

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

const ATTESTATION = `attestationStatus attestationStatusSince attestationStatusReason attestedBy { id }`;
type Attestation = {
  attestationStatus: string;
  attestationStatusSince: string | null;
  attestationStatusReason: string | null;
  attestedBy: { id: string } | null;
};

const declare = (caller: Caller, siren: string) => typedCall(api, DeclareLink, { s: siren }, caller);
const revoke = (id: string, reason = 'Manquements répétés à la charte.') =>
  typedCall(api, RevokeLabel, { id, r: reason }, moderator);
const readFile = async (caller: Caller, id: string) =>
  dataOf(await o.read(caller, id, ATTESTATION)).subsidyApplication! as AppView &
    Attestation & { history: { actorRole: string; actorSub: string | null }[] };

/** A file of a fresh company funding `sirens`, attested by the connecteur, then submitted (and put under review). */
async function attestedFile(
  connecteur: { id: string; caller: Caller },
  programId: string,
  sirens: string[],
  underReview = true,
) {
  const { caller: pme } = await registerCompany(api);
  const draft = await createApplication(
    api,
    pme,
    programId,
    {
      trustedThirdPartyId: connecteur.id,
      expenses: sirens.map((providerSiren) => expense({ providerSiren, amountCents: 500_000 })),
    },
    'id version',
  );
  dataOf(await o.attest(connecteur.caller, draft.id));
  const submitted = dataOf(await o.submit(pme, draft.id)).submitSubsidyApplication;
  if (!underReview) return { pme, id: draft.id, version: submitted.version };
  const review = dataOf(await o.startReview(agent, draft.id, submitted.version)).startSubsidyReview;
  return { pme, id: draft.id, version: review.version };
}

describe('a capital link declared after the attestation', () => {
  it('withdraws the attestation of the open files funding that provider, said in their history and to the applicant', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    const linked = randomSiren();
    const funding = await attestedFile(connecteur, program.id, [linked, randomSiren()]);
    const other = await attestedFile(connecteur, program.id, [randomSiren()]);

    dataOf(await declare(connecteur.caller, linked));

    const withdrawn = await readFile(funding.pme, funding.id);
    expect(withdrawn).toMatchObject({
      status: 'UNDER_REVIEW',
      version: funding.version + 1,
      attestedBy: null,
      attestationStatus: 'WITHDRAWN',
      attestationStatusSince: clock().toISOString(),
    });
    expect(withdrawn.attestationStatusReason).toContain(linked);
    expect(withdrawn.eligibility.find((c) => c.rule === 'ATTESTATION')!.passed).toBe(false);
    expect(withdrawn.history.at(-1)).toMatchObject({
      action: 'WITHDRAW_ATTESTATION',
      actorRole: 'CONNECTEUR',
      toStatus: 'UNDER_REVIEW',
    });
    expect(withdrawn.history.at(-1)!.reason).toContain('lien capitalistique');
    // The agent sees who withdrew it.
    const agentView = await readFile(agent, funding.id);
    expect(agentView.history.at(-1)).toMatchObject({ actorSub: connecteur.caller!.sub });

    // Its other files, funding other providers, keep theirs.
    expect(await readFile(other.pme, other.id)).toMatchObject({
      version: other.version,
      attestationStatus: 'STANDING',
      attestedBy: { id: connecteur.id },
    });

    // The decision is refused, writing nothing.
    const before = await itemsOf(`SUBAPP#${funding.id}`, `SUBPROG#${program.id}`);
    const refused = await o.decide(agent, funding.id, 'ACCEPT', funding.version + 1);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(await itemsOf(`SUBAPP#${funding.id}`, `SUBPROG#${program.id}`)).toEqual(before);
    expect(
      dataOf(await o.decide(agent, other.id, 'ACCEPT', other.version)).decideSubsidyApplication.status,
    ).toBe('ACCEPTED');
  });

  it('refuses the payment of an accepted file funding the provider linked since (CONFLICT_OF_INTEREST)', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    const linked = randomSiren();
    const file = await attestedFile(connecteur, program.id, [linked]);
    const accepted = dataOf(await o.decide(agent, file.id, 'ACCEPT', file.version)).decideSubsidyApplication;
    dataOf(await declare(connecteur.caller, linked));
    // Accepted files are not withdrawn (the decision stands), but the attestation no longer does.
    expect(await readFile(file.pme, file.id)).toMatchObject({
      version: accepted.version,
      attestationStatus: 'NO_LONGER_STANDING',
    });
    const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`);
    const refused = await o.pay(agent, file.id, 900_000, accepted.version);
    expect(codeOf(refused)).toBe('CONFLICT_OF_INTEREST');
    expect(refused.errors![0]!.message).toContain('Paiement impossible');
    expect(refused.errors![0]!.extensions!.providerSirens).toEqual([linked]);
    expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });
});

describe('a label revoked or expired', () => {
  it('revoked: withdraws the attestations of all the connecteur’s open files, by the moderator, with the reason', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    const files = [
      await attestedFile(connecteur, program.id, [randomSiren()]),
      await attestedFile(connecteur, program.id, [randomSiren()], false),
    ];
    dataOf(await revoke(connecteur.id));
    for (const file of files) {
      const read = await readFile(file.pme, file.id);
      expect(read).toMatchObject({
        attestationStatus: 'WITHDRAWN',
        attestedBy: null,
        version: file.version + 1,
      });
      expect(read.attestationStatusReason).toContain('label');
      expect(read.history.at(-1)).toMatchObject({ action: 'WITHDRAW_ATTESTATION', actorRole: 'MODERATOR' });
    }
    expect(codeOf(await o.decide(agent, files[0]!.id, 'ACCEPT', files[0]!.version + 1))).toBe('NOT_ELIGIBLE');
  });

  it('expired: the attestation no longer stands at read time and the decision is refused, writing nothing', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api); // valid until 30 June 2027, Paris
    const file = await attestedFile(connecteur, program.id, [randomSiren()]);
    expect((await readFile(file.pme, file.id)).attestationStatus).toBe('STANDING');
    try {
      clock.set('2027-06-30T22:00:00.000Z'); // midnight in Paris: the label has just ended
      const read = await readFile(file.pme, file.id);
      expect(read).toMatchObject({
        attestationStatus: 'NO_LONGER_STANDING',
        attestationStatusSince: '2027-06-30T22:00:00.000Z',
        attestedBy: { id: connecteur.id },
      });
      expect(read.eligibility.find((c) => c.rule === 'ATTESTATION')!.passed).toBe(false);
      const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`);
      const refused = await o.decide(agent, file.id, 'ACCEPT', file.version);
      expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
      expect(refused.errors![0]!.message).toContain('label');
      expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`)).toEqual(before);
    } finally {
      clock.set('2026-11-26T10:00:00.000Z');
    }
  });
});

describe('the decision’s own transaction', () => {
  /**
   * The checks before the write read the connecteur; these tests write the link or move the clock between that read
   * and the write: the ConditionCheck on the connecteur's profile in the decision's transaction refuses it.
   */
  async function preparedAcceptance() {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    const linked = randomSiren();
    const file = await attestedFile(connecteur, program.id, [linked]);
    const stores = createStores(testDb(), inject('tableName'));
    const previous = (await stores.subsidyStore.getApplication(file.id, true))!;
    const write = (now: Date) =>
      stores.subsidyStore.commitTransition({
        previous,
        next: { ...previous, status: 'ACCEPTED', version: previous.version + 1 },
        history: {
          applicationId: previous.id,
          version: previous.version + 1,
          at: now.toISOString(),
          actorSub: 'agent',
          actorRole: 'REGION_AGENT',
          action: 'ACCEPT',
          fromStatus: 'UNDER_REVIEW',
          toStatus: 'ACCEPTED',
        },
        ledger: { delta: { countUNDER_REVIEW: -1, countACCEPTED: 1 } },
        attestationGuard: stores.connecteurStore.attestationStandsGuard(
          connecteur.id,
          [linked],
          now,
          () => new AppError('CONFLICT_OF_INTEREST', 'attestation no longer stands'),
        ),
      });
    const linkWithoutWithdrawal = async () => {
      const profile = (await stores.connecteurStore.get(connecteur.id))!;
      await stores.connecteurStore.save(
        profile,
        { ...profile, capitalLinks: [linked], version: profile.version + 1 },
        clock(),
      );
    };
    return { program, file, write, linkWithoutWithdrawal };
  }

  const codeThrownBy = (write: Promise<void>) =>
    write.then(
      () => undefined,
      (error: unknown) => (error instanceof AppError ? error.extensions.code : String(error)),
    );

  it('refuses an acceptance when the link was written after the checks, writing nothing', async () => {
    const { program, file, write, linkWithoutWithdrawal } = await preparedAcceptance();
    await linkWithoutWithdrawal();
    const before = await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`);
    expect(await codeThrownBy(write(clock()))).toBe('CONFLICT_OF_INTEREST');
    expect(await itemsOf(`SUBAPP#${file.id}`, `SUBPROG#${program.id}`)).toEqual(before);
  });

  it('refuses an acceptance written after the label expired', async () => {
    const { write } = await preparedAcceptance();
    expect(await codeThrownBy(write(new Date('2027-06-30T22:00:00.000Z')))).toBe('CONFLICT_OF_INTEREST');
  });

  it('goes through while the attestation stands', async () => {
    const { write } = await preparedAcceptance();
    expect(await codeThrownBy(write(clock()))).toBeUndefined();
  });

  it('through the API, refuses the acceptance when the link is there but its withdrawal not yet done', async () => {
    const { file, linkWithoutWithdrawal } = await preparedAcceptance();
    await linkWithoutWithdrawal();
    const refused = await o.decide(agent, file.id, 'ACCEPT', file.version);
    expect(codeOf(refused)).toBe('CONFLICT_OF_INTEREST');
    expect(refused.errors![0]!.message).toMatch(/^Acceptation impossible : .*lien capitalistique/);
  });
});

describe('a capital link declared while ten acceptances race', () => {
  it('lets no file be accepted once the link exists, and withdraws the attestations of the files still open', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    const linked = randomSiren();
    const files = [];
    for (let i = 0; i < 10; i++) files.push(await attestedFile(connecteur, program.id, [linked]));

    const [link, ...decisions] = await Promise.all([
      declare(connecteur.caller, linked),
      ...files.map((f) => o.decide(agent, f.id, 'ACCEPT', f.version)),
    ]);
    dataOf(link!);
    for (const [i, decision] of decisions.entries()) {
      if (decision.errors)
        expect(['CONFLICT_OF_INTEREST', 'NOT_ELIGIBLE', 'CONFLICT']).toContain(codeOf(decision));
      const read = await readFile(agent, files[i]!.id);
      const actions = read.history.map((h) => h.action);
      if (read.status === 'ACCEPTED') {
        // Accepted before the link: its acceptance is in the history and no withdrawal preceded it.
        expect(decision.errors).toBeUndefined();
        expect(actions.at(-1)).toBe('ACCEPT');
        expect(actions).not.toContain('WITHDRAW_ATTESTATION');
        expect(read.attestationStatus).toBe('NO_LONGER_STANDING');
      } else {
        // Not accepted: the link came first, and the file's attestation is withdrawn.
        expect(read.status).toBe('UNDER_REVIEW');
        expect(actions).not.toContain('ACCEPT');
        expect(actions.at(-1)).toBe('WITHDRAW_ATTESTATION');
        expect(read.attestationStatus).toBe('WITHDRAWN');
        const again = await o.decide(agent, read.id, 'ACCEPT', read.version);
        expect(codeOf(again)).toBe('NOT_ELIGIBLE');
      }
    }
    // The envelope committed exactly the accepted files' aid.
    const dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    const accepted = decisions.filter((d) => !d.errors).length;
    expect(dashboard.countsByStatus.find((c) => c.status === 'ACCEPTED')!.count).toBe(accepted);
  });
});

describe('a change to what was attested', () => {
  it('withdraws the attestation, the project summary included, with a history entry saying why', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    const file = await attestedFile(connecteur, program.id, [randomSiren()], false);
    const unchanged = dataOf(
      await o.update(
        file.pme,
        file.id,
        { projectSummary: 'Vendre nos pains spéciaux en ligne avec retrait en boutique.' },
        file.version,
      ),
    ).updateSubsidyApplication;
    expect((await readFile(file.pme, file.id)).attestationStatus).toBe('STANDING');
    const changed = dataOf(
      await o.update(
        file.pme,
        file.id,
        { projectSummary: 'Un autre projet : une application de réservation en ligne.' },
        unchanged.version,
      ),
    ).updateSubsidyApplication;
    expect(changed.history.at(-1)).toMatchObject({ action: 'UPDATE', actorRole: 'PME' });
    expect(changed.history.at(-1)!.reason).toContain('résumé du projet');
    const read = await readFile(file.pme, file.id);
    expect(read).toMatchObject({ attestationStatus: 'WITHDRAWN', attestedBy: null });
    expect(read.attestationStatusReason).toContain('résumé du projet');
    // Given again, it stands again.
    dataOf(await o.attest(connecteur.caller, file.id));
    expect(await readFile(file.pme, file.id)).toMatchObject({
      attestationStatus: 'STANDING',
      attestationStatusReason: null,
    });
  });
});
