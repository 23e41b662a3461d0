// Moved to transactions.ts (the one transaction writer); kept so branches written against this path still build.
export { type TransactPart, writeParts } from './transactions.js';
export { backoff, StaleRead } from './retry.js';
