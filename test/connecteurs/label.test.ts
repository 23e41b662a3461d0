import { describe, expect, it } from 'vitest';
import { applyLabelEvent, tierAt } from '../../functions/connecteurs/label.js';
import { endOfParisDay } from '../../functions/shared/paris-time.js';
import type { ConnecteurRecord } from '../../functions/connecteurs/records.js';

const makeConnecteur = (overrides: Partial<ConnecteurRecord> = {}): ConnecteurRecord => ({
  id: 'c1',
  ownerSub: 's1',
  displayName: 'Camille Martin',
  kind: 'PERSON',
  structureType: 'FREELANCE',
  communeCode: '69123',
  departementCode: '69',
  regionCode: '84',
  departementsServed: ['69'],
  themes: ['STRATEGY'],
  acceptsNewPmes: true,
  email: 'c@exemple.fr',
  charterSignedAt: '2026-01-01T00:00:00.000Z',
  labelHistory: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});

describe('label validity', () => {
  it('ends at midnight in Paris after the last day, in winter and summer time', () => {
    expect(endOfParisDay('2027-01-15').toISOString()).toBe('2027-01-15T23:00:00.000Z');
    expect(endOfParisDay('2027-07-14').toISOString()).toBe('2027-07-14T22:00:00.000Z');
    expect(endOfParisDay('2027-12-31').toISOString()).toBe('2027-12-31T23:00:00.000Z');
  });

  it('follows request → grant → expiry → new request', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    let c = makeConnecteur();
    c = { ...c, labelHistory: applyLabelEvent(c, { type: 'REQUEST', id: 'r1' }, now) };
    expect(() => applyLabelEvent(c, { type: 'REQUEST', id: 'r2' }, now)).toThrow(/déjà en cours/);
    expect(() => applyLabelEvent(c, { type: 'REVOKE', reason: 'x', moderator: 'm' }, now)).toThrow(
      /pas de label valide/,
    );
    c = {
      ...c,
      labelHistory: applyLabelEvent(c, { type: 'GRANT', validUntil: '2026-12-31', moderator: 'm' }, now),
    };
    expect(tierAt(c, now)).toBe('LABELLED');
    expect(tierAt(c, new Date('2026-12-31T22:59:59Z'))).toBe('LABELLED');
    expect(tierAt(c, new Date('2026-12-31T23:00:00Z'))).toBe('VOLUNTEER');
    const later = new Date('2027-01-02T00:00:00Z');
    expect(applyLabelEvent(c, { type: 'REQUEST', id: 'r2' }, later).map((r) => r.status)).toEqual([
      'PENDING',
      'GRANTED',
    ]);
  });
});
