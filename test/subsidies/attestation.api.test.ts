import { describe, expect, it } from 'vitest';
import type { Caller } from '../support/api.js';
import { createTestApi, manualClock } from '../support/api.js';
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
  registerCompany,
  uniqueId,
} from './support.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);

const LINKED_PROVIDER = '552100554';

const Declare = graphql(`
  mutation SubsidiesAttestationDeclareLink($s: String!) {
    declareCapitalLink(providerSiren: $s) {
      id
      capitalLinks
    }
  }
`);
const Remove = graphql(`
  mutation SubsidiesAttestationRemoveLink($s: String!) {
    removeCapitalLink(providerSiren: $s) {
      capitalLinks
    }
  }
`);
const CapitalLinks = graphql(`
  query SubsidiesAttestationCapitalLinks($id: ID!) {
    connecteur(id: $id) {
      capitalLinks
    }
  }
`);
const PublicConnecteur = graphql(`
  query SubsidiesAttestationPublicConnecteur($id: ID!) {
    connecteur(id: $id) {
      id
    }
  }
`);
const ChosenRead = graphql(`
  query SubsidiesAttestationChosenRead($id: ID!) {
    subsidyApplication(id: $id) {
      id
      projectSummary
      expenses {
        providerSiren
      }
    }
  }
`);
const RegisterConnecteur = graphql(`
  mutation SubsidiesAttestationRegisterConnecteur($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);
const CreateApplication = graphql(`
  mutation SubsidiesAttestationCreateApplication($input: CreateSubsidyApplicationInput!) {
    createSubsidyApplication(input: $input) {
      id
    }
  }
`);
const ToAttest = graphql(`
  query SubsidiesAttestationToAttest($first: Int, $after: String) {
    applicationsToAttest(first: $first, after: $after) {
      edges {
        node {
          id
          trustedThirdParty {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const declare = (caller: Caller, siren: string) => typedCall(api, Declare, { s: siren }, caller);
const remove = (caller: Caller, siren: string) => typedCall(api, Remove, { s: siren }, caller);

describe('capital links', () => {
  it('are declared and removed by the connecteur, seen only by itself and moderators', async () => {
    const { caller, id } = await labelledConnecteur(api);
    expect(dataOf(await declare(caller, LINKED_PROVIDER)).declareCapitalLink.capitalLinks).toEqual([
      LINKED_PROVIDER,
    ]);
    expect(dataOf(await declare(caller, LINKED_PROVIDER)).declareCapitalLink.capitalLinks).toEqual([
      LINKED_PROVIDER,
    ]);
    expect(dataOf(await declare(caller, '732829320')).declareCapitalLink.capitalLinks).toEqual([
      LINKED_PROVIDER,
      '732829320',
    ]);
    expect(codeOf(await declare(caller, '552100555'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await remove(caller, '443061841'))).toBe('NOT_FOUND');
    expect(dataOf(await remove(caller, '732829320')).removeCapitalLink.capitalLinks).toEqual([
      LINKED_PROVIDER,
    ]);

    const read = (viewer?: Caller) => typedCall(api, CapitalLinks, { id }, viewer);
    expect(dataOf(await read(moderator)).connecteur!.capitalLinks).toEqual([LINKED_PROVIDER]);
    for (const outsider of [
      undefined,
      { role: 'PME', sub: 'p' },
      agentOf('84'),
      { role: 'CONNECTEUR', sub: 'other' },
    ] as Caller[]) {
      expect(codeOf(await read(outsider))).toBe('FORBIDDEN');
    }
    // The rest of the profile stays public.
    expect(dataOf(await typedCall(api, PublicConnecteur, { id })).connecteur!.id).toBe(id);
    expect(codeOf(await declare({ role: 'PME', sub: 'p' }, LINKED_PROVIDER))).toBe('FORBIDDEN');
  });
});

describe('the trusted third party’s attestation', () => {
  it('is refused for a conflict of interest with a funded provider, writing nothing, and given once the link is gone', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const connecteur = await labelledConnecteur(api);
    dataOf(await declare(connecteur.caller, LINKED_PROVIDER));
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, program.id, {
      trustedThirdPartyId: connecteur.id,
      expenses: [
        expense(),
        expense({ theme: 'ONLINE_PAYMENT', providerSiren: LINKED_PROVIDER, amountCents: 300_000 }),
      ],
    });
    expect(draft.eligibility.find((c) => c.rule === 'ATTESTATION')).toMatchObject({ passed: false });
    const refused = await o.submit(caller, draft.id);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(refused.errors![0]!.extensions!.failedRules).toEqual([
      expect.objectContaining({ rule: 'ATTESTATION' }),
    ]);

    const before = await itemsOf(`SUBAPP#${draft.id}`, `SUBPROG#${program.id}`);
    const conflict = await o.attest(connecteur.caller, draft.id);
    expect(codeOf(conflict)).toBe('CONFLICT_OF_INTEREST');
    expect(conflict.errors![0]!.extensions!.providerSirens).toEqual([LINKED_PROVIDER]);
    expect(await itemsOf(`SUBAPP#${draft.id}`, `SUBPROG#${program.id}`)).toEqual(before);

    dataOf(await remove(connecteur.caller, LINKED_PROVIDER));
    const attested = dataOf(await o.attest(connecteur.caller, draft.id)).attestSubsidyApplication;
    expect(attested).toMatchObject({ attestedBy: { id: connecteur.id }, eligible: true, version: 2 });
    expect(attested.history.at(-1)).toMatchObject({
      action: 'ATTEST',
      fromStatus: 'DRAFT',
      toStatus: 'DRAFT',
    });
    // Attesting again changes nothing.
    expect(dataOf(await o.attest(connecteur.caller, draft.id)).attestSubsidyApplication.version).toBe(2);

    // Changing the expenses withdraws the attestation: the project attested is no longer this one.
    const changed = dataOf(
      await o.update(caller, draft.id, { expenses: [expense({ amountCents: 900_000 })] }, 2),
    );
    expect(changed.updateSubsidyApplication.eligible).toBe(false);
    dataOf(await o.attest(connecteur.caller, draft.id));
    const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
    expect(submitted.status).toBe('SUBMITTED');

    // A submitted file may still be corrected; the attestation it withdraws is needed again before acceptance.
    const corrected = dataOf(
      await o.update(caller, draft.id, { expenses: [expense({ amountCents: 950_000 })] }, submitted.version),
    ).updateSubsidyApplication;
    expect(corrected.eligibility.filter((c) => !c.passed).map((c) => c.rule)).toEqual(['ATTESTATION']);
    const agent = agentOf('84');
    const review = dataOf(await o.startReview(agent, draft.id, corrected.version)).startSubsidyReview;
    const unattested = await o.decide(agent, draft.id, 'ACCEPT', review.version);
    expect(codeOf(unattested)).toBe('NOT_ELIGIBLE');
    expect(unattested.errors![0]!.extensions!.failedRules).toEqual([
      expect.objectContaining({ rule: 'ATTESTATION' }),
    ]);
    const attestedAgain = dataOf(await o.attest(connecteur.caller, draft.id)).attestSubsidyApplication;
    expect(attestedAgain.status).toBe('UNDER_REVIEW');
    const accepted = dataOf(await o.decide(agent, draft.id, 'ACCEPT', attestedAgain.version));
    expect(accepted.decideSubsidyApplication).toMatchObject({ status: 'ACCEPTED', grantedAidCents: 475_000 });
  });

  it('comes only from the connecteur the applicant chose, with a label valid now', async () => {
    const program = await openProgram(api);
    const chosen = await labelledConnecteur(api);
    const other = await labelledConnecteur(api);
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, program.id, { trustedThirdPartyId: chosen.id });
    expect(codeOf(await o.attest(other.caller, draft.id))).toBe('FORBIDDEN');
    expect(codeOf(await o.read(other.caller, draft.id))).toBe('FORBIDDEN');
    // The chosen connecteur reads the file (what attesting needs: test/security/subsidy-field-matrix.api.test.ts).
    const chosenRead = await typedCall(api, ChosenRead, { id: draft.id }, chosen.caller);
    expect(dataOf(chosenRead).subsidyApplication!.id).toBe(draft.id);

    // A volunteer (no label) chosen as trusted third party cannot attest.
    const volunteer: Caller = { role: 'CONNECTEUR', sub: uniqueId('volunteer') };
    const registered = await typedCall(
      api,
      RegisterConnecteur,
      {
        input: {
          displayName: 'Bénévole',
          kind: 'PERSON',
          structureType: 'STUDENT_OR_APPRENTICE',
          communeCode: '69123',
          departementsServed: [],
          themes: ['CONTENT'],
          email: 'b@exemple.fr',
          acceptsNewPmes: true,
          signCharter: true,
        },
      },
      volunteer,
    );
    const volunteerId = dataOf(registered).registerConnecteur.id;
    const second = await createApplication(api, caller, program.id, { trustedThirdPartyId: volunteerId });
    expect(codeOf(await o.attest(volunteer, second.id))).toBe('FORBIDDEN');
    // Once the label has expired, the chosen connecteur cannot attest either.
    clock.set('2027-07-01T10:00:00.000Z');
    expect(codeOf(await o.attest(chosen.caller, draft.id))).toBe('FORBIDDEN');
    clock.set('2026-11-26T10:00:00.000Z');
    const unknown = await typedCall(
      api,
      CreateApplication,
      {
        input: {
          programId: program.id,
          projectSummary: 'Vendre nos pains spéciaux en ligne.',
          expenses: [expense()],
          trustedThirdPartyId: 'nobody',
        },
      },
      caller,
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ path: ['input', 'trustedThirdPartyId'] }),
    ]);
  });
});

describe('the files a connecteur is asked to attest', () => {
  const toAttest = (caller: Caller, first = 20, after?: string) =>
    typedCall(api, ToAttest, { first, after }, caller);

  it('are the files naming it, newest first, paged; a file follows its trusted third party when it changes', async () => {
    const program = await openProgram(api, { attestationRequired: true });
    const first = await labelledConnecteur(api);
    const second = await labelledConnecteur(api);
    const { caller } = await registerCompany(api);
    const drafts = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      drafts.push(
        await createApplication(api, caller, program.id, { trustedThirdPartyId: first.id }, 'id version'),
      );
    }
    const page1 = dataOf(await toAttest(first.caller, 2)).applicationsToAttest;
    expect(page1.edges.map((e) => e.node.id)).toEqual([drafts[2]!.id, drafts[1]!.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = dataOf(await toAttest(first.caller, 2, page1.pageInfo.endCursor!)).applicationsToAttest;
    expect(page2.edges.map((e) => e.node.id)).toEqual([drafts[0]!.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // The applicant names another connecteur: the file moves to its list, in the same write.
    dataOf(await o.update(caller, drafts[1]!.id, { trustedThirdPartyId: second.id }, drafts[1]!.version));
    expect(dataOf(await toAttest(first.caller)).applicationsToAttest.edges.map((e) => e.node.id)).toEqual([
      drafts[2]!.id,
      drafts[0]!.id,
    ]);
    expect(dataOf(await toAttest(second.caller)).applicationsToAttest.edges).toEqual([
      { node: { id: drafts[1]!.id, trustedThirdParty: { id: second.id } } },
    ]);
    // A cursor is bound to its connecteur.
    expect(codeOf(await toAttest(second.caller, 2, page1.pageInfo.endCursor!))).toBe('BAD_USER_INPUT');
  });

  it('are a connecteur’s list only', async () => {
    for (const outsider of [{ role: 'PME', sub: 'p' }, agentOf('84'), moderator] as Caller[]) {
      expect(codeOf(await toAttest(outsider))).toBe('FORBIDDEN');
    }
    expect(codeOf(await toAttest(undefined))).toBe('UNAUTHENTICATED');
  });
});
