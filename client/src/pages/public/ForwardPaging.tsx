import { Link, useSearchParams } from 'react-router';

/** The address-bar parameter holding the cursor of the page shown. */
export const AFTER_PARAM = 'apres';

/**
 * Forward-only cursor paging kept in the address: "Page suivante" follows `endCursor`, "Première page" drops the
 * cursor (the browser's back button returns to the previous page).
 */
export function ForwardPaging({
  endCursor,
  label,
  onPageRequested,
}: {
  endCursor: string | null | undefined;
  /** Names the navigation landmark, e.g. "Pagination des prestataires". */
  label: string;
  onPageRequested?: () => void;
}) {
  const [params] = useSearchParams();
  const after = params.get(AFTER_PARAM);
  if (!after && !endCursor) return null;

  const toPage = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set(AFTER_PARAM, cursor);
    else next.delete(AFTER_PARAM);
    return `?${next.toString()}`;
  };
  const linkClass = 'fr-pagination__link fr-pagination__link--lg-label';
  return (
    <nav role="navigation" aria-label={label} className="fr-pagination fr-mt-4w">
      <ul className="fr-pagination__list">
        {after && (
          <li>
            <Link
              className={`${linkClass} fr-pagination__link--first`}
              to={toPage(null)}
              onClick={onPageRequested}
            >
              Première page
            </Link>
          </li>
        )}
        {endCursor && (
          <li>
            <Link
              className={`${linkClass} fr-pagination__link--next`}
              to={toPage(endCursor)}
              onClick={onPageRequested}
            >
              Page suivante
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Search parameters from a form's values: empty values are left out, arrays become repeated parameters. */
export function toSearchParams(
  values: Record<string, string | boolean | readonly string[]>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const item of value as readonly string[]) params.append(key, item);
    else if (value === true) params.set(key, 'oui');
    else if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  }
  return params;
}
