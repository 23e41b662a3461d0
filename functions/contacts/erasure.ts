import type { IndicatorStore } from '../indicators/index.js';
import { ERASURE_PAGE, eraseEach, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import { inTransactions } from '../shared/transactions.js';
import { ERASED_TEXT } from '../shared/erased.js';
import { requestCounterChanges } from './counting.js';
import type { ContactNeedRecord, ContactRequestRecord } from './records.js';
import { needPosition, type ContactStore } from './store.js';
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

/**
 * A company's needs, for its account deletion (`collect`); `erase` rewrites their texts (the need, its author and
 * contact details go; requests, themes and dates stay for the indicators) and moves their requests through the
 * workflow's ERASE (above), an open one's counters in the same transaction.
 */
export function contactErasure(deps: {
  contactStore: ContactStore;
  indicatorStore: IndicatorStore;
}): CompanyErasure<ContactNeedRecord> {
  const { contactStore, indicatorStore } = deps;
  const collect = (companyId: string) =>
    everyPage((after) => contactStore.needsOfCompany(companyId, ERASURE_PAGE, after), needPosition);
  return {
    collect,
    async erase(companyId, at) {
      const needs = await collect(companyId);
      await inTransactions(
        needs
          .filter((n) => n.text !== ERASED_TEXT || n.authorSub !== undefined || n.contact !== undefined)
          .map((n) => contactStore.needErasurePart(n.id, ERASED_TEXT)),
        (parts) => contactStore.commit(parts),
      );
      const requests = await contactStore.requests(needs.flatMap((n) => n.requestIds));
      await eraseEach(requests, async (gathered, attempt) => {
        const request = attempt === 1 ? gathered : (await contactStore.requests([gathered.id]))[0];
        const next = request && erasedContactRequest(request, at.toISOString());
        if (!request || !next) return;
        await contactStore.commit([
          contactStore.requestPart(request, next),
          ...(next.status === request.status
            ? []
            : indicatorStore.parts(requestCounterChanges(request, next))),
        ]);
      });
      // The company's messages in each conversation are erased too, whatever the request's status.
      for (const request of requests) await contactStore.eraseCompanyMessages(request.id, ERASED_TEXT);
    },
  };
}
