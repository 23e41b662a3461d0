import * as z from 'zod';
import { lazySchema } from '../shared/lazy-schema.js';
import { requireRole } from '../shared/auth.js';
import {
  DOCUMENT_TYPES,
  DOWNLOAD_LINK_SECONDS,
  MAX_DOCUMENT_BYTES,
  sniffContentType,
  UPLOAD_LINK_SECONDS,
} from '../shared/document-storage.js';
import { badUserInput, conflict, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { newId } from '../shared/identifiers.js';
import { backoff } from '../shared/retry.js';
import { parseInput, text } from '../shared/validation.js';
import type { SubsidyDeps } from './deps.js';
import { DocumentRefused, type DocumentRecord, type SubsidyDocumentKind } from './document-store.js';
import { relationTo, type Relation } from './need-to-know.js';
import type { SubsidyApplicationRecord, SubsidyStatus } from './records.js';

/** A quote comes with the project (before the decision); the invoice once the file is accepted, for the payment. */
const STATUSES_TAKING: Record<SubsidyDocumentKind, readonly SubsidyStatus[]> = {
  QUOTE: ['DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED'],
  INVOICE: ['ACCEPTED'],
};

/** Confirmations of one file racing for the next number: read again this many times. */
const CONFIRM_ATTEMPTS = 5;

/** Who reads a file's documents: its company, the agents of its region, the trusted third party it chose. */
const DOCUMENT_READERS: readonly Relation[] = ['APPLICANT', 'INSTRUCTOR', 'TRUSTED_THIRD_PARTY'];

const uploadInput = lazySchema(() =>
  z.object({
    kind: z.enum(['QUOTE', 'INVOICE']),
    fileName: text('Nom du fichier', 120).regex(
      /^[^/\\<>:"|?*\u0000-\u001f]+$/,
      'Nom du fichier : sans / \\ < > : " | ? * ni caractère de contrôle.',
    ),
    contentType: z.enum(DOCUMENT_TYPES, { message: 'Seuls les fichiers PDF, PNG et JPEG sont acceptés.' }),
    sizeBytes: z
      .number()
      .int()
      .min(1, 'Le fichier est vide.')
      .max(MAX_DOCUMENT_BYTES, 'Le fichier dépasse 10 Mo.'),
  }),
);

/** The file, when the caller is its applicant (FORBIDDEN otherwise, as the workflow's events answer). */
async function applicantsFile(deps: SubsidyDeps, applicationId: string) {
  requireRole(deps.viewer, 'PME');
  const app = await deps.subsidyStore.getApplication(applicationId, true);
  if (!app) throw notFound('Dossier');
  if ((await relationTo(deps, app)) !== 'APPLICANT')
    throw forbidden('Seule l’entreprise qui dépose le dossier y joint des pièces.');
  return app;
}

/**
 * The applicant asks where to upload a quote or an invoice: the document is recorded PENDING (guarded by the file's
 * status in the same write) and a link is signed for exactly this type and size, valid 15 minutes.
 */
export async function requestUpload(deps: SubsidyDeps, applicationId: string, rawInput: unknown) {
  const input = parseInput(uploadInput, rawInput, ['input']);
  const app = await applicantsFile(deps, applicationId);
  const statuses = STATUSES_TAKING[input.kind];
  const refused = () =>
    conflict(
      input.kind === 'QUOTE'
        ? 'Les devis se joignent avant la décision de la région.'
        : 'La facture se joint une fois le dossier accepté, avant le paiement.',
    );
  if (!statuses.includes(app.status)) throw refused();
  const id = newId();
  const document: DocumentRecord = {
    applicationId: app.id,
    id,
    kind: input.kind,
    fileName: input.fileName,
    contentType: input.contentType,
    sizeBytes: input.sizeBytes,
    storageKey: `subsidies/${app.id}/${id}`,
    status: 'PENDING',
    uploadedBySub: deps.viewer.kind === 'user' ? deps.viewer.sub : '',
    createdAt: deps.now.toISOString(),
  };
  try {
    await deps.subsidyStore.documents.create(document, statuses);
  } catch (error) {
    if (error instanceof DocumentRefused) throw refused();
    throw error;
  }
  const expiresAt = new Date(deps.now.getTime() + UPLOAD_LINK_SECONDS * 1000);
  const uploadUrl = await deps.documentStorage.uploadUrl(document.storageKey, { ...input, expiresAt });
  return { documentId: id, uploadUrl, expiresAt: expiresAt.toISOString() };
}

/**
 * After the upload: the bytes must be there, of the size declared (at most 10 MB) and of an accepted type read from
 * their first bytes, whatever their name or declared type says. A refused upload is deleted with its record.
 */
export async function confirmUpload(
  deps: SubsidyDeps,
  applicationId: string,
  documentId: string,
): Promise<DocumentRecord> {
  const app = await applicantsFile(deps, applicationId);
  const document = await deps.subsidyStore.documents.get(app.id, documentId);
  if (!document) throw notFound('Document');
  if (document.status === 'READY') return document;
  const stored = await deps.documentStorage.inspect(document.storageKey);
  if (!stored) throw badUserInput('Aucun fichier reçu pour ce document : envoyez-le d’abord.');
  const refuse = async (message: string) => {
    await deps.documentStorage.remove(document.storageKey);
    await deps.subsidyStore.documents.remove(document);
    return badUserInput(message);
  };
  if (stored.sizeBytes > MAX_DOCUMENT_BYTES || stored.sizeBytes !== document.sizeBytes)
    throw await refuse('Le fichier reçu n’a pas la taille annoncée ou dépasse 10 Mo : il a été supprimé.');
  if (sniffContentType(stored.head) !== document.contentType)
    throw await refuse(
      'Le contenu du fichier n’est pas celui d’un PDF, PNG ou JPEG (ou pas du type annoncé) : il a été supprimé.',
    );
  const at = deps.now.toISOString();
  // Numbered after the file's other READY documents: another confirmed meanwhile moves the count, read it again.
  let read = app.documentCount ?? 0;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await deps.subsidyStore.documents.markReady(document, read, at);
    if (outcome === 'READY') return { ...document, status: 'READY', checkedAt: at, seq: read + 1 };
    if (outcome === 'NOT_PENDING') {
      const now = await deps.subsidyStore.documents.get(app.id, document.id);
      if (now?.status === 'READY') return now;
      throw notFound('Document');
    }
    if (attempt === CONFIRM_ATTEMPTS)
      throw conflict('D’autres pièces sont confirmées au même instant sur ce dossier : réessayez.');
    await backoff(attempt);
    read = (await deps.subsidyStore.getApplication(app.id, true))?.documentCount ?? 0;
  }
}

/** The checked documents of a file, for its readers only (FORBIDDEN otherwise: moderators included). */
export async function documentsOf(deps: SubsidyDeps, app: SubsidyApplicationRecord) {
  if (deps.viewer.kind === 'anonymous') throw unauthenticated();
  if (!DOCUMENT_READERS.includes(await relationTo(deps, app)))
    throw forbidden(
      'Les pièces du dossier : réservées à l’entreprise, aux agents de sa région et au tiers de confiance.',
    );
  // Batched: a list of files reads all their documents in one BatchGetItem (docs/data-model.md).
  return deps.subsidyDocumentLoader.load({ applicationId: app.id, count: app.documentCount ?? 0 });
}

/** A link valid 5 minutes (the list above has checked the reader). */
export const downloadUrlOf = (deps: SubsidyDeps, document: DocumentRecord) =>
  deps.documentStorage.downloadUrl(document.storageKey, {
    fileName: document.fileName,
    contentType: document.contentType,
    expiresAt: new Date(deps.now.getTime() + DOWNLOAD_LINK_SECONDS * 1000),
  });
