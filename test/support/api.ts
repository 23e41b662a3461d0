import { workerDynamoEndpoint } from './dynamo-endpoint.js';
import { randomInt, randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import { inject } from 'vitest';
import webAppManifest from '../../client/generated/persisted-documents.json' with { type: 'json' };
import { signDevToken, type Role } from '../../functions/shared/auth.js';
import type { AppConfig } from '../../functions/shared/config.js';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { createGraphqlHandler, type GraphqlHandler } from '../../functions/graphql/server.js';

export const TEST_TOKEN_SECRET = 'test-token-secret';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    env: 'local',
    tableName: inject('tableName'),
    dynamoEndpoint: workerDynamoEndpoint(),
    awsRegion: 'eu-west-3',
    cursorSecret: 'test-cursor-secret',
    devTokenSecret: TEST_TOKEN_SECRET,
    ...overrides,
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = new Date('2026-11-26T10:00:00.000Z')) {
  let current = start.getTime();
  const clock = () => new Date(current);
  return Object.assign(clock, {
    set: (at: Date | string) => void (current = new Date(at).getTime()),
    advance: (ms: number) => void (current += ms),
  });
}

export const uniqueId = (prefix = 't') => `${prefix}-${randomUUID().slice(0, 8)}`;

/** `siret`: the establishment the identity provider vouches for (a PME registers or joins its company with it). */
export type Caller =
  { role: Role; sub: string; regionCode?: string; siret?: string; email?: string } | undefined;

export function tokenFor(caller: NonNullable<Caller>, now = new Date()): Promise<string> {
  return signDevToken(caller, TEST_TOKEN_SECRET, { now, ttlSeconds: 3600 });
}

export function apiEvent(
  body: unknown,
  headers: Record<string, string> = {},
  sourceIp = '127.0.0.1',
): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'test.local',
      domainPrefix: 'test',
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp,
        userAgent: 'vitest',
      },
      requestId: randomUUID(),
      routeKey: 'POST /graphql',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

export type GraphqlResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
};

const lambdaContext = { awsRequestId: 'test' } as LambdaContext;

/** Unless a test says otherwise (`callFrom`), each call comes from a client of its own. */
const randomClientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** The Lambda handler, called with API Gateway v2 events as AWS would, against the test run's DynamoDB Local. */
export function createTestApi(options: { clock?: () => Date; config?: Partial<AppConfig> } = {}) {
  const handler: GraphqlHandler = createGraphqlHandler({
    config: testConfig(options.config),
    clock: options.clock,
  });
  async function send<T>(
    sourceIp: string,
    query: string,
    variables: Record<string, unknown>,
    caller: Caller,
    headers: Record<string, string>,
  ): Promise<GraphqlResult<T>> {
    const auth: Record<string, string> = caller
      ? { authorization: `Bearer ${await tokenFor(caller, options.clock?.())}` }
      : {};
    const event = apiEvent({ query, variables }, { ...auth, ...headers }, sourceIp);
    const result = await handler(event, lambdaContext);
    return { status: result.statusCode ?? 200, ...JSON.parse(result.body ?? '{}') };
  }
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller?: Caller,
    headers: Record<string, string> = {},
  ) => send<T>(randomClientIp(), query, variables, caller, headers);
  /** The same call, from another client address (API Gateway's `requestContext.http.sourceIp`). */
  const callFrom = <T = Record<string, unknown>>(
    sourceIp: string,
    query: string,
    variables: Record<string, unknown> = {},
    caller?: Caller,
  ) => send<T>(sourceIp, query, variables, caller, {});
  return { handler, call, callFrom };
}

/**
 * The persisted-query extension naming one of the web app's trusted documents (client/generated/
 * persisted-documents.json) by its hash, as the built web app sends it; the only kind the API runs on AWS.
 */
export function trustedDocument(operationName: string) {
  const entry = Object.entries(webAppManifest as Record<string, string>).find(([, text]) =>
    new RegExp(`^(query|mutation) ${operationName}\\b`).test(text),
  );
  if (!entry) throw new Error(`no document ${operationName} in the web app's manifest`);
  return { persistedQuery: { version: 1, sha256Hash: entry[0].replace(/^sha256:/, '') } };
}

/** The error code of the first error, or undefined. */
export const codeOf = (result: GraphqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** A direct document client on the test table, to look at what was (not) written. */
export function testDb() {
  return createDocumentClient({ dynamoEndpoint: workerDynamoEndpoint(), awsRegion: 'eu-west-3' });
}
