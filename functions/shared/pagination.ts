import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/**
 * One page of a store's list (shared/query.ts queryPage), before the service turns it into a Connection.
 * `resumeAt`: where a read that stopped before the page filled resumes (the connection's end cursor).
 */
export type Page<T> = { records: T[]; hasNextPage: boolean; resumeAt?: Position };

/** A list's position: the key attributes its next page starts after (signed into a cursor). */
export type Position = Record<string, string>;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`, [
      { path: ['first'], message: `Entre 1 et ${MAX_PAGE_SIZE}.` },
    ]);
  }
  return first;
}

/**
 * Opaque cursors: base64url JSON plus an HMAC over the list they belong to (`scope`: operation and filter).
 * A forged, altered, or borrowed-from-another-filter cursor is BAD_USER_INPUT.
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(scope: string, position: Record<string, string>): string {
    const body = Buffer.from(JSON.stringify(position)).toString('base64url');
    return `${body}.${this.sign(scope, body)}`;
  }

  decode(scope: string, cursor: string): Record<string, string> {
    const [body, signature] = cursor.split('.');
    const invalid = () =>
      badUserInput('Curseur de pagination invalide.', [{ path: ['after'], message: 'Curseur invalide.' }]);
    if (!body || !signature || cursor.length > 2000) throw invalid();
    const expected = Buffer.from(this.sign(scope, body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    try {
      return z
        .record(z.string(), z.string())
        .parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      throw invalid();
    }
  }

  private sign(scope: string, body: string): string {
    return createHmac('sha256', this.secret).update(`${scope}\u0000${body}`).digest('base64url').slice(0, 32);
  }
}

/** A stable scope string for a list and its filter, so cursors cannot cross filters. */
export const cursorScope = (list: string, filter: unknown): string =>
  `${list}:${createHash('sha256')
    .update(JSON.stringify(filter ?? null))
    .digest('base64url')
    .slice(0, 16)}`;

/**
 * An edge whose cursor is signed when first read (a getter, memoized): the web app asks only
 * `pageInfo.endCursor`, so a page of 50 costs one HMAC, not 50.
 */
export function signedEdge<T>(
  cursors: CursorCodec,
  scope: string,
  position: () => Position,
  node: T,
): Connection<T>['edges'][number] {
  let cursor: string | undefined;
  return {
    get cursor() {
      return (cursor ??= cursors.encode(scope, position()));
    },
    node,
  };
}

/** Page info whose `endCursor` (the last edge's, unless given) is signed when read. */
export function pageInfoOf(
  edges: Connection<unknown>['edges'],
  hasNextPage: boolean,
  endCursor: () => string | null = () => edges.at(-1)?.cursor ?? null,
): Connection<unknown>['pageInfo'] {
  let end: string | null | undefined;
  return {
    hasNextPage,
    get endCursor() {
      return end === undefined ? (end = endCursor()) : end;
    },
  };
}

/** The one edges mapper: a page as a connection, each node's cursor signed for the list's `scope` (when read). */
export function connectionOf<T>(
  cursors: CursorCodec,
  scope: string,
  page: Page<T>,
  position: (node: T) => Position,
): Connection<T> {
  const edges = page.records.map((node) => signedEdge(cursors, scope, () => position(node), node));
  const { resumeAt } = page;
  return {
    edges,
    pageInfo: pageInfoOf(
      edges,
      page.hasNextPage,
      resumeAt ? () => cursors.encode(scope, resumeAt) : undefined,
    ),
  };
}
