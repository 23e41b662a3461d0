import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { loadSession, saveSession } from '../../client/src/session/session';
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

beforeEach(() => {
  sessionStorage.clear();
  saveSession({ token: 'token-pme', label: 'Boulangerie', role: 'PME', sub: 'demo-pme' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

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
});
