import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context as LambdaContext,
} from 'aws-lambda';
import type { GraphQLFormattedError } from 'graphql';
import { typeDefs } from '../generated/type-defs.js';
import {
  cognitoTokenVerifier,
  devTokenVerifier,
  viewerFromAuthorizationHeader,
  type TokenVerifier,
  type Viewer,
} from '../shared/auth.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { configFromEnv, type AppConfig } from '../shared/config.js';
import { createDocumentClient, withRequestTally } from '../shared/dynamo.js';
import { AppError, ERROR_CODES, serviceUnavailable, unauthenticated } from '../shared/errors.js';
import { isTransientDynamoError } from '../shared/transient-errors.js';
import { logger } from '../shared/logger.js';
import { verifiedTokenMemo } from '../shared/verified-tokens.js';
import { publishOperationMetrics } from '../shared/metrics.js';
import { CursorCodec } from '../shared/pagination.js';
import { accountRecorder } from '../notifications/accounts.js';
import { cachePolicyPlugin } from './cache-policy.js';
import { compiledExecution } from './compiled-execution.js';
import { createContext, createStores, type Context, type Services } from './context.js';
import { armor, LIMITS } from './limits.js';
import { publicRead } from './public-reads.js';
import { resolvers } from './resolvers.js';
import { executableSchema } from './schema.js';
import { documentStorageFor } from './documents.js';
import type { DocumentStorage } from '../shared/document-storage.js';
import {
  trustedDocumentCache,
  untrustedDocument,
  webAppDocuments,
  type TrustedDocuments,
} from './trusted-documents.js';

export type GraphqlHandler = (
  event: APIGatewayProxyEventV2,
  context: LambdaContext,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * Codes a caller may see: ours (always set on purpose, with a French message) and those Apollo itself
 * gives malformed requests. Anything else is unexpected: logged, and answered with a generic message.
 */
const CALLER_ERROR_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CALLER_ERROR_CODES.has(code)) {
    const { stacktrace: _hidden, http: _status, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrap(error);
  if (isTransientDynamoError(original)) {
    logger.warn('transient database error', { error: { name: (original as Error).name } });
    const { message, extensions } = serviceUnavailable();
    return { message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
  }
  logger.error('internal error', {
    error:
      original instanceof Error
        ? { name: original.name, message: original.message, stack: original.stack }
        : String(original),
  });
  return {
    message: 'Erreur interne : l’équipe technique a été prévenue. Réessayez plus tard.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError)
    current = current.originalError;
  return current;
}

/** Records the operation's name and error codes in its context, for the one log line written per request. */
const outcomePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operationName, response }) {
        // Apollo may copy the context object; the outcome object inside it is shared.
        contextValue.outcome.operationName = operationName ?? undefined;
        if (response.body.kind === 'single') {
          contextValue.outcome.errorCodes = (response.body.singleResult.errors ?? []).map((e) =>
            String(e.extensions?.code),
          );
        }
      },
    };
  },
};

export type HandlerOptions = {
  config?: AppConfig;
  clock?: Clock;
  /** Where quotes and invoices are kept (default: S3 on AWS, the local folder otherwise). */
  documentStorage?: DocumentStorage;
  /** The trusted documents (tests); the web app's manifest by default. */
  documents?: TrustedDocuments;
  /** `graphql-js`: execute without graphql-jit (tests comparing the two executors). */
  executor?: 'compiled' | 'graphql-js';
};

