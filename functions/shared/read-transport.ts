import http from 'node:http';
import https from 'node:https';
import type { DynamoClientSettings } from './retry-budget.js';
import { signPost, type SigningCredentials } from './sigv4.js';

/**
 * The request path's reads (shared/reads.ts: a list's Query, a GraphQL level's BatchGetItem, one item by key) sent in
 * DynamoDB's own JSON protocol: one signed HTTP POST on a kept-alive connection, the answer given to `JSON.parse`.
 * DynamoDB's JSON is already the low-level commands' shape, so nothing is converted on the way in or out. The SDK
 * sends the same request through its middleware stack and its schema-driven (de)serialisation: 0.80 ms of CPU per
 * Query of 50 connecteurs, against 0.38 ms here (docs/performance.md, "Fifth pass"). Writes keep the SDK (conditions,
 * transactions and their cancellation reasons, withIdempotentWrites).
 *
 * What the SDK's client does for a request is done here the same way, with the same settings (retry-budget.ts): the
 * endpoint, SigV4 with the client's own credentials provider and its clock corrected from the server's `Date` (the
 * SDK's `systemClockOffset`), a connection and a request timeout, up to `maxAttempts` attempts with the SDK's backoff
 * and retry quota, and errors named as the SDK names them (`name` is the exception's type, `$metadata` the HTTP status
 * and the attempts), so transient-errors.ts reads both alike.
 */
export type ReadCommand = 'Query' | 'BatchGetItem' | 'GetItem';

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
  /** The local clock in ms (tests: a clock that is off); `Date.now` by default. */
  clock?: () => number;
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

/**
 * The SDK's standard retry strategy as installed (`@smithy/core`, its 2026 settings): which errors are retried, the
 * base delays (doubled on each retry, a random wait up to that: full jitter, at most 20 s), and the retry quota per
 * client: 500 tokens, a retry costs 5 after throttling and 14 after anything else, a success gives back what its last
 * retry cost (1 without retry); with the quota spent a failure is thrown at once, so that a container whose requests
 * mostly fail stops multiplying them.
 */
const THROTTLING_TYPES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'TransactionInProgressException',
]);
const TRANSIENT_TYPES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Refusals of a signature made at the wrong time (`@smithy/service-error-classification`'s clock-skew codes). */
const CLOCK_SKEW_TYPES = new Set([
  'AuthFailure',
  'InvalidSignatureException',
  'RequestExpired',
  'RequestInTheFuture',
  'RequestTimeTooSkewed',
  'SignatureDoesNotMatch',
]);
/** AWS refuses a signature more than 5 minutes away from its clock. */
const CLOCK_SKEW_MS = 5 * 60_000;
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const RETRY = {
  baseDelayMs: 50,
  throttledBaseDelayMs: 1_000,
  maxDelayMs: 20_000,
  quota: 500,
  cost: 14,
  throttledCost: 5,
  noRetryIncrement: 1,
} as const;

/** An answer: its status, its body, and the server's clock (the `Date` header) when it sent one. */
type Answer = { status: number; text: string; serverDate: string | undefined };

/** A read transport, and `destroy` to close its kept-alive connections (with the client it serves). */
export function createReadTransport(options: ReadTransportOptions): ReadTransport & { destroy(): void } {
  const url = new URL(options.endpoint);
  const secure = url.protocol === 'https:';
  const agent = new (secure ? https : http).Agent({ keepAlive: true, maxSockets: 50 });
  const { settings } = options;
  const fullQuota = options.retryQuota ?? RETRY.quota;
  let quota = fullQuota;
  const clock = options.clock ?? Date.now;
  // As the SDK keeps its `systemClockOffset`: the server's clock minus ours, once they are 5 minutes or more apart
  // (a Lambda host whose clock drifted would otherwise have every signature refused).
  let clockOffsetMs = 0;
  /** Takes the server's clock from an answer; true when the offset changed (a refusal for time is then retried). */
  const correctClock = (serverDate: string | undefined) => {
    const server = serverDate ? Date.parse(serverDate) : Number.NaN;
    if (Number.isNaN(server) || Math.abs(clock() + clockOffsetMs - server) < CLOCK_SKEW_MS) return false;
    clockOffsetMs = server - clock();
    return true;
  };

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
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            serverDate: response.headers.date,
          });
        });
      });
      request.end(body);
    });

  const send: ReadTransport = async (command, input) => {
    const body = JSON.stringify(input);
    let lastCost = 0;
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
          now: new Date(clock() + clockOffsetMs),
        });
        const answer = await post(headers, body);
        const clockCorrected = correctClock(answer.serverDate);
        if (answer.status === 200) {
          quota = Math.min(fullQuota, quota + (lastCost || RETRY.noRetryIncrement));
          return JSON.parse(answer.text) as Record<string, unknown>;
        }
        error = serviceError(answer, attempt);
        if (clockCorrected && CLOCK_SKEW_TYPES.has(error.name))
          Object.assign(error, { clockSkewCorrected: true });
      } catch (thrown) {
        error = thrown as Error;
      }
      const kind = retryKind(error);
      const cost = kind === 'throttling' ? RETRY.throttledCost : RETRY.cost;
      if (attempt >= settings.maxAttempts || !kind || quota < cost) throw error;
      quota -= cost;
      lastCost = cost;
      const base = kind === 'throttling' ? RETRY.throttledBaseDelayMs : RETRY.baseDelayMs;
      const delay = Math.random() * Math.min(base * 2 ** (attempt - 1), RETRY.maxDelayMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
  return Object.assign(send, { destroy: () => agent.destroy() });
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

/**
 * How the SDK classifies an error for its retries: throttled, transient (sent again sooner: a refusal for time once
 * the clock is corrected counts as one), or final.
 */
function retryKind(error: Error): 'throttling' | 'transient' | undefined {
  const { $metadata, code, clockSkewCorrected } = error as {
    $metadata?: { httpStatusCode: number };
    code?: unknown;
    clockSkewCorrected?: boolean;
  };
  if (THROTTLING_TYPES.has(error.name) || $metadata?.httpStatusCode === 429) return 'throttling';
  if (
    clockSkewCorrected ||
    TRANSIENT_TYPES.has(error.name) ||
    TRANSIENT_STATUSES.has($metadata?.httpStatusCode ?? 0) ||
    (typeof code === 'string' && TRANSIENT_CODES.has(code))
  )
    return 'transient';
  return undefined;
}
