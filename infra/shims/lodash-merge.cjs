// Stands in for `lodash.merge` in the Lambda bundles (infra/bundling.ts), for graphql-jit, which merges the plain
// trees of its null trimmer (objects, arrays, booleans) when a document selects an abstract type: sources merged
// into the target recursively, objects and arrays copied rather than shared, `undefined` never overwriting.
const isObject = (value) => typeof value === 'object' && value !== null;

function merge(target, ...sources) {
  for (const source of sources) {
    if (!isObject(source)) continue;
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (isObject(value)) {
        const current = target[key];
        const base = Array.isArray(value) ? [] : {};
        target[key] = merge(
          isObject(current) && Array.isArray(current) === Array.isArray(value) ? current : base,
          value,
        );
      } else if (value !== undefined) {
        target[key] = value;
      }
    }
  }
  return target;
}

module.exports = merge;
