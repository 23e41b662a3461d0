import { describe, expect, it } from 'vitest';
import { createTestApi, manualClock, type Caller } from '../support/api.js';
import { sweepAt, watchNotifications, type Row } from '../support/notifications.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  moderator,
  openProgram,
  ops,
  registerCompany,
  uniqueId,
} from '../subsidies/support.js';
import { graphql } from '../generated/gql.js';
import type { RegisterConnecteurInput } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

// A year of its own: the sweeps of this file see only the reminders this file wrote (their window is 7 days).
const T0 = new Date('2037-03-02T09:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');
const DAY = 86_400_000;
const plus = (at: Date | string, ms: number) => new Date(new Date(at).getTime() + ms);
const sorted = (rows: Row[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const window = { opensAt: '2037-01-01T00:00:00.000Z', closesAt: '2038-12-31T23:00:00.000Z' };

const RegisterConnecteur = graphql(`
  mutation NotificationsRegisterConnecteur($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);
const RequestLabel = graphql(`
  mutation NotificationsSubsidiesRequestLabel {
    requestLabel {
      id
    }
  }
`);
const GrantLabel = graphql(`
  mutation NotificationsSubsidiesGrantLabel($id: ID!) {
    grantLabel(connecteurId: $id, validUntil: "2038-12-31") {
      id
    }
  }
`);

async function labelledConnecteur() {
  const caller: Caller = { role: 'CONNECTEUR', sub: uniqueId('conn') };
  const input: RegisterConnecteurInput = {
    displayName: `Connecteur ${uniqueId()}`,
    kind: 'PERSON',
    structureType: 'FREELANCE',
    communeCode: '69123',
    departementsServed: [],
    themes: ['ECOMMERCE_WEBSITE'],
    email: 'conseil@exemple.fr',
    acceptsNewPmes: true,
    signCharter: true,
  };
  const id = dataOf(await typedCall(api, RegisterConnecteur, { input }, caller)).registerConnecteur.id;
  dataOf(await typedCall(api, RequestLabel, {}, caller));
  dataOf(await typedCall(api, GrantLabel, { id }, moderator));
  return { id, caller };
}

/** A draft of a fresh company on a fresh programme of region 84, watched. */
async function draft(
  programOverrides: Record<string, unknown> = {},
  fileOverrides: Record<string, unknown> = {},
) {
  clock.set(T0);
  const program = await openProgram(api, { ...window, ...programOverrides });
  const { caller, company } = await registerCompany(api);
  const file = await createApplication(api, caller, program.id, fileOverrides, 'id version');
  const watch = await watchNotifications([company.id, file.id]);
  const toCompany = (category: string) => ({
    to: `COMPANY:${company.id}`,
    category,
    link: `/entreprise/cheque-numerique/dossiers/${file.id}`,
  });
  const toAgents = (category: string) => ({
    to: 'REGION_AGENTS:84',
    category,
    link: `/region/dossiers/${file.id}`,
  });
  return { pme: caller, file, watch, toCompany, toAgents };
}

describe('chèque numérique: who is told', () => {
  it('chosen: the trusted third party is asked to attest; submitted: receipt to the PME and the agents of the region; a refused or retried submission tells no one', async () => {
    const connecteur = await labelledConnecteur();
    clock.set(T0);
    const program = await openProgram(api, { ...window, attestationRequired: true });
    const { caller: pme, company } = await registerCompany(api);
    const watch = await watchNotifications([company.id, connecteur.id]);
    const file = await createApplication(
      api,
      pme,
      program.id,
      { trustedThirdPartyId: connecteur.id },
      'id version',
    );
    const asked = {
      to: `CONNECTEUR:${connecteur.id}`,
      category: 'SUBSIDY_ATTESTATION_REQUESTED',
      link: `/connecteur/attestation/${file.id}`,
    };
    expect(await watch.news()).toEqual([asked]);

    const later = await watchNotifications([company.id, file.id]);
    expect(codeOf(await o.submit(pme, file.id))).toBe('NOT_ELIGIBLE');
    expect(await later.news()).toEqual([]);
    dataOf(await o.attest(connecteur.caller, file.id));
    const key = uniqueId('submit');
    dataOf(await o.submit(pme, file.id, key));
    dataOf(await o.submit(pme, file.id, key));
    const link = `/entreprise/cheque-numerique/dossiers/${file.id}`;
    const toAgents = (category: string) => ({
      to: 'REGION_AGENTS:84',
      category,
      link: `/region/dossiers/${file.id}`,
    });
    const submitted = sorted([
      { to: `COMPANY:${company.id}`, category: 'SUBSIDY_RECEIPT', link },
      toAgents('SUBSIDY_SUBMITTED'),
    ]);
    expect(await later.news()).toEqual(submitted);

    // The programme's decision target (30 days by default): the agents are told once of a file still waiting.
    await sweepAt(plus(T0, 30 * DAY - 1));
    expect(await later.news()).toEqual(submitted);
    await sweepAt(plus(T0, 30 * DAY));
    await sweepAt(plus(T0, 30 * DAY + 1));
    expect(await later.news()).toEqual(sorted([...submitted, toAgents('SUBSIDY_WAITING')]));
  });

  it('correction requested, rejected with its reason: the PME; a stale decision tells no one', async () => {
    const { pme, file, watch, toCompany, toAgents } = await draft();
    let version = dataOf(await o.submit(pme, file.id)).submitSubsidyApplication.version;
    version = dataOf(await o.requestCorrection(agent, file.id, version)).requestSubsidyCorrection.version;
    version = dataOf(await o.submit(pme, file.id)).submitSubsidyApplication.version;
    version = dataOf(await o.startReview(agent, file.id, version)).startSubsidyReview.version;
    expect(codeOf(await o.decide(agent, file.id, 'REJECT', version - 1, 'Hors champ.'))).toBe('CONFLICT');
    dataOf(await o.decide(agent, file.id, 'REJECT', version, 'Hors champ.'));
    const events = await watch.events();
    expect(await watch.news()).toEqual(
      sorted([
        toCompany('SUBSIDY_RECEIPT'),
        toAgents('SUBSIDY_SUBMITTED'),
        toCompany('SUBSIDY_DECISION'),
        toCompany('SUBSIDY_RECEIPT'),
        toAgents('SUBSIDY_SUBMITTED'),
        toCompany('SUBSIDY_DECISION'),
      ]),
    );
    expect(events.find((e) => e.title === 'Votre dossier est refusé')?.body).toContain('Motif : Hors champ.');
    // Decided: the agents' reminders no longer stand.
    await sweepAt(plus(T0, 30 * DAY + 1));
    expect(await watch.events()).toHaveLength(events.length);
  });

  it('accepted with the amount, paid: the PME, always; one year after the payment, its survey, once', async () => {
    const { pme, file, toCompany } = await draft();
    let version = dataOf(await o.submit(pme, file.id)).submitSubsidyApplication.version;
    version = dataOf(await o.startReview(agent, file.id, version)).startSubsidyReview.version;
    const watch = await watchNotifications([file.id]);
    version = dataOf(await o.decide(agent, file.id, 'ACCEPT', version)).decideSubsidyApplication.version;
    const paidAt = plus(T0, 40 * DAY);
    clock.set(paidAt);
    dataOf(await o.pay(agent, file.id, 900_000, version));
    const events = await watch.events();
    expect(events.map((e) => e.body).join(' ')).toContain('aide accordée de 5\u202f000,00 €');
    expect(await watch.news()).toEqual([toCompany('SUBSIDY_DECISION'), toCompany('SUBSIDY_DECISION')]);

    const oneYear = new Date(paidAt);
    oneYear.setUTCFullYear(oneYear.getUTCFullYear() + 1);
    await sweepAt(plus(oneYear, -1));
    expect(await watch.events()).toHaveLength(2);
    await sweepAt(oneYear);
    await sweepAt(plus(oneYear, 1));
    expect(await watch.news()).toEqual(
      sorted([toCompany('SUBSIDY_DECISION'), toCompany('SUBSIDY_DECISION'), toCompany('SUBSIDY_SURVEY_DUE')]),
    );
  });
});
