import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../labels/date-times';
import { MarkNotificationsReadMutation, NotificationBellQuery } from './queries';

/** How often the bell asks for new notifications while the page is open. */
const REFRESH_MS = 30_000;

/**
 * The bell of the header, for every signed-in role: the number of unread notifications, and on click the latest ones,
 * each a link to the page where the user acts (following it marks it read), "mark all read" and the preferences.
 */
export function NotificationBell() {
  const { data, refetch } = useQuery(NotificationBellQuery, {});
  const [markRead] = useMutation(MarkNotificationsReadMutation);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setInterval(refetch, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !container.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const unread = data?.unreadNotificationCount ?? 0;
  const notifications = data?.myNotifications?.edges.map((e) => e.node) ?? [];
  const label =
    unread === 0
      ? 'Notifications, aucune non lue'
      : `Notifications, ${unread} non lue${unread > 1 ? 's' : ''}`;

  const read = async (ids: string[] | undefined) => {
    await markRead(ids ? { ids } : { all: true });
    refetch();
  };

  return (
    <div ref={container} className="cc-notification-bell" style={{ position: 'relative' }}>
      <button
        type="button"
        className="fr-btn fr-btn--tertiary-no-outline fr-icon-notification-3-line fr-btn--icon-left"
        aria-expanded={open}
        aria-controls={panelId}
        title={label}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="fr-sr-only">{label}</span>
        <span aria-hidden="true" data-testid="notification-count">
          {unread > 0 ? unread : ''}
        </span>
      </button>
      {open ? (
        <div
          id={panelId}
          className="fr-p-2w"
          style={{
            position: 'absolute',
            right: 0,
            zIndex: 1000,
            width: '24rem',
            maxWidth: '90vw',
            background: 'var(--background-default-grey)',
            boxShadow: '0 6px 18px 0 rgba(0, 0, 18, 0.16)',
          }}
        >
          <p className="fr-text--bold fr-mb-1w">Notifications</p>
          {notifications.length === 0 ? (
            <p className="fr-text--sm">Aucune notification pour le moment.</p>
          ) : (
            <ul className="fr-raw-list">
              {notifications.map((n) => (
                <li key={n.id} className="fr-mb-1w">
                  <Link
                    to={n.link}
                    className="fr-link fr-text--sm"
                    style={{ fontWeight: n.readAt ? 'normal' : 'bold' }}
                    onClick={() => {
                      setOpen(false);
                      if (!n.readAt) void read([n.id]);
                    }}
                  >
                    {n.readAt ? '' : <span className="fr-sr-only">Non lue : </span>}
                    {n.title}
                  </Link>
                  <p className="fr-text--xs fr-mb-0">
                    {n.body} — {formatDateTime(n.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p className="fr-mb-0 fr-mt-1w">
            {unread > 0 ? (
              <button
                type="button"
                className="fr-btn fr-btn--sm fr-btn--secondary fr-mr-1w"
                onClick={() => void read(undefined)}
              >
                Tout marquer comme lu
              </button>
            ) : null}
            <Link
              to="/notifications/preferences"
              className="fr-link fr-text--sm"
              onClick={() => setOpen(false)}
            >
              Préférences de notification
            </Link>
          </p>
        </div>
      ) : null}
    </div>
  );
}
