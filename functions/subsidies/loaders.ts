import DataLoader from 'dataloader';
import type { CompanyUsageRecord, HistoryEntryRecord, NoteRecord, SubsidyLedgerRecord } from './records.js';
import type { DocumentRecord, ReadyDocumentsKey } from './document-store.js';
import type { TrailKind } from './keys.js';
import type { SubsidyStore } from './store.js';

/** A company's standing in a programme, batched per request (eligibility of every file of a list). */
export type UsageKey = { programId: string; companyId: string };
const usageId = (k: UsageKey) => `${k.programId}#${k.companyId}`;

export function subsidyUsageLoader(store: SubsidyStore) {
  return new DataLoader<UsageKey, CompanyUsageRecord | undefined, string>(
    async (keys) => {
      const found = new Map((await store.getUsages(keys)).map((u) => [usageId(u), u]));
      return keys.map((k) => found.get(usageId(k)));
    },
    { cacheKeyFn: usageId },
  );
}

export function subsidyLedgerLoader(store: SubsidyStore) {
  return new DataLoader<string, SubsidyLedgerRecord | undefined>(async (ids) => {
    const found = new Map((await store.programs.getLedgers(ids)).map((l) => [l.programId, l]));
    return ids.map((id) => found.get(id));
  });
}

/**
 * History entries, messages or annotations of a file: numbered 1…count, so a whole list's trails are read with
 * BatchGetItem (no query per file). The count in the key keeps a stale count from being served after a write.
 */
export type TrailKey = { applicationId: string; kind: TrailKind; count: number };
const trailId = (k: TrailKey) => `${k.applicationId}:${k.kind}:${k.count}`;

export function subsidyTrailLoader(store: SubsidyStore) {
  return new DataLoader<TrailKey, (HistoryEntryRecord | NoteRecord)[], string>(
    async (keys) => {
      const found = await store.trails(keys);
      return keys.map((k) => found.get(`${k.applicationId}:${k.kind}`) ?? []);
    },
    { cacheKeyFn: trailId },
  );
}

/** A file's checked documents, batched per request: a list's documents in one BatchGetItem (numbered items). */
export function subsidyDocumentLoader(store: SubsidyStore) {
  return new DataLoader<ReadyDocumentsKey, DocumentRecord[], string>(
    async (keys) => {
      const found = await store.documents.ready(keys);
      return keys.map((k) => found.get(k.applicationId) ?? []);
    },
    { cacheKeyFn: (k) => `${k.applicationId}:${k.count}` },
  );
}
