import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import type {
  PmeCreateApplicationMutation,
  PmeCreateApplicationMutationVariables,
  PmeNewApplicationQuery,
  PmeProgramApplicationsQuery,
  PmeTrustedThirdPartiesQuery,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { formatEuros } from '../../client/src/labels/money';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { evaluateEligibility } from '../../functions/subsidies/eligibility';

type Program = NonNullable<PmeNewApplicationQuery['subsidyProgram']>;
type Company = NonNullable<PmeNewApplicationQuery['myCompany']>;

const program: Program = {
  id: 'prog-84',
  name: 'Chèque Croissance connectée 2026',
  managingBody: 'Région Auvergne-Rhône-Alpes',
  description: null,
  regionCode: '84',
  regionName: 'Auvergne-Rhône-Alpes',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2099-12-31T23:00:00.000Z',
  isOpen: true,
  envelopeCents: 250_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
  maxEmployees: 49,
  maxAnnualRevenueCents: null,
  independenceRequired: true,
  excludedNafPrefixes: ['58.2', '61', '62', '63.1', '95.1'],
  eligibleThemes: ['ECOMMERCE_WEBSITE', 'ONLINE_VISIBILITY'],
  localProvidersOnly: false,
  perCompanyCapCents: null,
  perCompanyCapYears: 3,
  attestationRequired: false,
  declaration: { version: '2026-12', statements: ['Les informations de ce dossier sont exactes.'] },
  localProvidersRule:
    'Prestataires de toute région : ce programme ne réserve pas son aide aux prestataires établis en Auvergne-Rhône-Alpes.',
  questions: [],
};

const company: Company & { annualRevenueCents: number } = {
  id: 'company-1',
  nafCode: '10.71C',
  employees: 8,
  annualRevenueCents: 48_000_000,
  independent: true,
  regionCode: '84',
  departementCode: '69',
};

const answers: Record<string, object> = {
  PmeNewApplication: { subsidyProgram: program, myCompany: company } satisfies PmeNewApplicationQuery,
  PmeProgramApplications: { subsidyApplications: { edges: [] } } satisfies PmeProgramApplicationsQuery,
  PmeTrustedThirdParties: { connecteurs: { edges: [] } } satisfies PmeTrustedThirdPartiesQuery,
  PmePricePosition: { pricePosition: { placement: 'NO_REFERENCE', range: null } },
  PmeCreateApplication: {
    createSubsidyApplication: { id: 'app-1' },
  } satisfies PmeCreateApplicationMutation,
};

/** The API by operation name; every call's variables are recorded. `lost`: operations whose first answer is lost. */
function stubApi(lost = new Set<string>()) {
  const calls: { operation: string; variables: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(init.body as string) as { query: string; variables: unknown };
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      calls.push({ operation, variables });
      if (lost.delete(operation)) throw new TypeError('Failed to fetch');
      const data = answers[operation];
      return new Response(
        JSON.stringify(
          data ? { data } : { errors: [{ message: 'inconnu', extensions: { code: 'NOT_FOUND' } }] },
        ),
        { headers: { 'content-type': 'application/json' } },
      );
    }),
  );
  return calls;
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

/** The aid the server's eligibility function grants the company for one e-commerce expense of `amountCents`. */
const serverAid = (amountCents: number) => {
  const result = evaluateEligibility({
    program: {
      ...program,
      maxAnnualRevenueCents: undefined,
      perCompanyCapCents: undefined,
      questions: undefined,
    },
    company,
    expenses: [
      {
        theme: 'ECOMMERCE_WEBSITE',
        description: 'Boutique en ligne',
        amountCents,
        providerSiren: '732829320',
        providerName: 'Atelier Web Lyonnais',
      },
    ],
    submittedAt: new Date(),
    capRemainingCents: null,
    attested: false,
    providerRegions: new Map(),
  });
  return { eligible: result.eligible, aid: result.aid.grantable ? result.aid.aidCents : 0 };
};

signedInForEachTest({ token: 'token-pme', label: 'Boulangerie', role: 'PME', sub: 'demo-pme' });

