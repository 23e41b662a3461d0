/** A current commune, from client/public/communes.tsv (scripts/generate-commune-asset.ts, at build time). */
export type Commune = {
  code: string;
  name: string;
  postalCodes: string[];
  departementCode: string;
  /** The name as searches compare it (normalizeCommuneName), computed once. */
  searchKey: string;
};

const ASSET_URL = '/communes.tsv';

let loading: Promise<Commune[]> | undefined;

/**
 * The ~35,000 communes, most populated first: fetched once, on the first use of a commune field (about 450 KB
 * compressed, so no page pays for it unless it asks for a commune). A failed load is retried on the next call.
 */
export function loadCommunes(): Promise<Commune[]> {
  loading ??= fetch(ASSET_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`communes: HTTP ${response.status}`);
      return response.text();
    })
    .then(parseCommunes)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export function parseCommunes(text: string): Commune[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [code = '', name = '', postalCodes = '', departementCode = ''] = line.split('\t');
      return {
        code,
        name,
        postalCodes: postalCodes ? postalCodes.split(' ') : [],
        departementCode,
        searchKey: normalizeCommuneName(name),
      };
    });
}

/** Case, accents, hyphens and apostrophes ignored; "St" and "Ste" read as "Saint" and "Sainte". */
export function normalizeCommuneName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

/**
 * The communes a user may mean by what they typed: digits match a postal code or an INSEE code from their start,
 * anything else the name (names starting with it first, then names containing it). In file order, so the most
 * populated first.
 */
export function searchCommunes(communes: readonly Commune[], query: string, limit = 10): Commune[] {
  const typed = query.trim();
  if (typed.length === 0) return [];
  if (/^[0-9][0-9AaBb]?[0-9]*$/.test(typed)) {
    const code = typed.toUpperCase();
    return communes
      .filter((c) => c.code.startsWith(code) || c.postalCodes.some((p) => p.startsWith(code)))
      .slice(0, limit);
  }
  const wanted = normalizeCommuneName(typed);
  if (wanted.length === 0) return [];
  const starting: Commune[] = [];
  const containing: Commune[] = [];
  for (const commune of communes) {
    if (commune.searchKey.startsWith(wanted)) starting.push(commune);
    else if (containing.length < limit && commune.searchKey.includes(wanted)) containing.push(commune);
    if (starting.length >= limit) break;
  }
  return [...starting, ...containing].slice(0, limit);
}

/** "Lyon (69)", as a picked commune is shown. */
export const communeLabel = (commune: Commune): string => `${commune.name} (${commune.departementCode})`;

let index: Promise<ReadonlyMap<string, Commune>> | undefined;

/** The communes by INSEE code, built once from the list (loadCommunes). */
export function loadCommuneIndex(): Promise<ReadonlyMap<string, Commune>> {
  index ??= loadCommunes().then(
    (list) => new Map(list.map((commune) => [commune.code, commune])),
    (error: unknown) => {
      index = undefined;
      throw error;
    },
  );
  return index;
}
