import { useId } from 'react';
import { formatEuros } from '../../labels/money';

export type EnvelopeFigures = {
  envelopeCents: number;
  paidCents: number;
  committedCents: number;
  remainingCents: number;
};

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const share = (part: number, whole: number) => percentFormat.format(whole > 0 ? part / whole : 0);

/** The three parts of an envelope, in the order they are drawn from the left. */
export function envelopeParts(figures: EnvelopeFigures) {
  return [
    { key: 'paid', label: 'Payé', cents: figures.paidCents, fill: '#000091', pattern: false },
    {
      key: 'committed',
      label: 'Engagé, pas encore payé',
      cents: figures.committedCents,
      fill: '#6a6af4',
      pattern: true,
    },
    { key: 'remaining', label: 'Restant', cents: figures.remainingCents, fill: '#e3e3fd', pattern: false },
  ] as const;
}

const WIDTH = 600;
const BAR_HEIGHT = 48;
const MIN_VISIBLE_WIDTH = 4;

/**
 * The envelope as one stacked bar (paid, committed, remaining), with the same figures as a table: the table is the
 * chart's text alternative and its legend (the committed part is also hatched, for readers who do not see colours).
 */
export function EnvelopeChart({ figures }: { figures: EnvelopeFigures }) {
  const id = useId();
  const parts = envelopeParts(figures);
  const total = Math.max(figures.envelopeCents, 1);
  let x = 0;
  const segments = parts.map((part) => {
    const exact = (Math.max(part.cents, 0) / total) * WIDTH;
    // A part of a few euros in millions stays visible (a sliver taken from the parts after it); the table is exact.
    const width = Math.min(part.cents > 0 ? Math.max(exact, MIN_VISIBLE_WIDTH) : 0, WIDTH - x);
    const segment = { ...part, x, width };
    x += width;
    return segment;
  });
  const summary = `Sur une enveloppe de ${formatEuros(figures.envelopeCents)} : ${parts
    .map(
      (part) =>
        `${part.label.toLowerCase()} ${formatEuros(part.cents)} (${share(part.cents, figures.envelopeCents)})`,
    )
    .join(', ')}.`;

  return (
    <figure className="fr-m-0 fr-mb-4w">
      <svg
        className="region-envelope-chart"
        viewBox={`0 0 ${WIDTH} ${BAR_HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Consommation de l’enveloppe</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#6a6af4" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="3" />
          </pattern>
        </defs>
        <rect x="0" y="0" width={WIDTH} height={BAR_HEIGHT} fill="#f6f6f6" stroke="#929292" />
        {segments.map((segment) =>
          segment.width > 0 ? (
            <rect
              key={segment.key}
              data-part={segment.key}
              x={segment.x}
              y="0"
              width={segment.width}
              height={BAR_HEIGHT}
              fill={segment.pattern ? `url(#${id}-hatch)` : segment.fill}
            />
          ) : null,
        )}
      </svg>
      <figcaption className="fr-mt-2w">
        <div className="fr-table fr-table--no-caption fr-mb-0">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Répartition de l’enveloppe</caption>
                  <thead>
                    <tr>
                      <th scope="col">Part</th>
                      <th scope="col">Montant</th>
                      <th scope="col">Part de l’enveloppe</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parts.map((part) => (
                      <tr key={part.key}>
                        <th scope="row">
                          <span
                            className="region-swatch"
                            aria-hidden="true"
                            style={{
                              background: part.pattern
                                ? `repeating-linear-gradient(45deg, ${part.fill} 0 4px, #ffffff 4px 6px)`
                                : part.fill,
                            }}
                          />
                          {part.label}
                        </th>
                        <td>{formatEuros(part.cents)}</td>
                        <td>{share(part.cents, figures.envelopeCents)}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">Enveloppe totale</th>
                      <td>{formatEuros(figures.envelopeCents)}</td>
                      <td>{share(figures.envelopeCents, figures.envelopeCents)}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </figcaption>
    </figure>
  );
}
