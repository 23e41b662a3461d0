import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type DataLoader from 'dataloader';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import type { CompanyRecord, MembershipRecord } from '../companies/index.js';
import { viewerCompany } from '../companies/index.js';
import type { CompanyStore } from '../companies/index.js';
import type { Viewer } from '../shared/auth.js';
import { retryWithBackoff } from '../shared/retry.js';
import { WriteRejected } from './write-guards.js';
import type { TransactPart } from '../shared/transactions.js';
import type { DocumentStorage } from '../shared/document-storage.js';
import { conflict } from '../shared/errors.js';
import type { CursorCodec } from '../shared/pagination.js';
import type {
  subsidyDocumentLoader,
  subsidyLedgerLoader,
  subsidyTrailLoader,
  subsidyUsageLoader,
} from './loaders.js';
import type { Caller } from './policy.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';
import type { SubsidyStore } from './store.js';

/** What the chèque numérique use cases need from the request (the GraphQL context has all of it). */
export type SubsidyDeps = {
  viewer: Viewer;
  db: DynamoDBDocumentClient;
  now: Date;
  cursors: CursorCodec;
  subsidyStore: SubsidyStore;
  /** Where quotes and invoices are kept (S3 on AWS, a folder locally). */
  documentStorage: DocumentStorage;
  companyStore: CompanyStore;
  companyLoader: DataLoader<string, CompanyRecord | undefined>;
  membershipLoader: DataLoader<string, MembershipRecord | undefined>;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  subsidyProgramLoader: DataLoader<string, SubsidyProgramRecord | undefined>;
  subsidyApplicationLoader: DataLoader<string, SubsidyApplicationRecord | undefined>;
  subsidyLedgerLoader: ReturnType<typeof subsidyLedgerLoader>;
  subsidyUsageLoader: ReturnType<typeof subsidyUsageLoader>;
  subsidyTrailLoader: ReturnType<typeof subsidyTrailLoader>;
  subsidyDocumentLoader: ReturnType<typeof subsidyDocumentLoader>;
  /** Home regions of the providers registered in the directory under a SIREN (empty: not registered). */
  providerRegionsLoader: DataLoader<string, string[]>;
  /**
   * The connecteurs domain's guard that an attestation by this connecteur stands at `now` (labelled, no capital link
   * with these SIRENs), for the decision's and payment's transactions (wired in graphql/attestation.ts).
   */
  attestationGuard(
    connecteurId: string,
    sirens: readonly string[],
    now: Date,
    onConditionFailed: () => Error,
  ): TransactPart;
};

/** The caller as the policy sees it: its token, and its company when it is a PME user. */
export async function callerOf(deps: SubsidyDeps): Promise<Caller> {
  const company = await viewerCompany(deps);
  return { viewer: deps.viewer, ...(company ? { companyId: company.id } : {}) };
}

const tooManyAttempts = () =>
  conflict('Ce dossier ou ce programme est modifié au même instant par d’autres : réessayez.');

/**
 * Writes on contended items (the programme's ledger, the file's counters): a write the store rejected is read
 * again and retried after a random, growing pause (the shared retry policy); CONFLICT after 30 tries.
 */
export const retryingWrites = <T>(attempt: (n: number) => Promise<T>): Promise<T> =>
  retryWithBackoff(attempt, {
    attempts: 30,
    ceilingMs: 300,
    retryOn: (error) => error instanceof WriteRejected,
    exhausted: tooManyAttempts,
  });

/** Records without the attributes a change set to undefined (they are removed from the item). */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
