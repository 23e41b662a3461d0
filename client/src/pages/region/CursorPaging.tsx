import { Link, useLocation } from 'react-router';

/** Cursors of the pages before the one shown, kept in the history entry so "Page précédente" can go back. */
type PagingState = { previousCursors?: (string | null)[] } | null;

/**
 * Forward-only cursors (as the API gives them): "next" follows `endCursor`; "previous" goes back through the cursors
 * kept in history. `toPage(cursor)` is the address of the page starting after `cursor` (null: the first page).
 */
export function CursorPaging({
  label,
  after,
  endCursor,
  toPage,
  onPageRequested,
}: {
  label: string;
  after: string | undefined;
  endCursor: string | null | undefined;
  toPage: (cursor: string | null) => string;
  onPageRequested: () => void;
}) {
  const state = useLocation().state as PagingState;
  // Unknown when the page was opened from a link to a later page: then only "Première page" is offered.
  const previousCursors = state?.previousCursors ?? (after ? undefined : []);
  if (!after && !endCursor) return null;

  const linkClass = 'fr-pagination__link fr-pagination__link--lg-label';
  return (
    <nav role="navigation" aria-label={label} className="fr-pagination fr-mt-4w">
      <ul className="fr-pagination__list">
        {previousCursors && previousCursors.length > 0 && (
          <li>
            <Link
              className={`${linkClass} fr-pagination__link--prev`}
              to={toPage(previousCursors.at(-1) ?? null)}
              state={{ previousCursors: previousCursors.slice(0, -1) }}
              onClick={onPageRequested}
            >
              Page précédente
            </Link>
          </li>
        )}
        {!previousCursors && (
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
        {previousCursors && (
          <li>
            <span className="fr-pagination__link" aria-current="page">
              Page {previousCursors.length + 1}
            </span>
          </li>
        )}
        {endCursor && (
          <li>
            <Link
              className={`${linkClass} fr-pagination__link--next`}
              to={toPage(endCursor)}
              state={previousCursors ? { previousCursors: [...previousCursors, after ?? null] } : null}
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
