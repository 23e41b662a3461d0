import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigationType } from 'react-router';

export const SITE_NAME = 'Croissance Connectée';

/**
 * The page's single h1, rendered at once (not behind loading). It names the browser tab and, after a link or a
 * redirect inside the app, takes the focus so screen readers announce the new page (on first load, reload and
 * back/forward — "POP" — the browser's own behaviour is kept).
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    document.title = `${title} — ${SITE_NAME}`;
  }, [title]);

  useEffect(() => {
    if (navigationType !== 'POP') heading.current?.focus();
    // Only a new page moves the focus: a changed query string (filters, next page) does not.
  }, [pathname]);

  return (
    <h1 ref={heading} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
