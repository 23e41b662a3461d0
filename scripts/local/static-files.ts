import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { WEB_SECURITY_HEADERS } from '../../infra/web-headers.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
};

/** Vite names what it emits under assets/ `name-<8-character hash>.ext`: such a file never changes. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html first) is revalidated, so a new build is picked up at once. */
export const REVALIDATE = 'no-cache';

/** Paths the web app never owns: a miss there is a 404, not the app's index.html. */
const NOT_THE_APP = /^\/(graphql|dev)(\/|$)/;

/**
 * Serves the built web app (client/dist) as CloudFront does on AWS: files with their content type, compressed
 * (Brotli or gzip, as the browser accepts) when they are text, long caching for hashed assets, and index.html for any other path without a file extension (client-side
 * routes such as /connecteurs/abc). Nothing outside `root` is ever read.
 */
export async function serveWebApp(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Chemin invalide.\n');
  }
  // Dot segments, NUL bytes and dotfiles never name a file of the build.
  if (decoded.includes('\0') || decoded.split(/[\\/]/).some((segment) => segment.startsWith('.'))) {
    return send(res, 404, 'Introuvable.\n');
  }
  const file = await fileWithin(root, decoded === '/' ? '/index.html' : decoded);
  if (file) return sendFile(req, res, file, decoded === '/' ? '/index.html' : decoded);
  if (NOT_THE_APP.test(decoded) || extname(decoded) !== '') return send(res, 404, 'Introuvable.\n');
  const index = await fileWithin(root, '/index.html');
  if (!index) return send(res, 404, 'Introuvable.\n');
  return sendFile(req, res, index, '/index.html');
}

/** The regular file at `path` under `root`, after symlinks are resolved; undefined if none or outside. */
async function fileWithin(root: string, path: string) {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(resolve(realRoot, `.${path}`));
    if (!real.startsWith(realRoot + sep)) return undefined;
    const stats = await stat(real);
    return stats.isFile() ? { path: real, size: stats.size, mtime: stats.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/** Text formats CloudFront compresses (it compresses these types, from 1,000 bytes to 10 MB). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;
const MIN_COMPRESSED_BYTES = 1_000;

type Encoding = 'br' | 'gzip';
const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  // Brotli's quality 9: close to the best ratio at a fraction of quality 11's time (each file once per process).
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};
/** Compressed copies, made once per file version and encoding. */
const compressed = new Map<string, Promise<Buffer>>();

/** The encoding the browser accepts that CloudFront would use: Brotli first, then gzip. */
function encodingFor(req: IncomingMessage): Encoding | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q?.trim() !== 'q=0')
    .map(([name]) => name?.trim().toLowerCase());
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : undefined;
}

function compressedCopy(file: { path: string; mtime: Date }, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${file.path}:${file.mtime.getTime()}`;
  let copy = compressed.get(key);
  if (!copy) {
    copy = readFile(file.path).then(compressors[encoding]);
    copy.catch(() => compressed.delete(key));
    compressed.set(key, copy);
  }
  return copy;
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: { path: string; size: number; mtime: Date },
  urlPath: string,
) {
  const etag = `W/"${file.size.toString(16)}-${file.mtime.getTime().toString(16)}"`;
  const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    'content-type': type,
    'cache-control': HASHED_ASSET.test(urlPath) ? IMMUTABLE : REVALIDATE,
    etag,
    'last-modified': file.mtime.toUTCString(),
    ...WEB_SECURITY_HEADERS,
  };
  const encoding =
    COMPRESSIBLE.test(type) && file.size >= MIN_COMPRESSED_BYTES ? encodingFor(req) : undefined;
  if (COMPRESSIBLE.test(type)) headers.vary = 'accept-encoding';
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding) {
    const body = await compressedCopy(file, encoding);
    res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': file.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path).pipe(res);
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}
