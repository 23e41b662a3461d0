import { statSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { apolloServerDirectory, NEVER_LOADED_MODULES } from '../infra/stack.js';

/** A Lambda bundle as the CDK stack builds it (CommonJS, minified, one copy of Apollo Server, the same externals). */
export async function bundle(entry: string, outfile: string): Promise<number> {
  const { metafile } = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    alias: { '@apollo/server': apolloServerDirectory() },
    external: [...NEVER_LOADED_MODULES],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    metafile: true,
  });
  writeFileSync(`${outfile}.meta.json`, JSON.stringify(metafile));
  return statSync(outfile).size;
}
