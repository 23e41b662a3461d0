import { describe, expect, it } from 'vitest';
import { erasedContactRequest } from '../../functions/contacts/erasure.js';
import type { ContactRequestRecord } from '../../functions/contacts/records.js';
import { REQUEST_ERASURE } from '../../functions/contacts/workflow.js';

const AT = '2026-03-03T08:00:00.000Z';

const makeRequest = (overrides: Partial<ContactRequestRecord> = {}): ContactRequestRecord => ({
  id: 'r1',
  needId: 'n1',
  companyId: 'co1',
  connecteurId: 'c1',
  regionCode: '53',
  status: 'PENDING',
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  pendingSince: '2026-03-02T08:00:00.000Z',
  reopenCount: 0,
  history: [],
  version: 1,
  ...overrides,
});

describe('a contact request of a company deleting its account', () => {
  it('is an ERASE row of the request workflow, from the open statuses only', () => {
    expect(REQUEST_ERASURE).toEqual({
      event: 'ERASE',
      from: ['PENDING', 'TAKEN_IN_CHARGE'],
      to: 'DONE_UNREACHABLE',
      by: 'PME',
    });
  });

  it.each(['PENDING', 'TAKEN_IN_CHARGE'] as const)(
    'closes a %s request as unreachable, without a subject nor a first answer',
    (status) => {
      const next = erasedContactRequest(makeRequest({ status }), AT)!;
      expect(next).toMatchObject({ status: 'DONE_UNREACHABLE', updatedAt: AT, version: 2 });
      expect(next.firstAnsweredAt).toBeUndefined();
      expect(next.history).toEqual([{ at: AT, by: 'PME', from: status, to: 'DONE_UNREACHABLE' }]);
    },
  );

  it('keeps a closed request’s status, erases the company’s words, and then has nothing left to do', () => {
    const closed = makeRequest({
      status: 'DONE_NO_HELP',
      history: [
        { at: AT, by: 'PME', sub: 'pme-sub', from: 'DONE_NO_HELP', to: 'PENDING', message: 'Rappelez-moi' },
      ],
    });
    const next = erasedContactRequest(closed, AT)!;
    expect(next.status).toBe('DONE_NO_HELP');
    expect(next.history).toEqual([
      {
        at: AT,
        by: 'PME',
        from: 'DONE_NO_HELP',
        to: 'PENDING',
        message: '[effacé à la demande de l’entreprise]',
      },
    ]);
    expect(erasedContactRequest(next, AT)).toBeUndefined();
  });
});
