import { useId } from 'react';
import { formatEuros } from '../../labels/money';

export type EnvelopeFigures = {
  envelopeCents: number;
  paidCents: number;
  committedCents: number;
  remainingCents: number;
  /** Aid asked by the files not decided yet: part of what remains, not taken from it until accepted. */
  inProgressCents: number;
};

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const share = (part: number, whole: number) => percentFormat.format(whole > 0 ? part / whole : 0);

/**
 * The four parts of an envelope, in the order they are drawn from the left: paid, committed, in progress (asked by
 * undecided files, within what remains) and free (what remains beyond them).
 */
export function envelopeParts(figures: EnvelopeFigures) {
  const inProgress = Math.min(Math.max(figures.inProgressCents, 0), Math.max(figures.remainingCents, 0));
  return [
    { key: 'paid', label: 'Payé', cents: figures.paidCents, fill: '#000091', pattern: undefined },
    {
      key: 'committed',
      label: 'Engagé, pas encore payé',
      cents: figures.committedCents,
      fill: '#6a6af4',
      pattern: 'hatch',
    },
    {
      key: 'inProgress',
      label: 'En cours d’instruction',
      cents: inProgress,
      fill: '#c08c65',
      pattern: 'dots',
    },
    {
      key: 'remaining',
      label: 'Libre',
      cents: figures.remainingCents - inProgress,
      fill: '#e3e3fd',
      pattern: undefined,
    },
  ] as const;
}

type Part = ReturnType<typeof envelopeParts>[number];

/** Below this share of the envelope used, a second bar draws the used parts at a larger scale. */
const ZOOM_BELOW = 0.1;

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
  const used = parts.filter((part) => part.key !== 'remaining');
  const usedCents = used.reduce((sum, part) => sum + Math.max(part.cents, 0), 0);
  const zoomed = usedCents > 0 && usedCents < figures.envelopeCents * ZOOM_BELOW;
  const summary = `Sur une enveloppe de ${formatEuros(figures.envelopeCents)} : ${parts
    .map(
      (part) =>
        `${part.label.toLowerCase()} ${formatEuros(part.cents)} (${share(part.cents, figures.envelopeCents)})`,
    )
    .join(', ')}.`;
  const fillOf = (part: Part) => (part.pattern ? `url(#${id}-${part.pattern})` : part.fill);

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
        <Patterns id={id} />
        <Bar parts={parts} total={figures.envelopeCents} fillOf={fillOf} />
      </svg>
      {zoomed && (
        <>
          <p className="fr-text--sm fr-mt-2w fr-mb-1v" id={`${id}-zoom`}>
            Moins de 10 % de l’enveloppe est utilisé : la part utilisée ({formatEuros(usedCents)}) à plus
            grande échelle.
          </p>
          <svg
            className="region-envelope-chart"
            viewBox={`0 0 ${WIDTH} ${BAR_HEIGHT}`}
            role="img"
            aria-label={`Détail de la part utilisée, ${formatEuros(usedCents)} : ${used
              .map((part) => `${part.label.toLowerCase()} ${formatEuros(part.cents)}`)
              .join(', ')}.`}
          >
            <Patterns id={`${id}-z`} />
            <Bar
              parts={used}
              total={usedCents}
              fillOf={(part) => (part.pattern ? `url(#${id}-z-${part.pattern})` : part.fill)}
              zoom
            />
          </svg>
        </>
      )}
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
                            style={{ background: swatchOf(part) }}
                          />
                          {part.label}
                        </th>
                        <td>{formatEuros(part.cents)}</td>
                        <td>{share(part.cents, figures.envelopeCents)}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">Restant (en cours d’instruction et libre)</th>
                      <td>{formatEuros(figures.remainingCents)}</td>
                      <td>{share(figures.remainingCents, figures.envelopeCents)}</td>
                    </tr>
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

/** The legend's swatch of a part, drawn like the bar (hatched, dotted or plain). */
function swatchOf(part: Part): string {
  if (part.pattern === 'hatch')
    return `repeating-linear-gradient(45deg, ${part.fill} 0 4px, #ffffff 4px 6px)`;
  if (part.pattern === 'dots') return `radial-gradient(#ffffff 25%, ${part.fill} 30%) 0 0 / 6px 6px`;
  return part.fill;
}

/** The fills of the hatched (committed) and dotted (in progress) parts, for readers who do not see colours. */
function Patterns({ id }: { id: string }) {
  return (
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
      <pattern id={`${id}-dots`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#c08c65" />
        <circle cx="4" cy="4" r="1.6" fill="#ffffff" />
      </pattern>
    </defs>
  );
}

/** One stacked bar of parts over `total`; a part of a few euros in millions stays visible (the table is exact). */
function Bar({
  parts,
  total,
  fillOf,
  zoom = false,
}: {
  parts: readonly Part[];
  total: number;
  fillOf: (part: Part) => string;
  zoom?: boolean;
}) {
  const scale = Math.max(total, 1);
  let x = 0;
  return (
    <>
      <rect x="0" y="0" width={WIDTH} height={BAR_HEIGHT} fill="#f6f6f6" stroke="#929292" />
      {parts.map((part) => {
        const exact = (Math.max(part.cents, 0) / scale) * WIDTH;
        const width = Math.min(part.cents > 0 ? Math.max(exact, MIN_VISIBLE_WIDTH) : 0, WIDTH - x);
        const at = x;
        x += width;
        return width > 0 ? (
          <rect
            key={part.key}
            data-part={zoom ? `zoom-${part.key}` : part.key}
            x={at}
            y="0"
            width={width}
            height={BAR_HEIGHT}
            fill={fillOf(part)}
          />
        ) : null;
      })}
    </>
  );
}
