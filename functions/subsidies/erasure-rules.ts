import { ERASED_COMPANY_NAME, ERASED_TEXT } from '../shared/erased.js';
import type { DocumentRecord } from './document-store.js';
import type { FileTrail } from './erasure-store.js';
import type { HistoryEntryRecord, NoteRecord, SubsidyApplicationRecord } from './records.js';

// What a company's account deletion leaves of its subsidy files. Pure rules: each returns the erased record, or
// undefined when the record holds nothing left to erase (so a deletion resumed after a failure rewrites only what
// it had not done).

export const ERASURE_HISTORY_REASON =
  'Données personnelles effacées à la demande de l’entreprise (RGPD) : montants, programme, statut et décisions conservés.';

/**
 * The record without some fields. Their types call them required because every write sets them; the ones erased
 * here (subjects of past writers, free texts) are written and never read back, so their absence is safe.
 */
function without<T extends object>(record: T, ...fields: (keyof T & string)[]): T {
  return Object.fromEntries(
    Object.entries(record).filter(([name]) => !(fields as string[]).includes(name)),
  ) as T;
}

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** Only a paid file keeps (pseudonymised) documents when its company deletes its account: they justify money paid. */
const keepsDocuments = (file: Pick<SubsidyApplicationRecord, 'status'>) => file.status === 'PAID';

/**
 * A subsidy file's own attributes to rewrite: the texts the applicant wrote and the company's identity go, the
 * money, programme, status, provider and dates stay. Undefined once erased (the file carries `erasedAt`).
 */
export function applicationErasure(
  a: SubsidyApplicationRecord & { erasedAt?: string },
  at: string,
): { set: Record<string, unknown>; remove: string[] } | undefined {
  if (a.erasedAt) return undefined;
  return {
    set: {
      projectSummary: ERASED_TEXT,
      expenses: a.expenses.map((e) => ({ ...e, description: ERASED_TEXT })),
      ...(a.companySnapshot
        ? { companySnapshot: { ...a.companySnapshot, name: ERASED_COMPANY_NAME, siren: '' } }
        : {}),
      ...(a.followUp ? { followUp: without(a.followUp, 'answeredBySub', 'comment') } : {}),
      // The declaration on honour stays (its text version and date), not who ticked it.
      ...(a.declaration ? { declaration: without(a.declaration, 'acceptedBySub') } : {}),
      erasedAt: at,
    },
    // A file whose documents all went no longer counts them (the count numbers the READY ones to read).
    remove: [
      'createdBySub',
      ...(keepsDocuments(a) || a.documentCount === undefined ? [] : ['documentCount']),
    ],
  };
}

/** The history entry of the erasure: an update with no actor subject, at the file's next version. */
export function erasureHistoryEntry(a: SubsidyApplicationRecord, at: string): HistoryEntryRecord {
  return without(
    {
      applicationId: a.id,
      version: a.version + 1,
      at,
      actorSub: '',
      actorRole: 'PME',
      action: 'UPDATE',
      reason: ERASURE_HISTORY_REASON,
      fromStatus: a.status,
      toStatus: a.status,
    },
    'actorSub',
  );
}

/**
 * A file's trail entries to rewrite: the applicant's subject and words leave its history (the agents' entries, and
 * so the decisions and their reasons, stay whole); every message and annotation body is erased, since either side
 * may name the applicant; submission records lose the subject.
 */
export function erasedTrail(trail: FileTrail): FileTrail {
  const history = trail.history.flatMap((h) => {
    if (h.actorRole !== 'PME') return [];
    const next = without(h, 'actorSub', 'reason');
    return same(next, h) ? [] : [next];
  });
  const eraseNote = (n: NoteRecord) => {
    const next = { ...(n.authorRole === 'PME' ? without(n, 'authorSub') : n), body: ERASED_TEXT };
    return same(next, n) ? [] : [next];
  };
  return {
    history,
    messages: trail.messages.flatMap(eraseNote),
    annotations: trail.annotations.flatMap(eraseNote),
    submissions: trail.submissions.filter((s) => s.sub !== undefined),
  };
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/**
 * What becomes of a file's document when its company deletes its account (docs/security.md, "Personal data"): a
 * paid file's checked quotes and invoice justify public money paid and stay with the region, pseudonymised (no
 * uploader, a neutral name: `devis.pdf`, `facture.pdf`); every other document goes, bytes and record (a draft's,
 * a withdrawn, refused or closed file's, and any upload never checked). `keep` is undefined when already done.
 */
export function documentErasure(
  file: Pick<SubsidyApplicationRecord, 'status'>,
  d: DocumentRecord,
): { delete: true } | { keep: { fileName: string } } | undefined {
  if (!keepsDocuments(file) || d.status !== 'READY') return { delete: true };
  const fileName = `${d.kind === 'INVOICE' ? 'facture' : 'devis'}.${EXTENSIONS[d.contentType] ?? 'bin'}`;
  return d.fileName === fileName && d.uploadedBySub === undefined ? undefined : { keep: { fileName } };
}
