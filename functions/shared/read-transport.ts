import http from 'node:http';
import https from 'node:https';
import type { DynamoClientSettings } from './retry-budget.js';
import { signPost, type SigningCredentials } from './sigv4.js';

/**
 * The request path's reads (shared/reads.ts: a list's Query, a GraphQL level's BatchGetItem) sent in DynamoDB's own
 * JSON protocol: one signed HTTP POST on a kept-alive connection, the answer given to `JSON.parse`. DynamoDB's JSON
 * is already the low-level commands' shape, so nothing is converted on the way in or out. The SDK sends the same
 * request through its middleware stack and its schema-driven (de)serialisation, which cost about 0.4 ms of CPU per
 * Query of 50 connecteurs, as much as everything else the read does (docs/performance.md, "Fifth pass"); writes keep
 * the SDK (conditions, transactions, their cancellation reasons, withIdempotentWrites).
 *
 * What the SDK's client does for them is done here the same way, with the same settings (retry-budget.ts): the
 * endpoint, SigV4 with the client's own credentials provider, a connection and a request timeout, up to
 * `maxAttempts` attempts with full-jitter backoff on throttling, 5xx answers, timeouts and failed connections, under
 * a retry quota (its "standard" retry mode), and errors named as the SDK names them (`name` is the exception's type,
 * `$metadata` the HTTP status and the attempts), so transient-errors.ts reads both alike.
 */
export type ReadCommand = 'Query' | 'BatchGetItem';

export type ReadTransport = (
  command: ReadCommand,
  input: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

export type ReadTransportOptions = {
  /** `http(s)://host[:port]`. */
  endpoint: string;
  region: string;
  credentials: () => Promise<SigningCredentials>;
  settings: DynamoClientSettings;
  /** Tokens of the retry quota (tests); 500 as in the SDK. */
  retryQuota?: number;
};

/** DynamoDB's endpoint as the SDK finds it: the configured one (DynamoDB Local, the SDK's variables) or the region's. */
export function dynamoEndpointOf(
  config: { dynamoEndpoint?: string | undefined; awsRegion: string },
  env: NodeJS.ProcessEnv = process.env,
): string {
  return (
    config.dynamoEndpoint ??
    env.AWS_ENDPOINT_URL_DYNAMODB ??
    env.AWS_ENDPOINT_URL ??
    `https://dynamodb.${config.awsRegion}.amazonaws.com`
  );
}

const RETRYABLE_TYPES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);
/** The SDK's standard retry strategy: base delays, doubled on each attempt, a random wait up to that (full jitter). */
const BASE_DELAY_MS = 100;
const THROTTLED_BASE_DELAY_MS = 500;
/**
 * The SDK's retry quota, per client: a retry costs 5 tokens (10 after a timeout), a success gives back what its
 * retries cost (1 without retry); with the quota spent a failure is thrown at once, so that a container whose
 * requests mostly fail stops multiplying them.
 */
const QUOTA = { initial: 500, retryCost: 5, timeoutRetryCost: 10, noRetryIncrement: 1 } as const;

type Answer = { status: number; text: string };

export function createReadTransport(options: ReadTransportOptions): ReadTransport {
  const url = new URL(options.endpoint);
  const secure = url.protocol === 'https:';
  const agent = new (secure ? https : http).Agent({ keepAlive: true, maxSockets: 50 });
  const { settings } = options;
  const fullQuota = options.retryQuota ?? QUOTA.initial;
  let quota = fullQuota;

  const post = (headers: Record<string, string>, body: string) =>
    new Promise<Answer>((resolve, reject) => {
      const request = (secure ? https : http).request({
        hostname: url.hostname,
        port: url.port || (secure ? 443 : 80),
        method: 'POST',
        path: '/',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        agent,
      });
      const fail = (message: string) => () => request.destroy(timeoutError(message));
      const requestTimer = setTimeout(
        fail(`Pas de réponse de DynamoDB en ${settings.requestTimeoutMs} ms.`),
        settings.requestTimeoutMs,
      );
      request.once('socket', (socket) => {
        if (!socket.connecting) return;
        const connectTimer = setTimeout(
          fail(`Connexion à DynamoDB impossible en ${settings.connectionTimeoutMs} ms.`),
          settings.connectionTimeoutMs,
        );
        socket.once('connect', () => clearTimeout(connectTimer));
        socket.once('close', () => clearTimeout(connectTimer));
      });
      request.on('error', (error) => {
        clearTimeout(requestTimer);
        reject(error);
      });
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.once('end', () => {
          clearTimeout(requestTimer);
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
      });
      request.end(body);
    });

  return async (command, input) => {
    const body = JSON.stringify(input);
    let spent = 0;
    for (let attempt = 1; ; attempt++) {
      let error: Error;
      try {
        const headers = signPost({
          host: url.host,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': `DynamoDB_20120810.${command}`,
          },
          body,
          region: options.region,
          service: 'dynamodb',
          credentials: await options.credentials(),
          now: new Date(),
        });
        const answer = await post(headers, body);
        if (answer.status === 200) {
          quota = Math.min(fullQuota, quota + (spent || QUOTA.noRetryIncrement));
          return JSON.parse(answer.text) as Record<string, unknown>;
        }
        error = serviceError(answer, attempt);
      } catch (thrown) {
        error = thrown as Error;
      }
      const cost = error.name === 'TimeoutError' ? QUOTA.timeoutRetryCost : QUOTA.retryCost;
      if (attempt >= settings.maxAttempts || !isRetryable(error) || quota < cost) throw error;
      quota -= cost;
      spent += cost;
      const base = RETRYABLE_TYPES.has(error.name) ? THROTTLED_BASE_DELAY_MS : BASE_DELAY_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * base * 2 ** (attempt - 1)));
    }
  };
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError' });
}

/** An error answer as the SDK throws it: `{"__type":"com.amazonaws.dynamodb.v20120810#Name","message":"…"}`. */
function serviceError({ status, text }: Answer, attempts: number): Error {
  let type = '';
  let message = text;
  try {
    const parsed = JSON.parse(text) as { __type?: string; message?: string; Message?: string };
    type = parsed.__type?.split('#').pop() ?? '';
    message = parsed.message ?? parsed.Message ?? text;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const name = type || (status >= 500 ? 'InternalServerError' : 'UnknownError');
  return Object.assign(new Error(message || name), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts },
  });
}

function isRetryable(error: Error): boolean {
  if (error.name === 'TimeoutError' || RETRYABLE_TYPES.has(error.name)) return true;
  const { $metadata, code } = error as { $metadata?: { httpStatusCode: number }; code?: unknown };
  if ($metadata) return $metadata.httpStatusCode >= 500;
  // No answer at all: the connection failed or was reset (keep-alive sockets the server closed among them).
  return typeof code === 'string';
}
