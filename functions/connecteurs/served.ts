import { badUserInput } from '../shared/errors.js';
import { homeArea } from '../shared/neighbours.js';
import type { ConnecteurRecord } from './records.js';

/**
 * Where a connecteur may work: its home département, the départements bordering it, and those a moderator approved
 * for it. A volunteer cannot widen its area to the whole country by editing its profile (issue #11).
 */
export const allowedArea = (home: string, approved: readonly string[] = []): Set<string> =>
  new Set([...homeArea(home), ...approved]);

/** The home département is always served; the list is kept sorted and without duplicates. */
export const servedWithHome = (home: string, served: readonly string[]) =>
  [...new Set([home, ...served])].sort();

/** The départements served after a change, or BAD_USER_INPUT naming those outside the allowed area. */
export function boundedServed(
  home: string,
  served: readonly string[],
  approved: readonly string[] = [],
  path: (string | number)[] = ['input', 'departementsServed'],
): string[] {
  const area = allowedArea(home, approved);
  const outside = servedWithHome(home, served).filter((d) => !area.has(d));
  if (outside.length)
    throw badUserInput(
      `Vous servez votre département (${home}) et ses voisins ; ${outside.join(', ')} demande l’accord d’un modérateur.`,
      [{ path, message: `Hors de votre département et de ses voisins : ${outside.join(', ')}.` }],
    );
  return servedWithHome(home, served);
}

/** After a move of the home, the départements kept when the connecteur did not name new ones: those still allowed. */
export const servedAfterMove = (
  home: string,
  current: readonly string[],
  approved: readonly string[] = [],
) => {
  const area = allowedArea(home, approved);
  return servedWithHome(
    home,
    current.filter((d) => area.has(d)),
  );
};

export const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** One line of the audit trail of a connecteur's area. */
export type ServedChangeRecord = {
  connecteurId: string;
  at: string;
  bySub: string;
  byRole: 'CONNECTEUR' | 'MODERATOR';
  kind: 'SERVED' | 'APPROVAL';
  before: string[];
  after: string[];
};

export const approvedOf = (c: Pick<ConnecteurRecord, 'approvedDepartements'>) => c.approvedDepartements ?? [];
