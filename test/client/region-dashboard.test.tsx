import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentProgramDashboardQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { exportFileName } from '../../client/src/pages/region/RegionProgramDashboardPage';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';

type Program = NonNullable<AgentProgramDashboardQuery['subsidyProgram']>;
type Dashboard = NonNullable<Program['dashboard']>;

const dashboard: Dashboard = {
  envelopeCents: 10_000_000,
  committedCents: 1_140_000,
  paidCents: 1_660_000,
  remainingCents: 7_200_000,
  inProgressCents: 1_200_000,
  countsByStatus: [
    { status: 'DRAFT', count: 2 },
    { status: 'SUBMITTED', count: 1 },
    { status: 'CORRECTION_REQUESTED', count: 1 },
    { status: 'UNDER_REVIEW', count: 2 },
    { status: 'ACCEPTED', count: 1 },
    { status: 'REJECTED', count: 1 },
    { status: 'CLOSED', count: 1 },
    { status: 'PAID', count: 4 },
  ],
  applicantCompanies: 9,
  fundedCompanies: 5,
  followUp: {
    responses: 3,
    benefitCount: 2,
    averageRevenueChangePercent: 7.333,
    averageEmployeesChange: 0.5,
    averageSatisfaction: 4,
  },
};

const program = (overrides: Partial<Program> = {}): Program => ({
  id: 'prog-1',
  name: 'Chèque Croissance connectée 2026',
  managingBody: 'Région Auvergne-Rhône-Alpes',
  description: null,
  opensAt: '2026-09-28T00:00:00.000Z',
  closesAt: '2027-03-27T00:00:00.000Z',
  isOpen: true,
  envelopeCents: 10_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
  maxEmployees: 49,
  eligibleThemes: ['ECOMMERCE_WEBSITE', 'BOOKING'],
  localProvidersOnly: false,
  attestationRequired: false,
  dashboard,
  ...overrides,
});

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A description list as [term, definition] pairs. */
const facts = (container: HTMLElement) =>
  [...container.querySelectorAll('dt')].map((term) => [
    flat(term.textContent),
    flat(term.nextElementSibling?.textContent),
  ]);

function stubApi(answers: Record<string, object>) {
  const operations: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query } = JSON.parse(init.body as string) as { query: string };
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      operations.push(operation);
      return new Response(JSON.stringify(answers[operation]), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return operations;
}

function renderDashboard() {
  const router = createMemoryRouter(routes, {
    patchRoutesOnNavigation,
    initialEntries: ['/region/programmes/prog-1'],
  });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
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
  vi.restoreAllMocks();
});

