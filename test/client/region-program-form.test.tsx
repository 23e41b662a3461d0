import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentProgramRulesQuery } from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';

const rules: NonNullable<AgentProgramRulesQuery['subsidyProgram']> = {
  id: 'prog-1',
  regionCode: '84',
  name: 'Chèque Croissance connectée 2026',
  managingBody: 'Région Auvergne-Rhône-Alpes',
  opensAt: '2026-09-27T22:00:00.000Z',
  closesAt: '2027-03-27T22:59:59.999Z',
  envelopeCents: 250_000_000,
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
  localProvidersOnly: false,
  attestationRequired: false,
  questions: [
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
  version: 3,
};

function stubApi(answers: Record<string, object>) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
      calls.push({ operation, variables: body.variables });
      return new Response(JSON.stringify(answers[operation] ?? { data: null }), {
        headers: { 'content-type': 'application/json' },
      });
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

describe('programme form', () => {
  it('sends only the rules changed, in cents and basis points, with the version read', async () => {
    const calls = stubApi({
      AgentProgramRules: { data: { subsidyProgram: rules } },
      AgentUpdateProgram: { data: { updateSubsidyProgram: { id: 'prog-1', version: 4 } } },
    });
    const router = renderAt('/region/programmes/prog-1/modifier');

    const envelope = await screen.findByLabelText('Enveloppe (en euros)');
    expect((envelope as HTMLInputElement).value).toBe('2500000');
    expect((screen.getByLabelText('Dernier jour de dépôt', { exact: false }) as HTMLInputElement).value).toBe(
      '2027-03-27',
    );
    fireEvent.change(envelope, { target: { value: '2 000 000' } });
    fireEvent.change(screen.getByLabelText(/Taux d’aide/), { target: { value: '40,5' } });
    fireEvent.click(screen.getByLabelText('Projet attesté par un connecteur labellisé avant le dépôt'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/region/programmes/prog-1'));
    expect(calls.find((call) => call.operation === 'AgentUpdateProgram')?.variables).toEqual({
      id: 'prog-1',
      input: { envelopeCents: 200_000_000, aidRateBasisPoints: 4050, attestationRequired: true },
      expectedVersion: 3,
    });
  });

  it('refuses amounts that are not euros before calling the API', async () => {
    const calls = stubApi({});
    renderAt('/region/programmes/nouveau');

    fireEvent.change(await screen.findByLabelText('Enveloppe (en euros)'), { target: { value: 'beaucoup' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le programme' }));

    expect((await screen.findAllByText('Un montant en euros, par exemple 2 000,00.')).length).toBeGreaterThan(
      0,
    );
    expect(calls).toEqual([]);
  });

  it('adds a question with the answer it requires, keeping the saved one, and sends every question', async () => {
    const calls = stubApi({
      AgentProgramRules: { data: { subsidyProgram: rules } },
      AgentUpdateProgram: { data: { updateSubsidyProgram: { id: 'prog-1', version: 4 } } },
    });
    const router = renderAt('/region/programmes/prog-1/modifier');

    expect(((await screen.findAllByLabelText('Intitulé de la question'))[0] as HTMLInputElement).value).toBe(
      'Une étape de conseil a-t-elle été menée ?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une question' }));
    const second = screen.getByRole('group', { name: 'Question 2' });
    fireEvent.change(within(second).getByLabelText('Intitulé de la question'), {
      target: { value: 'Durée de la prestation, en jours' },
    });
    fireEvent.change(within(second).getByLabelText('Type de réponse'), { target: { value: 'NUMBER' } });
    fireEvent.change(within(second).getByLabelText('Au plus'), { target: { value: '5' } });
    fireEvent.change(within(second).getByLabelText(/Unité/), { target: { value: 'jours' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/region/programmes/prog-1'));
    expect(calls.find((call) => call.operation === 'AgentUpdateProgram')?.variables).toEqual({
      id: 'prog-1',
      input: {
        questions: [
          {
            id: 'conseil',
            label: 'Une étape de conseil a-t-elle été menée ?',
            kind: 'YES_NO',
            required: true,
            requiredAnswer: true,
          },
          {
            id: 'duree-de-la-prestation-en-jours',
            label: 'Durée de la prestation, en jours',
            kind: 'NUMBER',
            required: true,
            max: 5,
            unit: 'jours',
          },
        ],
      },
      expectedVersion: 3,
    });
  });

  it('refuses a choice question without an accepted option before calling the API', async () => {
    const calls = stubApi({ AgentProgramRules: { data: { subsidyProgram: rules } } });
    renderAt('/region/programmes/prog-1/modifier');

    await screen.findAllByLabelText('Intitulé de la question');
    const first = screen.getByRole('group', { name: 'Question 1' });
    fireEvent.change(within(first).getByLabelText('Type de réponse'), { target: { value: 'CHOICE' } });
    fireEvent.change(within(first).getByLabelText('Options proposées, une par ligne'), {
      target: { value: 'Artisanale\nIndustrielle\nAutre' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await screen.findByText('Cochez au moins une option acceptée.')).toBeTruthy();
    expect(calls.map((call) => call.operation)).toEqual(['AgentProgramRules']);
  });
});
