import { describe, expect, it } from 'vitest';
import { loadNafLabels, nafActivity, normalizeNafCode } from '../../client/src/labels/naf';
import { normalizeNafCode as serverNormalizeNafCode } from '../../functions/shared/naf';

describe('NAF codes typed as on a Kbis', () => {
  it.each([
    ['4791B', '47.91B'],
    ['47.91B', '47.91B'],
    ['47.91 B', '47.91B'],
    ['47 91 b', '47.91B'],
    ['  1071c ', '10.71C'],
    ['47-91B', '47.91B'],
  ])('reads %j as %s, in the web app as in the API', (typed, code) => {
    expect(normalizeNafCode(typed)).toBe(code);
    expect(serverNormalizeNafCode(typed)).toBe(code);
  });

  it.each(['4791', '479B', '47.911B', 'B4791', ''])('leaves %j for the API to refuse', (typed) => {
    expect(normalizeNafCode(typed)).toBe(typed.trim().toUpperCase());
  });

  it('names the activity itself, not its section', async () => {
    const labels = await loadNafLabels();
    expect(nafActivity(labels, '4791B')).toBe('Vente à distance sur catalogue spécialisé');
    expect(nafActivity(labels, '47.91 B')).toBe('Vente à distance sur catalogue spécialisé');
    expect(nafActivity(labels, '47')).toBeUndefined();
  });
});
