import type { Viewer } from '../shared/auth.js';
import { logger } from '../shared/logger.js';
import type { NotificationStore } from './store.js';

/**
 * Keeps the accounts directory current from the callers' tokens: the first request of a subject in this instance
 * writes its `ACCOUNT#<sub>` item (role, region, verified e-mail), later ones write nothing unless the token says
 * something new (another e-mail, another region). One UpdateItem per subject and instance, not one per request.
 */
export function accountRecorder(store: NotificationStore, clock: () => Date, capacity = 10_000) {
  const seen = new Set<string>();
  return async (viewer: Viewer): Promise<void> => {
    if (viewer.kind !== 'user') return;
    const fingerprint = [viewer.sub, viewer.role, viewer.regionCode ?? '', viewer.email ?? ''].join('\u0000');
    if (seen.has(fingerprint)) return;
    try {
      await store.recordAccount({
        sub: viewer.sub,
        role: viewer.role,
        ...(viewer.regionCode ? { regionCode: viewer.regionCode } : {}),
        ...(viewer.email ? { email: viewer.email } : {}),
        seenAt: clock().toISOString(),
      });
      if (seen.size >= capacity) seen.clear();
      seen.add(fingerprint);
    } catch (error) {
      // The request goes on: the directory is caught up by the next request of this subject.
      logger.warn('account not recorded', { error: (error as Error).name });
    }
  };
}
