import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ModeratorLabelRequestsQuery,
  ModeratorReviewQueueQuery,
  ModeratorTestimonialQueueQuery,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { saveSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubApiByOperation } from './moderation-api-stub';

type PendingConnecteur = ModeratorLabelRequestsQuery['pendingLabelRequests']['edges'][number]['node'];
type QueuedReview = ModeratorReviewQueueQuery['moderationQueue']['edges'][number]['node'];
type QueuedTestimonial =
  ModeratorTestimonialQueueQuery['testimonialModerationQueue']['edges'][number]['node'];

const connecteur = (id: string, displayName: string): PendingConnecteur => ({
  id,
  displayName,
  structureType: 'TIERS_LIEU',
  departementCode: '69',
  themes: ['TRAINING'],
  isLabelled: false,
  labelValidUntil: null,
  labelHistory: [
    {
      id: `${id}-request`,
      status: 'PENDING',
      requestedAt: '2026-11-20T09:00:00.000Z',
      validUntil: null,
      reason: null,
    },
  ],
});

const labelQueue = (...nodes: PendingConnecteur[]): ModeratorLabelRequestsQuery => ({
  pendingLabelRequests: {
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

const review = (id: string, authorName: string, comment: string): QueuedReview => ({
  id,
  rating: 2,
  comment,
  authorKind: 'PME',
  authorName,
  submittedAt: '2026-11-01T10:00:00.000Z',
  provider: { id: 'p-1', name: 'Pixel & Cie' },
});

const reviewQueue = (...nodes: QueuedReview[]): ModeratorReviewQueueQuery => ({
  moderationQueue: {
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

const testimonial = (id: string, title: string): QueuedTestimonial => ({
  id,
  companyName: 'Boulangerie Durand',
  title,
  story: 'Nous vendons désormais en ligne.',
  format: 'ARTICLE',
  mediaUrl: null,
  durationSeconds: null,
  themes: ['ECOMMERCE_WEBSITE'],
  nafCode: '10.71C',
  nafSection: 'C',
  sizeBand: 'MICRO',
  communeCode: '69123',
  departementCode: '69',
  maturityLevel: 'DYNAMIC',
  award: null,
  status: 'PENDING',
  submittedAt: '2026-11-02T10:00:00.000Z',
  connecteur: null,
});

function renderAsModerator(url: string) {
  saveSession({
    token: 'moderator-token',
    label: 'Camille Modératrice',
    role: 'MODERATOR',
    sub: 'demo-moderateur',
  });
  const router = createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

const itemOf = (heading: string) => screen.getByRole('article', { name: heading });

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('label requests', () => {
  it('grants a label with its validity date and wave, then drops the request from the queue', async () => {
    const { callsOf } = stubApiByOperation({
      ModeratorLabelRequests: [
        { data: labelQueue(connecteur('c-1', 'Atelier de Vienne'), connecteur('c-2', 'CCI Lyon')) },
      ],
      ModeratorGrantLabel: [
        {
          data: {
            grantLabel: {
              id: 'c-1',
              isLabelled: true,
              labelValidUntil: '2028-06-30',
              labelWave: 'Vague 2026-2',
              hasPendingLabelRequest: false,
            },
          },
        },
      ],
    });
    renderAsModerator('/moderation/labels');

    const item = await screen.findByRole('article', { name: 'Atelier de Vienne' });
    fireEvent.click(within(item).getByRole('button', { name: 'Accorder le label' }));
    fireEvent.change(within(item).getByLabelText(/Valide jusqu’au/), { target: { value: '2028-06-30' } });
    fireEvent.change(within(item).getByLabelText(/Vague/), { target: { value: ' Vague 2026-2 ' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer l’attribution du label' }));

    expect(await screen.findByText('Label accordé à Atelier de Vienne jusqu’au 30 juin 2028.')).toBeTruthy();
    expect(callsOf('ModeratorGrantLabel')).toEqual([
      {
        operation: 'ModeratorGrantLabel',
        variables: { connecteurId: 'c-1', validUntil: '2028-06-30', wave: 'Vague 2026-2' },
        token: 'moderator-token',
      },
    ]);
    expect(screen.queryByRole('article', { name: 'Atelier de Vienne' })).toBeNull();
    expect(itemOf('CCI Lyon')).toBeTruthy();
    expect(callsOf('ModeratorLabelRequests')[0]!.variables).toEqual({ first: 20 });
  });

  it('asks for a reason before rejecting, and keeps the request when the API refuses', async () => {
    const { callsOf } = stubApiByOperation({
      ModeratorLabelRequests: [{ data: labelQueue(connecteur('c-1', 'Atelier de Vienne')) }],
      ModeratorRejectLabelRequest: [
        {
          data: null,
          errors: [
            {
              message: 'Ce connecteur n’a pas de demande de label en attente.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
        { data: { rejectLabelRequest: { id: 'c-1', hasPendingLabelRequest: false } } },
      ],
    });
    renderAsModerator('/moderation/labels');

    const item = await screen.findByRole('article', { name: 'Atelier de Vienne' });
    fireEvent.click(within(item).getByRole('button', { name: 'Refuser la demande' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer le refus' }));
    expect(within(item).getByText(/Indiquez la raison/)).toBeTruthy();
    expect(callsOf('ModeratorRejectLabelRequest')).toHaveLength(0);

    fireEvent.change(within(item).getByLabelText(/Motif du refus/), {
      target: { value: 'Charte non respectée' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer le refus' }));
    expect(
      await within(item).findByText('Ce connecteur n’a pas de demande de label en attente.'),
    ).toBeTruthy();
    expect(itemOf('Atelier de Vienne')).toBe(item);

    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer le refus' }));
    expect(await screen.findByText('Demande de Atelier de Vienne refusée.')).toBeTruthy();
    expect(callsOf('ModeratorRejectLabelRequest').map((call) => call.variables)).toEqual([
      { connecteurId: 'c-1', reason: 'Charte non respectée' },
      { connecteurId: 'c-1', reason: 'Charte non respectée' },
    ]);
    expect(screen.getByText('Aucune demande de label en attente.')).toBeTruthy();
  });

  it('finds a labelled connecteur by name and revokes its label with a reason', async () => {
    const { callsOf } = stubApiByOperation({
      ModeratorLabelRequests: [{ data: labelQueue() }],
      ModeratorLabelledConnecteurs: [
        {
          data: {
            connecteurs: {
              edges: [
                {
                  node: {
                    id: 'c-9',
                    displayName: 'Numérique Sud',
                    departementCode: '13',
                    labelValidUntil: '2027-12-31',
                    labelWave: 'Vague 1',
                  },
                },
              ],
            },
          },
        },
      ],
      ModeratorRevokeLabel: [{ data: { revokeLabel: { id: 'c-9', isLabelled: false } } }],
    });
    renderAsModerator('/moderation/labels');
    await screen.findByText('Aucune demande de label en attente.');

    fireEvent.change(screen.getByLabelText('Nom du connecteur labellisé'), { target: { value: 'sud' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chercher les labels en vigueur' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer le label' }));
    fireEvent.change(screen.getByLabelText(/Motif du retrait/), { target: { value: 'Plaintes répétées' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le retrait du label' }));

    await waitFor(() => expect(screen.queryByText('Numérique Sud')).toBeNull());
    expect(callsOf('ModeratorLabelledConnecteurs')[0]!.variables).toEqual({ text: 'sud', first: 10 });
    expect(callsOf('ModeratorRevokeLabel')[0]!.variables).toEqual({
      connecteurId: 'c-9',
      reason: 'Plaintes répétées',
    });
  });
});

describe('review moderation', () => {
  it('publishes the oldest review and rejects the next one with its reason', async () => {
    const { callsOf } = stubApiByOperation({
      ModeratorReviewQueue: [
        {
          data: reviewQueue(
            review('r-1', 'Boulangerie Durand', 'Site livré en retard mais soigné.'),
            review('r-2', 'Garage Martin', 'Escroc !!!'),
          ),
        },
      ],
      ModeratorModerateReview: [
        (variables) => ({
          data: {
            moderateReview: {
              id: variables.reviewId,
              status: variables.decision === 'PUBLISH' ? 'PUBLISHED' : 'REJECTED',
            },
          },
        }),
      ],
    });
    renderAsModerator('/moderation/avis');

    const items = await screen.findAllByRole('article');
    expect(items.map((item) => within(item).getByRole('blockquote').textContent)).toEqual([
      'Site livré en retard mais soigné.',
      'Escroc !!!',
    ]);
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Publier' }));
    expect(await screen.findByText('Avis de Boulangerie Durand sur Pixel & Cie publié.')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(1);

    const remaining = screen.getByRole('article');
    fireEvent.click(within(remaining).getByRole('button', { name: 'Refuser' }));
    fireEvent.change(within(remaining).getByLabelText(/Motif du refus/), {
      target: { value: 'Propos injurieux' },
    });
    fireEvent.click(within(remaining).getByRole('button', { name: 'Confirmer le refus' }));
    expect(await screen.findByText('Avis de Garage Martin sur Pixel & Cie refusé.')).toBeTruthy();

    expect(callsOf('ModeratorModerateReview').map((call) => call.variables)).toEqual([
      { reviewId: 'r-1', decision: 'PUBLISH', reason: null },
      { reviewId: 'r-2', decision: 'REJECT', reason: 'Propos injurieux' },
    ]);
    expect(screen.getByText('Aucun avis en attente de modération.')).toBeTruthy();
  });

  it('reloads the queue when the author changed the review meanwhile', async () => {
    const { callsOf } = stubApiByOperation({
      ModeratorReviewQueue: [
        { data: reviewQueue(review('r-1', 'Boulangerie Durand', 'Premier texte.')) },
        { data: reviewQueue(review('r-1', 'Boulangerie Durand', 'Texte modifié.')) },
      ],
      ModeratorModerateReview: [
        {
          data: null,
          errors: [
            {
              message: 'L’auteur a modifié cet avis entre-temps : relisez-le avant de décider.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
      ],
    });
    renderAsModerator('/moderation/avis');

    fireEvent.click(await screen.findByRole('button', { name: 'Publier' }));
    expect(await screen.findByText(/relisez-le avant de décider/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Recharger la file' }));
    expect(await screen.findByText('Texte modifié.')).toBeTruthy();
    expect(callsOf('ModeratorReviewQueue')).toHaveLength(2);
  });
});

describe('testimonial moderation', () => {
  it('publishes a testimonial and removes it from the queue', async () => {
    const { callsOf } = stubApiByOperation({
      ModeratorTestimonialQueue: [
        {
          data: {
            testimonialModerationQueue: {
              edges: [
                { node: testimonial('t-1', 'Du four au web') },
                { node: testimonial('t-2', 'Une caisse connectée') },
              ],
              pageInfo: { hasNextPage: false, endCursor: null },
            },
          },
        },
      ],
      ModeratorModerateTestimonial: [{ data: { moderateTestimonial: { id: 't-1', status: 'PUBLISHED' } } }],
    });
    renderAsModerator('/moderation/temoignages');

    const item = await screen.findByRole('article', { name: 'Du four au web' });
    fireEvent.click(within(item).getByRole('button', { name: 'Publier' }));

    expect(await screen.findByText('Témoignage « Du four au web » publié.')).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Du four au web' })).toBeNull();
    expect(itemOf('Une caisse connectée')).toBeTruthy();
    expect(callsOf('ModeratorModerateTestimonial')[0]!.variables).toEqual({
      id: 't-1',
      decision: 'PUBLISH',
      reason: null,
    });
  });

  it('is reserved to moderators', async () => {
    saveSession({ token: 'pme-token', label: 'Marie', role: 'PME', sub: 'demo-pme' });
    const router = createMemoryRouter(routes, {
      patchRoutesOnNavigation,
      initialEntries: ['/moderation/temoignages'],
    });
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>,
    );
    expect(await screen.findByText(/réservée au profil « Modérateur »/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
