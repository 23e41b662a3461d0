import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnecteurSearchQuery, ConnecteurSearchQueryVariables } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';

type Connecteur = ConnecteurSearchQuery['connecteurs']['edges'][number]['node'];

const makeConnecteur = (overrides: Partial<Connecteur> = {}): Connecteur => ({
  id: 'c-1',
  displayName: 'Atelier numérique de Vienne',
  structureType: 'TIERS_LIEU',
  departementCode: '69',
  themes: ['ECOMMERCE_WEBSITE', 'TRAINING'],
  isLabelled: true,
  labelValidUntil: '2028-06-30',
  acceptsNewPmes: true,
  ...overrides,
});

const page = (nodes: Connecteur[], endCursor: string | null): ConnecteurSearchQuery => ({
  connecteurs: {
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  },
});

// The commune list (client/public/communes.tsv), most populated first: Lyon and Lyons-la-Forêt both start with "Lyon".
const COMMUNES_TSV = [
  '69123\tLyon\t69001 69002 69003\t69',
  '69266\tVilleurbanne\t69100\t69',
  '27377\tLyons-la-Forêt\t27480\t27',
  '38544\tVienne\t38200\t38',
].join('\n');

/** The API as the page sees it: each call's variables are recorded, each answer is the next one queued. */
function stubApi(...answers: object[]) {
  const calls: ConnecteurSearchQueryVariables[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    if (String(url).endsWith('/communes.tsv')) return new Response(COMMUNES_TSV);
    calls.push((JSON.parse(init.body as string) as { variables: ConnecteurSearchQueryVariables }).variables);
    const answer = answers.shift() ?? { data: page([], null) };
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

function renderAt(url: string) {
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

describe('connecteur search page', () => {
  it('searches with the place, theme and label of the address and lists what the API found', async () => {
    const { calls } = stubApi({
      data: page(
        [
          makeConnecteur(),
          makeConnecteur({
            id: 'c-2',
            displayName: 'CCI Lyon Métropole',
            structureType: 'CCI',
            isLabelled: false,
          }),
        ],
        null,
      ),
    });
    renderAt('/connecteurs?departement=69&theme=ECOMMERCE_WEBSITE&labellises=oui');

    expect(await screen.findByRole('link', { name: /Atelier numérique de Vienne/ })).toHaveProperty(
      'pathname',
      '/connecteurs/c-1',
    );
    expect(calls).toEqual([
      { filter: { departementCode: '69', themes: ['ECOMMERCE_WEBSITE'], labelledOnly: true }, first: 12 },
    ]);
    expect(screen.getByText('2 connecteurs sur cette page.').getAttribute('role')).toBe('status');
    expect(screen.getByText('Labellisé jusqu’au 30 juin 2028')).toBeTruthy();
    expect(screen.getByText('Volontaire')).toBeTruthy();
    expect(screen.getByText(/Chambre de commerce et d’industrie — Rhône \(69\)/)).toBeTruthy();
    // The form shows the search being answered.
    expect((screen.getByLabelText(/^Département/) as HTMLSelectElement).value).toBe('69');
    expect((screen.getByLabelText('Site web ou e-commerce') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('navigation', { name: 'Pagination des résultats' })).toBeNull();
  });

  it('sends the criteria chosen in the form and puts them in the address', async () => {
    const { calls } = stubApi({ data: page([], null) }, { data: page([makeConnecteur()], null) });
    const router = renderAt('/connecteurs');
    await screen.findByText('Aucun connecteur ne correspond à ces critères.');

    fireEvent.change(screen.getByLabelText('Région'), { target: { value: '84' } });
    fireEvent.click(screen.getByLabelText('Paiement en ligne'));
    fireEvent.click(screen.getByLabelText('Formation'));
    fireEvent.click(screen.getByRole('checkbox', { name: /Seulement les connecteurs labellisés/ }));
    fireEvent.change(screen.getByLabelText('Nom du connecteur'), { target: { value: ' atelier ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    await screen.findByRole('link', { name: /Atelier numérique de Vienne/ });
    expect(calls.at(-1)).toEqual({
      filter: {
        regionCode: '84',
        themes: ['ONLINE_PAYMENT', 'TRAINING'],
        labelledOnly: true,
        text: 'atelier',
      },
      first: 12,
    });
    expect(router.state.location.search).toBe(
      '?region=84&theme=ONLINE_PAYMENT&theme=TRAINING&labellises=oui&nom=atelier',
    );
  });

  it('takes a commune by name, ↓ then Entrée picking the first suggestion', async () => {
    const { calls } = stubApi({ data: page([], null) }, { data: page([makeConnecteur()], null) });
    const router = renderAt('/connecteurs');
    await screen.findByText('Aucun connecteur ne correspond à ces critères.');

    const commune = screen.getByRole('combobox', { name: /Commune/ });
    fireEvent.focus(commune);
    fireEvent.change(commune, { target: { value: 'Lyon' } });
    await screen.findByRole('option', { name: /Lyons-la-Forêt/ });
    // Nothing highlighted before the user moves into the list.
    const list = screen.getByRole('listbox', { name: 'Communes proposées' });
    expect(within(list).queryAllByRole('option', { selected: true })).toEqual([]);
    expect(commune.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.keyDown(commune, { key: 'ArrowDown' });
    expect(within(list).getByRole('option', { selected: true }).textContent).toMatch(/^Lyon \(69/);
    fireEvent.keyDown(commune, { key: 'Enter' });
    expect((commune as HTMLInputElement).value).toBe('Lyon (69)');

    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    await screen.findByRole('link', { name: /Atelier numérique de Vienne/ });
    expect(calls.at(-1)).toEqual({ filter: { communeCode: '69123' }, first: 12 });
    expect(router.state.location.search).toBe('?commune=69123');
  });

  it('picks with Entrée only an exact match when no suggestion is highlighted', async () => {
    stubApi({ data: page([], null) });
    renderAt('/connecteurs');
    await screen.findByText('Aucun connecteur ne correspond à ces critères.');
    const commune = screen.getByRole('combobox', { name: /Commune/ }) as HTMLInputElement;
    fireEvent.focus(commune);

    fireEvent.change(commune, { target: { value: 'Lyo' } });
    await screen.findByRole('option', { name: /Lyons-la-Forêt/ });
    fireEvent.keyDown(commune, { key: 'Enter' });
    expect(commune.value).toBe('Lyo');

    fireEvent.change(commune, { target: { value: 'lyon' } });
    fireEvent.keyDown(commune, { key: 'Enter' });
    expect(commune.value).toBe('Lyon (69)');
  });

  it('offers to widen an empty search in a commune to its département', async () => {
    const { calls } = stubApi({ data: page([], null) }, { data: page([makeConnecteur()], null) });
    const router = renderAt('/connecteurs?commune=27377&labellises=oui');

    fireEvent.click(
      await screen.findByRole('link', { name: 'Élargir la recherche au département : Eure (27)' }),
    );
    await screen.findByRole('link', { name: /Atelier numérique de Vienne/ });
    expect(calls.at(-1)).toEqual({ filter: { departementCode: '27', labelledOnly: true }, first: 12 });
    expect(router.state.location.search).toBe('?departement=27&labellises=oui');
  });

  it('offers only the départements of the chosen region', async () => {
    stubApi({ data: page([], null) });
    renderAt('/connecteurs');
    await screen.findByText('Aucun connecteur ne correspond à ces critères.');

    fireEvent.change(screen.getByLabelText('Région'), { target: { value: '53' } });

    const options = within(screen.getByLabelText(/^Département/)).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Tous les départements',
      "22 – Côtes-d'Armor",
      '29 – Finistère',
      '35 – Ille-et-Vilaine',
      '56 – Morbihan',
    ]);
  });

  it('follows the cursor to the next page and comes back to the first one', async () => {
    const { calls } = stubApi(
      { data: page([makeConnecteur()], 'cursor-page-2') },
      { data: page([makeConnecteur({ id: 'c-13', displayName: 'Zèbre Conseil' })], null) },
      { data: page([makeConnecteur()], 'cursor-page-2') },
    );
    renderAt('/connecteurs?departement=69');

    fireEvent.click(await screen.findByRole('link', { name: 'Page suivante' }));
    expect(await screen.findByRole('link', { name: /Zèbre Conseil/ })).toBeTruthy();
    expect(calls[1]).toEqual({ filter: { departementCode: '69' }, first: 12, after: 'cursor-page-2' });
    expect(screen.getByText('Page 2').getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('link', { name: 'Page suivante' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Résultats'));

    fireEvent.click(screen.getByRole('link', { name: 'Page précédente' }));
    expect(await screen.findByRole('link', { name: /Atelier numérique de Vienne/ })).toBeTruthy();
    expect(calls[2]).toEqual({ filter: { departementCode: '69' }, first: 12 });
    expect(screen.getByText('Page 1').getAttribute('aria-current')).toBe('page');
  });

  it('shows why the API refused the search', async () => {
    stubApi({
      data: null,
      errors: [
        {
          message: 'filter.communeCode : commune inconnue.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: ['filter', 'communeCode'], message: 'commune inconnue.' }],
          },
        },
      ],
    });
    renderAt('/connecteurs?commune=99999');

    // The field's message, without the technical path the server's summary starts with.
    expect(await screen.findByText('commune inconnue.')).toBeTruthy();
    expect(screen.queryByText(/filter\.communeCode/)).toBeNull();
    expect(screen.getByText('Certaines informations sont à corriger')).toBeTruthy();
    expect(screen.queryByText(/sur cette page|Aucun connecteur/)).toBeNull();
  });

  it('tells when the API cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderAt('/connecteurs');

    expect(await screen.findByText('Service indisponible')).toBeTruthy();
    expect(screen.getByText(/Le service ne répond pas/)).toBeTruthy();
  });
});
