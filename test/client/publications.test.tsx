import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import '../../client/src/dsfr';
import { EventPublicationPage } from '../../client/src/features/publications/EventPublicationPage';
import { NewsPublicationPage } from '../../client/src/features/publications/NewsPublicationPage';
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

function renderPage(page = <NewsPublicationPage />) {
  render(
    <MemoryRouter>
      <SessionProvider>{page}</SessionProvider>
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

const upcoming = {
  data: {
    events: {
      edges: [
        {
          node: {
            id: 'e-nat',
            title: 'Webinaire national',
            regionCode: null,
            startsAt: '2027-03-01T09:00:00Z',
          },
        },
        {
          node: {
            id: 'e-84',
            kind: 'WORKSHOP',
            title: 'Atelier à Lyon',
            description: 'Vendre en ligne.',
            startsAt: '2027-03-02T09:00:00Z',
            endsAt: '2027-03-02T11:30:00Z',
            placeName: 'CCI Lyon Métropole',
            communeCode: '69123',
            regionCode: '84',
            online: false,
            themes: ['ECOMMERCE_WEBSITE'],
            link: null,
            version: 3,
          },
        },
      ],
    },
  },
};
const eventPublications = (calls: Call[]) => calls.filter((c) => c.operation === 'PublisherPublishEvent');

describe('the event publication page', () => {
  it('sends an online event in Paris time with its scope, once after a lost answer', async () => {
    const calls = stubGraphqlFetch(({ operation }, nth) => {
      if (operation === 'PublisherEvents') return upcoming;
      if (nth === 1) throw lostAnswer();
      return { data: { publishEvent: { id: 'e-1', title: 'Webinaire e-commerce' } } };
    });
    renderPage(<EventPublicationPage />);
    expect(screen.queryByLabelText('Portée')).toBeNull();
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'WEBINAR' } });
    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Webinaire e-commerce' } });
    fireEvent.change(screen.getByLabelText('Jour'), { target: { value: '2027-03-10' } });
    fireEvent.change(screen.getByLabelText(/Heure de début/), { target: { value: '09:30' } });
    fireEvent.change(screen.getByLabelText(/Heure de fin/), { target: { value: '11:00' } });
    fireEvent.click(screen.getByLabelText('En ligne'));
    expect(screen.queryByLabelText(/Commune/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/Lien pour y participer/), {
      target: { value: 'https://webinaires.exemple.fr/ecommerce' },
    });
    fireEvent.change(screen.getByLabelText('Portée'), { target: { value: '84' } });
    const publish = screen.getByRole('button', { name: 'Publier' });
    fireEvent.click(publish);
    await vi.waitFor(() => expect(eventPublications(calls)).toHaveLength(1));
    await screen.findByText(/Vérifiez votre connexion/);
    fireEvent.click(publish);
    await screen.findByText('« Webinaire e-commerce » est à l’agenda.');
    const [lost, retry] = eventPublications(calls);
    expect(lost!.variables.input).toEqual({
      kind: 'WEBINAR',
      title: 'Webinaire e-commerce',
      description: null,
      // 09:30 and 11:00 in Paris, winter time (UTC+1).
      startsAt: '2027-03-10T08:30:00.000Z',
      endsAt: '2027-03-10T10:00:00.000Z',
      online: true,
      placeName: null,
      communeCode: null,
      link: 'https://webinaires.exemple.fr/ecommerce',
      regionCode: '84',
      themes: [],
    });
    expect(retry!.variables.clientKey).toBe(lost!.variables.clientKey);
  });

  it('puts an agent’s event in its region, and offers to edit and cancel only that region’s events', async () => {
    saveSession({
      token: 'token-agent',
      label: 'Agent',
      role: 'REGION_AGENT',
      sub: 'agent-84',
      regionCode: '84',
    });
    const calls = stubGraphqlFetch(({ operation }) =>
      operation === 'PublisherEvents' ? upcoming : { data: { cancelEvent: true } },
    );
    renderPage(<EventPublicationPage />);
    screen.getByText('Portée : Auvergne-Rhône-Alpes');
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler « Atelier à Lyon »' }));
    await vi.waitFor(() =>
      expect(calls.find((c) => c.operation === 'PublisherCancelEvent')?.variables).toEqual({ id: 'e-84' }),
    );
    expect(screen.queryByRole('button', { name: 'Annuler « Webinaire national »' })).toBeNull();
    screen.getByRole('button', { name: 'Modifier « Atelier à Lyon »' });
    expect(screen.queryByRole('button', { name: 'Modifier « Webinaire national »' })).toBeNull();
    expect(calls[0]!.variables).toEqual({ filter: { regionCode: '84' } });
  });
});

