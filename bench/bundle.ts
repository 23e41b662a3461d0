import { statSync } from 'node:fs';
import { build } from 'esbuild';
import { apolloServerDirectory } from '../infra/stack.js';

/** A Lambda bundle as the CDK stack builds it (CommonJS, minified, one copy of Apollo Server). */
export async function bundle(entry: string, outfile: string): Promise<number> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    alias: { '@apollo/server': apolloServerDirectory() },
    logLevel: 'error',
  });
  return statSync(outfile).size;
}
