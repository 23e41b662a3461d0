import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { HEAD_BYTES, MAX_DOCUMENT_BYTES, type DocumentStorage } from './document-storage.js';

/** Path of the local server that receives uploads and serves downloads (`scripts/local/documents-route.ts`). */
export const LOCAL_DOCUMENTS_PATH = '/documents/';

type Signed = { op: 'put' | 'get'; key: string; exp: number; type: string; size?: number; name?: string };

/**
 * Documents in a folder (`.data/documents/` under `npm start`), behind links shaped like S3's presigned ones: the
 * operation, key, type, size or file name and expiry are signed with an HMAC the local server checks, so a link
 * cannot be forged, stretched to another key or size, or used after it expires.
 */
export class LocalDocumentStorage implements DocumentStorage {
  constructor(
    private readonly root: string,
    private readonly secret: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async uploadUrl(key: string, u: { contentType: string; sizeBytes: number; expiresAt: Date }) {
    return this.link({ op: 'put', key, type: u.contentType, size: u.sizeBytes, exp: epoch(u.expiresAt) });
  }

  async downloadUrl(key: string, d: { fileName: string; contentType: string; expiresAt: Date }) {
    return this.link({ op: 'get', key, type: d.contentType, name: d.fileName, exp: epoch(d.expiresAt) });
  }

  async inspect(key: string) {
    const path = this.pathOf(key);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const file = await open(path, 'r');
    try {
      const head = new Uint8Array(HEAD_BYTES);
      const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
      return { sizeBytes: info.size, head: head.subarray(0, bytesRead) };
    } finally {
      await file.close();
    }
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }

  /** A link's operation checked: its signature, its expiry, the operation asked. Undefined when refused. */
  verify(url: URL, op: Signed['op']): Signed | undefined {
    const p = url.searchParams;
    const signed: Signed = {
      op: p.get('op') as Signed['op'],
      key: decodeURIComponent(url.pathname.slice(LOCAL_DOCUMENTS_PATH.length)),
      exp: Number(p.get('exp')),
      type: p.get('type') ?? '',
      ...(p.has('size') ? { size: Number(p.get('size')) } : {}),
      ...(p.has('name') ? { name: p.get('name')! } : {}),
    };
    const given = Buffer.from(p.get('sig') ?? '', 'hex');
    const expected = Buffer.from(this.signature(signed), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (signed.op !== op || !(signed.exp * 1000 > this.clock().getTime())) return undefined;
    return signed;
  }

  /** Stores an upload a verified link allows (the caller has checked its size against the link's). */
  async write(key: string, bytes: Uint8Array) {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  }

  /** The file of a key, never outside the folder. */
  pathOf(key: string): string {
    const root = resolve(this.root);
    const path = resolve(join(root, key));
    if (!path.startsWith(root + sep) || !/^[\w/.-]+$/.test(key) || key.includes('..'))
      throw new Error(`invalid document key ${key}`);
    return path;
  }

  private link(signed: Signed): string {
    const p = new URLSearchParams({ op: signed.op, exp: String(signed.exp), type: signed.type });
    if (signed.size !== undefined) p.set('size', String(signed.size));
    if (signed.name !== undefined) p.set('name', signed.name);
    p.set('sig', this.signature(signed));
    return `${LOCAL_DOCUMENTS_PATH}${signed.key}?${p}`;
  }

  private signature(s: Signed): string {
    const text = [s.op, s.key, s.exp, s.type, s.size ?? '', s.name ?? ''].join('\n');
    return createHmac('sha256', this.secret).update(text).digest('hex');
  }
}

const epoch = (at: Date) => Math.floor(at.getTime() / 1000);

/** Checked again where the bytes arrive: never more than the programme-wide limit, whatever a link says. */
export const LOCAL_UPLOAD_LIMIT = MAX_DOCUMENT_BYTES;
