import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../bench/bundle.js';
import { PUBLIC_GRAPHQL_PATH } from '../../functions/graphql/cache-policy.js';
import { trustedDocument } from '../support/api.js';

// The GraphQL Lambda bundle exactly as the stack builds it (infra/bundling.ts), run by a fresh Node process from a
// folder outside the project: no node_modules to fall back on, as in Lambda. What the bundle leaves out or replaces
// (never-loaded modules, the sha.js stand-in) must not be needed to answer.
let outdir: string;
let entry: string;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'cc-bundle-'));
  ({ entry } = await bundle('functions/graphql/handler.ts', outdir));
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/**
 * Loads the bundle in a new process, answers one event `times` times (graphql-jit compiles a document on its second
 * execution: functions/graphql/compiled-execution.ts); the last answer and every file Node loaded.
 */
function runBundle(event: object, env: Record<string, string>, times = 1) {
  const script = `const { handler } = require(${JSON.stringify(entry)});
(async () => {
  let r;
  for (let i = 0; i < ${times}; i++) r = await handler(${JSON.stringify(event)}, { awsRequestId: 'bundle-test' });
  process.stdout.write('@@RESULT@@' + JSON.stringify({ status: r.statusCode, body: JSON.parse(r.body), loaded: Object.keys(require.cache) }));
})();`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: outdir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      AWS_REGION: 'eu-west-3',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_METRICS_DISABLED: 'true',
      ...env,
    },
  });
  const result = run.stdout.split('@@RESULT@@')[1];
  if (!result) throw new Error(`the bundle did not answer: ${run.stderr}`);
  return JSON.parse(result) as { status: number; body: any; loaded: string[] };
}

const onAws = {
  CC_ENV: 'aws',
  TABLE_NAME: 'bundle-test',
  COGNITO_USER_POOL_ID: 'eu-west-3_bundle',
  COGNITO_CLIENT_ID: 'bundle',
  CURSOR_SECRET: 'bundle',
};

describe('the GraphQL Lambda bundle', () => {
  it('answers a public read by its trusted document on AWS, loading no file but itself', () => {
    const extensions = JSON.stringify(trustedDocument('PublicDiagnosticQuestionnaire'));
    const search = new URLSearchParams({ extensions });
    const answer = runBundle(
      {
        version: '2.0',
        rawPath: PUBLIC_GRAPHQL_PATH,
        rawQueryString: search.toString(),
        queryStringParameters: { extensions },
        headers: {},
        requestContext: { http: { method: 'GET', path: PUBLIC_GRAPHQL_PATH, sourceIp: '192.0.2.1' } },
        isBase64Encoded: false,
      },
      onAws,
      3,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.diagnosticQuestionnaire.questions.length).toBeGreaterThan(0);
    expect(answer.loaded).toEqual([entry]);
  });

  it('executes through graphql-jit without Ajv, fast-json-stringify or lodash (stand-ins for what it never calls)', () => {
    const inputs = Object.keys(
      (JSON.parse(readFileSync(join(outdir, 'meta.json'), 'utf8')) as { inputs: object }).inputs,
    );
    expect(inputs.some((i) => i.includes('graphql-jit/dist/execution.js'))).toBe(true);
    expect(
      inputs.filter((i) =>
        /node_modules\/(ajv|fast-json-stringify|lodash)|node_modules\/graphql\/.*\.js$/.test(i),
      ),
    ).toEqual([]);
  });

  it('leaves out graphql-tools (Apollo gets a built schema) and date-fns’s format and parse (one fixed pattern)', () => {
    const { outputs } = JSON.parse(readFileSync(join(outdir, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const kept = Object.values(outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(kept.some((path) => path.includes('functions/shared/paris-time.ts'))).toBe(true);
    expect(kept.filter((path) => /@graphql-tools\/|date-fns\/(format|parse|locale)/.test(path))).toEqual([]);
  });

  it('refuses a development token on AWS with 401, through the Cognito verifier it loads on the first token', () => {
    const token = [
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'x', role: 'MODERATOR', iss: 'croissance-connectee-dev' },
    ]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .concat('c2lnbmF0dXJl')
      .join('.');
    const answer = runBundle(
      {
        version: '2.0',
        rawPath: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requestContext: { http: { method: 'POST', path: '/graphql', sourceIp: '192.0.2.1' } },
        body: JSON.stringify({ extensions: trustedDocument('PublicDiagnosticQuestionnaire') }),
        isBase64Encoded: false,
      },
      onAws,
    );
    expect(answer.status).toBe(401);
    expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(answer.loaded).toEqual([entry]);
  });

  it('hashes a query text with node:crypto, not a module left out of the bundle (local configuration)', () => {
    const answer = runBundle(
      {
        version: '2.0',
        rawPath: '/graphql',
        headers: { 'content-type': 'application/json' },
        requestContext: { http: { method: 'POST', path: '/graphql', sourceIp: '192.0.2.1' } },
        body: JSON.stringify({ query: '{ health }' }),
        isBase64Encoded: false,
      },
      { TABLE_NAME: 'bundle-test', DATA_DIR: outdir },
    );
    expect(answer.body).toEqual({ data: { health: 'ok' } });
    expect(answer.loaded).toEqual([entry]);
  });
});

describe('each Lambda carries only what it runs', () => {
  it('the outbox consumer has no notifier (notifications have their own function)', async () => {
    await bundle('functions/outbox/handler.ts', join(outdir, 'outbox'));
    const inputs = Object.keys(
      (JSON.parse(readFileSync(join(outdir, 'outbox', 'meta.json'), 'utf8')) as { inputs: object }).inputs,
    );
    expect(inputs.some((i) => i.includes('functions/prices/'))).toBe(true);
    expect(inputs.filter((i) => /functions\/notifications\/|react|nodemailer|client-sesv2/.test(i))).toEqual(
      [],
    );
  });

  it('the notifier leaves out Prettier and the SMTP client it never uses on AWS', async () => {
    await bundle('functions/outbox/notifier-handler.ts', join(outdir, 'notifier'));
    const inputs = Object.keys(
      (JSON.parse(readFileSync(join(outdir, 'notifier', 'meta.json'), 'utf8')) as { inputs: object }).inputs,
    );
    expect(inputs.some((i) => i.includes('nodemailer/dist/esm/mail-composer/'))).toBe(true);
    expect(
      inputs.filter((i) => /prettier|nodemailer\/dist\/esm\/(smtp-transport|smtp-connection)\//.test(i)),
    ).toEqual([]);
  });
});
