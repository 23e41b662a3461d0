/** `<providerId>.<rest>`: provider ids never contain a dot. */
export function splitCompositeId(id: string): [string, string] | undefined {
  const at = id.indexOf('.');
  return at > 0 && at < id.length - 1 ? [id.slice(0, at), id.slice(at + 1)] : undefined;
}
