// Stands in for `lodash.memoize` in the Lambda bundles (infra/bundling.ts), for graphql-jit: the same contract (the
// result cached per first argument, or per the resolver's key; `memoized.cache` a Map), without lodash's own cache.
module.exports = function memoize(fn, resolver) {
  const memoized = function (...args) {
    const key = resolver ? resolver.apply(this, args) : args[0];
    if (memoized.cache.has(key)) return memoized.cache.get(key);
    const result = fn.apply(this, args);
    memoized.cache.set(key, result);
    return result;
  };
  memoized.cache = new Map();
  return memoized;
};
