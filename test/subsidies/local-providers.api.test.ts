import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { createTestApi, manualClock, type Caller } from '../support/api.js';
import { registerProvider } from '../providers/helpers.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  itemsOf,
  ops,
  openProgram,
  randomSiren,
  registerCompany,
} from './support.js';

const MoveProvider = graphql(`
  mutation SubsidiesLocalMoveProvider($input: UpdateProviderInput!) {
    updateProvider(input: $input) {
      regionCode
    }
  }
`);
const ListEligible = graphql(`
  query SubsidiesLocalListEligible {
    subsidyApplications(first: 10) {
      edges {
        node {
          id
          eligible
        }
      }
    }
  }
`);

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);

const localRule = (app: { eligibility: { rule: string; passed: boolean; message: string }[] }) =>
  app.eligibility.find((c) => c.rule === 'LOCAL_PROVIDERS')!;

const moveProvider = (caller: Caller, communeCode: string) =>
  typedCall(api, MoveProvider, { input: { communeCode } }, caller);

describe('a programme restricted to local providers', () => {
  it('judges each provider on the directory, not on the commune typed in the expense', async () => {
    const program = await openProgram(api, { localProvidersOnly: true });
    const lyon = await registerProvider(api, { communeCode: '69123', name: 'Agence Lyonnaise' });
    const paris = await registerProvider(api, { communeCode: '75056', name: 'Agence Parisienne' });
    const { caller } = await registerCompany(api);

    const local = await createApplication(api, caller, program.id, {
      expenses: [expense({ providerSiren: lyon.provider.siren, providerName: 'Agence Lyonnaise' })],
    });
    expect(localRule(local).passed).toBe(true);
    expect(local.eligible).toBe(true);

    // Registered in Île-de-France: refused even when the applicant types a Lyon commune.
    const typedLyon = await createApplication(api, caller, program.id, {
      expenses: [
        expense({
          providerSiren: paris.provider.siren,
          providerName: 'Agence Parisienne',
          providerCommuneCode: '69123',
        }),
      ],
    });
    expect(localRule(typedLyon)).toMatchObject({ passed: false });
    expect(localRule(typedLyon).message).toContain(
      'Agence Parisienne est établi hors de la région (Île-de-France)',
    );
    const before = await itemsOf(`SUBAPP#${typedLyon.id}`);
    const refused = await o.submit(caller, typedLyon.id);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(await itemsOf(`SUBAPP#${typedLyon.id}`)).toEqual(before);

    // Not in the directory at all.
    const unknown = await createApplication(api, caller, program.id, {
      expenses: [
        expense({
          providerSiren: randomSiren(),
          providerName: 'Agence Fantôme',
          providerCommuneCode: '69123',
        }),
      ],
    });
    expect(localRule(unknown).message).toContain('Agence Fantôme');
    expect(localRule(unknown).message).toContain('n’est pas inscrit dans l’annuaire');
    expect(codeOf(await o.submit(caller, unknown.id))).toBe('NOT_ELIGIBLE');

    // Each save stored what the directory said: listing the files reads no directory entry (one Query: the list).
    const { result, tally } = await withRequestTally(() => typedCall(api, ListEligible, {}, caller));
    expect(
      dataOf(result)
        .subsidyApplications.edges.map((e) => e.node.eligible)
        .sort(),
    ).toEqual([false, false, true]);
    expect(tally.byCommand.QueryCommand).toBe(1);
  });

  it('keeps judging a submitted file on the directory as it was at submission', async () => {
    const program = await openProgram(api, { localProvidersOnly: true });
    const agent = agentOf('84');
    const provider = await registerProvider(api, { communeCode: '69123' });
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, program.id, {
      expenses: [expense({ providerSiren: provider.provider.siren })],
    });
    const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
    expect(submitted.status).toBe('SUBMITTED');

    // The provider moves to Paris after the submission.
    expect(dataOf(await moveProvider(provider.caller, '75056')).updateProvider.regionCode).toBe('11');
    const read = dataOf(await o.read(agent, draft.id)).subsidyApplication!;
    expect(localRule(read).passed).toBe(true);
    const review = dataOf(await o.startReview(agent, draft.id, submitted.version)).startSubsidyReview;
    const accepted = dataOf(
      await o.decide(agent, draft.id, 'ACCEPT', review.version),
    ).decideSubsidyApplication;
    expect(accepted.status).toBe('ACCEPTED');

    // A new draft with the same provider is judged on the directory now.
    const later = await createApplication(api, caller, program.id, {
      expenses: [expense({ providerSiren: provider.provider.siren })],
    });
    expect(localRule(later).passed).toBe(false);
  });

  it('does not consult the directory when the programme accepts providers from anywhere', async () => {
    const program = await openProgram(api, { localProvidersOnly: false });
    const { caller } = await registerCompany(api);
    const app = await createApplication(api, caller, program.id, {
      expenses: [expense({ providerSiren: randomSiren() })],
    });
    expect(localRule(app).passed).toBe(true);
    expect(app.eligible).toBe(true);
  });
});
