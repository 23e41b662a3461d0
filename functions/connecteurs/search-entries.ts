import type { Theme } from '../generated/resolvers-types.js';
import { sameCard, storedCard } from './card.js';
import { partitionOf, type SearchEntry } from './search.js';

/**
 * What a profile write changes in its search entries. The entries are a derivation of the profile: the write puts
 * the entries of the new profile that differ from what may be stored, and deletes the stored ones it no longer has.
 *
 * What may be stored is what was read (`stored`, a strongly consistent read of the connecteur's partition before the
 * write) or, where a previous write's later transactions were still under way, the previous profile's derivation
 * (`previous`): those transactions only put entries of the previous profile or delete entries it does not have, and
 * they stop once this write's profile version is committed (each one checks the version it derives from).
 */
export type EntryWrites = { put: SearchEntry[]; remove: string[] };

export function entryWrites(
  stored: readonly SearchEntry[],
  previous: readonly SearchEntry[],
  next: readonly SearchEntry[],
): EntryWrites {
  const byPartition = (entries: readonly SearchEntry[]) => new Map(entries.map((e) => [partitionOf(e), e]));
  const storedOf = byPartition(stored);
  const previousOf = byPartition(previous);
  const nextOf = byPartition(next);
  const differs = (e: SearchEntry, other: SearchEntry | undefined) => !other || !sameEntry(e, other);
  return {
    put: next.filter(
      (e) => differs(e, storedOf.get(partitionOf(e))) || differs(e, previousOf.get(partitionOf(e))),
    ),
    remove: [...new Set([...storedOf.keys(), ...previousOf.keys()])].filter((p) => !nextOf.has(p)),
  };
}

const sameThemes = (a: readonly Theme[] | undefined, b: readonly Theme[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((t, i) => b?.[i] === t);

export const sameEntry = (a: SearchEntry, b: SearchEntry): boolean =>
  a.place === b.place &&
  a.theme === b.theme &&
  a.connecteurId === b.connecteurId &&
  a.searchName === b.searchName &&
  a.acceptsNewPmes === b.acceptsNewPmes &&
  a.labelExpiresAt === b.labelExpiresAt &&
  sameThemes(a.themes, b.themes) &&
  sameCard(a.card, b.card);

/** A stored entry item read back (its keys dropped). */
export function entryOf(item: Record<string, unknown>): SearchEntry {
  const card = storedCard(item.card);
  return {
    place: String(item.place),
    ...(item.theme ? { theme: item.theme as Theme } : {}),
    connecteurId: String(item.connecteurId),
    searchName: String(item.searchName),
    ...(Array.isArray(item.themes) ? { themes: item.themes as Theme[] } : {}),
    acceptsNewPmes: item.acceptsNewPmes === true,
    ...(typeof item.labelExpiresAt === 'string' ? { labelExpiresAt: item.labelExpiresAt } : {}),
    ...(card ? { card } : {}),
  };
}
