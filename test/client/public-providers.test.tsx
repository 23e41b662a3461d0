import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  PublicPriceReferentialsQuery,
  PublicProviderDetailQuery,
  PublicProviderReviewsQuery,
  PublicProvidersQuery,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { saveSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubApiByOperation } from './moderation-api-stub';

type ProviderNode = PublicProvidersQuery['providers']['edges'][number]['node'];

const provider = (overrides: Partial<ProviderNode> = {}): ProviderNode => ({
  id: 'p-1',
  name: 'Pixel & Cie',
  communeCode: '69123',
  departementCode: '69',
  startup: true,
  offers: [
    { id: 'o-1', theme: 'ECOMMERCE_WEBSITE' },
    { id: 'o-2', theme: 'ECOMMERCE_WEBSITE' },
  ],
  rating: { average: 4.25, count: 8 },
  latestReviews: [
    {
      id: 'r-1',
      rating: 5,
      comment: 'Site livré à temps, équipe à l’écoute.',
      authorKind: 'PME',
      authorName: 'Boulangerie Durand',
      publishedAt: '2026-10-12T08:00:00.000Z',
    },
  ],
  ...overrides,
});

const directory = (...nodes: ProviderNode[]): { data: PublicProvidersQuery } => ({
  data: {
    providers: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } },
  },
});

const detail: PublicProviderDetailQuery = {
  provider: {
    id: 'p-1',
    name: 'Pixel & Cie',
    siret: '73282932000074',
    communeCode: '69123',
    departementCode: '69',
    regionCode: '84',
    regionsServed: ['84', '27'],
    startup: false,
    website: 'https://pixel.example',
    offers: [
      {
        id: 'o-1',
        theme: 'ECOMMERCE_WEBSITE',
        description: 'Boutique en ligne clé en main',
        priceFromCents: 150_000,
        priceToCents: 420_050,
      },
    ],
    rating: { average: null, count: 0 },
  },
};

const noReviews: PublicProviderReviewsQuery = {
  provider: { id: 'p-1', reviews: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } },
};

