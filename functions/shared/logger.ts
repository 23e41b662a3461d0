import { Logger } from '@aws-lambda-powertools/logger';

/** One logger per container. Log operation names, roles, counts and codes: never tokens, inputs or personal data. */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'croissance-connectee',
});
