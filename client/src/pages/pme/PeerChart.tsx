import { useId } from 'react';

export type PeerChartBar = { label: string; score: number | null; emphasized?: boolean; detail?: string };

const ROW_HEIGHT = 34;
const LABEL_WIDTH = 280;
/** Longer labels are cut in the drawing (the table below gives them whole). */
const LABEL_MAX_CHARACTERS = 38;
const BAR_AREA = 300;
const VALUE_WIDTH = 60;

/**
 * Horizontal bars of scores from 0 to 100 (the company's own bar emphasized), drawn in inline SVG. The drawing is
 * hidden from screen readers: the same figures follow in a table, which is the accessible version.
 */
export function PeerChart({ title, bars }: { title: string; bars: PeerChartBar[] }) {
  const id = useId();
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT + 24;
  return (
    <figure className="fr-my-3w" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="fr-text--bold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
        aria-hidden="true"
        focusable="false"
      >
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={LABEL_WIDTH + (tick / 100) * BAR_AREA}
              x2={LABEL_WIDTH + (tick / 100) * BAR_AREA}
              y1={0}
              y2={bars.length * ROW_HEIGHT}
              stroke="var(--border-default-grey)"
            />
            <text
              x={LABEL_WIDTH + (tick / 100) * BAR_AREA}
              y={bars.length * ROW_HEIGHT + 16}
              fontSize="12"
              textAnchor="middle"
              fill="var(--text-mention-grey)"
            >
              {tick}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const y = index * ROW_HEIGHT;
          const barWidth = bar.score === null ? 0 : (Math.max(0, Math.min(100, bar.score)) / 100) * BAR_AREA;
          return (
            <g key={bar.label}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + ROW_HEIGHT / 2 + 4}
                fontSize="13"
                textAnchor="end"
                fontWeight={bar.emphasized ? 700 : 400}
                fill="var(--text-default-grey)"
              >
                {bar.label.length > LABEL_MAX_CHARACTERS
                  ? `${bar.label.slice(0, LABEL_MAX_CHARACTERS - 1)}…`
                  : bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 6}
                width={barWidth}
                height={ROW_HEIGHT - 12}
                fill={
                  bar.emphasized
                    ? 'var(--background-action-high-blue-france)'
                    : 'var(--background-contrast-grey-active, #bbb)'
                }
              />
              <text
                x={LABEL_WIDTH + barWidth + 6}
                y={y + ROW_HEIGHT / 2 + 4}
                fontSize="13"
                fill="var(--text-default-grey)"
              >
                {bar.score === null ? 'n.d.' : Math.round(bar.score)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="fr-table fr-table--sm fr-mt-1w">
        <table>
          <caption className="fr-sr-only">{title} (tableau)</caption>
          <thead>
            <tr>
              <th scope="col">Groupe</th>
              <th scope="col">Score moyen sur 100</th>
              <th scope="col">Détail</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.score === null ? 'Pas encore de données' : Math.round(bar.score)}</td>
                <td>{bar.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
