import { statSync } from 'node:fs';
import { build } from 'esbuild';
import { apolloServerDirectory, NEVER_LOADED_MODULES } from '../infra/stack.js';

/** A Lambda bundle as the CDK stack builds it (CommonJS, minified, one copy of Apollo Server, the same externals). */
export async function bundle(entry: string, outfile: string): Promise<number> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    alias: { '@apollo/server': apolloServerDirectory() },
    external: [...NEVER_LOADED_MODULES],
    logLevel: 'error',
  });
  return statSync(outfile).size;
}
