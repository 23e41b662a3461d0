import { AppError } from './errors.js';
import type { Page, Position } from './pagination.js';
import { retryWithBackoff, StaleRead } from './retry.js';

/**
 * What a domain holding a company's data offers the account deletion, on its front door: privacy/ coordinates the
 * domains and owns no record, counter or status of theirs.
 */
export type CompanyErasure<T> = {
  /** Everything the domain holds about the company (the export, the receipt's counts). */
  collect(companyId: string): Promise<T[]>;
  /**
   * Erases it by firing each record's ERASE transition (the domain's own workflow, its counters in the same
   * transaction). Idempotent: a deletion resumed after a failure skips what is already erased.
   */
  erase(companyId: string, at: Date): Promise<void>;
};

/** The page size of an erasure's reads. */
export const ERASURE_PAGE = 100;

/** Every page of a company's list (each domain's own keyset pagination). */
export async function everyPage<T>(
  read: (after: Position | undefined) => Promise<Page<T>>,
  position: (record: T) => Position,
): Promise<T[]> {
  const all: T[] = [];
  let after: Position | undefined;
  for (;;) {
    const page = await read(after);
    all.push(...page.records);
    const last = page.records.at(-1);
    if (!page.hasNextPage || !last) return all;
    after = position(last);
  }
}

/** Another writer changed the record between our read and our write. */
export const isCollision = (error: unknown) =>
  error instanceof StaleRead || (error instanceof AppError && error.extensions.code === 'CONFLICT');

/**
 * Erases one record: `step` reads it (afresh after a collision: attempt 2 on) and writes its ERASE transition,
 * again after a random growing wait on a collision.
 */
export const eraseEach = <T>(
  records: T[],
  step: (record: T, attempt: number) => Promise<void>,
  retryOn: (error: unknown) => boolean = isCollision,
): Promise<void> =>
  records.reduce(
    (done, record) =>
      done.then(() => retryWithBackoff((attempt) => step(record, attempt), { attempts: 12, retryOn })),
    Promise.resolve(),
  );
