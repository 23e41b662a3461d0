import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../functions/subsidies/document-store.js';
import { documentErasure } from '../../functions/subsidies/erasure-rules.js';
import type { SubsidyStatus } from '../../functions/subsidies/records.js';

const makeDocument = (overrides: Partial<DocumentRecord> = {}): DocumentRecord => ({
  applicationId: 'app-1',
  id: 'doc-1',
  kind: 'QUOTE',
  fileName: 'devis-jeanne-dupont.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1000,
  storageKey: 'subsidies/app-1/doc-1',
  status: 'READY',
  uploadedBySub: 'pme-sub',
  createdAt: '2026-11-26T10:00:00.000Z',
  ...overrides,
});

describe('what an account deletion does to a file’s documents', () => {
  it.each<[SubsidyStatus, DocumentRecord['status'], string]>([
    ['DRAFT', 'READY', 'delete'],
    ['SUBMITTED', 'READY', 'delete'],
    ['CLOSED', 'READY', 'delete'],
    ['REJECTED', 'READY', 'delete'],
    ['ACCEPTED', 'READY', 'delete'],
    ['PAID', 'PENDING', 'delete'],
    ['PAID', 'READY', 'keep'],
  ])('a %s file’s %s document: %s', (status, documentStatus, expected) => {
    const rule = documentErasure({ status }, makeDocument({ status: documentStatus }));
    expect(rule && ('keep' in rule ? 'keep' : 'delete')).toBe(expected);
  });

  it('keeps a paid file’s documents under a neutral name by kind and type, once', () => {
    expect(documentErasure({ status: 'PAID' }, makeDocument())).toEqual({ keep: { fileName: 'devis.pdf' } });
    expect(
      documentErasure({ status: 'PAID' }, makeDocument({ kind: 'INVOICE', contentType: 'image/jpeg' })),
    ).toEqual({ keep: { fileName: 'facture.jpg' } });
    const { uploadedBySub: _gone, ...pseudonymised } = makeDocument({ fileName: 'devis.pdf' });
    expect(documentErasure({ status: 'PAID' }, pseudonymised as DocumentRecord)).toBeUndefined();
  });
});
