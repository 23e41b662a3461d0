import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProviderMyEntryQuery, ProviderMyReviewsQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { saveSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubApiByOperation } from './moderation-api-stub';

type MyProvider = NonNullable<ProviderMyEntryQuery['myProvider']>;

const entry = (offers: MyProvider['offers']): { data: ProviderMyEntryQuery } => ({
  data: {
    myProvider: {
      id: 'p-1',
      siret: '73282932000074',
      name: 'Pixel & Cie',
      communeCode: '69123',
      departementCode: '69',
      regionCode: '84',
      regionsServed: ['84'],
      website: null,
      startup: false,
      offers,
      rating: { average: 4, count: 2 },
    },
  },
});

const offer = {
  id: 'o-1',
  theme: 'TRAINING' as const,
  description: 'Formation réseaux sociaux',
  priceFromCents: 50_000,
  priceToCents: 90_000,
};

function renderAsProvider(url: string) {
  saveSession({
    token: 'provider-token',
    label: 'Pixel & Cie',
    role: 'PROVIDER',
    sub: 'demo-prestataire-001',
  });
  render(
    <SessionProvider>
      <RouterProvider
        router={createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] })}
      />
    </SessionProvider>,
  );
}

configure({ asyncUtilTimeout: 5_000 });
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('provider entry', { timeout: 30_000 }, () => {
  it('adds an offer typed in euros as integer cents, and removes one', async () => {
    const { callsOf } = stubApiByOperation({
      ProviderMyEntry: [
        entry([offer]),
        entry([
          offer,
          {
            ...offer,
            id: 'o-2',
            theme: 'ECOMMERCE_WEBSITE',
            description: 'Boutique en ligne',
            priceFromCents: 120_050,
            priceToCents: 300_000,
          },
        ]),
        entry([]),
      ],
      ProviderAddOffer: [{ data: { addProviderOffer: { id: 'p-1' } } }],
      ProviderRemoveOffer: [{ data: { removeProviderOffer: { id: 'p-1' } } }],
    });
    renderAsProvider('/prestataire');

    expect(await screen.findByText(/Formation réseaux sociaux — de 500,00\s€ à 900,00\s€/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Ajouter une offre' });
    fireEvent.change(within(form).getByLabelText(/Thème de l’offre/), {
      target: { value: 'ECOMMERCE_WEBSITE' },
    });
    fireEvent.change(within(form).getByLabelText(/Prix de départ/), { target: { value: '1 200,5' } });
    fireEvent.change(within(form).getByLabelText(/Prix maximum/), { target: { value: 'trois mille' } });
    fireEvent.change(within(form).getByLabelText(/Description de l’offre/), {
      target: { value: ' Boutique en ligne ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter l’offre' }));
    expect(within(form).getByText(/Indiquez un montant en euros, par exemple 3 000/)).toBeTruthy();
    expect(callsOf('ProviderAddOffer')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText(/Prix maximum/), { target: { value: '3000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter l’offre' }));
    expect(await screen.findByText(/Boutique en ligne — de 1\s200,50\s€ à 3\s000,00\s€/)).toBeTruthy();
    expect(callsOf('ProviderAddOffer')[0]!.variables).toEqual({
      input: {
        theme: 'ECOMMERCE_WEBSITE',
        description: 'Boutique en ligne',
        priceFromCents: 120_050,
        priceToCents: 300_000,
      },
    });

    fireEvent.click(screen.getAllByRole('button', { name: 'Retirer l’offre' })[0]!);
    expect(await screen.findByText('Aucune offre pour le moment : ajoutez-en une ci-dessous.')).toBeTruthy();
    expect(callsOf('ProviderRemoveOffer')[0]!.variables).toEqual({ offerId: 'o-1' });
  });

  it('replies once to a published review', async () => {
    const reviews: ProviderMyReviewsQuery = {
      myProvider: {
        id: 'p-1',
        name: 'Pixel & Cie',
        reviews: {
          edges: [
            {
              node: {
                id: 'r-1',
                rating: 2,
                comment: 'Délais non tenus.',
                authorKind: 'PME',
                authorName: 'Boulangerie Durand',
                publishedAt: '2026-10-01T08:00:00.000Z',
                reply: null,
              },
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    };
    const { callsOf } = stubApiByOperation({
      ProviderMyReviews: [{ data: reviews }],
      ProviderReplyToReview: [
        {
          data: {
            replyToReview: {
              id: 'r-1',
              reply: { text: 'Nous en sommes désolés.', repliedAt: '2026-10-02T08:00:00.000Z' },
            },
          },
        },
      ],
    });
    renderAsProvider('/prestataire/avis');

    const review = await screen.findByRole('article', { name: /Avis de Boulangerie Durand/ });
    fireEvent.change(within(review).getByLabelText('Votre réponse publique'), {
      target: { value: ' Nous en sommes désolés. ' },
    });
    fireEvent.click(within(review).getByRole('button', { name: 'Publier la réponse' }));

    expect(
      await within(review).findByText('Votre réponse (2 octobre 2026) : Nous en sommes désolés.'),
    ).toBeTruthy();
    expect(within(review).queryByRole('button', { name: 'Publier la réponse' })).toBeNull();
    expect(callsOf('ProviderReplyToReview')[0]!.variables).toEqual({
      reviewId: 'r-1',
      text: 'Nous en sommes désolés.',
    });
  });
});
