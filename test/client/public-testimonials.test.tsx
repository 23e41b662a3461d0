import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicTestimonialMapQuery, PublicTestimonialsQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { shadeOf } from '../../client/src/components/DepartementTileMap';
import { DEPARTEMENTS } from '../../client/src/labels/geography';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubApiByOperation } from './moderation-api-stub';

type Testimonial = PublicTestimonialsQuery['testimonials']['edges'][number]['node'];

const testimonial = (id: string, title: string, departementCode: string): Testimonial => ({
  id,
  companyName: `Entreprise ${id}`,
  title,
  story: 'Une histoire de croissance.',
  format: 'VIDEO',
  mediaUrl: 'https://example.org/video',
  durationSeconds: 55,
  themes: ['ONLINE_VISIBILITY'],
  nafSection: 'G',
  sizeBand: 'MICRO',
  departementCode,
  maturityLevel: 'DYNAMIC',
  award: departementCode === '69' ? 'Trophée régional' : null,
  connecteur: { id: 'c-1', displayName: 'Atelier de Vienne' },
});

const list = (...nodes: Testimonial[]): { data: PublicTestimonialsQuery } => ({
  data: {
    testimonials: {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
});

const MAP: PublicTestimonialMapQuery['testimonialMap'] = [
  { departementCode: '69', count: 12 },
  { departementCode: '75', count: 3 },
  { departementCode: '2A', count: 1 },
  { departementCode: '974', count: 6 },
];

function renderAt(url: string) {
  const router = createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

// The map draws 101 buttons beside a large form: happy-dom needs more than the default second to settle.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('testimonials page', { timeout: 30_000 }, () => {
  it('draws one square per département with the counts of testimonialMap, the same as its table', async () => {
    stubApiByOperation({
      PublicTestimonials: [list(testimonial('t-1', 'Du four au web', '69'))],
      PublicTestimonialMap: [{ data: { testimonialMap: MAP } }],
    });
    renderAt('/temoignages');

    const map = await screen.findByRole('group', { name: /Carte de France des témoignages/ });
    const squares = [...map.querySelectorAll('button')];
    // 96 départements of metropolitan France and 5 overseas.
    expect(squares).toHaveLength(101);
    const overseas = ['971', '972', '973', '974', '976'];
    expect(new Set(squares.map((square) => square.textContent))).toEqual(
      new Set(DEPARTEMENTS.map((d) => d.code).filter((code) => code.length === 2 || overseas.includes(code))),
    );
    const mapCounts = Object.fromEntries(
      squares
        .map((square) => /^(\w+) – (.+) : (\d+) témoignages?$/.exec(square.getAttribute('aria-label') ?? ''))
        .filter((match) => match && match[3] !== '0')
        .map((match) => [match![1], Number(match![3])]),
    );
    const expected = Object.fromEntries(MAP.map((entry) => [entry.departementCode, entry.count]));
    expect(mapCounts).toEqual(expected);
    expect(within(map).getByRole('button', { name: '01 – Ain : 0 témoignage' })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Témoignages publiés par département' });
    const tableCounts = Object.fromEntries(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => {
          const [header] = within(row).getAllByRole('rowheader');
          const [count] = within(row).getAllByRole('cell');
          return [header!.textContent!.split(' – ')[0], Number(count!.textContent)];
        }),
    );
    expect(tableCounts).toEqual(expected);

    // The darkest shade goes to the largest count, none to an empty département.
    const rhone = within(map).getByRole('button', { name: /^69 – Rhône/ });
    const ain = within(map).getByRole('button', { name: /^01 – Ain/ });
    expect(rhone.style.background).toBe('var(--blue-france-sun-113-625)');
    expect(ain.style.background).toBe('var(--background-contrast-grey)');
    expect([0, 1, 3, 6, 12].map((count) => shadeOf(count, 12))).toEqual([0, 1, 1, 2, 4]);
  });

  it('filters the list by the département clicked on the map, and back to the whole country', async () => {
    const { callsOf } = stubApiByOperation({
      PublicTestimonials: [
        list(testimonial('t-1', 'Du four au web', '69'), testimonial('t-2', 'Une caisse connectée', '75')),
        list(testimonial('t-1', 'Du four au web', '69')),
        list(testimonial('t-1', 'Du four au web', '69'), testimonial('t-2', 'Une caisse connectée', '75')),
      ],
      PublicTestimonialMap: [{ data: { testimonialMap: MAP } }],
    });
    const router = renderAt('/temoignages?taille=MICRO');
    await screen.findByText('Une caisse connectée');

    fireEvent.click(screen.getByRole('button', { name: '69 – Rhône : 12 témoignages' }));
    await waitFor(() => expect(screen.queryByText('Une caisse connectée')).toBeNull());
    expect(router.state.location.search).toBe('?departement=69&taille=MICRO');
    expect(callsOf('PublicTestimonials').at(-1)!.variables).toEqual({
      filter: { departementCode: '69', sizeBand: 'MICRO' },
      first: 12,
    });
    // The map keeps the other filters but not the département, so the others stay visible.
    expect(callsOf('PublicTestimonialMap').map((call) => call.variables)).toEqual([
      { filter: { sizeBand: 'MICRO' } },
    ]);
    expect(
      screen.getByRole('button', { name: '69 – Rhône : 12 témoignages' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByRole('heading', { name: 'Témoignages — Rhône (69)' })).toBeTruthy();
    expect(screen.getByText('Lauréat : Trophée régional')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Revenir à toute la France' }));
    expect(await screen.findByText('Une caisse connectée')).toBeTruthy();
    expect(router.state.location.search).toBe('?taille=MICRO');
  });

  it('filters from the table alternative too', async () => {
    const { callsOf } = stubApiByOperation({
      PublicTestimonials: [list(), list(testimonial('t-3', 'Le lagon en ligne', '974'))],
      PublicTestimonialMap: [{ data: { testimonialMap: MAP } }],
    });
    renderAt('/temoignages');
    const table = await screen.findByRole('table', { name: 'Témoignages publiés par département' });
    const row = within(table).getByRole('row', { name: /La Réunion/ });
    fireEvent.click(within(row).getByRole('button', { name: 'Afficher' }));

    expect(await screen.findByText('Le lagon en ligne')).toBeTruthy();
    expect(callsOf('PublicTestimonials').at(-1)!.variables).toEqual({
      filter: { departementCode: '974' },
      first: 12,
    });
  });
});
