import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { TransactPart } from './transactions.js';

/**
 * A creation that a client may send again (its answer lost, a second click) carries a `clientKey` it chose once for
 * that creation: the same key from the same user on the same target is the same creation, and a retry answers what
 * the first call wrote without writing again. Schema: `clientKey: String` on the mutation; the web app sends
 * `crypto.randomUUID()` per draft (client/src/api/client-key.ts).
 */
// Built at import, not lazily: a field of many inputs, read through a lazySchema's proxy on every parse otherwise.
export const clientKeyInput = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Clé client : 8 à 100 caractères parmi lettres, chiffres, - et _.')
  .nullish();

/**
 * The id of a keyed creation: the same (target, user, key) gives the same id, another user's key another one; in
 * base64url, or in hex for the kinds whose ids are hex.
 */
export const keyedId = (
  target: string,
  sub: string,
  clientKey: string,
  encoding: 'base64url' | 'hex' = 'base64url',
) => createHash('sha256').update(`${target}\n${sub}\n${clientKey}`).digest(encoding).slice(0, 32);

/**
 * A keyed creation's guard failed: its client key was spent already (the same creation sent again). The guard of a
 * keyed item throws it (`onConditionFailed`), and `createdOnce` turns it into the first call's answer.
 */
export class SpentClientKey extends Error {
  constructor() {
    super('client key already spent');
  }
}

/**
 * A keyed creation written once: `write`, or, when its guard finds the key spent (a retry, even one racing the first
 * call), what the first call wrote, read by `written`. If that is gone or not this caller's, `gone` says why (by
 * default the refusal itself).
 */
export async function createdOnce<R>(
  write: () => Promise<R>,
  written: () => Promise<R | undefined>,
  gone?: () => Error,
): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof SpentClientKey)) throw error;
    const earlier = await written();
    if (!earlier) throw gone?.() ?? error;
    return earlier;
  }
}

/** How long a client key stays spent after its creation: a retry comes within minutes, never a month later. */
export const SPENT_KEY_DAYS = 30;

/**
 * The mark that a keyed creation was written (`PK = KEYED#<id>`), put in the creation's transaction and outliving
 * the object: once the object is withdrawn or deleted, a late retry of its creation finds the mark and is refused
 * instead of writing the object again. It carries no content; the table's TTL removes it after SPENT_KEY_DAYS.
 */
export function spentKeyPart(
  tableName: string,
  id: string,
  now: Date,
  onConditionFailed: () => Error,
): TransactPart {
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: {
          PK: `KEYED#${id}`,
          SK: 'KEYED',
          ttl: Math.floor(now.getTime() / 1000) + SPENT_KEY_DAYS * 86_400,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    onConditionFailed,
  };
}
