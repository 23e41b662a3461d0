import { createHmac } from 'node:crypto';
import type { Clock } from '../shared/clock.js';
import type { AppConfig } from '../shared/config.js';
import type { DocumentStorage } from '../shared/document-storage.js';
import { LocalDocumentStorage } from '../shared/document-storage-local.js';
import { S3DocumentStorage } from '../shared/document-storage-s3.js';

/** Local links' HMAC key, derived from the cursors' key (both are local secrets; AWS signs with S3's keys). */
const localLinkKey = (config: AppConfig) =>
  createHmac('sha256', config.cursorSecret).update('documents').digest('hex');

/** The folder storage the local server also uses to check links and receive uploads. */
export function localDocumentStorage(config: AppConfig, clock?: Clock): LocalDocumentStorage {
  return new LocalDocumentStorage(config.documentsDir ?? '.data/documents', localLinkKey(config), clock);
}

/** S3 on AWS (the bucket given by the stack), the folder everywhere else: the same calls either way. */
export function documentStorageFor(config: AppConfig, clock?: Clock): DocumentStorage {
  if (config.env === 'aws') {
    if (config.documentsBucket) return new S3DocumentStorage(config.documentsBucket, config.awsRegion);
    // Refused when a document is handled, not at start: the rest of the API works without the bucket.
    const missing = () => Promise.reject(new Error('CC_ENV=aws requires DOCUMENTS_BUCKET'));
    return { uploadUrl: missing, downloadUrl: missing, inspect: missing, remove: missing };
  }
  return localDocumentStorage(config, clock);
}
