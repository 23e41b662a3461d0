import type { PreTokenGenerationV2TriggerEvent, PreTokenGenerationV2TriggerHandler } from 'aws-lambda';

/** Name of the access-token claim that carries a REGION_AGENT's region (read by functions/shared/auth.ts). */
export const REGION_CLAIM = 'cc_region';
/** User pool attribute the region is copied from (set by an administrator, never by the user). */
export const REGION_ATTRIBUTE = 'custom:region';

/** INSEE region codes: two digits in metropolitan France ("11", "84"), two or three elsewhere. */
const REGION_CODE = /^\d{2,3}$/;

/**
 * Claims to add to the access token, from the user's attributes.
 * A missing or malformed `custom:region` adds nothing: the API then refuses a REGION_AGENT token
 * without a region rather than guessing one.
 */
export function accessTokenClaims(
  userAttributes: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const region = userAttributes[REGION_ATTRIBUTE]?.trim();
  if (!region || !REGION_CODE.test(region)) return {};
  return { [REGION_CLAIM]: region };
}

/** Cognito pre token generation trigger, event version V2_0 (needed to customise access tokens). */
export const handler: PreTokenGenerationV2TriggerHandler = async (
  event: PreTokenGenerationV2TriggerEvent,
) => {
  const claims = accessTokenClaims(event.request.userAttributes);
  const raw = event.request.userAttributes[REGION_ATTRIBUTE];
  if (raw !== undefined && !(REGION_CLAIM in claims)) {
    // No PII: the user name is a UUID (sign-in is by email alias).
    console.warn(
      JSON.stringify({ message: `Ignoring malformed ${REGION_ATTRIBUTE}`, userName: event.userName }),
    );
  }
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: { claimsToAddOrOverride: claims },
      idTokenGeneration: { claimsToAddOrOverride: claims },
    },
  };
  return event;
};
