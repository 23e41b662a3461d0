import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { loadSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubApiByOperation } from './moderation-api-stub';

const receipt = {
  deletedAt: '2026-11-26T10:00:00.000Z',
  subsidyApplicationsAnonymized: 1,
  diagnosticsDetached: 2,
  contactNeedsErased: 1,
  followsEnded: 0,
  appointmentsErased: 0,
  reviewsAnonymized: 0,
};

signedInForEachTest({ token: 'token-pme', label: 'Boulangerie', role: 'PME', sub: 'demo-pme' });

describe('PME personal data page', () => {
  it('deletes the account only with the confirmation typed, then signs out and shows the receipt', async () => {
    const { callsOf } = stubApiByOperation({ PmeDeleteMyAccount: [{ data: { deleteMyAccount: receipt } }] });
    render(
      <SessionProvider>
        <RouterProvider
          router={createMemoryRouter(routes, {
            patchRoutesOnNavigation,
            initialEntries: ['/entreprise/mes-donnees'],
          })}
        />
      </SessionProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Supprimer mon compte' });
    const field = screen.getByLabelText(/Pour confirmer/);
    fireEvent.change(field, { target: { value: 'supprimer' } });
    fireEvent.submit(form);
    await screen.findByText('Recopiez exactement « SUPPRIMER MON COMPTE » pour confirmer.');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(callsOf('PmeDeleteMyAccount')).toEqual([]);

    fireEvent.change(field, { target: { value: 'SUPPRIMER MON COMPTE' } });
    fireEvent.submit(form);
    // Signed out, on the home page, which tells what the deletion did.
    await screen.findByText(/Votre compte a été supprimé le 26 novembre 2026 à 11:00/);
    expect(callsOf('PmeDeleteMyAccount').map((c) => c.variables)).toEqual([
      { confirmation: 'SUPPRIMER MON COMPTE' },
    ]);
    expect(screen.getByText(/diagnostics détachés : 2 ;/)).toBeTruthy();
    expect(loadSession()).toBeNull();
  });

  it('downloads the export and shows the exchanges with connecteurs: what each was shown, every message', async () => {
    const exportMyData = {
      generatedAt: '2026-11-26T10:00:00.000Z',
      company: null,
      contactConsent: null,
      subsidyApplications: [],
      diagnostics: [],
      contactNeeds: [],
      follows: [],
      appointments: [],
      reviews: [],
      testimonials: [],
      providerEngagements: [],
      providerRecommendations: [],
      contactConversations: [
        {
          request: {
            id: 'r1',
            status: 'TAKEN_IN_CHARGE',
            createdAt: '2026-11-20T09:00:00.000Z',
            connecteur: { id: 'c1', displayName: 'Atelier numérique de Vienne' },
          },
          sharedContactDetails: { name: 'Jeanne Dupont', email: 'jeanne@boulangerie.fr', phone: null },
          sharedSince: '2026-11-21T08:30:00.000Z',
          messages: [
            { at: '2026-11-20T09:00:00.000Z', by: 'PME', text: 'Rappelez-moi le matin.' },
            { at: '2026-11-21T08:31:00.000Z', by: 'CONNECTEUR', text: 'Je vous appelle jeudi.' },
          ],
        },
        {
          request: {
            id: 'r2',
            status: 'PENDING',
            createdAt: '2026-11-20T09:00:00.000Z',
            connecteur: { id: 'c2', displayName: 'CCI de Lyon' },
          },
          sharedContactDetails: null,
          sharedSince: null,
          messages: [],
        },
      ],
    };
    const { callsOf } = stubApiByOperation({ PmeExportMyData: [{ data: { exportMyData } }] });
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => {} }),
    );
    render(
      <SessionProvider>
        <RouterProvider
          router={createMemoryRouter(routes, {
            patchRoutesOnNavigation,
            initialEntries: ['/entreprise/mes-donnees'],
          })}
        />
      </SessionProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger mes données' }));
    await screen.findByText('Fichier préparé le 26 novembre 2026 à 11:00.');
    expect(callsOf('PmeExportMyData')).toHaveLength(1);
    screen.getByText('2 échanges avec des connecteurs, 2 messages');
    screen.getByText(
      'Coordonnées communiquées depuis le 21 novembre 2026 à 09:30 : Jeanne Dupont, jeanne@boulangerie.fr.',
    );
    const messages = screen.getByRole('list', { name: 'Messages échangés avec Atelier numérique de Vienne' });
    expect([...messages.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Vous, le 20 novembre 2026 à 10:00 : Rappelez-moi le matin.',
      'Atelier numérique de Vienne, le 21 novembre 2026 à 09:31 : Je vous appelle jeudi.',
    ]);
    screen.getByText('Aucune coordonnée communiquée à ce connecteur.');
  });
});
