import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';

/** The API by operation name; every call's variables are recorded. */
function stubApi(answers: Record<string, object>) {
  const calls: { operation: string; variables: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (String(url).endsWith('/communes.tsv'))
        return new Response('69123\tLyon\t69001\t69\n35238\tRennes\t35000\t35');
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

signedInForEachTest({ token: 'token-pme', label: 'Nouvelle PME', role: 'PME', sub: 'demo-nouvelle-pme' });

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

  it('shows every error of the form at once and moves the focus to the first', async () => {
    const calls = stubApi({ PmeCompany: { viewer: { siret: '73282932000074' }, myCompany: null } });
    renderAt('/entreprise/mon-entreprise');
    const form = await screen.findByRole('form', { name: 'Inscrire mon entreprise' });
    fireEvent.change(screen.getByLabelText(/Code NAF/), { target: { value: '4791' } });
    fireEvent.change(screen.getByLabelText(/Nombre de salariés/), { target: { value: '3,5' } });
    fireEvent.submit(form);

    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Raison sociale')));
    for (const message of [
      'Indiquez la raison sociale (au moins 2 caractères).',
      'Indiquez un nombre entier de salariés.',
      'Indiquez un montant en euros, par exemple 250000.',
      'Choisissez la commune du siège dans la liste.',
    ])
      expect(screen.getByText(message)).toBeTruthy();
    expect(calls.map((c) => c.operation)).toEqual(['PmeCompany']);
  });
});

const COMPANY = {
  id: 'company-1',
  siren: '732829320',
  name: 'Mercerie de la Croix-Rousse',
  nafCode: '47.51Z',
  nafLabel: 'Commerce de détail de textiles en magasin spécialisé',
  employees: 4,
  annualRevenueCents: 38_000_000,
  independent: true,
  communeCode: '69123',
  departementCode: '69',
  regionCode: '84',
  createdAt: '2026-11-02T10:00:00.000Z',
  version: 3,
};

describe('PME company details', () => {
  it('shows the commune by name and lets a member correct the facts, NAF typed as on the Kbis', async () => {
    const calls = stubApi({
      PmeCompany: { viewer: { siret: '73282932000074' }, myCompany: COMPANY },
      PmeUpdateCompany: { updateCompany: { id: 'company-1', version: 4 } },
    });
    renderAt('/entreprise/mon-entreprise');
    await screen.findByText('Lyon, Rhône (69), Auvergne-Rhône-Alpes', {
      normalizer: (t) => t.replace(/\s+/g, ' '),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Modifier les informations' }));
    const form = await screen.findByRole('form', { name: 'Modifier mon entreprise' });
    expect((screen.getByLabelText('Raison sociale') as HTMLInputElement).value).toBe(COMPANY.name);
    expect((screen.getByLabelText(/Chiffre d’affaires/) as HTMLInputElement).value).toBe('380000');
    fireEvent.change(screen.getByLabelText(/Code NAF/), { target: { value: '47.91 B' } });
    await screen.findByText('Activité : Vente à distance sur catalogue spécialisé');
    fireEvent.change(screen.getByLabelText(/Nombre de salariés/), { target: { value: '6' } });
    fireEvent.submit(form);

    await screen.findByText('Les informations de votre entreprise ont été enregistrées.');
    expect(calls.find((c) => c.operation === 'PmeUpdateCompany')?.variables).toEqual({
      input: {
        name: COMPANY.name,
        nafCode: '47.91B',
        employees: 6,
        annualRevenueCents: 38_000_000,
        independent: true,
        communeCode: '69123',
      },
      expectedVersion: 3,
    });
  });
});
