import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicEventsQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubApiByOperation } from './moderation-api-stub';

const events: PublicEventsQuery = {
  events: {
    edges: [
      {
        node: {
          id: 'e-1',
          kind: 'WEBINAR',
          title: 'Vendre en ligne en 2027',
          description: null,
          startsAt: '2026-12-03T09:30:00.000Z',
          endsAt: '2026-12-03T11:00:00.000Z',
          placeName: null,
          departementCode: null,
          regionCode: null,
          online: true,
          themes: ['ECOMMERCE_WEBSITE'],
          link: 'https://example.org/inscription',
        },
      },
    ],
    pageInfo: { hasNextPage: false, endCursor: null },
  },
};

configure({ asyncUtilTimeout: 5_000 });
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('events page', { timeout: 30_000 }, () => {
  it('lists upcoming events, then those of a region, a theme and dates chosen in the form', async () => {
    const { callsOf } = stubApiByOperation({ PublicEvents: [{ data: events }] });
    const router = createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: ['/agenda'] });
    render(
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>,
    );

    expect(await screen.findByRole('heading', { name: 'Vendre en ligne en 2027' })).toBeTruthy();
    expect(screen.getByText('3 décembre 2026 à 10:30 – 12:00')).toBeTruthy();
    expect(screen.getByText('National')).toBeTruthy();
    expect(callsOf('PublicEvents')[0]!.variables).toEqual({ filter: {}, first: 20 });

    fireEvent.change(screen.getByLabelText(/^Région/), { target: { value: '84' } });
    fireEvent.change(screen.getByLabelText(/^Du/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/^Au/), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByLabelText('Formation'));
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    await screen.findByRole('heading', { name: 'Événements' });
    expect(router.state.location.search).toBe('?region=84&theme=TRAINING&du=2026-12-01&au=2026-12-31');
    const filter = callsOf('PublicEvents').at(-1)!.variables.filter as Record<string, unknown>;
    expect(filter).toEqual({
      regionCode: '84',
      themes: ['TRAINING'],
      // Paris days, whatever the browser's time zone.
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T22:59:59.999Z',
    });
  });
});
