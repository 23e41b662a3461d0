import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import type {
  ConnecteurAnswerContactRequestMutation,
  ConnecteurAnswerContactRequestMutationVariables,
  ConnecteurContactInboxQuery,
  ContactDeadlineState,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubGraphqlFetch } from './support/graphql-fetch';

type InboxRequest = ConnecteurContactInboxQuery['contactInbox']['edges'][number]['node'];

const makeRequest = (overrides: Partial<InboxRequest> = {}): InboxRequest => ({
  id: 'r-1',
  status: 'PENDING',
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  deadline: { state: 'ON_TIME', waitingSince: '2026-11-20T09:00:00.000Z' },
  need: {
    id: 'n-1',
    need: 'Vendre nos pains en ligne avec retrait en boutique.',
    themes: ['ECOMMERCE_WEBSITE'],
    departementCode: '69',
    company: { id: 'co-1', name: 'Boulangerie Durand' },
  },
  ...overrides,
});

const inbox = (nodes: InboxRequest[], endCursor: string | null = null): ConnecteurContactInboxQuery => ({
  contactInbox: {
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  },
});

/** The API as the pages see it: each call is recorded with its operation name; answers are queued per operation. */
const stubApi = (answers: Record<string, object[]>) =>
  stubGraphqlFetch(({ operation }) => {
    const answer = answers[operation]?.shift();
    if (!answer) throw new Error(`unexpected call ${operation}`);
    return answer;
  });

function renderAt(url: string) {
  render(
    <SessionProvider>
      <RouterProvider
        router={createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] })}
      />
    </SessionProvider>,
  );
}

/** The inbox entry of a company's request: its heading names the company. */
const entryOf = (company: string) =>
  screen.getByRole('heading', { name: `Demande de ${company}` }).closest('li')!;

signedInForEachTest({
  token: 'token-connecteur',
  label: 'Léa Garcia',
  role: 'CONNECTEUR',
  sub: 'demo-connecteur-001',
});

