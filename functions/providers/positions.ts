/** Where a page of a provider list starts: the item's id and its index sort key (signed into the cursor). */
export type Position = Record<string, string>;
export type Page<T> = { records: T[]; hasNextPage: boolean };

/** `<providerId>.<rest>`: provider ids never contain a dot. */
export function splitCompositeId(id: string): [string, string] | undefined {
  const at = id.indexOf('.');
  return at > 0 && at < id.length - 1 ? [id.slice(0, at), id.slice(at + 1)] : undefined;
}
