import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TransactItems } from '../shared/transactions.js';

/** Which guard of a write failed (the service turns it into an answer or a retry). */
export type Guard = 'IDEMPOTENCY' | 'APPLICATION' | 'RULES' | 'USAGE' | 'LEDGER' | 'NOTE' | 'COMPANY_CAP';
const GUARD_PRIORITY: Guard[] = [
  'IDEMPOTENCY',
  'APPLICATION',
  'RULES',
  'USAGE',
  'COMPANY_CAP',
  'NOTE',
  'LEDGER',
];

export class WriteRejected extends Error {
  constructor(
    /** The failed guard; CONTENTION: another transaction held one of the items (retry). */
    readonly guard: Guard | 'CONTENTION',
  ) {
    super(`subsidy write rejected: ${guard}`);
  }
}

/** Writes all items or none; a failed guard or a concurrent transaction becomes WriteRejected. */
export async function transactGuarded(
  db: DynamoDBDocumentClient,
  items: TransactItems,
  guards: (Guard | undefined)[],
  /** Other domains' guards by position: their error when only they failed. */
  foreign: Map<number, () => Error> = new Map(),
): Promise<void> {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    const failed = new Set(
      reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' && guards[i] ? [guards[i]] : [])),
    );
    const guard = GUARD_PRIORITY.find((g) => failed.has(g));
    if (guard && guard !== 'LEDGER') throw new WriteRejected(guard);
    const other = reasons.findIndex((r, i) => r.Code === 'ConditionalCheckFailed' && foreign.has(i));
    if (other >= 0) throw foreign.get(other)!();
    if (guard) throw new WriteRejected(guard);
    if (reasons.some((r) => r.Code === 'TransactionConflict')) throw new WriteRejected('CONTENTION');
    throw error;
  }
}
