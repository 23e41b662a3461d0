import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { hasValidLuhnKey } from '../../functions/shared/identifiers.js';
import { uniqueId, type Caller, type createTestApi } from '../support/api.js';
import { ensureLabelled } from '../support/workspace.js';

type Api = ReturnType<typeof createTestApi>;

const withLuhnKey = (body: string) => {
  for (let key = 0; key < 10; key++) if (hasValidLuhnKey(body + key)) return body + key;
  throw new Error('unreachable');
};

/** A random SIRET: a SIREN with a valid Luhn key, then an establishment number, the whole with a valid key. */
export function randomSiret(): string {
  const siren = withLuhnKey(Array.from({ length: 8 }, () => randomInt(10)).join(''));
  return withLuhnKey(siren + Array.from({ length: 4 }, () => randomInt(10)).join(''));
}

export const PROVIDER_FIELDS =
  'id siret siren name communeCode departementCode regionCode regionsServed startup website offers { id theme priceFromCents priceToCents } rating { average count }';

/** A PROVIDER user with a registered directory entry. */
export async function registerProvider(
  api: Api,
  overrides: Record<string, unknown> = {},
): Promise<{ caller: NonNullable<Caller>; provider: Record<string, any> }> {
  const caller = { role: 'PROVIDER' as const, sub: uniqueId('prov') };
  const result = await api.call<{ registerProvider: Record<string, any> }>(
    `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { ${PROVIDER_FIELDS} } }`,
    {
      input: {
        siret: randomSiret(),
        name: `Prestataire ${caller.sub}`,
        communeCode: '69123',
        regionsServed: [],
        website: 'https://prestataire.exemple.fr',
        startup: false,
        ...overrides,
      },
    },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return { caller, provider: result.data!.registerProvider };
}

export async function addOffer(
  api: Api,
  caller: Caller,
  offer: { theme: string; priceFromCents: number; priceToCents: number; description?: string },
) {
  const result = await api.call<{ addProviderOffer: Record<string, any> }>(
    `mutation($input: AddProviderOfferInput!) { addProviderOffer(input: $input) { ${PROVIDER_FIELDS} } }`,
    { input: { description: 'Création de site vitrine clés en main', ...offer } },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addProviderOffer;
}

export const REVIEW_FIELDS =
  'id rating comment authorKind authorName status rejectionReason submittedAt publishedAt reply { text } provider { id rating { average count } }';

export const reviewProvider = (
  api: Api,
  caller: Caller,
  providerId: string,
  rating: number,
  comment = 'Travail soigné, délais tenus.',
) =>
  api.call<any>(
    `mutation($p: ID!, $r: Int!, $c: String!) { reviewProvider(providerId: $p, rating: $r, comment: $c) { ${REVIEW_FIELDS} } }`,
    { p: providerId, r: rating, c: comment },
    caller,
  );

export const moderateReview = (
  api: Api,
  caller: Caller,
  reviewId: string,
  decision: 'PUBLISH' | 'REJECT',
  reason?: string,
) =>
  api.call<any>(
    `mutation($id: ID!, $d: ModerationDecision!, $reason: String) { moderateReview(reviewId: $id, decision: $d, reason: $reason) { ${REVIEW_FIELDS} } }`,
    { id: reviewId, d: decision, reason },
    caller,
  );

/** A connecteur follows the company with its consent: the company consents to contacts, the connecteur proposes, the company accepts. */
export async function follow(
  api: Api,
  pme: Caller,
  companyId: string,
  connecteur: Caller,
  connecteurId: string,
) {
  const consent = await api.call(`mutation { setContactConsent(consented: true) { consented } }`, {}, pme);
  expect(consent.errors).toBeUndefined();
  // The company is a lead: only a labelled connecteur may propose.
  await ensureLabelled(api, connecteur, connecteurId);
  const proposed = await api.call(
    `mutation($c: ID!) { proposeFollow(companyId: $c) { status } }`,
    { c: companyId },
    connecteur,
  );
  expect(proposed.errors).toBeUndefined();
  const accepted = await api.call(
    `mutation($c: ID!) { acceptFollow(connecteurId: $c) { status } }`,
    { c: connecteurId },
    pme,
  );
  expect(accepted.errors).toBeUndefined();
}