describe('programme dashboard', () => {
  it('draws the envelope with a text alternative that gives the same figures as the API', async () => {
    stubApi({ AgentProgramDashboard: { data: { subsidyProgram: program() } } });
    renderDashboard();

    const table = await screen.findByRole('table', { name: 'Répartition de l’enveloppe' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => flat(cell.textContent)));
    expect(rows).toEqual([
      ['Payé', '16 600,00 €', '16,6 %'],
      ['Engagé, pas encore payé', '11 400,00 €', '11,4 %'],
      ['En cours d’instruction', '12 000,00 €', '12 %'],
      ['Libre', '60 000,00 €', '60 %'],
      ['Restant (en cours d’instruction et libre)', '72 000,00 €', '72 %'],
      ['Enveloppe totale', '100 000,00 €', '100 %'],
    ]);

    const chart = screen.getByRole('img', { name: /Consommation de l’enveloppe/ });
    expect(flat(chart.querySelector('desc')?.textContent)).toBe(
      'Sur une enveloppe de 100 000,00 € : payé 16 600,00 € (16,6 %), engagé, pas encore payé 11 400,00 € (11,4 %), en cours d’instruction 12 000,00 € (12 %), libre 60 000,00 € (60 %).',
    );
    // The bar's parts are as wide as their share of the envelope (600 units for the whole envelope).
    const width = (part: string) =>
      Number(chart.querySelector(`[data-part="${part}"]`)?.getAttribute('width'));
    expect(width('paid')).toBeCloseTo(99.6);
    expect(width('committed')).toBeCloseTo(68.4);
    expect(width('inProgress')).toBeCloseTo(72);
    expect(width('remaining')).toBeCloseTo(360);
    // A quarter of the envelope used: no zoomed bar.
    expect(screen.queryByRole('img', { name: /Détail de la part utilisée/ })).toBeNull();
  });

  it('draws the used part at a larger scale when little of the envelope is used', async () => {
    stubApi({
      AgentProgramDashboard: {
        data: {
          subsidyProgram: program({
            dashboard: {
              ...dashboard,
              envelopeCents: 1_000_000_000,
              paidCents: 100_000,
              committedCents: 200_000,
              inProgressCents: 300_000,
              remainingCents: 999_700_000,
            },
          }),
        },
      },
    });
    renderDashboard();

    const zoom = await screen.findByRole('img', { name: /Détail de la part utilisée, 6\s000,00\s€/ });
    const width = (part: string) =>
      Number(zoom.querySelector(`[data-part="${part}"]`)?.getAttribute('width'));
    expect(width('zoom-paid')).toBeCloseTo(100);
    expect(width('zoom-committed')).toBeCloseTo(200);
    expect(width('zoom-inProgress')).toBeCloseTo(300);
  });

  it('counts the files per status, the companies and the follow-up answers', async () => {
    stubApi({ AgentProgramDashboard: { data: { subsidyProgram: program() } } });
    renderDashboard();

    const counts = await screen.findByRole('table', { name: 'Nombre de dossiers par statut' });
    const rows = within(counts)
      .getAllByRole('row')
      .slice(1)
      .map((row) => flat(row.textContent));
    expect(rows).toEqual([
      'Brouillons (pas encore déposés)2',
      'Déposé1',
      'Correction demandée1',
      'En instruction2',
      'Accepté1',
      'Refusé1',
      'Classé sans suite1',
      'Payé4',
      'Total des dossiers déposés11',
    ]);
    expect(within(counts).getByRole('link', { name: 'En instruction' }).getAttribute('href')).toBe(
      '/region/dossiers?statut=UNDER_REVIEW&programme=prog-1',
    );
    expect(facts(screen.getByRole('region', { name: 'Entreprises' }))).toEqual([
      ['Entreprises ayant déposé au moins un dossier', '9'],
      ['Entreprises aidées (dossier accepté ou payé)', '5'],
    ]);
    expect(facts(screen.getByRole('region', { name: /Suivi à un an/ }))).toEqual([
      ['Réponses', '3'],
      ['Entreprises qui constatent un bénéfice', '2 sur 3'],
      ['Évolution moyenne du chiffre d’affaires', '7,3 %'],
      ['Évolution moyenne de l’effectif', '0,5'],
      ['Satisfaction moyenne', '4 sur 5'],
    ]);
  });

  it('downloads the CSV export under a file name of the programme and the day', async () => {
    const operations = stubApi({
      AgentProgramDashboard: { data: { subsidyProgram: program() } },
      // The API delivers the BOM: the file keeps exactly one.
      AgentProgramExport: { data: { subsidyProgramExport: '\uFEFFdossier;programme\r\napp-1;Chèque\r\n' } },
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    renderDashboard();

    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger l’export CSV' }));

    const fileName = exportFileName('Chèque Croissance connectée 2026', new Date());
    expect(fileName).toMatch(/^export-cheque-croissance-connectee-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    await waitFor(() => expect(downloads).toEqual([{ href: 'blob:export', download: fileName }]));
    expect(operations).toEqual(['AgentProgramDashboard', 'AgentProgramExport']);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('\uFEFFdossier;programme\r\napp-1;Chèque\r\n');
    expect(screen.getByText(`Fichier « ${fileName} » téléchargé.`)).toBeTruthy();
  });

  it('tells an agent of another region that the dashboard is not theirs', async () => {
    stubApi({
      AgentProgramDashboard: {
        data: null,
        errors: [
          { message: 'Tableau de bord réservé aux agents de la région.', extensions: { code: 'FORBIDDEN' } },
        ],
      },
    });
    renderDashboard();

    expect(await screen.findByText('Accès refusé')).toBeTruthy();
    expect(screen.getByText('Tableau de bord réservé aux agents de la région.')).toBeTruthy();
  });
});
