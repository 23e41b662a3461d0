import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { saveSession, type Session } from '../../../client/src/session/session';

/**
 * Every test of the calling file starts signed in as `session` (nothing else in the session storage) and ends with
 * the page unmounted, the stubbed globals (`fetch`) restored and the storage cleared.
 */
export function signedInForEachTest(session: Session) {
  beforeEach(() => {
    sessionStorage.clear();
    saveSession(session);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });
}
