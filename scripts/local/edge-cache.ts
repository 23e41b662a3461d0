import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { MAX_PUBLIC_AGE_SECONDS, PUBLIC_GRAPHQL_PATH } from '../../functions/graphql/cache-policy.js';
import type { GraphqlHandler } from '../../functions/graphql/server.js';

/**
 * A shared cache in front of the handler that behaves as CloudFront's API cache behaviours (infra/api-cache.ts):
 * - only GET and HEAD on the public-read path are looked up and stored; `/graphql` (POST, signed-in calls) goes
 *   straight to the handler;
 * - the cache key is the path and the whole query string (document hash and variables), no header; the
 *   `Authorization` header is not forwarded on the public path;
 * - an answer is stored for its `s-maxage` (else `max-age`), at most the policy's maximum TTL (60 s), and never
 *   when it says `private`, `no-store` or `no-cache`, or is not a 200.
 * For tests and measurements (docs/performance.md); the local server does not put it in front of the API.
 */
export function withEdgeCache(handler: GraphqlHandler, now: () => number = Date.now) {
  const entries = new Map<
    string,
    { result: APIGatewayProxyStructuredResultV2; stored: number; expires: number }
  >();
  const stats = { hits: 0, misses: 0, handlerCalls: 0 };
  const cached: GraphqlHandler = async (event, context) => {
    const method = event.requestContext?.http?.method;
    const path = event.rawPath ?? event.requestContext?.http?.path;
    if (path !== PUBLIC_GRAPHQL_PATH || (method !== 'GET' && method !== 'HEAD')) {
      stats.handlerCalls += 1;
      return handler(event, context);
    }
    const key = `${path}?${event.rawQueryString ?? ''}`;
    const entry = entries.get(key);
    if (entry && entry.expires > now()) {
      stats.hits += 1;
      const age = Math.floor((now() - entry.stored) / 1000);
      return { ...entry.result, headers: { ...entry.result.headers, age: String(age) } };
    }
    stats.misses += 1;
    stats.handlerCalls += 1;
    const headers = Object.fromEntries(
      Object.entries(event.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'authorization'),
    );
    const result = await handler({ ...event, headers }, context);
    const ttl = ttlOf(result);
    if (ttl > 0) entries.set(key, { result, stored: now(), expires: now() + ttl * 1000 });
    else entries.delete(key);
    return result;
  };
  return { handler: cached, stats };
}

function ttlOf(result: APIGatewayProxyStructuredResultV2): number {
  if ((result.statusCode ?? 200) !== 200) return 0;
  const header = String(result.headers?.['cache-control'] ?? '');
  const directives = new Map(
    header.split(',').map((part) => {
      const [name = '', value] = part.trim().toLowerCase().split('=');
      return [name, value] as const;
    }),
  );
  if (['private', 'no-store', 'no-cache'].some((d) => directives.has(d))) return 0;
  const age = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0);
  return Number.isFinite(age) ? Math.min(Math.max(age, 0), MAX_PUBLIC_AGE_SECONDS) : 0;
}
