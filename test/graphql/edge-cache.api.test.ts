import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import manifest from '../../client/generated/persisted-documents.json' with { type: 'json' };
import { PUBLIC_GRAPHQL_PATH } from '../../functions/graphql/cache-policy.js';
import { createGraphqlHandler } from '../../functions/graphql/server.js';
import { withEdgeCache } from '../../scripts/local/edge-cache.js';
import {
  apiEvent,
  createTestApi,
  testConfig,
  tokenFor,
  trustedDocument,
  type Caller,
} from '../support/api.js';
import {
  answersAt,
  companyFacts,
  registerConnecteur,
  registerPme,
  SUBMIT_DIAGNOSTIC,
} from '../support/workspace.js';

// The web app's own documents, named by their hash as the built web app sends them.
const documents = manifest as Record<string, string>;
const persisted = trustedDocument;
const hashOf = (operationName: string) => trustedDocument(operationName).persistedQuery.sha256Hash;

const lambdaContext = { awsRequestId: 'edge-cache' } as LambdaContext;
const authorization = async (caller: Caller): Promise<Record<string, string>> =>
  caller ? { authorization: `Bearer ${await tokenFor(caller)}` } : {};

/** `GET <path>?extensions=…&variables=…`, as the web app sends a read (a browser sends no preflight header). */
function getEvent(path: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]): [string, string] => [name, JSON.stringify(value)]),
  );
  const base = apiEvent(undefined, headers);
  return {
    ...base,
    rawPath: path,
    rawQueryString: search.toString(),
    queryStringParameters: Object.fromEntries(search),
    headers: Object.fromEntries(Object.entries(base.headers).filter(([n]) => n !== 'content-type')),
    requestContext: { ...base.requestContext, http: { ...base.requestContext.http, method: 'GET', path } },
    body: undefined,
  } as APIGatewayProxyEventV2;
}

const post = async (body: unknown, caller?: Caller) => apiEvent(body, await authorization(caller));
const parse = (result: { body?: string }) => JSON.parse(result.body ?? '{}');

const api = createTestApi();
const local = createGraphqlHandler({ config: testConfig() });
const onAws = createGraphqlHandler({ config: testConfig({ env: 'aws' }) });

describe('Cache-Control per operation kind', () => {
  it('lets shared caches keep an anonymous public read, and no one keep anything else', async () => {
    const connecteur = await registerConnecteur(api);
    const pme = await registerPme(api);
    const search = { extensions: persisted('ConnecteurSearch'), variables: { first: 5 } };
    const header = async (event: APIGatewayProxyEventV2) => {
      const result = await local(event, lambdaContext);
      expect(parse(result).errors).toBeUndefined();
      return result.headers?.['cache-control'];
    };

    // Public, anonymous: the edge keeps it a minute at most, browsers ask again.
    expect(await header(getEvent(PUBLIC_GRAPHQL_PATH, search))).toBe('public, max-age=0, s-maxage=60');
    expect(await header(await post(search))).toBe('public, max-age=0, s-maxage=60');
    // The same public read by a signed-in caller: theirs only.
    expect(await header(await post(search, connecteur.caller))).toBe('private, no-store');
    // Private data (the caller's company), signed in.
    expect(await header(await post({ extensions: persisted('PmeCompany') }, pme.caller))).toBe(
      'private, no-store',
    );
    // A root field without a hint, even anonymous and harmless.
    expect(await header(await post({ query: '{ viewer { sub } }' }))).toBe('no-store');
    expect(
      await header(await post({ query: '{ health connecteurs(first: 1) { edges { node { id } } } }' })),
    ).toBe('no-store');
    // A write, anonymous or not.
    const diagnostic = {
      query: SUBMIT_DIAGNOSTIC,
      variables: { input: { answers: answersAt(1), companyFacts: companyFacts() } },
    };
    expect(await header(await post(diagnostic))).toBe('no-store');
    expect(await header(await post(diagnostic, pme.caller))).toBe('private, no-store');
    // An answer with errors (a refused call) is never kept.
    const refused = await local(await post({ query: '{ myCompany { id } }' }), lambdaContext);
    expect(parse(refused).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.headers?.['cache-control']).toBe('no-store');
  });
});

