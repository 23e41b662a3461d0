/**
 * Where uploaded documents live: a port with two implementations behind the same calls, S3 on AWS
 * (`document-storage-s3.ts`, presigned URLs) and a folder locally (`document-storage-local.ts`, URLs signed with an
 * HMAC that the local server checks). The browser sends the bytes straight to the storage; the API only signs
 * links, then checks what arrived (`sniffContentType`, the size) before the document counts.
 */
export interface DocumentStorage {
  /** A URL the browser PUTs the bytes to, with this Content-Type, until `expiresAt`. */
  uploadUrl(
    key: string,
    upload: { contentType: string; sizeBytes: number; expiresAt: Date },
  ): Promise<string>;
  /** A URL that serves the bytes as an attachment named `fileName`, until `expiresAt`. */
  downloadUrl(
    key: string,
    download: { fileName: string; contentType: string; expiresAt: Date },
  ): Promise<string>;
  /** The stored object's size and first bytes, or undefined when nothing was uploaded. */
  inspect(key: string): Promise<{ sizeBytes: number; head: Uint8Array } | undefined>;
  remove(key: string): Promise<void>;
}

/** The types accepted, recognised by their first bytes (what a file says it is counts for nothing). */
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** How long a signed upload link stays valid. */
export const UPLOAD_LINK_SECONDS = 15 * 60;
/** How long a signed download link stays valid. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;
/** Bytes `inspect` reads from the start of an object. */
export const HEAD_BYTES = 16;

const SIGNATURES: readonly { type: DocumentType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The accepted type these first bytes are, or undefined (an executable, an archive, a renamed file…). */
export function sniffContentType(head: Uint8Array): DocumentType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.type;
}

export const isDocumentType = (value: string): value is DocumentType =>
  (DOCUMENT_TYPES as readonly string[]).includes(value);
