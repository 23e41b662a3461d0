import { departementName } from '../labels/geography';

/**
 * Column and row of each of the 101 départements on a 15 × 15 grid, placed roughly where they are (Île-de-France
 * drawn larger than life so that its eight départements fit; overseas ones bottom left, Corsica bottom right).
 */
const TILES: Record<string, readonly [column: number, row: number]> = {
  '01': [12, 7],
  '02': [9, 2],
  '03': [9, 7],
  '04': [13, 10],
  '05': [13, 9],
  '06': [14, 10],
  '07': [11, 9],
  '08': [11, 1],
  '09': [7, 12],
  '10': [10, 3],
  '11': [8, 12],
  '12': [8, 10],
  '13': [11, 11],
  '14': [4, 2],
  '15': [8, 9],
  '16': [5, 8],
  '17': [4, 7],
  '18': [8, 5],
  '19': [7, 8],
  '21': [11, 5],
  '22': [2, 3],
  '23': [7, 7],
  '24': [6, 8],
  '25': [13, 6],
  '26': [12, 9],
  '27': [6, 1],
  '28': [7, 4],
  '29': [1, 4],
  '2A': [14, 14],
  '2B': [14, 13],
  '30': [10, 10],
  '31': [7, 11],
  '32': [6, 11],
  '33': [4, 9],
  '34': [9, 11],
  '35': [3, 4],
  '36': [7, 6],
  '37': [6, 5],
  '38': [12, 8],
  '39': [12, 6],
  '40': [4, 10],
  '41': [7, 5],
  '42': [10, 8],
  '43': [10, 9],
  '44': [3, 5],
  '45': [8, 4],
  '46': [7, 9],
  '47': [6, 10],
  '48': [9, 9],
  '49': [4, 5],
  '50': [3, 2],
  '51': [10, 2],
  '52': [11, 4],
  '53': [4, 4],
  '54': [13, 3],
  '55': [12, 2],
  '56': [2, 4],
  '57': [13, 2],
  '58': [9, 5],
  '59': [9, 0],
  '60': [8, 1],
  '61': [5, 3],
  '62': [7, 0],
  '63': [9, 8],
  '64': [4, 11],
  '65': [5, 12],
  '66': [8, 13],
  '67': [14, 3],
  '68': [14, 4],
  '69': [11, 7],
  '70': [13, 5],
  '71': [11, 6],
  '72': [5, 4],
  '73': [13, 8],
  '74': [13, 7],
  '75': [7, 2],
  '76': [5, 1],
  '77': [8, 3],
  '78': [5, 2],
  '79': [5, 6],
  '80': [8, 0],
  '81': [8, 11],
  '82': [7, 10],
  '83': [13, 11],
  '84': [11, 10],
  '85': [3, 6],
  '86': [6, 6],
  '87': [6, 7],
  '88': [13, 4],
  '89': [9, 4],
  '90': [14, 5],
  '91': [6, 3],
  '92': [6, 2],
  '93': [8, 2],
  '94': [7, 3],
  '95': [7, 1],
  '971': [0, 11],
  '972': [1, 11],
  '973': [0, 12],
  '974': [1, 12],
  '976': [2, 12],
};

const COLUMNS = 15;
const ROWS = 15;

export type DepartementCount = { departementCode: string; count: number };

/**
 * Five shades of the DSFR blue, lightest for none. The text is black on the middle blue (white on it fell short of
 * the 4.5:1 contrast small text needs), white on the darkest.
 */
const SHADES = [
  { background: 'var(--background-contrast-grey)', color: 'var(--text-mention-grey)' },
  { background: 'var(--blue-france-925-125)', color: 'var(--text-title-grey)' },
  { background: 'var(--blue-france-850-200)', color: 'var(--text-title-grey)' },
  { background: 'var(--blue-france-main-525)', color: '#000' },
  { background: 'var(--blue-france-sun-113-625)', color: '#fff' },
] as const;

/** Shade 0 for none, then 1–4 by quarter of the largest count. */
export const shadeOf = (count: number, max: number): number =>
  count <= 0 || max <= 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));

const countText = (count: number, noun: string) => `${count} ${noun}${count > 1 ? 's' : ''}`;

/**
 * A tile-grid map of France: one square per département, shaded by its count and labelled with its code. Each
 * square is a button that selects the département (again to clear it); its accessible name starts with the code shown, then says the département and the count. Pair it
 * with a table of the same counts for whoever cannot read a map.
 */
export function DepartementTileMap({
  counts,
  selected,
  onSelect,
  noun,
  label,
}: {
  counts: readonly DepartementCount[];
  selected: string | undefined;
  onSelect: (departementCode: string | undefined) => void;
  /** Singular of what is counted, e.g. "témoignage". */
  noun: string;
  /** Names the map for screen readers. */
  label: string;
}) {
  const byCode = new Map(counts.map((entry) => [entry.departementCode, entry.count]));
  const max = Math.max(0, ...counts.map((entry) => entry.count));
  return (
    <figure className="fr-m-0">
      <div
        role="group"
        aria-label={label}
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${ROWS}, auto)`,
          gap: '2px',
          maxWidth: '36rem',
        }}
      >
        {Object.entries(TILES).map(([code, [column, row]]) => {
          const count = byCode.get(code) ?? 0;
          const shade = SHADES[shadeOf(count, max)]!;
          const isSelected = code === selected;
          return (
            <button
              key={code}
              type="button"
              aria-pressed={isSelected}
              // The name starts with the text shown (the code), as speech control users say it (WCAG 2.5.3).
              aria-label={`${code} – ${departementName(code)} : ${countText(count, noun)}`}
              title={`${departementName(code)} : ${countText(count, noun)}`}
              onClick={() => onSelect(isSelected ? undefined : code)}
              style={{
                gridColumn: column + 1,
                gridRow: row + 1,
                aspectRatio: '1',
                minWidth: 0,
                padding: 0,
                fontSize: 'clamp(0.5rem, 1.6vw, 0.75rem)',
                lineHeight: 1,
                fontWeight: 700,
                border: 'none',
                outline: isSelected ? '3px solid var(--border-action-high-grey)' : undefined,
                outlineOffset: isSelected ? '-3px' : undefined,
                ...shade,
              }}
            >
              {code}
            </button>
          );
        })}
      </div>
      <figcaption className="fr-text--sm fr-mt-1w">
        {max > 0 && (
          <span aria-hidden="true">
            Teinte : de <span style={{ ...SHADES[0], padding: '0 0.5em' }}>aucun {noun}</span> à{' '}
            <span style={{ ...SHADES[4], padding: '0 0.5em' }}>{countText(max, noun)}</span>.{' '}
          </span>
        )}
        Choisissez un département pour filtrer la liste ; choisissez-le à nouveau pour revenir à toute la
        France.
      </figcaption>
    </figure>
  );
}