describe('a shared cache in front of the API (as CloudFront)', () => {
  it('serves N anonymous searches from one handler call, until the max-age passes', async () => {
    await registerConnecteur(api);
    let now = Date.parse('2026-11-26T10:00:00Z');
    const edge = withEdgeCache(local, () => now);
    const search = getEvent(PUBLIC_GRAPHQL_PATH, {
      extensions: persisted('ConnecteurSearch'),
      variables: { first: 20, filter: { departementCode: '35' } },
    });
    const first = parse(await edge.handler(search, lambdaContext));
    for (let i = 0; i < 49; i++) expect(parse(await edge.handler(search, lambdaContext))).toEqual(first);
    expect(edge.stats).toMatchObject({ handlerCalls: 1, hits: 49 });
    // Past the max-age the edge asks the API again: a change of public data shows within 60 s.
    now += 61_000;
    await edge.handler(search, lambdaContext);
    expect(edge.stats.handlerCalls).toBe(2);
  });

  it('never gives a signed-in caller an answer meant for another caller', async () => {
    const edge = withEdgeCache(local);
    const [a, b] = [await registerPme(api), await registerPme(api)];
    const company = { extensions: persisted('PmeCompany') };
    const preflight = { 'apollo-require-preflight': 'true' };
    type Company = { data?: { myCompany: { id: string } | null; viewer: { siret: string | null } } };

    // On the API's own path every call reaches the handler and gets its caller's own answer.
    for (const { caller, companyId } of [a, b, a]) {
      const result = await edge.handler(
        getEvent('/graphql', company, { ...(await authorization(caller)), ...preflight }),
        lambdaContext,
      );
      expect(result.headers?.['cache-control']).toBe('private, no-store');
      expect((parse(result) as Company).data?.myCompany?.id).toBe(companyId);
    }
    expect(edge.stats).toMatchObject({ handlerCalls: 3, hits: 0 });

    // On the public path a token is dropped: the answer is an anonymous one, holding nothing of A's.
    for (const caller of [a.caller, b.caller]) {
      const result = await edge.handler(
        getEvent(PUBLIC_GRAPHQL_PATH, company, await authorization(caller)),
        lambdaContext,
      );
      const body = parse(result) as Company & { errors?: { extensions: { code: string } }[] };
      expect(body.data?.myCompany ?? null).toBeNull();
      expect(JSON.stringify(body)).not.toContain(a.companyId);
      expect(result.headers?.['cache-control']).toBe('no-store');
    }
    expect(edge.stats.hits).toBe(0);

    // A public read cached for anonymous visitors is not what a signed-in caller gets: they post to /graphql.
    const search = { extensions: persisted('ConnecteurSearch'), variables: { first: 3 } };
    await edge.handler(getEvent(PUBLIC_GRAPHQL_PATH, search), lambdaContext);
    const calls = edge.stats.handlerCalls;
    const signedIn = await edge.handler(await post(search, a.caller), lambdaContext);
    expect(edge.stats.handlerCalls).toBe(calls + 1);
    expect(signedIn.headers?.['cache-control']).toBe('private, no-store');
  });
});

describe('trusted documents', () => {
  it('on AWS, runs the web app’s documents by hash and refuses any other, signed in or not', async () => {
    const pme = await registerPme(api);
    const search = { extensions: persisted('ConnecteurSearch'), variables: { first: 2 } };
    const ok = await onAws(await post(search), lambdaContext);
    expect(ok.statusCode).toBe(200);
    expect(parse(ok).data.connecteurs.edges.length).toBeLessThanOrEqual(2);
    expect(parse(await onAws(getEvent(PUBLIC_GRAPHQL_PATH, search), lambdaContext)).data).toBeDefined();
    expect(
      parse(await onAws(await post({ extensions: persisted('PmeCompany') }, pme.caller), lambdaContext)).data,
    ).toMatchObject({ myCompany: { id: pme.companyId } });

    const unknownHash = { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } };
    for (const [event, message] of [
      [await post({ query: '{ health }' }), /jamais un texte de requête/],
      [
        await post({ query: documents[`sha256:${hashOf('ConnecteurSearch')}`], variables: {} }, pme.caller),
        /texte/,
      ],
      [await post({ extensions: unknownHash }), /ne désigne aucune opération/],
      [await post({ extensions: unknownHash }, pme.caller), /ne désigne aucune opération/],
      [getEvent(PUBLIC_GRAPHQL_PATH, { query: '{ health }' }), /texte/],
      [await post({ extensions: search.extensions, query: '{ health }' }), /texte/],
    ] as const) {
      const refused = await onAws(event, lambdaContext);
      expect(refused.statusCode).toBe(400);
      const error = parse(refused).errors[0];
      expect(error.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(error.message).toMatch(message);
    }
  });

  it('locally, still runs ad-hoc documents (tests, Sandbox) beside the hashes', async () => {
    expect(parse(await local(await post({ query: '{ health }' }), lambdaContext)).data).toEqual({
      health: 'ok',
    });
    const unknown = await local(
      await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'cd'.repeat(32) } } }),
      lambdaContext,
    );
    expect(parse(unknown).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('accepts only reads on the public path', async () => {
    const event = getEvent(PUBLIC_GRAPHQL_PATH, {});
    const write = {
      ...event,
      requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: 'POST' } },
      body: JSON.stringify({ query: '{ health }' }),
    };
    expect((await local(write, lambdaContext)).statusCode).toBe(405);
  });
});
