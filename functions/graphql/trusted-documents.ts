import type { ApolloServerOptionsWithTypeDefs } from '@apollo/server';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import manifest from '../../client/generated/persisted-documents.json' with { type: 'json' };

/**
 * The trusted documents: every operation of the web app, known at build time (codegen's client preset writes
 * client/generated/persisted-documents.json, `sha256:<hex>` → text). The web app sends a document's hash only
 * (Apollo's persisted-query extension); Apollo reads the text here, then parses and validates it once per
 * Lambda instance (its document store is keyed by that hash).
 *
 * On AWS nothing else runs, whoever calls: no role needs an ad-hoc query (the web app is the API's only client;
 * operators work on the table and the logs, not through the API). Locally ad-hoc documents stay allowed (tests,
 * Apollo Sandbox, scripts). docs/performance.md.
 */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The web app's documents by SHA-256 (hex, as Apollo's persisted-query extension names them). */
export const webAppDocuments: TrustedDocuments = new Map(
  Object.entries(manifest as Record<string, string>).map(([id, text]) => [id.replace(/^sha256:/, ''), text]),
);

/**
 * Apollo's persisted-query cache, read-only: it answers the manifest's documents and never stores what a caller
 * sends (`query` with a hash would otherwise register an ad-hoc document). Apollo prefixes its keys (`apq:`).
 */
type PersistedQueryCache = Exclude<
  ApolloServerOptionsWithTypeDefs<object>['persistedQueries'],
  false | undefined
>['cache'] &
  object;

export function trustedDocumentCache(documents: TrustedDocuments): PersistedQueryCache {
  return {
    async get(key) {
      return documents.get(key.slice(key.indexOf(':') + 1));
    },
    async set() {},
    async delete() {},
  };
}

/** What the request names: a persisted hash, and whether it carries a document's text too. */
function requested(event: APIGatewayProxyEventV2): { hash?: string; text: boolean } | undefined {
  try {
    if (event.requestContext?.http?.method === 'GET') {
      const params = event.queryStringParameters ?? {};
      const extensions = params.extensions ? JSON.parse(params.extensions) : undefined;
      return { hash: extensions?.persistedQuery?.sha256Hash, text: Boolean(params.query) };
    }
    const body = JSON.parse(
      event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString() : (event.body ?? ''),
    );
    return { hash: body?.extensions?.persistedQuery?.sha256Hash, text: Boolean(body?.query) };
  } catch {
    return undefined; // Not JSON: Apollo answers it.
  }
}

/**
 * The AWS configuration's gate, before Apollo: a request must name a trusted document by its hash, and carry no
 * text of its own. Anything else is refused with HTTP 400 and `PERSISTED_QUERY_NOT_FOUND`.
 */
export function untrustedDocument(
  event: APIGatewayProxyEventV2,
  documents: TrustedDocuments,
): APIGatewayProxyStructuredResultV2 | undefined {
  const request = requested(event);
  if (!request) return undefined;
  if (!request.text && typeof request.hash === 'string' && documents.has(request.hash)) return undefined;
  return {
    statusCode: 400,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify({
      errors: [
        {
          message: request.text
            ? 'Opération refusée : cette API n’exécute que les opérations de l’application web, désignées par leur empreinte (documents de confiance), jamais un texte de requête.'
            : 'Opération inconnue : cette empreinte ne désigne aucune opération de l’application web (documents de confiance). Rechargez la page pour obtenir la dernière version.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    }),
  };
}
