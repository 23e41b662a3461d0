import type { DocumentStorage } from '../shared/document-storage.js';
import {
  ERASURE_PAGE,
  eraseEach,
  everyPage,
  isCollision,
  type CompanyErasure,
} from '../shared/company-erasure.js';
import { applicationErasure, documentErasure, erasedTrail, erasureHistoryEntry } from './erasure-rules.js';
import { applicationPosition } from './keys.js';
import { SubsidyListStore } from './list-store.js';
import type { SubsidyApplicationRecord } from './records.js';
import type { SubsidyStore } from './store.js';
import { isWithdrawable, withdrawOnAccountDeletion } from './withdrawal.js';
import { WriteRejected } from './write-guards.js';

/**
 * A company's subsidy files, for its account deletion (docs/security.md, "Personal data"), one file at a time: a
 * draft is deleted with its trail, its documents and its programme's DRAFT counter; a file still in the workflow,
 * or granted and not paid, takes the workflow's WITHDRAW (one transaction: status, history, ledger, a grant back
 * to the envelope); then every kept file's documents follow their rule (`documentErasure`), its trail is rewritten
 * and the file itself is pseudonymised under its status and version, its `erasedAt` closing it for good (no event
 * fires on it any more). The region keeps the file: programme, amounts, status, decisions.
 */
export function subsidyErasure(deps: {
  subsidyStore: SubsidyStore;
  documentStorage: DocumentStorage;
}): CompanyErasure<SubsidyApplicationRecord> {
  const { subsidyStore: store, documentStorage } = deps;
  const collect = (companyId: string) => {
    const { partitions } = SubsidyListStore.partitionsFor({ kind: 'company', companyId }, undefined);
    return everyPage<SubsidyApplicationRecord>(
      (after) => store.lists.listApplications({ partitions, limit: ERASURE_PAGE, before: after?.before }),
      (file) => ({ before: applicationPosition(file) }),
    );
  };

  /** Bytes first, then the record: a deletion resumed after a failure finds the record and finishes. */
  const eraseDocuments = async (file: SubsidyApplicationRecord) => {
    for (const document of await store.documents.ofFile(file.id)) {
      const rule = documentErasure(file, document);
      if (!rule) continue;
      if ('keep' in rule) {
        await store.documents.pseudonymise(document, rule.keep.fileName);
        continue;
      }
      await documentStorage.remove(document.storageKey);
      await store.documents.remove(document);
    }
  };

  return {
    collect,
    async erase(companyId, now) {
      const at = now.toISOString();
      await eraseEach(
        await collect(companyId),
        async (gathered, attempt) => {
          let file = attempt === 1 ? gathered : await store.getApplication(gathered.id, true);
          if (!file) return;
          if (file.status === 'DRAFT') {
            await eraseDocuments(file);
            await store.erasure.deleteDraft({ draft: file, trail: await store.erasure.fileTrail(file.id) });
            return;
          }
          if (isWithdrawable(file)) file = await withdrawOnAccountDeletion(store, file, at);
          await eraseDocuments(file);
          const changes = applicationErasure(file, at);
          if (!changes) return;
          await store.erasure.rewriteTrail(file.id, erasedTrail(await store.erasure.fileTrail(file.id)));
          await store.erasure.eraseFile(file, changes, erasureHistoryEntry(file, at));
        },
        (error) => isCollision(error) || error instanceof WriteRejected,
      );
    },
  };
}