function renderAt(url: string) {
  const router = createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

configure({ asyncUtilTimeout: 5_000 });
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('providers directory', { timeout: 30_000 }, () => {
  it('lists providers with their stars, a text alternative and their latest published reviews', async () => {
    const { callsOf } = stubApiByOperation({
      PublicProviders: [
        directory(
          provider(),
          provider({
            id: 'p-2',
            name: 'Nouveau Web',
            startup: false,
            rating: { average: null, count: 0 },
            latestReviews: [],
          }),
        ),
      ],
    });
    renderAt('/prestataires?region=84&installes=oui&note=4&theme=ECOMMERCE_WEBSITE');

    const article = (await screen.findByRole('link', { name: 'Pixel & Cie' })).closest('article')!;
    expect(within(article).getByText('Note moyenne 4,3 sur 5 (8 avis)').className).toBe('fr-sr-only');
    expect(within(article).getByText('★★★★☆').getAttribute('aria-hidden')).toBe('true');
    expect(within(article).getByText('5 étoiles sur 5')).toBeTruthy();
    expect(within(article).getByText(/Site livré à temps/)).toBeTruthy();
    expect(within(article).getByText('French Tech / startup')).toBeTruthy();
    expect(within(article).getByText('Rhône (69) — Site web ou e-commerce')).toBeTruthy();
    expect(screen.getByText('Pas encore d’avis publié')).toBeTruthy();
    expect(callsOf('PublicProviders')[0]!.variables).toEqual({
      filter: { regionCode: '84', themes: ['ECOMMERCE_WEBSITE'], minRating: 4, localTo: '84' },
      first: 10,
    });
  });

  it('sends the criteria of the form, the commune taking precedence as the place to be local to', async () => {
    const { callsOf } = stubApiByOperation({ PublicProviders: [directory()] });
    const router = renderAt('/prestataires');
    await screen.findByText('Aucun prestataire ne correspond à ces critères.');

    fireEvent.change(screen.getByLabelText('Région servie'), { target: { value: '84' } });
    fireEvent.change(screen.getByLabelText(/^Département d’installation/), { target: { value: '38' } });
    fireEvent.change(screen.getByLabelText(/^Note minimale/), { target: { value: '4.5' } });
    fireEvent.change(screen.getByLabelText('Nom du prestataire'), { target: { value: ' pixel ' } });
    const commune = screen.getByRole('combobox', { name: /votre commune/ });
    fireEvent.focus(commune);
    fireEvent.change(commune, { target: { value: 'Grenoble' } });
    await screen.findByRole('option', { name: /Grenoble/ });
    fireEvent.keyDown(commune, { key: 'Enter' });
    fireEvent.click(screen.getByLabelText(/installés dans la région choisie/));
    fireEvent.click(screen.getByLabelText('Formation'));
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    await screen.findByText('Aucun prestataire ne correspond à ces critères.');
    expect(callsOf('PublicProviders').at(-1)!.variables).toEqual({
      filter: {
        regionCode: '84',
        departementCode: '38',
        themes: ['TRAINING'],
        minRating: 4.5,
        text: 'pixel',
        localTo: '38185',
      },
      first: 10,
    });
    expect(router.state.location.search).toBe(
      '?region=84&departement=38&theme=TRAINING&note=4.5&nom=pixel&commune=38185&installes=oui',
    );
  });
});

describe('provider page', { timeout: 30_000 }, () => {
  it('shows the offers in euros and lets a PME send a review to moderation', async () => {
    saveSession({ token: 'pme-token', label: 'Marie Durand', role: 'PME', sub: 'demo-pme' });
    const { callsOf } = stubApiByOperation({
      PublicProviderDetail: [{ data: detail }],
      PublicProviderReviews: [{ data: noReviews }],
      PublicReviewProvider: [
        {
          data: null,
          errors: [
            {
              message: 'Commentaire : 10 caractères au moins.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ path: ['comment'], message: '10 caractères au moins.' }],
              },
            },
          ],
        },
        { data: { reviewProvider: { id: 'r-9', status: 'PENDING' } } },
      ],
    });
    renderAt('/prestataires/p-1');

    const offers = await screen.findByRole('table', { name: 'Offres du prestataire et leurs prix' });
    expect(within(offers).getByText(/de 1\s500,00\s€ à 4\s200,50\s€/)).toBeTruthy();
    expect(await screen.findByText('Aucun avis publié pour le moment.')).toBeTruthy();
    expect(screen.getByText('Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté')).toBeTruthy();

    expect(screen.queryByText('Choisissez une note de 1 à 5 étoiles.')).toBeNull();
    fireEvent.change(screen.getByLabelText(/Votre commentaire/), { target: { value: 'Bien' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon avis' }));
    expect(screen.getByText('Choisissez une note de 1 à 5 étoiles.')).toBeTruthy();
    expect(callsOf('PublicReviewProvider')).toHaveLength(0);

    fireEvent.click(screen.getByLabelText('4 étoiles'));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon avis' }));
    expect(await screen.findByText('10 caractères au moins.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Votre commentaire/), {
      target: { value: ' Très bon accompagnement. ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon avis' }));
    expect(await screen.findByText('Merci pour votre avis')).toBeTruthy();
    expect(callsOf('PublicReviewProvider').map((call) => [call.variables, call.token])).toEqual([
      [{ providerId: 'p-1', rating: 4, comment: 'Bien' }, 'pme-token'],
      [{ providerId: 'p-1', rating: 4, comment: 'Très bon accompagnement.' }, 'pme-token'],
    ]);
  });

  it('offers no review form to a visitor, and pages through the reviews', async () => {
    const review = (id: string, comment: string) => ({
      node: {
        id,
        rating: 3,
        comment,
        authorKind: 'CONNECTEUR' as const,
        authorName: 'Atelier de Vienne',
        publishedAt: '2026-09-01T08:00:00.000Z',
        reply: id === 'r-1' ? { text: 'Merci pour ce retour.', repliedAt: '2026-09-03T08:00:00.000Z' } : null,
      },
    });
    const { callsOf } = stubApiByOperation({
      PublicProviderDetail: [{ data: detail }],
      PublicProviderReviews: [
        {
          data: {
            provider: {
              id: 'p-1',
              reviews: {
                edges: [review('r-1', 'Correct.')],
                pageInfo: { hasNextPage: true, endCursor: 'cur-2' },
              },
            },
          },
        },
        {
          data: {
            provider: {
              id: 'p-1',
              reviews: {
                edges: [review('r-2', 'Plus ancien.')],
                pageInfo: { hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      ],
    });
    renderAt('/prestataires/p-1');

    expect(await screen.findByText('Correct.')).toBeTruthy();
    expect(screen.getByText(/Merci pour ce retour\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Envoyer mon avis' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Connectez-vous' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus d’avis' }));
    expect(await screen.findByText('Plus ancien.')).toBeTruthy();
    expect(screen.getByText('Correct.')).toBeTruthy();
    expect(callsOf('PublicProviderReviews').map((call) => call.variables)).toEqual([
      { id: 'p-1', first: 10 },
      { id: 'p-1', first: 10, after: 'cur-2' },
    ]);
    expect(screen.queryByRole('button', { name: 'Afficher plus d’avis' })).toBeNull();
  });
});

describe('price referential', { timeout: 30_000 }, () => {
  it('shows quartiles per source, and explains a range withheld below 5 observations', async () => {
    const range = (low: number, median: number, high: number, observations: number) => ({
      lowCents: low,
      medianCents: median,
      highCents: high,
      observations,
    });
    const answer: PublicPriceReferentialsQuery = {
      priceReferentials: [
        {
          theme: 'ECOMMERCE_WEBSITE',
          overall: range(120_000, 250_000, 480_000, 42),
          offers: range(100_000, 200_000, 400_000, 30),
          quotes: range(150_000, 300_000, 500_000, 12),
          invoices: null,
        },
        {
          theme: 'TRAINING',
          overall: range(50_000, 90_000, 150_000, 11),
          offers: null,
          quotes: null,
          invoices: null,
        },
      ],
    };
    const { callsOf } = stubApiByOperation({ PublicPriceReferentials: [{ data: answer }] });
    const router = renderAt('/referentiel-des-prix');

    const table = await screen.findByRole('table', { name: 'Prix observés par thème — France entière' });
    // One row group per theme: a theme's total heads its own group, never the previous theme's.
    const [, ecommerce, training] = within(table).getAllByRole('rowgroup');
    expect(within(training!).getAllByRole('row')[0]!.textContent?.replace(/\s/g, ' ')).toBe(
      'FormationToutes sources (total du thème)500,00 €900,00 €1 500,00 €11',
    );
    const rows = within(ecommerce!).getAllByRole('row');
    expect(rows.map((row) => row.textContent?.replace(/\s/g, ' '))).toEqual([
      'Site web ou e-commerceToutes sources (total du thème)1 200,00 €2 500,00 €4 800,00 €42',
      'Offres des prestataires1 000,00 €2 000,00 €4 000,00 €30',
      'Devis des demandes de chèque1 500,00 €3 000,00 €5 000,00 €12',
      'Factures des chèques payésMoins de 10 contributeurs : fourchette non publiée',
    ]);

    fireEvent.change(screen.getByLabelText('Territoire'), { target: { value: '84' } });
    expect(
      await screen.findByRole('table', { name: 'Prix observés par thème — Auvergne-Rhône-Alpes' }),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?region=84');
    expect(callsOf('PublicPriceReferentials').map((call) => call.variables)).toEqual([
      { regionCode: null },
      { regionCode: '84' },
    ]);
  });
});
