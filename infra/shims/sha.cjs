// Stands in for `sha.js` in the Lambda bundles (infra/bundling.ts). Apollo's `createHash` uses node:crypto through
// `module.require`, which a bundle's module wrapper does not have, so inside a bundle it would require `sha.js`, a
// pure-JavaScript SHA with some sixty small dependencies. Same signature, node:crypto underneath.
const { createHash } = require('node:crypto');

module.exports = (kind) => createHash(kind);
