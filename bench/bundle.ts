import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from '../infra/bundling.js';

/**
 * A Lambda bundle as the CDK stack builds it (infra/bundling.ts), in `outdir`, with esbuild's metafile next to it
 * (`meta.json`: what each input adds, for https://esbuild.github.io/analyze/). Its size counts the code files only.
 */
export async function bundle(entry: string, outdir: string) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${basename(entry, extname(entry))}.cjs`);
  const { metafile } = await build({
    ...lambdaEsbuildOptions(),
    entryPoints: [entry],
    outfile,
    logLevel: 'error',
    metafile: true,
  });
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(metafile));
  const files = Object.keys(metafile.outputs).filter((f) => !f.endsWith('.map'));
  return {
    entry: outfile,
    files: files.map((f) => basename(f)),
    bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
  };
}

// `NODE_ENV=production npx tsx bench/bundle.ts <outdir>`: the GraphQL bundle of this checkout, for bench/cold-ab.ts.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = process.argv[2];
  if (!outdir) throw new Error('usage: npx tsx bench/bundle.ts <outdir>');
  const built = await bundle('functions/graphql/handler.ts', resolve(outdir));
  console.log(`${built.entry}: ${Math.round(built.bytes / 1024)} KiB`);
}
