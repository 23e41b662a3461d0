import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../client/src/dsfr';
import { SessionProvider } from '../../client/src/session/SessionProvider';

// The real bell (the shared setup leaves it out of the pages' tests).
const { NotificationBell } = await vi.importActual<
  typeof import('../../client/src/notifications/NotificationBell')
>('../../client/src/notifications/NotificationBell');

type Call = { operation: string; variables: Record<string, unknown> };

const node = (id: string, title: string, readAt: string | null = null) => ({
  id,
  category: 'CONTACT_REQUEST_ANSWERED',
  title,
  body: `Texte de ${title}`,
  link: `/entreprise/demandes/${id}`,
  createdAt: '2026-12-04T09:00:00.000Z',
  readAt,
});

function stubApi(answers: Record<string, object[]>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
      calls.push({ operation, variables: body.variables });
      const answer = answers[operation]?.shift();
      if (!answer) throw new Error(`unexpected call ${operation}`);
      return new Response(JSON.stringify({ data: answer }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

function renderBell() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <NotificationBell /> },
      { path: '/entreprise/demandes/:id', element: <p>Page de la demande</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

beforeEach(() => {
  sessionStorage.setItem(
    'croissance-connectee.session',
    JSON.stringify({ token: 'jeton', label: 'PME', role: 'PME', sub: 'demo-pme' }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('the notification bell', () => {
  it('shows the unread count, lists the notifications, and following one marks it read', async () => {
    const calls = stubApi({
      NotificationBell: [
        {
          unreadNotificationCount: 2,
          myNotifications: {
            edges: [
              { node: node('a', 'Réponse du connecteur') },
              { node: node('b', 'Ancienne', '2026-12-01T00:00:00Z') },
            ],
          },
        },
        { unreadNotificationCount: 1, myNotifications: { edges: [] } },
      ],
      MarkNotificationsRead: [{ markNotificationsRead: 1 }],
    });
    const router = renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 non lues' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const link = screen.getByRole('link', { name: /Réponse du connecteur/ });
    expect(link.getAttribute('href')).toBe('/entreprise/demandes/a');
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/entreprise/demandes/a'));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['a'] }),
    );
  });

  it('marks everything read in one call', async () => {
    const calls = stubApi({
      NotificationBell: [
        { unreadNotificationCount: 3, myNotifications: { edges: [{ node: node('a', 'Une') }] } },
        {
          unreadNotificationCount: 0,
          myNotifications: { edges: [{ node: node('a', 'Une', '2026-12-04T10:00:00Z') }] },
        },
      ],
      MarkNotificationsRead: [{ markNotificationsRead: 3 }],
    });
    renderBell();
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 3 non lues' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    await screen.findByRole('button', { name: 'Notifications, aucune non lue' });
    expect(calls.filter((c) => c.operation === 'MarkNotificationsRead').map((c) => c.variables)).toEqual([
      { all: true },
    ]);
  });
});
