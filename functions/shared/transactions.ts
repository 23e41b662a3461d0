import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { conflict, staleVersion } from './errors.js';
import { retryWithBackoff, StaleRead } from './retry.js';

// The one transaction writer of the stores: every TransactWriteItems of the server goes through `writeTransaction`.

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;
export type { TransactItems };

/**
 * One item of a transaction that several stores contribute to (each builds its own keys), with the error its
 * failed guard stands for. A write that must stay consistent across domains is still one TransactWriteItems.
 */
export type TransactPart = { item: TransactItems[number]; onConditionFailed?: () => Error };

/** Why DynamoDB cancelled a transaction: the positions whose guard failed, and whether another one collided. */
export type Cancellation = { failed: number[]; contended: boolean };

/**
 * What a collision with a concurrent transaction on the same item becomes:
 * - `retry`: sent again as is after a short random wait (its guards are checked anew, so this never writes what a
 *   guard would refuse), CONFLICT when collisions persist — for running counters many writers ADD to;
 * - `stale-read`: a StaleRead, so the caller reads again and retries (retryWithBackoff);
 * - `rethrow`: the SDK's error as is.
 */
export type OnContention = 'retry' | 'stale-read' | 'rethrow';

export type WriteOptions = {
  contention?: OnContention;
  /**
   * Maps a cancellation to the domain's error, instead of the failed part's `onConditionFailed`; undefined
   * rethrows the SDK's error. For writes whose guards have a precedence of their own (subsidies/write-guards.ts).
   */
  onCancelled?: (cancellation: Cancellation) => Error | undefined;
};

/** How many times a transaction cancelled by a concurrent one on the same item is sent again (`retry`). */
const COLLISION_ATTEMPTS = 12;

const collisionConflict = () =>
  conflict('Ces données sont modifiées au même instant par quelqu’un d’autre : réessayez.');

class Collided extends Error {}

/**
 * Writes all parts or none. A failed guard throws that part's error (CONFLICT, stale version, when it has none);
 * a collision is handled as `options.contention` says (default `retry`); anything else is rethrown.
 */
export async function writeTransaction(
  client: DynamoDBDocumentClient,
  parts: TransactPart[],
  options: WriteOptions = {},
): Promise<void> {
  const { contention = 'retry', onCancelled } = options;
  const once = async () => {
    try {
      await client.send(new TransactWriteCommand({ TransactItems: parts.map((p) => p.item) }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const cancellation: Cancellation = {
        failed: reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : [])),
        contended: reasons.some((r) => r.Code === 'TransactionConflict'),
      };
      if (onCancelled) throw onCancelled(cancellation) ?? error;
      const [failed] = cancellation.failed;
      if (failed !== undefined) throw parts[failed]?.onConditionFailed?.() ?? staleVersion();
      if (!cancellation.contended || contention === 'rethrow') throw error;
      if (contention === 'stale-read') throw new StaleRead('a contended item');
      throw new Collided();
    }
  };
  if (contention !== 'retry') return once();
  await retryWithBackoff(once, {
    attempts: COLLISION_ATTEMPTS,
    retryOn: (error) => error instanceof Collided,
    ceilingMs: 250,
    exhausted: collisionConflict,
  });
}

/** Parts whose failed guards all stand for the same error (a store's whole write). */
export const partsOf = (items: TransactItems, onConditionFailed: (index: number) => Error): TransactPart[] =>
  items.map((item, index) => ({ item, onConditionFailed: () => onConditionFailed(index) }));

/** A transaction holds at most 100 items. */
export const TRANSACTION_ITEMS = 100;

/** Writes more items than a transaction holds: 100 per transaction, one after another (each safe to write again). */
export async function inTransactions<T>(items: T[], write: (chunk: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += TRANSACTION_ITEMS)
    await write(items.slice(i, i + TRANSACTION_ITEMS));
}

/** Writes all parts or none, collisions retried (see writeTransaction). */
export const writeParts = (client: DynamoDBDocumentClient, parts: TransactPart[]): Promise<void> =>
  writeTransaction(client, parts);

/**
 * For writes on contended items (running aggregates many writers ADD to, a provider's rating): a collision is a
 * StaleRead, so the caller reads again and retries instead of failing.
 */
export const writeContendedParts = (client: DynamoDBDocumentClient, parts: TransactPart[]): Promise<void> =>
  writeTransaction(client, parts, { contention: 'stale-read' });