describe('PME chèque numérique draft form', () => {
  it('updates the eligibility and the expected aid as the amount is typed, then saves it in cents', async () => {
    const calls = stubApi();
    const router = renderAt('/entreprise/cheque-numerique/nouvelle/prog-84');
    // The page is loaded on demand (it carries the eligibility rules): the first import takes a moment.
    const amount = await screen.findByLabelText(
      /Montant hors taxes de la dépense 1/,
      {},
      { timeout: 15_000 },
    );
    const aid = () => screen.getByTestId('preview-aid').textContent;
    expect(aid()).toBe(formatEuros(0));
    expect(screen.getByText('Dossier non éligible en l’état')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Votre projet/), {
      target: { value: 'Vendre nos pains en ligne' },
    });
    fireEvent.change(screen.getByLabelText(/Description de la dépense 1/), {
      target: { value: 'Boutique en ligne' },
    });
    fireEvent.change(screen.getByLabelText(/SIREN du prestataire de la dépense 1/), {
      target: { value: '732 829 320' },
    });
    fireEvent.change(screen.getByLabelText(/Nom du prestataire de la dépense 1/), {
      target: { value: 'Atelier Web Lyonnais' },
    });

    // Below the floor, then half of the investment, then the aid ceiling: each keystroke recomputes.
    fireEvent.change(amount, { target: { value: '1500' } });
    expect(aid()).toBe(formatEuros(serverAid(150_000).aid));
    expect(serverAid(150_000).eligible).toBe(false);

    fireEvent.change(amount, { target: { value: '4 250,50' } });
    expect(serverAid(425_050)).toEqual({ eligible: true, aid: 212_525 });
    expect(aid()).toBe(formatEuros(212_525));
    expect(screen.getByText('Dossier éligible')).toBeTruthy();

    fireEvent.change(amount, { target: { value: '70000' } });
    expect(aid()).toBe(formatEuros(serverAid(7_000_000).aid));
    expect(screen.getByTestId('eligibility-preview').textContent).toContain(
      `investissement pris en compte jusqu’à ${formatEuros(3_000_000)}`,
    );

    fireEvent.change(amount, { target: { value: '4250,50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/entreprise/cheque-numerique/dossiers/app-1'),
    );
    const create = calls.find((call) => call.operation === 'PmeCreateApplication');
    expect(create?.variables).toEqual({
      input: {
        programId: 'prog-84',
        projectSummary: 'Vendre nos pains en ligne',
        expenses: [
          {
            theme: 'ECOMMERCE_WEBSITE',
            description: 'Boutique en ligne',
            amountCents: 425_050,
            providerSiren: '732829320',
            providerName: 'Atelier Web Lyonnais',
            providerCommuneCode: null,
          },
        ],
        clientKey: expect.any(String),
      },
    } satisfies PmeCreateApplicationMutationVariables);
  });

  it('says when the typed amount is not an amount', async () => {
    stubApi();
    renderAt('/entreprise/cheque-numerique/nouvelle/prog-84');
    // The page is loaded on demand (it carries the eligibility rules): the first import takes a moment.
    const amount = await screen.findByLabelText(
      /Montant hors taxes de la dépense 1/,
      {},
      { timeout: 15_000 },
    );
    fireEvent.change(amount, { target: { value: '12abc' } });
    expect(screen.getByText(/Indiquez un montant en euros/)).toBeTruthy();
    expect(screen.getByTestId('preview-aid').textContent).toBe(formatEuros(0));
  });

  it('sends a draft again with the same client key after a lost answer, and with a new one once the form changed', async () => {
    const lost = new Set(['PmeCreateApplication']);
    const calls = stubApi(lost);
    const router = renderAt('/entreprise/cheque-numerique/nouvelle/prog-84');
    const summary = await screen.findByLabelText(/Votre projet/, {}, { timeout: 15_000 });
    fireEvent.change(summary, { target: { value: 'Vendre nos pains en ligne' } });
    const button = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Enregistrer le brouillon' });
    const keys = () =>
      calls
        .filter((call) => call.operation === 'PmeCreateApplication')
        .map((call) => (call.variables as PmeCreateApplicationMutationVariables).input.clientKey);
    /** Saves, and waits until the answer (lost or not) is in. */
    const save = async (sent: number) => {
      fireEvent.click(button());
      await waitFor(() => expect(keys()).toHaveLength(sent));
      await waitFor(() => expect(button().disabled).toBe(false));
    };

    await save(1);
    fireEvent.change(summary, { target: { value: 'Vendre nos pains et nos gâteaux en ligne' } });
    lost.add('PmeCreateApplication');
    await save(2);
    fireEvent.click(button());
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/entreprise/cheque-numerique/dossiers/app-1'),
    );
    const [first, changed, retried] = keys();
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(changed).not.toBe(first);
    expect(retried).toBe(changed);
  });
});
