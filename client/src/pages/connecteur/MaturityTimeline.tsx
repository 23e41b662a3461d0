import { Table } from '@codegouvfr/react-dsfr/Table';
import { useId } from 'react';
import { formatDate, formatMonth } from '../../labels/paris-time';

export type MaturityPoint = { id: string; submittedAt: string; overallScore: number; levelName: string };

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 24, bottom: 48, left: 40 };
/** Keeps the first and last points (and their labels) clear of the axis. */
const INSET = 24;
const SCORE_TICKS = [0, 25, 50, 75, 100];

const day = (instant: string) => formatDate(instant);

/**
 * The company's diagnostics over time (0–100), oldest on the left: an SVG line chart named and described for
 * screen readers, followed by the same figures as a table (the accessible alternative, and what a phone shows best).
 */
export function MaturityTimeline({ points }: { points: readonly MaturityPoint[] }) {
  const titleId = useId();
  const descId = useId();
  if (points.length === 0) return <p>Aucun diagnostic pour l’instant.</p>;

  const ordered = [...points].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right - 2 * INSET;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) =>
    MARGIN.left + INSET + (ordered.length === 1 ? plotWidth / 2 : (index * plotWidth) / (ordered.length - 1));
  const y = (score: number) => MARGIN.top + plotHeight - (score * plotHeight) / 100;
  const first = ordered[0]!;
  const last = ordered.at(-1)!;
  const summary =
    ordered.length === 1
      ? `Un diagnostic, le ${day(first.submittedAt)} : ${first.overallScore} sur 100 (${first.levelName}).`
      : `${ordered.length} diagnostics, du ${day(first.submittedAt)} (${first.overallScore} sur 100) au ${day(last.submittedAt)} (${last.overallScore} sur 100, ${last.levelName}).`;

  return (
    <figure className="fr-my-2w">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ width: '100%', maxWidth: `${WIDTH}px`, height: 'auto' }}
      >
        <title id={titleId}>Évolution du score de maturité numérique</title>
        <desc id={descId}>{summary}</desc>
        {SCORE_TICKS.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#ddd" />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#3a3a3a">
              {tick}
            </text>
          </g>
        ))}
        <polyline
          fill="none"
          stroke="#000091"
          strokeWidth="3"
          points={ordered.map((point, index) => `${x(index)},${y(point.overallScore)}`).join(' ')}
        />
        {ordered.map((point, index) => (
          <g key={point.id}>
            <circle cx={x(index)} cy={y(point.overallScore)} r="5" fill="#000091" />
            <text
              x={x(index)}
              y={y(point.overallScore) - 10}
              textAnchor="middle"
              fontSize="12"
              fill="#161616"
            >
              {point.overallScore}
            </text>
            <text
              x={x(index)}
              y={HEIGHT - MARGIN.bottom + 20}
              textAnchor="middle"
              fontSize="11"
              fill="#3a3a3a"
            >
              {formatMonth(point.submittedAt)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="fr-text--sm">{summary}</figcaption>
      <Table
        caption="Diagnostics de maturité, du plus ancien au plus récent"
        headers={['Date', 'Score sur 100', 'Niveau']}
        data={ordered.map((point) => [day(point.submittedAt), String(point.overallScore), point.levelName])}
      />
    </figure>
  );
}
