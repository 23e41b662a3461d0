import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { saveSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';

/** The API by operation name; every call's variables are recorded. */
function stubApi(answers: Record<string, object>) {
  const calls: { operation: string; variables: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(init.body as string) as { query: string; variables: unknown };
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      calls.push({ operation, variables });
      const data = answers[operation];
      return new Response(
        JSON.stringify(
          data ? { data } : { errors: [{ message: 'inconnu', extensions: { code: 'NOT_FOUND' } }] },
        ),
        { headers: { 'content-type': 'application/json' } },
      );
    }),
  );
  return calls;
}

function renderAt(url: string) {
  render(
    <SessionProvider>
      <RouterProvider
        router={createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] })}
      />
    </SessionProvider>,
  );
}

beforeEach(() => {
  sessionStorage.clear();
  saveSession({ token: 'token-pme', label: 'Nouvelle PME', role: 'PME', sub: 'demo-nouvelle-pme' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PME company registration', () => {
  it('shows the SIRET of the token instead of asking for a SIREN', async () => {
    const calls = stubApi({
      PmeCompany: { viewer: { siret: '73282932000074' }, myCompany: null },
    });
    renderAt('/entreprise/mon-entreprise');
    const form = await screen.findByRole('form', { name: 'Inscrire mon entreprise' });
    expect(screen.getByTestId('company-siret').textContent).toBe('732 829 320 00074');
    expect(form.textContent).toContain('732829320');
    expect(screen.queryByLabelText('SIREN')).toBeNull();

    expect(calls.map((c) => c.operation)).toEqual(['PmeCompany']);
  });

  it('lets a colleague join the company of its SIRET', async () => {
    const calls = stubApi({
      PmeCompany: { viewer: { siret: '73282932000074' }, myCompany: null },
      PmeJoinCompany: { joinMyCompany: { id: 'company-1', name: 'Mercerie' } },
    });
    renderAt('/entreprise/mon-entreprise');
    fireEvent.click(await screen.findByRole('button', { name: 'Rejoindre mon entreprise' }));
    await waitFor(() => expect(calls.map((c) => c.operation)).toContain('PmeJoinCompany'));
  });

  it('says to sign in with ProConnect when the identity carries no SIRET, and offers no form', async () => {
    stubApi({ PmeCompany: { viewer: { siret: null }, myCompany: null } });
    renderAt('/entreprise/mon-entreprise');
    await screen.findByText('Votre identité ne porte pas de SIRET');
    expect(screen.queryByRole('form', { name: 'Inscrire mon entreprise' })).toBeNull();
  });
});