describe('connecteur inbox', () => {
  it('badges each request by its deadline: late, reminders due, abandoned; none on time or answered', async () => {
    const states: [string, ContactDeadlineState, InboxRequest['status']][] = [
      ['Salon Coiff’Idées', 'ON_TIME', 'PENDING'],
      ['Hôtel de la Gare', 'LATE', 'PENDING'],
      ['Cave des Coteaux', 'FIRST_REMINDER_DUE', 'PENDING'],
      ['Électricité Morvan', 'SECOND_REMINDER_DUE', 'PENDING'],
      ['Le Comptoir Breton', 'ABANDONED', 'PENDING'],
      ['Fleurs & Saisons', 'ANSWERED', 'TAKEN_IN_CHARGE'],
    ];
    const calls = stubApi({
      ConnecteurContactInbox: [
        {
          data: inbox(
            states.map(([name, state, status], i) =>
              makeRequest({
                id: `r-${i}`,
                status,
                deadline: { state, waitingSince: null },
                need: { ...makeRequest().need, id: `n-${i}`, company: { id: `co-${i}`, name } },
              }),
            ),
          ),
        },
      ],
    });
    renderAt('/connecteur/demandes');
    await screen.findByRole('heading', { name: 'Demande de Hôtel de la Gare' });

    const badgesOf = (company: string) =>
      Array.from(entryOf(company).querySelectorAll('.fr-badge')).map((badge) => badge.textContent);
    expect(badgesOf('Salon Coiff’Idées')).toEqual(['En attente de réponse']);
    expect(badgesOf('Hôtel de la Gare')).toEqual(['En attente de réponse', 'En retard (plus de 48 h)']);
    expect(badgesOf('Cave des Coteaux')).toEqual(['En attente de réponse', 'Première relance']);
    expect(badgesOf('Électricité Morvan')).toEqual(['En attente de réponse', 'Seconde relance']);
    expect(badgesOf('Le Comptoir Breton')).toEqual([
      'En attente de réponse',
      'Abandonnée (45 jours sans réponse)',
    ]);
    expect(badgesOf('Fleurs & Saisons')).toEqual(['Prise en charge']);
    // The default list is what is left to handle.
    expect(calls).toEqual([
      {
        operation: 'ConnecteurContactInbox',
        variables: { statuses: ['PENDING', 'TAKEN_IN_CHARGE'], first: 20 },
      },
    ]);
  });

  it('takes a request in charge: sends the answer and shows the request’s new state in the list', async () => {
    const taken: ConnecteurAnswerContactRequestMutation = {
      answerContactRequest: makeRequest({
        status: 'TAKEN_IN_CHARGE',
        deadline: { state: 'ANSWERED', waitingSince: null },
      }),
    };
    const calls = stubApi({
      ConnecteurContactInbox: [
        {
          data: inbox([
            makeRequest({ deadline: { state: 'LATE', waitingSince: '2026-11-20T09:00:00.000Z' } }),
            makeRequest({
              id: 'r-2',
              need: { ...makeRequest().need, id: 'n-2', company: { id: 'co-2', name: 'Cave des Coteaux' } },
            }),
          ]),
        },
      ],
      ConnecteurAnswerContactRequest: [{ data: taken }],
    });
    renderAt('/connecteur/demandes');
    await screen.findByRole('heading', { name: 'Demande de Boulangerie Durand' });

    fireEvent.click(within(entryOf('Boulangerie Durand')).getByRole('button', { name: 'Prendre en charge' }));

    expect(await screen.findByText('Demande de Boulangerie Durand : prise en charge.')).toBeTruthy();
    const answer = calls.find((call) => call.operation === 'ConnecteurAnswerContactRequest');
    expect(answer?.variables).toEqual({
      id: 'r-1',
      status: 'TAKEN_IN_CHARGE',
    } satisfies ConnecteurAnswerContactRequestMutationVariables);
    const entry = within(entryOf('Boulangerie Durand'));
    expect(entry.getByText('Prise en charge')).toBeTruthy();
    expect(entry.queryByText('En retard (plus de 48 h)')).toBeNull();
    expect(entry.queryByRole('button', { name: 'Prendre en charge' })).toBeNull();
    expect(entry.getByRole('button', { name: 'Clôturer : aide proposée' })).toBeTruthy();
    // The other request is untouched, and the list was not fetched again.
    expect(
      within(entryOf('Cave des Coteaux')).getByRole('button', { name: 'Prendre en charge' }),
    ).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'ConnecteurContactInbox')).toHaveLength(1);
  });

  it('keeps the request as it was and says why when the API refuses the answer', async () => {
    stubApi({
      ConnecteurContactInbox: [{ data: inbox([makeRequest()]) }],
      ConnecteurAnswerContactRequest: [
        {
          data: null,
          errors: [
            {
              message:
                'Impossible de passer à « déclinée (pas pour moi) » une demande clôturée (aide proposée).',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
      ],
    });
    renderAt('/connecteur/demandes');
    await screen.findByRole('heading', { name: 'Demande de Boulangerie Durand' });

    fireEvent.click(within(entryOf('Boulangerie Durand')).getByRole('button', { name: 'Pas pour moi' }));

    expect(await screen.findByText('Les données ont changé entre-temps')).toBeTruthy();
    expect(screen.getByText(/Impossible de passer à « déclinée/)).toBeTruthy();
    expect(within(entryOf('Boulangerie Durand')).getByText('En attente de réponse')).toBeTruthy();
  });

  it('asks the API for the closed requests when that list is chosen', async () => {
    const calls = stubApi({
      ConnecteurContactInbox: [{ data: inbox([]) }, { data: inbox([]) }],
    });
    renderAt('/connecteur/demandes');
    await screen.findByText('Aucune demande dans cette liste.');

    fireEvent.change(screen.getByLabelText('Afficher'), { target: { value: 'cloturees' } });

    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.variables).toEqual({
      statuses: ['DONE_HELP_PROPOSED', 'DONE_NO_HELP', 'DONE_UNREACHABLE', 'NOT_FOR_ME'],
      first: 20,
    });
  });
});
