import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentApplicationQueueQuery, AgentRegionProgramsQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { parisDayStartsAt } from '../../client/src/labels/paris-time';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';

type Node = AgentApplicationQueueQuery['subsidyApplications']['edges'][number]['node'];

const makeNode = (overrides: Partial<Node> = {}): Node => ({
  id: 'app-1',
  status: 'SUBMITTED',
  company: { id: 'co-1', name: 'Fromagerie du Semnoz', siren: '410554331' },
  program: { id: 'prog-1', name: 'Chèque Croissance connectée 2026' },
  investmentCents: 540_000,
  aidCents: 270_000,
  submittedAt: '2026-11-10T08:00:00.000Z',
  updatedAt: '2026-11-10T08:00:00.000Z',
  ...overrides,
});

const queue = (nodes: Node[], endCursor: string | null): { data: AgentApplicationQueueQuery } => ({
  data: {
    subsidyApplications: {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: endCursor !== null, endCursor },
    },
  },
});

const programs: { data: AgentRegionProgramsQuery } = {
  data: {
    subsidyPrograms: [
      {
        id: 'prog-1',
        name: 'Chèque Croissance connectée 2026',
        managingBody: 'Région Auvergne-Rhône-Alpes',
        opensAt: '2026-09-28T00:00:00.000Z',
        closesAt: '2027-03-27T00:00:00.000Z',
        isOpen: true,
        envelopeCents: 250_000_000,
        aidRateBasisPoints: 5000,
        aidFloorCents: 100_000,
        aidCeilingCents: 1_500_000,
        investmentFloorCents: 200_000,
        investmentCeilingCents: 3_000_000,
        dashboard: { remainingCents: 248_875_000 },
      },
    ],
  },
};

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Queue pages are answered in turn; the programmes of the region whenever asked. */
function stubApi(...pages: object[]) {
  const queueCalls: Record<string, unknown>[] = [];
  const regionCodes: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      let answer: object;
      if (body.query.includes('query AgentRegionPrograms')) {
        regionCodes.push(body.variables.regionCode);
        answer = programs;
      } else {
        queueCalls.push(body.variables);
        answer = pages.shift() ?? queue([], null);
      }
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return { queueCalls, regionCodes };
}

function renderAt(url: string) {
  const router = createMemoryRouter(routes, { patchRoutesOnNavigation, initialEntries: [url] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

beforeEach(() => {
  sessionStorage.clear();
  sessionStorage.setItem(
    'croissance-connectee.session',
    JSON.stringify({
      token: 'jeton',
      label: 'Agent',
      role: 'REGION_AGENT',
      sub: 'demo-agent-84',
      regionCode: '84',
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('region queue', () => {
  it('lists the files with their company, programme, status and amounts', async () => {
    const { queueCalls, regionCodes } = stubApi(
      queue(
        [
          makeNode(),
          makeNode({
            id: 'app-2',
            status: 'ACCEPTED',
            company: { id: 'co-2', name: 'Garage des Alpes', siren: '410316764' },
          }),
        ],
        null,
      ),
    );
    renderAt('/region/dossiers');

    const link = await screen.findByRole('link', { name: /Fromagerie du Semnoz/ });
    expect(link.getAttribute('href')).toBe('/region/dossiers/app-1');
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].slice(0, 5).map((cell) => flat(cell.textContent)));
    expect(rows).toEqual([
      [
        'Fromagerie du Semnoz — ouvrir le dossier',
        'Chèque Croissance connectée 2026',
        'Déposé',
        '5 400,00 €',
        '2 700,00 €',
      ],
      [
        'Garage des Alpes — ouvrir le dossier',
        'Chèque Croissance connectée 2026',
        'Accepté',
        '5 400,00 €',
        '2 700,00 €',
      ],
    ]);
    expect(queueCalls).toEqual([{ filter: {}, first: 20 }]);
    // The programme filter offers the programmes of the agent's region (from the session).
    expect(regionCodes).toContain('84');
    expect(
      within(screen.getByLabelText('Programme'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Tous les programmes', 'Chèque Croissance connectée 2026']);
  });

  it('filters by status, programme and day of the last change, in the address too', async () => {
    const { queueCalls } = stubApi(queue([makeNode()], null), queue([makeNode()], null));
    const router = renderAt('/region/dossiers');
    await screen.findByRole('link', { name: /Fromagerie du Semnoz/ });
    await screen.findByRole('option', { name: 'Chèque Croissance connectée 2026' });

    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'UNDER_REVIEW' } });
    fireEvent.change(screen.getByLabelText('Programme'), { target: { value: 'prog-1' } });
    fireEvent.change(screen.getByLabelText(/Modifiés depuis le/), { target: { value: '2026-11-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer les dossiers' }));

    await screen.findByText('1 dossier sur cette page.');
    expect(queueCalls.at(-1)).toEqual({
      filter: { status: 'UNDER_REVIEW', programId: 'prog-1', updatedSince: '2026-11-02T23:00:00.000Z' },
      first: 20,
    });
    expect(router.state.location.search).toBe('?statut=UNDER_REVIEW&programme=prog-1&depuis=2026-11-03');
  });

  it('searches a company by name or SIREN and sorts by amount, in the address too', async () => {
    const { queueCalls } = stubApi(queue([makeNode()], null), queue([makeNode()], null));
    const router = renderAt('/region/dossiers');
    await screen.findByRole('link', { name: /Fromagerie du Semnoz/ });

    fireEvent.change(screen.getByLabelText(/^Entreprise/), { target: { value: ' semnoz ' } });
    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: 'AMOUNT_DESC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer les dossiers' }));

    await waitFor(() =>
      expect(queueCalls.at(-1)).toEqual({ filter: { search: 'semnoz' }, orderBy: 'AMOUNT_DESC', first: 20 }),
    );
    expect(router.state.location.search).toBe('?entreprise=semnoz&tri=AMOUNT_DESC');
  });

  it('follows the cursor to the next page', async () => {
    const { queueCalls } = stubApi(
      queue([makeNode()], 'cursor-2'),
      queue(
        [
          makeNode({
            id: 'app-21',
            company: { id: 'co-9', name: 'Librairie Les Volcans', siren: '410475149' },
          }),
        ],
        null,
      ),
    );
    renderAt('/region/dossiers?statut=SUBMITTED');

    fireEvent.click(await screen.findByRole('link', { name: 'Page suivante' }));
    expect(await screen.findByRole('link', { name: /Librairie Les Volcans/ })).toBeTruthy();
    expect(queueCalls[1]).toEqual({ filter: { status: 'SUBMITTED' }, first: 20, after: 'cursor-2' });
  });

  it('starts a day at midnight in Paris, summer or winter', () => {
    expect(parisDayStartsAt('2026-11-03')).toBe('2026-11-02T23:00:00.000Z');
    expect(parisDayStartsAt('2026-07-14')).toBe('2026-07-13T22:00:00.000Z');
  });
});
