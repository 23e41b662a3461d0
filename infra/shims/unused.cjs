// Stands in, in the Lambda bundles (infra/bundling.ts), for modules a bundled package requires at load but calls only
// for options we never set: graphql-jit's `fast-json-stringify` (with Ajv and its formats, about 200 KiB; only for
// `customJSONSerializer`) and `lodash.mergewith` (only for `fieldExpansionEnricher`).
module.exports = () => {
  throw new Error(
    'This module is left out of the Lambda bundles (infra/bundling.ts, infra/shims/unused.cjs)',
  );
};
