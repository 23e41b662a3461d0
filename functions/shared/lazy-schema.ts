/**
 * A schema built on first use: `lazySchema(() => z.object(…))` stands for the schema the function returns, built the
 * first time anything reads it (a parse, a composition such as `.nullish()`, zod reading it inside another schema).
 * The GraphQL Lambda imports every domain's input schemas; built at import, they were tens of ms of its cold start
 * (docs/performance.md, "Cold start", third pass), while a request parses one or two.
 *
 * A proxy forwards every read to the built schema: zod's methods read their instance through `this` (the proxy,
 * whose reads go through), and its `instanceof` checks the instance's traits.
 * Every parse reads a nested lazy schema through the proxy: the small shared fields of many inputs (dates, URLs,
 * themes, client keys) stay built at import, where a diagnostic submission measured 0.3 ms more CPU with them lazy.
 */
export function lazySchema<S extends object>(build: () => S): S {
  let schema: S | undefined;
  const built = (): S => (schema ??= build());
  return new Proxy({} as S, {
    get: (_, key) => Reflect.get(built(), key),
    has: (_, key) => Reflect.has(built(), key),
    set: (_, key, value) => Reflect.set(built(), key, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
