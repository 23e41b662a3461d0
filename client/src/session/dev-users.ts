import { networkError } from '../api/errors';
import type { Session } from './session';

/**
 * A demo user offered by the local server's `GET /dev/users` (development only, never on AWS):
 * a ready-made development token and what the sign-in page shows.
 */
export type DevUser = Session & {
  id: string;
  /** A PME's establishment, carried by its token as ProConnect's would be (the company it registers or joins). */
  siret?: string;
};

export async function fetchDevUsers(signal?: AbortSignal): Promise<DevUser[]> {
  let response: Response;
  try {
    response = await fetch('/dev/users', { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError();
  }
  if (!response.ok) throw networkError();
  return (await response.json().catch(() => {
    throw networkError();
  })) as DevUser[];
}
