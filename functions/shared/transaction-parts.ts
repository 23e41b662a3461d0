import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { conflict, staleVersion } from './errors.js';
import type { TransactItems } from './transactions.js';

/**
 * One item of a transaction that several stores contribute to (each builds its own keys), with the error its
 * failed guard stands for. A write that must stay consistent across domains is still one TransactWriteItems.
 */
export type TransactPart = { item: TransactItems[number]; onConditionFailed?: () => Error };

/** A guard on a version read earlier failed: the caller may read again and retry. */
export class StaleRead extends Error {
  constructor(what: string) {
    super(`${what} changed since it was read`);
  }
}

/**
 * Waits a random delay that grows with the attempt, up to `ceilingMs`: writers colliding on one item spread out
 * instead of colliding again at the same instant.
 */
export function backoff(attempt: number, ceilingMs = 200): Promise<void> {
  const ceiling = Math.min(ceilingMs, 5 * 2 ** Math.min(attempt, 6));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/** How many times a transaction cancelled by a concurrent one on the same item is sent again. */
const COLLISION_ATTEMPTS = 12;

/**
 * Writes all parts or none. A failed guard throws that part's error. A transaction cancelled because another one
 * was writing the same item at that instant (running counters many writers ADD to) is sent again as is after a
 * short random wait: its guards are checked anew, so this never writes what a guard would refuse. When collisions
 * persist, CONFLICT.
 */
export async function writeParts(client: DynamoDBDocumentClient, parts: TransactPart[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.send(new TransactWriteCommand({ TransactItems: parts.map((p) => p.item) }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) throw parts[failed]?.onConditionFailed?.() ?? staleVersion();
      if (!reasons.some((r) => r.Code === 'TransactionConflict')) throw error;
      if (attempt >= COLLISION_ATTEMPTS)
        throw conflict('Ces données sont modifiées au même instant par quelqu’un d’autre : réessayez.');
      await backoff(attempt, 250);
    }
  }
}
