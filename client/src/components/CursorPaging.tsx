import { Link, useLocation, useSearchParams } from 'react-router';

/** The address-bar parameter holding the cursor of the page shown, when the page gives no `toPage`. */
export const AFTER_PARAM = 'apres';

/** Cursors of the pages before the one shown, kept in the history entry so "Page précédente" can go back. */
type PagingState = { previousCursors?: (string | null)[] } | null;

/**
 * The app's one paging component, over forward-only cursors (as the API gives them): "next" follows `endCursor`;
 * "previous" goes back through the cursors kept in history ("Première page" when they are unknown, the page having
 * been opened from a link). `toPage(cursor)` is the address of the page starting after `cursor` (null: the first
 * page); without it the cursor is the `apres` parameter of the current address.
 */
export function CursorPaging({
  label,
  after: given,
  endCursor,
  toPage: givenToPage,
  onPageRequested,
}: {
  /** Names the navigation landmark, e.g. "Pagination des prestataires". */
  label: string;
  /** The cursor of the page shown (default: the `apres` parameter). */
  after?: string | undefined;
  endCursor: string | null | undefined;
  toPage?: (cursor: string | null) => string;
  onPageRequested?: () => void;
}) {
  const [params] = useSearchParams();
  const after = givenToPage ? given : (given ?? params.get(AFTER_PARAM) ?? undefined);
  const toPage =
    givenToPage ??
    ((cursor: string | null) => {
      const next = new URLSearchParams(params);
      if (cursor) next.set(AFTER_PARAM, cursor);
      else next.delete(AFTER_PARAM);
      return `?${next.toString()}`;
    });
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
