import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  AgentApplicationFileQuery,
  AgentDecideMutationVariables,
  SubsidyApplicationStatus,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { DecisionPanel, type DecisionSubject } from '../../client/src/pages/region/DecisionPanel';
import { patchRoutesOnNavigation, routes } from '../../client/src/router';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { stubGraphqlFetch } from './support/graphql-fetch';

type Application = NonNullable<AgentApplicationFileQuery['subsidyApplication']>;

const makeApplication = (overrides: Partial<Application> = {}): Application => ({
  id: 'app-1',
  status: 'UNDER_REVIEW',
  version: 4,
  projectSummary: 'Site de réservation en ligne',
  investmentCents: 890_000,
  aidCents: 445_000,
  grantedAidCents: null,
  invoiceCents: null,
  paidCents: null,
  eligible: true,
  submittedAt: '2026-10-20T08:00:00.000Z',
  decidedAt: null,
  paidAt: null,
  updatedAt: '2026-10-30T08:00:00.000Z',
  company: {
    id: 'co-1',
    name: 'Garage des Alpes',
    siren: '410554331',
    nafCode: '45.20A',
    nafLabel: 'Entretien et réparation de véhicules automobiles légers',
    employees: 6,
    annualRevenueCents: 80_000_000,
    independent: true,
    communeCode: '74010',
    departementCode: '74',
  },
  program: { id: 'prog-1', name: 'Chèque Croissance connectée 2026', aidRateBasisPoints: 5000 },
  eligibility: [
    { rule: 'EMPLOYEES', passed: true, message: 'Effectif de 6 salariés : au plus 49 acceptés.' },
    { rule: 'AID_FLOOR', passed: false, message: 'Aide calculée de 800,00 € : au moins 1 000,00 €.' },
  ],
  expenses: [
    {
      theme: 'BOOKING',
      description: 'Module de prise de rendez-vous',
      amountCents: 890_000,
      providerSiren: '809502461',
      providerName: 'Agence Clic',
      providerCommuneCode: '01420',
    },
  ],
  expensePricePositions: [
    {
      placement: 'ABOVE_RANGE',
      range: {
        lowCents: 200_000,
        medianCents: 350_000,
        highCents: 500_000,
        observations: 12,
        regionCode: '84',
      },
    },
  ],
  trustedThirdParty: null,
  attestedBy: null,
  attestedAt: null,
  history: [
    {
      version: 1,
      at: '2026-10-18T08:00:00.000Z',
      actorRole: 'PME',
      actorSub: 'demo-pme',
      action: 'CREATE',
      reason: null,
      fromStatus: null,
      toStatus: 'DRAFT',
      invoiceCents: null,
      paidCents: null,
    },
  ],
  messages: [],
  documents: [],
  annotations: [],
  followUp: null,
  ...overrides,
});

/** Spaces as a screen shows them: French amounts use narrow and non-breaking spaces. */
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

/** The API as the page sees it: answers by operation name, each answer taken in turn (the last one repeats). */
const stubApi = (answers: Record<string, object[]>) =>
  stubGraphqlFetch(({ operation }) => {
    const queue = answers[operation] ?? [];
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    if (!answer) throw new Error(`no answer stubbed for ${operation}`);
    return answer;
  });

const signInAsAgent = () =>
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

function renderFile(id = 'app-1') {
  const router = createMemoryRouter(routes, {
    patchRoutesOnNavigation,
    initialEntries: [`/region/dossiers/${id}`],
  });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
}

const fileAnswer = (overrides: Partial<Application> = {}) => ({
  data: { subsidyApplication: makeApplication(overrides) },
});

const decisionButtons = () =>
  within(screen.getByRole('region', { name: 'Décision' }))
    .queryAllByRole('button')
    .map((button) => button.textContent);

