import { ERASURE_PAGE, everyPage } from '../shared/company-erasure.js';
import type {
  ContactDetailsRecord,
  ContactMessageRecord,
  ContactNeedRecord,
  ContactRequestRecord,
} from './records.js';
import { messagePosition, type ContactStore } from './store.js';

/**
 * One conversation of a company's personal-data export (privacy's `exportMyData`): a request, the contact details
 * its connecteur could read, and every message, whoever wrote it.
 */
export type ContactConversationRecord = {
  request: ContactRequestRecord;
  /** What the connecteur was shown: the need's contact, once it took the request in charge (companyContact's rule). */
  sharedContactDetails: ContactDetailsRecord | null;
  sharedSince: string | null;
  messages: ContactMessageRecord[];
};

/**
 * The conversations of a company's needs, in the needs' order then the requests', each with its messages oldest
 * first: one Query per conversation, all at once (an export, not a list on a request path).
 */
export async function companyConversations(
  contactStore: ContactStore,
  needs: readonly ContactNeedRecord[],
): Promise<ContactConversationRecord[]> {
  const requests = await contactStore.requests(needs.flatMap((n) => n.requestIds));
  const byId = new Map(requests.map((r) => [r.id, r]));
  const ordered = needs.flatMap((need) =>
    need.requestIds.flatMap((id) => {
      const request = byId.get(id);
      return request ? [{ need, request }] : [];
    }),
  );
  return Promise.all(
    ordered.map(async ({ need, request }) => {
      const shared = request.takenUpAt !== undefined && need.contact !== undefined;
      return {
        request,
        sharedContactDetails: shared ? need.contact! : null,
        sharedSince: shared ? request.takenUpAt! : null,
        messages: await everyPage(
          (after) => contactStore.messages(request.id, ERASURE_PAGE, after),
          messagePosition,
        ),
      };
    }),
  );
}
