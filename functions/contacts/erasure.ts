import { ERASED_TEXT } from '../shared/erased.js';
import type { ContactRequestRecord } from './records.js';
import { erasureTransition, REQUEST_ERASURE } from './workflow.js';

/**
 * A contact request of a company deleting its account: still open, it takes the workflow's ERASE move to
 * DONE_UNREACHABLE (workflow.ts); the company's subject, every message and the feedback's comment are erased.
 * Undefined when nothing is left to do (a deletion resumed after a failure).
 */
export function erasedContactRequest(r: ContactRequestRecord, at: string): ContactRequestRecord | undefined {
  const to = erasureTransition(r.status);
  const history = [
    ...r.history,
    ...(to ? [{ at, by: REQUEST_ERASURE.by, sub: '', from: r.status, to }] : []),
  ].map((e) => {
    const { sub: _sub, ...anonymous } = e;
    return {
      ...(e.by === 'PME' ? anonymous : e),
      ...(e.message === undefined ? {} : { message: ERASED_TEXT }),
    };
  });
  const feedback = r.feedback && (({ comment: _c, givenBySub: _g, ...kept }) => kept)(r.feedback);
  const next: ContactRequestRecord = {
    ...r,
    ...(to ? { status: to, updatedAt: at } : {}),
    history: history as ContactRequestRecord['history'],
    ...(feedback ? { feedback: feedback as ContactRequestRecord['feedback'] } : {}),
  };
  return JSON.stringify(next) === JSON.stringify(r) ? undefined : { ...next, version: r.version + 1 };
}
