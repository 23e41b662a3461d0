const ratingFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * Stars out of 5 (rounded to the nearest whole star for the eye) with their text alternative, which is what screen
 * readers read: "Note moyenne 4,2 sur 5 (12 avis)". `count` is left out for a single review's stars.
 */
export function StarRating({ value, count }: { value: number | null | undefined; count?: number }) {
  if (value == null) {
    return <span className="fr-text--sm">Pas encore d’avis publié</span>;
  }
  const whole = Math.round(value);
  const stars = '★'.repeat(whole) + '☆'.repeat(5 - whole);
  const text =
    count === undefined
      ? `${ratingFormat.format(value)} étoile${value >= 2 ? 's' : ''} sur 5`
      : `Note moyenne ${ratingFormat.format(value)} sur 5 (${count} avis)`;
  return (
    <span>
      <span aria-hidden="true" style={{ color: 'var(--text-default-warning)', letterSpacing: '0.1em' }}>
        {stars}
      </span>{' '}
      <span className="fr-sr-only">{text}</span>
      {count !== undefined && (
        <span aria-hidden="true" className="fr-text--sm">
          {ratingFormat.format(value)} / 5 · {count} avis
        </span>
      )}
    </span>
  );
}