beforeEach(() => {
  sessionStorage.clear();
  signInAsAgent();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('decision panel', () => {
  const subject = (status: SubsidyApplicationStatus): DecisionSubject => ({
    id: 'app-1',
    status,
    version: 3,
    aidCents: 445_000,
    grantedAidCents: status === 'ACCEPTED' ? 445_000 : null,
    program: { aidRateBasisPoints: 5000 },
  });

  it.each<[SubsidyApplicationStatus, string[]]>([
    ['SUBMITTED', ['Commencer l’instruction', 'Demander une correction']],
    [
      'UNDER_REVIEW',
      ['Accepter le dossier', 'Demander une correction', 'Refuser le dossier', 'Classer sans suite'],
    ],
    ['CORRECTION_REQUESTED', ['Classer sans suite']],
    ['ACCEPTED', ['Enregistrer le paiement', 'Rouvrir le dossier']],
    ['REJECTED', ['Rouvrir le dossier']],
    ['CLOSED', ['Rouvrir le dossier']],
    ['PAID', []],
  ])('offers on a %s file only the decisions the workflow allows', (status, expected) => {
    render(
      <SessionProvider>
        <MemoryRouter>
          <DecisionPanel application={subject(status)} onChanged={() => {}} />
        </MemoryRouter>
      </SessionProvider>,
    );
    expect(decisionButtons()).toEqual(expected);
    if (expected.length === 0) {
      expect(screen.getByText('Aucune action n’est possible sur un dossier à ce statut.')).toBeTruthy();
    }
  });

  it('starts the review with the version on screen and shows the file again', async () => {
    const calls = stubApi({
      AgentApplicationFile: [fileAnswer({ status: 'SUBMITTED', version: 2 }), fileAnswer({ version: 3 })],
      AgentStartReview: [
        { data: { startSubsidyReview: { id: 'app-1', status: 'UNDER_REVIEW', version: 3 } } },
      ],
    });
    renderFile();

    fireEvent.click(await screen.findByRole('button', { name: 'Commencer l’instruction' }));

    expect(await screen.findByText('L’instruction du dossier a commencé.')).toBeTruthy();
    await waitFor(() => expect(decisionButtons()).toContain('Accepter le dossier'));
    expect(calls.map((call) => call.operation)).toEqual([
      'AgentApplicationFile',
      'AgentStartReview',
      'AgentApplicationFile',
    ]);
    expect(calls[1]?.variables).toEqual({ id: 'app-1', expectedVersion: 2 });
  });

  it('asks for a reason before rejecting, then sends it with the expected version', async () => {
    const calls = stubApi({
      AgentApplicationFile: [fileAnswer(), fileAnswer({ status: 'REJECTED', version: 5 })],
      AgentDecide: [{ data: { decideSubsidyApplication: { id: 'app-1', status: 'REJECTED', version: 5 } } }],
    });
    renderFile();

    fireEvent.click(await screen.findByRole('button', { name: 'Refuser le dossier' }));
    const dialog = screen.getByRole('dialog', { hidden: true, name: 'Refuser le dossier' });
    const confirm = within(dialog).getByRole('button', { name: 'Confirmer le refus', hidden: true });

    fireEvent.click(confirm);
    expect(within(dialog).getByText('Motif du refus : obligatoire, 3 caractères au moins.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Motif du refus/), { target: { value: '  ' } });
    fireEvent.click(confirm);
    expect(calls.filter((call) => call.operation === 'AgentDecide')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/Motif du refus/), {
      target: { value: 'Dépenses hors des thèmes du programme.' },
    });
    fireEvent.click(confirm);

    expect(await screen.findByText('Le dossier est refusé.')).toBeTruthy();
    const decide = calls.find((call) => call.operation === 'AgentDecide');
    expect(decide?.variables).toEqual({
      id: 'app-1',
      decision: 'REJECT',
      reason: 'Dépenses hors des thèmes du programme.',
      expectedVersion: 4,
    } satisfies AgentDecideMutationVariables);
    await waitFor(() => expect(decisionButtons()).toEqual(['Rouvrir le dossier']));
  });

  it('tells the remaining envelope and the aid to commit when the budget is exhausted', async () => {
    const calls = stubApi({
      AgentApplicationFile: [fileAnswer()],
      AgentDecide: [
        {
          data: null,
          errors: [
            {
              message: 'Enveloppe insuffisante : il reste 3 000,00 € sur ce programme.',
              extensions: { code: 'BUDGET_EXHAUSTED', remainingCents: 300_000, requiredCents: 445_000 },
            },
          ],
        },
      ],
    });
    renderFile();

    fireEvent.click(await screen.findByRole('button', { name: 'Accepter le dossier' }));
    const dialog = screen.getByRole('dialog', { hidden: true, name: 'Accepter le dossier' });
    expect(flat(dialog.textContent)).toContain('L’aide prévue de 4 450,00 € sera accordée');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer l’acceptation', hidden: true }));

    const alert = await screen.findByText('Enveloppe du programme insuffisante');
    const text = flat(alert.closest('.fr-alert')?.textContent);
    expect(text).toContain('Il reste 3 000,00 € sur l’enveloppe du programme');
    expect(text).toContain('l’aide à engager pour ce dossier est de 4 450,00 €');
    expect(calls.find((call) => call.operation === 'AgentDecide')?.variables).toEqual({
      id: 'app-1',
      decision: 'ACCEPT',
      expectedVersion: 4,
    });
    // Nothing changed: the buttons stay those of a file under review.
    expect(decisionButtons()).toContain('Accepter le dossier');
  });

  it('asks to reload a file someone else changed, and reloads it', async () => {
    const calls = stubApi({
      AgentApplicationFile: [fileAnswer(), fileAnswer({ status: 'CORRECTION_REQUESTED', version: 5 })],
      AgentReopen: [],
      AgentRequestCorrection: [
        {
          data: null,
          errors: [
            {
              message: 'Ces données ont été modifiées entre-temps par quelqu’un d’autre.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
      ],
    });
    renderFile();

    fireEvent.click(await screen.findByRole('button', { name: 'Demander une correction' }));
    const dialog = screen.getByRole('dialog', { hidden: true, name: 'Demander une correction' });
    fireEvent.change(within(dialog).getByLabelText(/Message à l’entreprise/), {
      target: { value: 'Merci de joindre le devis signé.' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Envoyer la demande de correction', hidden: true }),
    );

    expect(await screen.findByText('Le dossier a été modifié entre-temps')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'AgentRequestCorrection')?.variables).toEqual({
      id: 'app-1',
      message: 'Merci de joindre le devis signé.',
      expectedVersion: 4,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Recharger le dossier' }));
    await waitFor(() => expect(decisionButtons()).toEqual(['Classer sans suite']));
    expect(screen.getByText('Correction demandée', { selector: '.fr-badge' })).toBeTruthy();
  });

  it('lists the failed rules when the file is no longer eligible', async () => {
    stubApi({
      AgentApplicationFile: [fileAnswer()],
      AgentDecide: [
        {
          data: null,
          errors: [
            {
              message: 'Acceptation impossible : Aide calculée de 800,00 € : au moins 1 000,00 €.',
              extensions: {
                code: 'NOT_ELIGIBLE',
                failedRules: [
                  { rule: 'AID_FLOOR', message: 'Aide calculée de 800,00 € : au moins 1 000,00 €.' },
                ],
              },
            },
          ],
        },
      ],
    });
    renderFile();

    fireEvent.click(await screen.findByRole('button', { name: 'Accepter le dossier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer l’acceptation', hidden: true }));

    const alert = (await screen.findByText('Dossier non éligible')).closest('.fr-alert');
    expect(flat(within(alert as HTMLElement).getByRole('listitem').textContent)).toBe(
      'Aide minimale : Aide calculée de 800,00 € : au moins 1 000,00 €.',
    );
  });

  it('records a payment from an invoice typed in euros', async () => {
    const calls = stubApi({
      AgentApplicationFile: [
        fileAnswer({ status: 'ACCEPTED', version: 6, grantedAidCents: 445_000 }),
        fileAnswer({ status: 'PAID', version: 7, grantedAidCents: 445_000, paidCents: 400_000 }),
      ],
      AgentRecordPayment: [{ data: { recordSubsidyPayment: { id: 'app-1', status: 'PAID', version: 7 } } }],
    });
    renderFile();

    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer le paiement' }));
    const dialog = screen.getByRole('dialog', { hidden: true, name: 'Enregistrer le paiement' });
    fireEvent.change(within(dialog).getByLabelText(/Montant de la facture/), {
      target: { value: '8 000,00' },
    });
    expect(flat(within(dialog).getByRole('status', { hidden: true }).textContent)).toBe(
      'Montant versé estimé : 4 000,00 €',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer le paiement', hidden: true }));

    expect(await screen.findByText('Le paiement est enregistré.')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'AgentRecordPayment')?.variables).toEqual({
      id: 'app-1',
      invoiceCents: 800_000,
      expectedVersion: 6,
    });
  });
});

describe('file page', () => {
  it('shows the eligibility checks and where each expense sits against the price referential', async () => {
    stubApi({ AgentApplicationFile: [fileAnswer()] });
    renderFile();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier de Garage des Alpes' }),
    ).toBeTruthy();
    const eligibility = screen.getByRole('region', { name: 'Éligibilité' });
    const rows = within(eligibility)
      .getAllByRole('row')
      .slice(1)
      .map((row) => flat(row.textContent));
    expect(rows).toEqual([
      'EffectifRespectéeEffectif de 6 salariés : au plus 49 acceptés.',
      'Aide minimaleNon respectéeAide calculée de 800,00 € : au moins 1 000,00 €.',
    ]);
    const expenses = flat(screen.getByRole('region', { name: 'Dépenses' }).textContent);
    expect(expenses).toContain('Au-dessus de la fourchette habituelle');
    expect(expenses).toContain('2 000,00 € à 5 000,00 €, médiane 3 500,00 € (12 prix, région)');
  });

  it('adds a private annotation and sends a message to the company', async () => {
    const calls = stubApi({
      AgentApplicationFile: [
        fileAnswer(),
        fileAnswer({
          annotations: [
            { seq: 1, at: '2026-11-01T09:00:00.000Z', authorSub: 'demo-agent-84', body: 'Devis vérifiés.' },
          ],
        }),
      ],
      AgentAnnotate: [{ data: { annotateSubsidyApplication: { at: '2026-11-01T09:00:00.000Z' } } }],
      SendSubsidyFileMessage: [{ data: { sendSubsidyMessage: { at: '2026-11-01T09:05:00.000Z' } } }],
    });
    renderFile();

    fireEvent.change(await screen.findByLabelText(/Nouvelle annotation/), {
      target: { value: 'Devis vérifiés.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l’annotation' }));
    expect(await screen.findByText('Devis vérifiés.')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'AgentAnnotate')?.variables).toEqual({
      id: 'app-1',
      body: 'Devis vérifiés.',
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le message' }));
    expect(screen.getByText('Écrivez un texte avant de l’envoyer.')).toBeTruthy();
    fireEvent.change(
      screen.getByLabelText(/Message à l’entreprise/, { selector: 'textarea:not([required])' }),
      {
        target: { value: 'Pouvez-vous préciser le calendrier ?' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le message' }));
    await waitFor(() =>
      expect(calls.find((call) => call.operation === 'SendSubsidyFileMessage')?.variables).toEqual({
        id: 'app-1',
        body: 'Pouvez-vous préciser le calendrier ?',
        clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
      }),
    );
  });
});
