import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { HEAD_BYTES, type DocumentStorage } from './document-storage.js';

const secondsUntil = (at: Date) => Math.max(1, Math.floor((at.getTime() - Date.now()) / 1000));

/**
 * Documents in the private bucket of infra/documents.ts, through presigned URLs: the browser PUTs and GETs the bytes
 * itself, the function only signs (its role may put, get and delete under `subsidies/` and nothing else). The upload
 * link signs the Content-Type and Content-Length declared, so S3 refuses other bytes.
 */
export class S3DocumentStorage implements DocumentStorage {
  private readonly s3: S3Client;

  constructor(
    private readonly bucket: string,
    region: string,
  ) {
    this.s3 = new S3Client({ region });
  }

  uploadUrl(key: string, u: { contentType: string; sizeBytes: number; expiresAt: Date }) {
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ContentType: u.contentType,
      ContentLength: u.sizeBytes,
    });
    return getSignedUrl(this.s3, command, {
      expiresIn: secondsUntil(u.expiresAt),
      signableHeaders: new Set(['content-type', 'content-length']),
    });
  }

  downloadUrl(key: string, d: { fileName: string; contentType: string; expiresAt: Date }) {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: d.contentType,
      ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
    });
    return getSignedUrl(this.s3, command, { expiresIn: secondsUntil(d.expiresAt) });
  }

  async inspect(key: string) {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      const first = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${HEAD_BYTES - 1}` }),
      );
      const bytes = first.Body ? await first.Body.transformToByteArray() : new Uint8Array();
      return { sizeBytes: head.ContentLength ?? 0, head: bytes };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'NotFound' || name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async remove(key: string) {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
