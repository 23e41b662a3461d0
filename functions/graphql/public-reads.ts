import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { PUBLIC_GRAPHQL_PATH } from './cache-policy.js';

/**
 * A request on the public-read path (GET only) becomes an anonymous one: its `Authorization` is dropped whatever
 * the caller sent (CloudFront does not forward it there either), so its answer holds public data only and may be
 * cached by the edge. Apollo's CSRF guard asks GET requests for a preflight header; with no credentials there is no
 * request to forge, so it is set here (CloudFront keys and forwards the query string only). Other paths pass as
 * they are; undefined for a non-GET on the public path.
 */
export function publicRead(event: APIGatewayProxyEventV2): APIGatewayProxyEventV2 | undefined {
  const path = event.rawPath ?? event.requestContext?.http?.path;
  if (path !== PUBLIC_GRAPHQL_PATH) return event;
  const method = event.requestContext?.http?.method;
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {}))
    if (name.toLowerCase() !== 'authorization') headers[name] = value;
  return { ...event, headers: { ...headers, 'apollo-require-preflight': 'true' } };
}
