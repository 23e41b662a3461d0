import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { hasValidLuhnKey } from '../../functions/shared/identifiers.js';
import { uniqueId, type Caller, type createTestApi } from '../support/api.js';
import { ensureLabelled } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import type { ProvidersProviderFieldsFragment, RegisterProviderInput, Theme } from '../generated/graphql.js';
import {
  AddOffer,
  FollowAccept,
  FollowConsent,
  FollowPropose,
  ModerateReview,
  RegisterProvider,
  ReviewProvider,
} from './documents.js';

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

/** A PROVIDER user with a registered directory entry. */
export async function registerProvider(
  api: Api,
  overrides: Partial<RegisterProviderInput> = {},
): Promise<{ caller: NonNullable<Caller>; provider: ProvidersProviderFieldsFragment }> {
  const caller = { role: 'PROVIDER' as const, sub: uniqueId('prov') };
  const result = await typedCall(
    api,
    RegisterProvider,
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

/** `theme` as a plain string: callers pass theme names through, the server checks them. */
export async function addOffer(
  api: Api,
  caller: Caller,
  offer: { theme: string; priceFromCents: number; priceToCents: number; description?: string },
) {
  const result = await typedCall(
    api,
    AddOffer,
    {
      input: { description: 'Création de site vitrine clés en main', ...offer, theme: offer.theme as Theme },
    },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addProviderOffer;
}

export const reviewProvider = (
  api: Api,
  caller: Caller,
  providerId: string,
  rating: number,
  comment = 'Travail soigné, délais tenus.',
) => typedCall(api, ReviewProvider, { p: providerId, r: rating, c: comment }, caller);

export const moderateReview = (
  api: Api,
  caller: Caller,
  reviewId: string,
  decision: 'PUBLISH' | 'REJECT',
  reason?: string,
) => typedCall(api, ModerateReview, { id: reviewId, d: decision, reason }, caller);

/*
 * The same three with unchecked answers, for the tests outside test/providers that still read them as such
 * (`review.data.reviewProvider.id`, `provider.offers[0].id`): remove once those use the typed ones above.
 */
/** A connecteur follows the company with its consent: the company consents to contacts, the connecteur proposes, the company accepts. */
export async function follow(
  api: Api,
  pme: Caller,
  companyId: string,
  connecteur: Caller,
  connecteurId: string,
) {
  const consent = await typedCall(api, FollowConsent, {}, pme);
  expect(consent.errors).toBeUndefined();
  // The company is a lead: only a labelled connecteur may propose.
  await ensureLabelled(api, connecteur, connecteurId);
  const proposed = await typedCall(api, FollowPropose, { c: companyId }, connecteur);
  expect(proposed.errors).toBeUndefined();
  const accepted = await typedCall(api, FollowAccept, { c: connecteurId }, pme);
  expect(accepted.errors).toBeUndefined();
}
