import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import { PUBLIC_GRAPHQL_PATH } from '../../functions/graphql/cache-policy.js';
import { LIMITS } from '../../functions/graphql/limits.js';
import type { GraphqlHandler } from '../../functions/graphql/server.js';
import type { DevUser } from './dev-users.js';
import { serveWebApp } from './static-files.js';
import { serveMailRoutes, type MailRoutesOptions } from './mail-routes.js';
import { isDocumentsPath, serveDocuments } from './documents-route.js';
import type { LocalDocumentStorage } from '../../functions/shared/document-storage-local.js';

/** Past this the adapter stops buffering; the handler itself refuses bodies over LIMITS.maxRequestBytes. */
export const MAX_BODY_BYTES = 10 * LIMITS.maxRequestBytes;

export type LocalServerOptions = {
  /** The built web app (client/dist), served at / beside the API; without it only the API answers. */
  webRoot?: string;
  /** The demo users and their development tokens, for the web app's local sign-in page (never on AWS). */
  devUsers?: () => Promise<DevUser[]>;
  /** The local e-mails (GET /dev/mails, local only) and the unsubscribe links of the notifications. */
  mail?: MailRoutesOptions;
  /** Where documents are uploaded and downloaded through signed links (S3 on AWS): `/documents/…`. */
  documents?: LocalDocumentStorage;
};

/**
 * Serves the Lambda handler over HTTP at /graphql, translating each request into an API Gateway HTTP API (v2)
 * event, and the web app everywhere else, as CloudFront does on AWS; plus GET /dev/users, local only.
 */
export function createLocalServer(handler: GraphqlHandler, options: LocalServerOptions = {}): Server {
  return createServer((req, res) => {
    route(handler, options, req, res).catch((error: Error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Erreur interne du serveur local.\n');
    });
  });
}

async function route(
  handler: GraphqlHandler,
  options: LocalServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/graphql' || url.pathname === PUBLIC_GRAPHQL_PATH)
    return serveGraphql(handler, req, res, url);
  if (options.mail && (await serveMailRoutes(options.mail, req, res, url))) return;
  if (options.documents && isDocumentsPath(url.pathname))
    return serveDocuments(options.documents, req, res, url);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Méthode non autorisée : l’API est sur /graphql.\n');
    return;
  }
  if (url.pathname === '/dev/users' && options.devUsers) {
    const users = JSON.stringify(await options.devUsers());
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? '' : users);
    return;
  }
  if (options.webRoot) return serveWebApp(options.webRoot, req, res, url.pathname);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Application web non construite (npm run build:client) ; l’API est sur /graphql.\n');
}

async function serveGraphql(handler: GraphqlHandler, req: IncomingMessage, res: ServerResponse, url: URL) {
  let body: string;
  try {
    body = await readBody(req);
  } catch {
    res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
    res.end(
      JSON.stringify({
        errors: [{ message: 'Requête trop volumineuse.', extensions: { code: 'BAD_REQUEST' } }],
      }),
    );
    return;
  }
  const result = await handler(toEvent(req, url, body), lambdaContext());
  res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  res.end(result.body ?? '');
}

/** Reads the body; past the cap it drains the rest (so the 413 reaches the client) and rejects. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY_BYTES
        ? reject(new Error('body too large'))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

function toEvent(req: IncomingMessage, url: URL, body: string): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: false,
  };
}

function lambdaContext(): LambdaContext {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'croissance-connectee-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:croissance-connectee-local',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
