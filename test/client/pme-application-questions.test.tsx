import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signedInForEachTest } from './support/session';
import type {
  PmeCreateApplicationMutation,
  PmeNewApplicationQuery,
  PmeProgramApplicationsQuery,
  PmeTrustedThirdPartiesQuery,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';

type Program = NonNullable<PmeNewApplicationQuery['subsidyProgram']>;

/** Bretagne's Chèque Numérique: a shop under 200 m² in one of the listed sectors. */
const program: Program = {
  id: 'prog-53',
  name: 'Chèque Numérique',
  managingBody: 'CCI Bretagne',
  description: 'Pour les entreprises commerciales de moins de 200 m² des secteurs listés.',
  regionCode: '84',
  regionName: 'Auvergne-Rhône-Alpes',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2099-12-31T23:00:00.000Z',
  isOpen: true,
  envelopeCents: 15_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 0,
  investmentCeilingCents: 48_000,
  aidFloorCents: 0,
  aidCeilingCents: 24_000,
  maxEmployees: 1_000_000,
  maxAnnualRevenueCents: null,
  independenceRequired: false,
  excludedNafPrefixes: [],
  eligibleThemes: ['ECOMMERCE_WEBSITE', 'ONLINE_VISIBILITY'],
  localProvidersOnly: false,
  perCompanyCapCents: null,
  perCompanyCapYears: 3,
  attestationRequired: false,
  declaration: { version: '2026-12', statements: ['Les informations de ce dossier sont exactes.'] },
  localProvidersRule:
    'Prestataires de toute région : ce programme ne réserve pas son aide aux prestataires établis en Auvergne-Rhône-Alpes.',
  questions: [
    {
      id: 'surface-commerciale',
      label: 'Superficie commerciale du magasin',
      kind: 'NUMBER',
      required: true,
      requiredAnswer: null,
      min: 0,
      max: 199.99,
      unit: 'm²',
      choices: null,
      acceptedChoices: null,
    },
    {
      id: 'secteur-commerce',
      label: 'Secteur de votre commerce',
      kind: 'CHOICE',
      required: true,
      requiredAnswer: null,
      min: null,
      max: null,
      unit: null,
      choices: ['Alimentaire', 'Culture-loisirs', 'Autre secteur'],
      acceptedChoices: ['Alimentaire', 'Culture-loisirs'],
    },
    {
      id: 'conseil',
      label: 'Une étape de conseil a-t-elle été menée ?',
      kind: 'YES_NO',
      required: true,
      requiredAnswer: true,
      min: null,
      max: null,
      unit: null,
      choices: null,
      acceptedChoices: null,
    },
  ],
};

const responses: Record<string, object> = {
  PmeNewApplication: {
    subsidyProgram: program,
    myCompany: {
      id: 'company-1',
      nafCode: '47.61Z',
      employees: 3,
      annualRevenueCents: 30_000_000,
      independent: true,
      regionCode: '84',
      departementCode: '69',
    },
  } satisfies PmeNewApplicationQuery,
  PmeProgramApplications: { subsidyApplications: { edges: [] } } satisfies PmeProgramApplicationsQuery,
  PmeTrustedThirdParties: { connecteurs: { edges: [] } } satisfies PmeTrustedThirdPartiesQuery,
  PmePricePosition: { pricePosition: { placement: 'NO_REFERENCE', range: null } },
  PmeCreateApplication: { createSubsidyApplication: { id: 'app-1' } } satisfies PmeCreateApplicationMutation,
};

function stubApi() {
  const calls: { operation: string; variables: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(init.body as string) as { query: string; variables: unknown };
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      calls.push({ operation, variables });
      const data = responses[operation];
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

signedInForEachTest({ token: 'token-pme', label: 'Librairie', role: 'PME', sub: 'demo-pme' });

describe('the programme’s questions on the PME draft', () => {
  it('asks each question, judges every answer in the preview as the server would, and saves the answers', async () => {
    const calls = stubApi();
    const router = createMemoryRouter(routes, {
      patchRoutesOnNavigation,
      initialEntries: ['/entreprise/cheque-numerique/nouvelle/prog-53'],
    });
    render(
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>,
    );
    const surface = await screen.findByLabelText(
      /Superficie commerciale du magasin \(en m²\)/,
      {},
      { timeout: 15_000 },
    );
    expect(
      screen.getByText('Pour les entreprises commerciales de moins de 200 m² des secteurs listés.'),
    ).toBeTruthy();
    const preview = () => screen.getByTestId('eligibility-preview').textContent ?? '';
    expect(preview()).toContain('« Secteur de votre commerce » : réponse obligatoire, non donnée.');

    fireEvent.change(surface, { target: { value: '250' } });
    expect(preview()).toContain(
      '« Superficie commerciale du magasin » : réponse 250 m² ; attendu : entre 0 m² et 199,99 m².',
    );
    fireEvent.change(surface, { target: { value: '120,5' } });
    expect(preview()).not.toContain('« Superficie commerciale du magasin » : réponse 120,5');

    fireEvent.change(screen.getByLabelText('Secteur de votre commerce'), {
      target: { value: 'Autre secteur' },
    });
    expect(preview()).toContain('« Autre secteur » n’est pas accepté');
    fireEvent.change(screen.getByLabelText('Secteur de votre commerce'), {
      target: { value: 'Culture-loisirs' },
    });

    const consulting = screen.getByRole('group', { name: /Une étape de conseil a-t-elle été menée/ });
    fireEvent.click(within(consulting).getByLabelText('Non'));
    expect(preview()).toContain('le programme exige la réponse « oui »');
    fireEvent.click(within(consulting).getByLabelText('Oui'));
    expect(preview()).not.toContain('« Une étape de conseil a-t-elle été menée ? » : le programme');

    fireEvent.change(screen.getByLabelText(/Votre projet/), {
      target: { value: 'Être trouvés en ligne par nos clients' },
    });
    fireEvent.change(screen.getByLabelText(/Description de la dépense 1/), {
      target: { value: 'Référencement local' },
    });
    fireEvent.change(screen.getByLabelText(/SIREN du prestataire de la dépense 1/), {
      target: { value: '732 829 320' },
    });
    fireEvent.change(screen.getByLabelText(/Nom du prestataire de la dépense 1/), {
      target: { value: 'Atelier Web' },
    });
    fireEvent.change(screen.getByLabelText(/Montant hors taxes de la dépense 1/), {
      target: { value: '400' },
    });
    expect(screen.getByText('Dossier éligible')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/entreprise/cheque-numerique/dossiers/app-1'),
    );
    const create = calls.find((call) => call.operation === 'PmeCreateApplication')?.variables as {
      input: { answers: unknown[] };
    };
    expect(create.input.answers).toEqual([
      { questionId: 'surface-commerciale', number: 120.5 },
      { questionId: 'secteur-commerce', choice: 'Culture-loisirs' },
      { questionId: 'conseil', yes: true },
    ]);
  });
});
