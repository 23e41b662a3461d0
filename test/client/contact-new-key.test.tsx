import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import '../../client/src/dsfr';
import { ContactNewPage } from '../../client/src/pages/pme/ContactNewPage';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { lostAnswer, stubGraphqlFetch } from './support/graphql-fetch';

const CONNECTEUR = {
  id: 'c-1',
  displayName: 'Atelier numérique',
  departementCode: '35',
  themes: [],
  acceptsNewPmes: true,
  isLabelled: false,
};

/** The API: each call recorded; the first answer of the sending is lost (a network failure), the others succeed. */
const stubApi = () =>
  stubGraphqlFetch(({ operation }, nth) => {
    if (operation !== 'PmeSendContactRequest') return { data: { connecteur: CONNECTEUR } };
    if (nth === 1) throw lostAnswer();
    return { data: { sendContactRequest: { id: 'need-1' } } };
  });

signedInForEachTest({ token: 'token-pme', label: 'Claire Martin', role: 'PME', sub: 'demo-pme-001' });

describe('the contact form', () => {
  it('sends the need again with the same client key after a lost answer', async () => {
    const calls = stubApi();
    render(
      <MemoryRouter initialEntries={['/entreprise/demandes/nouvelle?connecteur=c-1']}>
        <SessionProvider>
          <Routes>
            <Route path="/entreprise/demandes/nouvelle" element={<ContactNewPage />} />
            <Route path="/entreprise/demandes/:id" element={<p>Demande envoyée</p>} />
          </Routes>
        </SessionProvider>
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByLabelText(/Votre besoin/), {
      target: { value: 'Nous voulons vendre nos pains en ligne.' },
    });
    const send = screen.getByRole('button', { name: /Envoyer/ });
    const sends = () => calls.filter((c) => c.operation === 'PmeSendContactRequest');
    fireEvent.click(send);
    await vi.waitFor(() => {
      expect(sends()).toHaveLength(1);
      expect((send as HTMLButtonElement).disabled).toBe(false);
    });
    fireEvent.click(send);
    await screen.findByText('Demande envoyée');
    const [lost, retry] = sends().map((c) => (c.variables.input as { clientKey?: string }).clientKey);
    expect(lost).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(retry).toBe(lost);
  });
});
