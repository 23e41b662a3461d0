import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_DOCUMENT_BYTES } from '../../functions/shared/document-storage.js';
import {
  LOCAL_DOCUMENTS_PATH,
  type LocalDocumentStorage,
} from '../../functions/shared/document-storage-local.js';

export const isDocumentsPath = (pathname: string) => pathname.startsWith(LOCAL_DOCUMENTS_PATH);

/**
 * What S3 does for presigned links on AWS, locally: a PUT stores the bytes of a link signed for this key, type and
 * size (403 when the link is forged, altered or expired, 413 past the signed size); a GET serves them as an
 * attachment. The API checks the bytes afterwards, as on AWS.
 */
export async function serveDocuments(
  storage: LocalDocumentStorage,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const refuse = (status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end(`${message}\n`);
  };
  if (req.method === 'PUT') {
    const link = storage.verify(url, 'put');
    if (!link) return refuse(403, 'Lien d’envoi invalide ou expiré.');
    if (req.headers['content-type'] !== link.type)
      return refuse(403, 'Type de contenu différent du lien signé.');
    const limit = Math.min(link.size ?? 0, MAX_DOCUMENT_BYTES);
    const body = await readAtMost(req, limit);
    if (body === 'too large') return refuse(413, 'Fichier plus volumineux que annoncé.');
    await storage.write(link.key, body);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('');
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    const link = storage.verify(url, 'get');
    if (!link) return refuse(403, 'Lien de téléchargement invalide ou expiré.');
    const stored = await storage.inspect(link.key);
    if (!stored) return refuse(404, 'Document introuvable.');
    res.writeHead(200, {
      'content-type': link.type,
      'content-length': String(stored.sizeBytes),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(link.name ?? 'document')}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(storage.pathOf(link.key)).pipe(res);
    return;
  }
  res.writeHead(405, { allow: 'GET, HEAD, PUT', 'content-type': 'text/plain; charset=utf-8' });
  res.end('Méthode non autorisée.\n');
}

/** The body, or 'too large' as soon as it passes `limit` bytes (the rest is drained, so the answer arrives). */
function readAtMost(req: IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? 'too large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