describe('editing an event', () => {
  const updates = (calls: Call[]) => calls.filter((c) => c.operation === 'PublisherUpdateEvent');

  it('fills the form from the event in Paris time, and sends the edit with the version it was read at', async () => {
    const calls = stubGraphqlFetch(({ operation }) =>
      operation === 'PublisherEvents'
        ? upcoming
        : { data: { updateEvent: { id: 'e-84', title: 'Atelier à Lyon (complet)' } } },
    );
    renderPage(<EventPublicationPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier « Atelier à Lyon »' }));
    await screen.findByRole('heading', { name: 'Modifier « Atelier à Lyon »' });
    expect(document.activeElement?.textContent).toBe('Modifier « Atelier à Lyon »');
    const value = (label: string | RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;
    // 09:00 and 11:30 UTC are 10:00 and 12:30 in Paris in winter.
    expect([value('Titre'), value('Jour'), value(/Heure de début/), value(/Heure de fin/)]).toEqual([
      'Atelier à Lyon',
      '2027-03-02',
      '10:00',
      '12:30',
    ]);
    expect(value(/^Lieu/)).toBe('CCI Lyon Métropole');

    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Atelier à Lyon (complet)' } });
    fireEvent.change(screen.getByLabelText(/Heure de début/), { target: { value: '10:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await screen.findByText('« Atelier à Lyon (complet) » est modifié.');
    expect(updates(calls)).toEqual([
      {
        operation: 'PublisherUpdateEvent',
        variables: {
          id: 'e-84',
          expectedVersion: 3,
          input: {
            kind: 'WORKSHOP',
            title: 'Atelier à Lyon (complet)',
            description: 'Vendre en ligne.',
            startsAt: '2027-03-02T09:30:00.000Z',
            endsAt: '2027-03-02T11:30:00.000Z',
            online: false,
            placeName: 'CCI Lyon Métropole',
            communeCode: '69123',
            link: null,
            regionCode: null,
            themes: ['ECOMMERCE_WEBSITE'],
          },
        },
      },
    ]);
    screen.getByRole('heading', { name: 'Nouvel événement' });
    expect(value('Titre')).toBe('');
    await vi.waitFor(() => expect(calls.filter((c) => c.operation === 'PublisherEvents')).toHaveLength(2));
  });

  it('says an edit from an older read was refused, reads the list again and keeps the draft', async () => {
    const calls = stubGraphqlFetch(({ operation }) =>
      operation === 'PublisherEvents'
        ? upcoming
        : {
            errors: [
              {
                message:
                  'Ces données ont été modifiées entre-temps par quelqu’un d’autre : rechargez-les puis réessayez.',
                extensions: { code: 'CONFLICT' },
              },
            ],
          },
    );
    renderPage(<EventPublicationPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier « Atelier à Lyon »' }));
    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Atelier du soir' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await screen.findByText(/modifiées entre-temps/);
    await vi.waitFor(() => expect(calls.filter((c) => c.operation === 'PublisherEvents')).toHaveLength(2));
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe('Atelier du soir');

    fireEvent.click(screen.getByRole('button', { name: 'Abandonner la modification' }));
    screen.getByRole('heading', { name: 'Nouvel événement' });
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe('');
  });
});
