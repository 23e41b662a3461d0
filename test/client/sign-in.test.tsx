import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnecteurSearchQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import type { DevUser } from '../../client/src/session/dev-users';
import { rememberReturnPath, safeReturnPath, takeReturnPath } from '../../client/src/session/return-path';
import { SessionProvider } from '../../client/src/session/SessionProvider';

const demoUsers: DevUser[] = [
  {
    id: 'demo-pme',
    label: 'Dirigeant de PME',
    role: 'PME',
    sub: 'demo-pme',
    companyId: 'co-1',
    token: 'pme-token',
  },
  {
    id: 'demo-agent-84',
    label: 'Agent instructeur, Auvergne-Rhône-Alpes',
    role: 'REGION_AGENT',
    sub: 'demo-agent-84',
    regionCode: '84',
    token: 'agent-token',
  },
];

const emptySearch: ConnecteurSearchQuery = {
  connecteurs: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
};

/** The local server: its demo users, and an API that records the authorization header of each call. */
function stubLocalServer() {
  const authorizations: (string | undefined)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url === '/dev/users') return Response.json(demoUsers);
      authorizations.push((init.headers as Record<string, string>).authorization);
      return Response.json({ data: emptySearch });
    }),
  );
  return authorizations;
}

function renderApp(url: string) {
  const router = createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('local sign-in', () => {
  it('signs in as a demo user, shows who is signed in and sends their token, until sign-out', async () => {
    const authorizations = stubLocalServer();
    const router = renderApp('/connexion');

    const agent = await screen.findByRole('button', { name: 'Agent instructeur, Auvergne-Rhône-Alpes' });
    expect(screen.getByRole('heading', { level: 2, name: 'Agent de région' })).toBeTruthy();
    fireEvent.click(agent);

    expect(router.state.location.pathname).toBe('/');
    expect(
      screen.getAllByText('Agent instructeur, Auvergne-Rhône-Alpes — Agent de région').length,
    ).toBeGreaterThan(0);
    await router.navigate('/connecteurs');
    await screen.findByText('Aucun connecteur ne correspond à ces critères.');
    expect(authorizations).toEqual(['Bearer agent-token']);

    fireEvent.click(screen.getAllByRole('button', { name: 'Se déconnecter' })[0]!);
    expect(screen.getAllByRole('link', { name: 'Se connecter' }).length).toBeGreaterThan(0);
    expect(sessionStorage.length).toBe(0);
    await router.navigate('/connecteurs?nom=x');
    await screen.findByText('Aucun connecteur ne correspond à ces critères.');
    expect(authorizations.at(-1)).toBeUndefined();
  });

  it('keeps the session of the tab across a reload', async () => {
    stubLocalServer();
    renderApp('/connexion');
    fireEvent.click(await screen.findByRole('button', { name: 'Dirigeant de PME' }));
    cleanup();

    renderApp('/');
    expect(screen.getAllByText('Dirigeant de PME — Entreprise (PME)').length).toBeGreaterThan(0);
  });
});

describe('returning to the page asked for', () => {
  it('comes back, once signed in, to the page that asked for a sign-in', async () => {
    stubLocalServer();
    const router = renderApp(`/connexion?${new URLSearchParams({ retour: '/connecteurs?nom=x' })}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Dirigeant de PME' }));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/connecteurs?nom=x');
  });

  it('offers, from a page reserved to a role, a sign-in that comes back to it', async () => {
    stubLocalServer();
    renderApp('/entreprise/demandes/nouvelle?connecteur=c-1');
    const links = await screen.findAllByRole('link', { name: 'Se connecter' });
    expect(links.map((l) => l.getAttribute('href'))).toContain(
      `/connexion?${new URLSearchParams({ retour: '/entreprise/demandes/nouvelle?connecteur=c-1' })}`,
    );
  });

  it('never follows a path to another site, nor back to the sign-in page', async () => {
    stubLocalServer();
    const router = renderApp(`/connexion?${new URLSearchParams({ retour: '//evil.example/x' })}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Dirigeant de PME' }));
    expect(router.state.location.pathname).toBe('/');
    for (const raw of ['https://evil.example/', '/\\evil.example', '/connexion?retour=/x', 'x', null])
      expect(safeReturnPath(raw)).toBe('/');
    expect(safeReturnPath('/entreprise/diagnostic/d-1?enregistrer=1')).toBe(
      '/entreprise/diagnostic/d-1?enregistrer=1',
    );
  });

  it('keeps the path across the hosted sign-in, once', () => {
    rememberReturnPath('/entreprise/suivi');
    expect(takeReturnPath()).toBe('/entreprise/suivi');
    expect(takeReturnPath()).toBe('/');
  });
});
