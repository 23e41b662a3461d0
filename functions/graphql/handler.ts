import { createGraphqlHandler } from './server.js';

/** AWS Lambda entry point (API Gateway HTTP API, payload v2). Created once per container. */
export const handler = createGraphqlHandler();
