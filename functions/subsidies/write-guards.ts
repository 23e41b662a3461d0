import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { writeTransaction, type TransactItems } from '../shared/transactions.js';

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

/**
 * Writes all items or none (shared writeTransaction); a failed guard, by the precedence above, or a concurrent
 * transaction becomes WriteRejected.
 */
export async function transactGuarded(
  db: DynamoDBDocumentClient,
  items: TransactItems,
  guards: (Guard | undefined)[],
  /** Other domains' guards by position: their error when only they failed. */
  foreign: Map<number, () => Error> = new Map(),
): Promise<void> {
  await writeTransaction(
    db,
    items.map((item) => ({ item })),
    {
      onCancelled: ({ failed, contended }) => {
        const guard = GUARD_PRIORITY.find((g) => failed.some((i) => guards[i] === g));
        if (guard && guard !== 'LEDGER') return new WriteRejected(guard);
        const other = failed.find((i) => foreign.has(i));
        if (other !== undefined) return foreign.get(other)!();
        if (guard) return new WriteRejected(guard);
        if (contended) return new WriteRejected('CONTENTION');
        return undefined;
      },
    },
  );
}
