import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A plain HTTP proxy between the DynamoDB client and DynamoDB Local that misbehaves on demand, as a network or
 * DynamoDB itself can:
 * - `lose-response`: forwards the request (DynamoDB executes it), reads the answer, then destroys the client's
 *   socket: the caller never learns its write went through;
 * - `delay`: forwards, then holds the answer `delayMs` (past the client's request timeout);
 * - `refuse`: destroys the socket without forwarding (nothing executed, the connection fails);
 * - `throttle`: answers a throttling error (HTTP 400, DynamoDB's JSON) without forwarding;
 * - `check-signature-time`: refuses, as AWS does, a request signed more than 5 minutes away from the proxy's clock
 *   (`X-Amz-Date`): HTTP 400 `InvalidSignatureException` with AWS's message and a `Date` header; forwards the others,
 *   which do not count as hits.
 * Faults are armed per DynamoDB operation (the `X-Amz-Target` header, e.g. `PutItem`, `TransactWriteItems`) and
 * per count; a request no armed fault matches is forwarded untouched.
 */
export type FaultKind = 'lose-response' | 'delay' | 'refuse' | 'throttle' | 'check-signature-time';

export type FaultRule = {
  kind: FaultKind;
  /** DynamoDB operations it applies to (`PutItem`…); every operation when absent. */
  operations?: string[];
  /** How many matching requests it hits, then it is spent (default 1; Infinity for all). */
  times?: number;
  /** Skips this many matching requests first (lose the third write: `skip: 2`). */
  skip?: number;
  /** `delay` only: how long the answer is held. */
  delayMs?: number;
  /**
   * `throttle` only: the error DynamoDB answers. `TransactionConflict`: a TransactWriteItems cancelled because
   * another transaction held one of its items.
   */
  throttle?: 'ProvisionedThroughputExceededException' | 'ThrottlingException' | 'TransactionConflict';
};

export const WRITE_OPERATIONS = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'TransactWriteItems',
  'BatchWriteItem',
] as const;

type ArmedRule = FaultRule & { remaining: number; toSkip: number };

export type FaultProxy = {
  /** The endpoint to give the DynamoDB client (`dynamoEndpoint`). */
  endpoint: string;
  /** Arms a fault; returns the rule, whose `hits` counts the requests it hit. */
  arm(rule: FaultRule): { hits: () => number };
  /** Disarms every fault. */
  clear(): void;
  /** Requests received, by operation (faulted ones included). */
  seen: Record<string, number>;
  /** Requests a fault hit, by kind. */
  injected: Record<FaultKind, number>;
  close(): Promise<void>;
};

const operationOf = (req: IncomingMessage) =>
  String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? 'Unknown';

/** `20261205T101500Z`, the form of `X-Amz-Date`. */
const amzDate = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

/** AWS's refusal of a request signed at `X-Amz-Date` when it is more than 5 minutes from now, or undefined. */
function signatureTimeRefusal(req: IncomingMessage, now: number): string | undefined {
  const signed = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(
    String(req.headers['x-amz-date'] ?? ''),
  );
  if (!signed) return undefined;
  const [, y, mo, d, h, mi, s] = signed.map(Number) as number[];
  const at = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const margin = 5 * 60_000;
  if (at < now - margin)
    return `Signature expired: ${amzDate(at)} is now earlier than ${amzDate(now - margin)} (${amzDate(now)} - 5 min.)`;
  if (at > now + margin)
    return `Signature not yet current: ${amzDate(at)} is still later than ${amzDate(now + margin)} (${amzDate(now)} + 5 min.)`;
  return undefined;
}

async function bodyOf(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function forward(target: URL, req: IncomingMessage, body: Buffer) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
    (resolve, reject) => {
      const out = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (res) => {
          bodyOf(res).then(
            (answer) => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: answer }),
            reject,
          );
        },
      );
      out.on('error', reject);
      out.end(body);
    },
  );
}

function reply(res: ServerResponse, status: number, headers: IncomingMessage['headers'], body: Buffer) {
  if (res.destroyed) return;
  const { 'transfer-encoding': _chunked, connection: _connection, ...rest } = headers;
  res.writeHead(status, { ...rest, 'content-length': String(body.length) });
  res.end(body);
}

export async function startFaultProxy(targetEndpoint: string): Promise<FaultProxy> {
  const target = new URL(targetEndpoint);
  const rules: (ArmedRule & { hit: number })[] = [];
  const seen: Record<string, number> = {};
  const injected: Record<FaultKind, number> = {
    'lose-response': 0,
    delay: 0,
    refuse: 0,
    throttle: 0,
    'check-signature-time': 0,
  };

  const take = (operation: string, req: IncomingMessage) => {
    for (const rule of rules) {
      if (rule.remaining <= 0) continue;
      if (rule.operations && !rule.operations.includes(operation)) continue;
      if (rule.kind === 'check-signature-time' && !signatureTimeRefusal(req, Date.now())) continue;
      if (rule.toSkip > 0) {
        rule.toSkip--;
        continue;
      }
      rule.remaining--;
      rule.hit++;
      injected[rule.kind]++;
      return rule;
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      const operation = operationOf(req);
      seen[operation] = (seen[operation] ?? 0) + 1;
      const rule = take(operation, req);
      if (rule?.kind === 'refuse') return req.socket.destroy();
      if (rule?.kind === 'check-signature-time') {
        const error = {
          __type: 'com.amazon.coral.service#InvalidSignatureException',
          message: signatureTimeRefusal(req, Date.now()),
        };
        return reply(
          res,
          400,
          { 'content-type': 'application/x-amz-json-1.0', date: new Date().toUTCString() },
          Buffer.from(JSON.stringify(error)),
        );
      }
      if (rule?.kind === 'throttle') {
        const type = rule.throttle ?? 'ProvisionedThroughputExceededException';
        const items =
          operation === 'TransactWriteItems'
            ? (JSON.parse(body.toString()) as { TransactItems: [] }).TransactItems
            : [];
        const error =
          type === 'TransactionConflict'
            ? {
                __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
                Message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
                CancellationReasons: items.map(() => ({
                  Code: 'TransactionConflict',
                  Message: 'Transaction is ongoing for the item',
                })),
              }
            : {
                __type: `com.amazonaws.dynamodb.v20120810#${type}`,
                message: 'Rate of requests exceeds the allowed throughput (fault proxy).',
              };
        return reply(
          res,
          400,
          { 'content-type': 'application/x-amz-json-1.0' },
          Buffer.from(JSON.stringify(error)),
        );
      }
      const answer = await forward(target, req, body);
      if (rule?.kind === 'lose-response') return req.socket.destroy();
      if (rule?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, rule.delayMs ?? 5_000));
      reply(res, answer.status, answer.headers, answer.body);
    })().catch(() => req.socket.destroy());
  });
  // Sockets the client keeps alive must not hold close() up.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    arm(rule) {
      const armed = { ...rule, remaining: rule.times ?? 1, toSkip: rule.skip ?? 0, hit: 0 };
      rules.push(armed);
      return { hits: () => armed.hit };
    },
    clear: () => void rules.splice(0),
    seen,
    injected,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
