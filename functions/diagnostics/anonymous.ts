import { createHmac } from 'node:crypto';

/**
 * Anonymous diagnostics count in the statistics (peer aggregates, programme indicators) once per client and day
 * (issue #11): the client is the request's source IP, kept only as a keyed hash of the IP and the Paris day, so it
 * cannot be reversed without the key nor linked from one day to the next. The table stores the hash, with a TTL.
 */
export type AnonymousClient = (day: string) => string | undefined;

/** The key derived from a secret of the deployment, for this purpose only. */
export const clientKeyMaterial = (secret: string) =>
  createHmac('sha256', secret).update('anonymous-diagnostic-client').digest();

export function anonymousClientKey(key: Buffer, sourceIp: string, day: string): string {
  return createHmac('sha256', key).update(`${day}\u0000${sourceIp}`).digest('base64url').slice(0, 32);
}

/** The caller's key of the day, or undefined when the request has no source IP (scripts, direct calls). */
export function anonymousClientOf(key: Buffer, sourceIp: string | undefined): AnonymousClient {
  return (day) => (sourceIp ? anonymousClientKey(key, sourceIp, day) : undefined);
}

/** How long the hash is kept: the day it counts for, plus a margin for clocks. */
export const CLIENT_KEY_TTL_SECONDS = 2 * 24 * 3600;

/** A second anonymous diagnostic of the day from the same client: stored for its taker, not counted. */
export class AlreadyCountedToday extends Error {
  constructor() {
    super('anonymous client already counted today');
  }
}
