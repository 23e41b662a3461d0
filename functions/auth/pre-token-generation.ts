import type { PreTokenGenerationV2TriggerEvent, PreTokenGenerationV2TriggerHandler } from 'aws-lambda';
import { isSiret } from '../shared/identifiers.js';

/** Name of the access-token claim that carries a REGION_AGENT's region (read by functions/shared/auth.ts). */
export const REGION_CLAIM = 'cc_region';
/** Name of the access-token claim that carries a PME user's SIRET (read by functions/shared/auth.ts). */
export const SIRET_CLAIM = 'siret';
/**
 * Name of the access-token claim that carries the account's contact address for notifications (read by
 * functions/shared/auth.ts): the user's e-mail, only once Cognito verified it.
 */
export const EMAIL_CLAIM = 'cc_email';
/** User pool attribute the region is copied from (set by an administrator, never by the user). */
export const REGION_ATTRIBUTE = 'custom:region';
/**
 * User pool attribute the SIRET is copied from: mapped from ProConnect's `siret` claim at each federated sign-in
 * (infra/proconnect.ts), never writable by the user.
 */
export const SIRET_ATTRIBUTE = 'custom:siret';

/** The identity provider that vouches for a SIRET (infra/proconnect.ts registers it under this name). */
export const PROCONNECT_PROVIDER_NAME = 'ProConnect';

/**
 * Only a user signed in through ProConnect gets a `siret` claim: Cognito names federated users
 * `<provider>_<subject>`, a name nobody can change. A user of the pool itself (an agent, a moderator…) whose
 * `custom:siret` were somehow set gets no claim.
 */
export const isProConnectUser = (userName: string | undefined) =>
  userName?.startsWith(`${PROCONNECT_PROVIDER_NAME}_`) === true;

/** The group (role) of a ProConnect user an administrator put in no group. */
export const PME_GROUP = 'PME';

/** INSEE region codes: two digits in metropolitan France ("11", "84"), two or three elsewhere. */
const REGION_CODE = /^\d{2,3}$/;
const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;

/**
 * Claims to add to the access token, from the user's attributes.
 * A missing or malformed `custom:region` adds nothing: the API then refuses a REGION_AGENT token
 * without a region rather than guessing one. Likewise a missing or malformed `custom:siret` (wrong Luhn key) adds no
 * `siret` claim: the user then cannot register or join a company.
 */
export function accessTokenClaims(
  userAttributes: Readonly<Record<string, string | undefined>>,
  userName?: string,
): Record<string, string> {
  const claims: Record<string, string> = {};
  const region = userAttributes[REGION_ATTRIBUTE]?.trim();
  if (region && REGION_CODE.test(region)) claims[REGION_CLAIM] = region;
  // ProConnect may send the SIRET with spaces ("123 456 789 00011").
  const siret = userAttributes[SIRET_ATTRIBUTE]?.replace(/\s/g, '');
  if (siret && isSiret(siret) && isProConnectUser(userName)) claims[SIRET_CLAIM] = siret;
  // Notifications go only to an address the user proved to own (a federated user's comes verified from ProConnect).
  const email = userAttributes.email?.trim().toLowerCase();
  if (email && userAttributes.email_verified === 'true' && EMAIL_SHAPE.test(email))
    claims[EMAIL_CLAIM] = email;
  return claims;
}

/** Cognito pre token generation trigger, event version V2_0 (needed to customise access tokens). */
export const handler: PreTokenGenerationV2TriggerHandler = async (
  event: PreTokenGenerationV2TriggerEvent,
) => {
  const claims = accessTokenClaims(event.request.userAttributes, event.userName);
  for (const [attribute, claim] of [
    [REGION_ATTRIBUTE, REGION_CLAIM],
    [SIRET_ATTRIBUTE, SIRET_CLAIM],
  ] as const) {
    if (event.request.userAttributes[attribute] !== undefined && !(claim in claims)) {
      // No PII: the user name is a UUID (sign-in is by email alias), and the value is not logged.
      console.warn(JSON.stringify({ message: `Ignoring malformed ${attribute}`, userName: event.userName }));
    }
  }
  // A ProConnect user in no group (the first sign-in of a company's manager) acts as a PME; an administrator may
  // still put a professional in another group, which then stands.
  const groups = event.request.groupConfiguration?.groupsToOverride ?? [];
  const asPme = isProConnectUser(event.userName) && groups.length === 0;
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: { claimsToAddOrOverride: claims },
      idTokenGeneration: { claimsToAddOrOverride: claims },
      ...(asPme ? { groupOverrideDetails: { groupsToOverride: [PME_GROUP] } } : {}),
    },
  };
  return event;
};
