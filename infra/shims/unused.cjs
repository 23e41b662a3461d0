// Stands in, in the Lambda bundles (infra/bundling.ts), for modules a bundled package imports at load but calls only
// for options we never set: graphql-jit's `fast-json-stringify` (with Ajv and its formats, about 200 KiB; only for
// `customJSONSerializer`), `lodash.mergewith` (only for `fieldExpansionEnricher`), and Apollo Server's
// `@graphql-tools/schema` (only to build a schema from `typeDefs`; the functions give it a built one, about 60 KiB).
const unused = () => {
  throw new Error(
    'This module is left out of the Lambda bundles (infra/bundling.ts, infra/shims/unused.cjs)',
  );
};
unused.makeExecutableSchema = unused;
module.exports = unused;
