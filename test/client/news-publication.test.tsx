import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import '../../client/src/dsfr';
import { NewsPublicationPage } from '../../client/src/features/news-publication/NewsPublicationPage';
import { saveSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { signedInForEachTest } from './support/session';
import { lostAnswer, stubGraphqlFetch, type Call } from './support/graphql-fetch';

const online = {
  data: {
    news: {
      edges: [
        {
          node: {
            id: 'n-nat',
            title: 'Le programme rouvre',
            regionCode: null,
            publishedAt: '2026-12-01T09:00:00Z',
          },
        },
        {
          node: {
            id: 'n-53',
            title: 'Ateliers à Rennes',
            regionCode: '53',
            publishedAt: '2026-12-02T09:00:00Z',
          },
        },
      ],
    },
  },
};

function renderPage() {
  render(
    <MemoryRouter>
      <SessionProvider>
        <NewsPublicationPage />
      </SessionProvider>
    </MemoryRouter>,
  );
}

const publications = (calls: Call[]) => calls.filter((c) => c.operation === 'PublisherPublishNews');

signedInForEachTest({
  token: 'token-moderateur',
  label: 'Modération',
  role: 'MODERATOR',
  sub: 'demo-moderateur',
});

describe('the news publication page', () => {
  it('publishes once after a lost answer (same key), then takes a new key for the next news', async () => {
    const calls = stubGraphqlFetch(({ operation }, nth) => {
      if (operation === 'PublisherNews') return online;
      if (nth === 1) throw lostAnswer();
      return { data: { publishNews: { id: `n-${nth}`, title: 'Réouverture en Bretagne' } } };
    });
    renderPage();
    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: ' Réouverture en Bretagne ' } });
    fireEvent.change(screen.getByLabelText('Texte'), { target: { value: 'Le chèque numérique rouvre.' } });
    fireEvent.change(screen.getByLabelText('Portée'), { target: { value: '53' } });
    fireEvent.click(screen.getByLabelText('Stratégie numérique'));
    const publish = screen.getByRole('button', { name: 'Publier' });

    fireEvent.click(publish);
    await vi.waitFor(() => expect(publications(calls)).toHaveLength(1));
    await screen.findByText(/réseau|connexion|joindre/i);
    fireEvent.click(publish);
    await screen.findByText('« Réouverture en Bretagne » est publiée.');
    const [lost, retry] = publications(calls);
    expect(lost!.variables).toEqual({
      input: {
        title: 'Réouverture en Bretagne',
        body: 'Le chèque numérique rouvre.',
        link: null,
        regionCode: '53',
        themes: ['STRATEGY'],
      },
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
    });
    expect(retry!.variables.clientKey).toBe(lost!.variables.clientKey);
    // The form is emptied, and the list read again.
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe('');
    await vi.waitFor(() => expect(calls.filter((c) => c.operation === 'PublisherNews')).toHaveLength(2));

    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Deuxième nouvelle' } });
    fireEvent.change(screen.getByLabelText('Texte'), { target: { value: 'Une autre information.' } });
    fireEvent.click(publish);
    await vi.waitFor(() => expect(publications(calls)).toHaveLength(3));
    expect(publications(calls)[2]!.variables.clientKey).not.toBe(lost!.variables.clientKey);
  });

  it('gives a moderator the national scope and every news to withdraw', async () => {
    const calls = stubGraphqlFetch(({ operation }) =>
      operation === 'PublisherNews' ? online : { data: { withdrawNews: true } },
    );
    renderPage();
    expect(within(screen.getByLabelText('Portée')).getByRole('option', { selected: true }).textContent).toBe(
      'Nationale (toutes les régions)',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer « Le programme rouvre »' }));
    await vi.waitFor(() =>
      expect(calls.find((c) => c.operation === 'PublisherWithdrawNews')?.variables).toEqual({ id: 'n-nat' }),
    );
    expect(screen.getByRole('button', { name: 'Retirer « Ateliers à Rennes »' })).toBeTruthy();
    expect(calls[0]).toEqual({ operation: 'PublisherNews', variables: { filter: {} } });
  });

  it('publishes in the agent’s own region only, and offers to withdraw only that region’s news', async () => {
    saveSession({
      token: 'token-agent',
      label: 'Agent',
      role: 'REGION_AGENT',
      sub: 'agent-53',
      regionCode: '53',
    });
    const calls = stubGraphqlFetch(({ operation }) =>
      operation === 'PublisherNews'
        ? online
        : { data: { publishNews: { id: 'n-x', title: 'Permanence à Brest' } } },
    );
    renderPage();
    expect(screen.queryByLabelText('Portée')).toBeNull();
    screen.getByText('Portée : Bretagne');
    await screen.findByRole('button', { name: 'Retirer « Ateliers à Rennes »' });
    expect(screen.queryByRole('button', { name: 'Retirer « Le programme rouvre »' })).toBeNull();
    expect(calls[0]!.variables).toEqual({ filter: { regionCode: '53' } });

    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Permanence à Brest' } });
    fireEvent.change(screen.getByLabelText('Texte'), { target: { value: 'Chaque mardi à la CCI.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier' }));
    await screen.findByText('« Permanence à Brest » est publiée.');
    expect(publications(calls)[0]!.variables.input).toMatchObject({ regionCode: '53' });
  });
});