/** The one GraphQL handler: Lambda runs it on AWS, scripts/start.ts serves it locally, tests call it directly. */
export function createGraphqlHandler(options: HandlerOptions = {}): GraphqlHandler {
  const config = options.config ?? configFromEnv();
  const clock = options.clock ?? systemClock;
  const db = createDocumentClient(config);
  const services: Services = {
    config,
    clock,
    db,
    cursors: new CursorCodec(config.cursorSecret),
    ...createStores(db, config.tableName),
    documentStorage: options.documentStorage ?? documentStorageFor(config, clock),
  };
  // Each token verified once per instance, then known until its expiry (shared/verified-tokens.ts).
  const verify: TokenVerifier =
    config.env === 'aws' && config.cognito
      ? verifiedTokenMemo(
          cognitoTokenVerifier(config.cognito.userPoolId, config.cognito.clientId),
          systemClock,
        )
      : // The Lambda bundles verify Cognito tokens only: the development verifier (jose's HS256) stays out of them.
        process.env.CC_BUNDLE === 'lambda'
        ? () => Promise.reject(unauthenticated())
        : verifiedTokenMemo(devTokenVerifier(config.devTokenSecret ?? '', clock), clock);
  // The accounts directory of the notifications, kept current from the callers' tokens (once per subject here).
  const recordAccount = accountRecorder(services.notificationStore, clock);
  const limits = armor(config.env);
  const documents = options.documents ?? webAppDocuments;
  // Built once, without graphql-tools' second pass (schema.ts): a third of the cold start.
  const schema = executableSchema(typeDefs, resolvers);
  const server = new ApolloServer<Context>({
    // Operations compiled by graphql-jit, Apollo doing the rest (compiled-execution.ts).
    ...(options.executor === 'graphql-js' ? { schema } : { gateway: compiledExecution(schema) }),
    introspection: config.env !== 'aws',
    // On AWS only the web app's trusted documents run (refused otherwise before Apollo): they are validated against
    // this schema and these limits once, by the tests (test/graphql/trusted-documents.test.ts), not by every instance.
    dangerouslyDisableValidation: config.env === 'aws',
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Only the trusted documents, by hash; nothing a caller sends is stored (trusted-documents.ts).
    persistedQueries: { cache: trustedDocumentCache(documents), ttl: null },
    plugins: [
      ...limits.plugins,
      outcomePlugin,
      cachePolicyPlugin(),
      // Replaced by cachePolicyPlugin, computed once per document: Apollo's runs a hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      // Not a federation subgraph and no Apollo key: Apollo would load these only to leave them inactive. Installed
      // as disabled, their code (protobuf encoders, ~170 KB) is never required and stays out of the bundle.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  const lambdaHandler = startServerAndCreateLambdaHandler(
    server,
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
    {
      context: async ({ event }) => {
        const viewer = await authenticate(
          event.headers?.authorization ?? event.headers?.Authorization,
          verify,
        );
        await recordAccount(viewer);
        const context = createContext(services, viewer, { sourceIp: event.requestContext?.http?.sourceIp });
        contexts.set(event, context);
        return context;
      },
    },
  );
  const contexts = new WeakMap<object, Context>();

  return async (received, lambdaContext) => {
    if ((received.body?.length ?? 0) > LIMITS.maxRequestBytes) return tooLarge();
    const read = publicRead(received);
    if (!read) return onlyGet();
    // API Gateway always sends a query string, empty or not; Apollo's executor hook (compiled-execution.ts) needs it.
    const event = read.rawQueryString === undefined ? { ...read, rawQueryString: '' } : read;
    if (config.env === 'aws') {
      const refused = untrustedDocument(event, documents);
      if (refused) return refused;
    }
    const started = performance.now();
    const { result, tally } = await withRequestTally(
      () =>
        lambdaHandler(event, lambdaContext, () => undefined) as Promise<APIGatewayProxyStructuredResultV2>,
    );
    const context = contexts.get(event);
    const outcome = context?.outcome;
    const viewer = context?.viewer;
    const figures = {
      durationMs: Math.round(performance.now() - started),
      dynamodbRequests: tally.total,
      errorCodes: outcome?.errorCodes ?? [],
    };
    logger.info('graphql operation', {
      operation: outcome?.operationName ?? 'anonymous-operation',
      role: viewer?.kind === 'user' ? viewer.role : 'ANONYMOUS',
      status: result.statusCode,
      ...figures,
    });
    publishOperationMetrics(config.env, figures);
    // Answers Apollo gave before the plan ran (a refused token, a malformed request) are not cached either.
    result.headers = { 'cache-control': 'no-store', ...result.headers };
    return result;
  };
}

async function authenticate(header: string | undefined, verify: TokenVerifier): Promise<Viewer> {
  try {
    return await viewerFromAuthorizationHeader(header, verify);
  } catch (error) {
    if (error instanceof AppError) {
      // Apollo answers context errors with their extensions; 401 tells HTTP clients to sign in again.
      throw new AppError('UNAUTHENTICATED', error.message, { http: { status: 401 } });
    }
    throw error;
  }
}

const onlyGet = (): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 405,
  headers: { 'content-type': 'application/json', allow: 'GET', 'cache-control': 'no-store' },
  body: JSON.stringify({
    errors: [
      {
        message: 'Lectures publiques en GET seulement ; les autres opérations passent par POST /graphql.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  }),
});

const tooLarge = (): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 413,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    errors: [
      {
        message: `Requête trop volumineuse (plus de ${LIMITS.maxRequestBytes} octets).`,
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  }),
});
