import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { AppError } from '../../functions/shared/errors.js';
import type { RecommendationRecord } from '../../functions/providers/records.js';
import { codeOf, createTestApi, manualClock, testDb } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { follow, registerProvider } from './helpers.js';
import { typedCall } from '../support/typed.js';
import * as doc from './documents.js';

const clock = manualClock();
const api = createTestApi({ clock });

/**
 * The checks of recommendProviders run before its write; these tests play what happens when the follow ends or a
 * capital link is declared in between: the guards in the write's own transaction refuse it and nothing is written.
 */
async function setting() {
  const { provider } = await registerProvider(api);
  const connecteur = await registerConnecteur(api, { communeCode: '35238' });
  const pme = await registerPme(api, { communeCode: '35238' });
  await follow(api, pme.caller, pme.companyId, connecteur.caller, connecteur.id);
  const stores = createStores(testDb(), inject('tableName'));
  const record: RecommendationRecord = {
    companyId: pme.companyId,
    connecteurId: connecteur.id,
    providerIds: [provider.id],
    recommendedAt: clock().toISOString(),
  };
  const errors = {
    followEnded: () => new AppError('FORBIDDEN', 'follow ended'),
    capitalLink: () => new AppError('CONFLICT_OF_INTEREST', 'capital link'),
  };
  const write = () =>
    stores.providerStore.recommendations.put(record, [
      stores.followupStore.activeFollowGuard(pme.companyId, connecteur.id, errors.followEnded),
      stores.connecteurStore.noCapitalLinkGuard(connecteur.id, [provider.siren], errors.capitalLink),
    ]);
  const stored = async () =>
    (
      await testDb().send(
        new GetCommand({
          TableName: inject('tableName'),
          Key: { PK: `CREC#${pme.companyId}`, SK: `BY#${connecteur.id}` },
        }),
      )
    ).Item;
  return { provider, connecteur, pme, write, stored };
}

const codeThrownBy = async (write: () => Promise<void>) =>
  write().then(
    () => undefined,
    (error: unknown) => (error instanceof AppError ? error.extensions.code : String(error)),
  );

describe('a recommendation’s write', () => {
  it('goes through while the follow is active and no capital link is declared', async () => {
    const { write, stored } = await setting();
    await write();
    expect((await stored())?.providerIds).toHaveLength(1);
  });

  it('is refused when the company withdrew its consent after the checks', async () => {
    const { connecteur, pme, write, stored } = await setting();
    const revoked = await typedCall(api, doc.RevokeFollow, { c: connecteur.id }, pme.caller);
    expect(revoked.errors).toBeUndefined();
    expect(await codeThrownBy(write)).toBe('FORBIDDEN');
    expect(await stored()).toBeUndefined();
  });

  it('is refused when the connecteur declared a capital link with a recommended provider after the checks', async () => {
    const { provider, connecteur, write, stored } = await setting();
    const declared = await typedCall(api, doc.DeclareCapitalLink, { s: provider.siren }, connecteur.caller);
    expect(declared.errors).toBeUndefined();
    expect(await codeThrownBy(write)).toBe('CONFLICT_OF_INTEREST');
    expect(await stored()).toBeUndefined();
  });

  // Through the API: the guards' keys are right (an active follow passes them), and an ended follow is refused.
  it('lets recommendProviders write while the follow is active, and refuses it once the follow ended', async () => {
    const { provider, connecteur, pme } = await setting();
    const recommend = () =>
      typedCall(api, doc.RecommendCompanyId, { c: pme.companyId, p: [provider.id] }, connecteur.caller);
    expect(codeOf(await recommend())).toBeUndefined();
    await typedCall(api, doc.RevokeFollow, { c: connecteur.id }, pme.caller);
    expect(codeOf(await recommend())).toBe('FORBIDDEN');
  });
});
