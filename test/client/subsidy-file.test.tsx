import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ConfirmSubsidyDocumentMutation,
  RequestSubsidyDocumentUploadMutation,
  SubmitSubsidyFileMutation,
  SubsidyFileDocumentsFragment,
  SubsidyFileHistoryFragment,
  SubsidyFileMessagesFragment,
} from '../../client/generated/graphql';
import '../../client/src/dsfr';
import { DepositRecap } from '../../client/src/features/subsidy-file/DepositRecap';
import { FileDocuments } from '../../client/src/features/subsidy-file/FileDocuments';
import { FileHistory } from '../../client/src/features/subsidy-file/FileHistory';
import { FileMessages } from '../../client/src/features/subsidy-file/FileMessages';
import { saveSession } from '../../client/src/session/session';
import { SessionProvider } from '../../client/src/session/SessionProvider';
import { mockApi } from './support/msw';

const api = mockApi();

const renderWithSession = (node: ReactNode) => render(<SessionProvider>{node}</SessionProvider>);

beforeEach(() => {
  sessionStorage.clear();
  saveSession({ token: 'token-pme', label: 'Boulangerie', role: 'PME', sub: 'demo-pme' });
});
afterEach(cleanup);

const pdf = (size = 2048) =>
  new File([new Uint8Array(size)], 'devis-agence.pdf', { type: 'application/pdf' });

describe('the documents of a file', () => {
  const draft: SubsidyFileDocumentsFragment = { id: 'app-1', status: 'DRAFT', documents: [] };

  it('uploads a quote to the signed link, then has the API check it', async () => {
    api.answer('RequestSubsidyDocumentUpload', {
      data: {
        requestSubsidyDocumentUpload: {
          documentId: 'doc-1',
          uploadUrl: '/documents/subsidies/app-1/doc-1?op=put&sig=abc',
          expiresAt: '2026-11-26T10:15:00.000Z',
        },
      } satisfies RequestSubsidyDocumentUploadMutation,
    });
    api.answer('ConfirmSubsidyDocument', {
      data: { confirmSubsidyDocument: { id: 'doc-1' } } satisfies ConfirmSubsidyDocumentMutation,
    });
    const onUploaded = vi.fn();
    renderWithSession(<FileDocuments file={draft} canUpload onUploaded={onUploaded} />);
    fireEvent.change(screen.getByLabelText(/Joindre un devis/, { selector: 'input' }), {
      target: { files: [pdf()] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le devis' }));
    expect(await screen.findByText('devis-agence.pdf a été joint au dossier.')).toBeTruthy();
    expect(api.calls.map((c) => c.operation)).toEqual([
      'RequestSubsidyDocumentUpload',
      'ConfirmSubsidyDocument',
    ]);
    expect(api.calls[0]!.variables).toEqual({
      applicationId: 'app-1',
      input: { kind: 'QUOTE', fileName: 'devis-agence.pdf', contentType: 'application/pdf', sizeBytes: 2048 },
    });
    expect(api.uploads).toEqual([expect.objectContaining({ contentType: 'application/pdf', size: 2048 })]);
    expect(onUploaded).toHaveBeenCalledOnce();
  });

  it('refuses another type or a file over 10 MB before sending anything', async () => {
    renderWithSession(<FileDocuments file={draft} canUpload />);
    const input = screen.getByLabelText(/Joindre un devis/, { selector: 'input' });
    const exe = new File([new Uint8Array(10)], 'devis.exe', { type: 'application/x-msdownload' });
    fireEvent.change(input, { target: { files: [exe] } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le devis' }));
    expect(await screen.findByText('Seuls les fichiers PDF, PNG et JPEG sont acceptés.')).toBeTruthy();
    fireEvent.change(input, { target: { files: [pdf(10 * 1024 * 1024 + 1)] } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le devis' }));
    expect(await screen.findByText('Le fichier dépasse 10 Mo.')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it('asks for the invoice once accepted, and lists the documents with their download links', () => {
    renderWithSession(
      <FileDocuments
        canUpload
        file={{
          id: 'app-1',
          status: 'ACCEPTED',
          documents: [
            {
              id: 'doc-1',
              kind: 'QUOTE',
              fileName: 'devis-agence.pdf',
              contentType: 'application/pdf',
              sizeBytes: 250_000,
              uploadedAt: '2026-11-02T09:00:00.000Z',
              downloadUrl: '/documents/subsidies/app-1/doc-1?op=get&sig=def',
            },
          ],
        }}
      />,
    );
    expect(screen.getByRole('link', { name: 'devis-agence.pdf' }).getAttribute('href')).toContain('op=get');
    expect(screen.getByLabelText(/Joindre la facture acquittée/, { selector: 'input' })).toBeTruthy();
  });
});

describe('the deposit', () => {
  const declaration = { version: '2026-12', statements: ['Les informations de ce dossier sont exactes.'] };
  const facts = {
    programName: 'Chèque Croissance connectée',
    projectSummary: 'Vendre en ligne.',
    expenses: [
      {
        theme: 'ECOMMERCE_WEBSITE' as const,
        description: 'Site de vente',
        amountCents: 1_000_000,
        providerSiren: '732829320',
        providerName: 'Agence Web Lyon',
      },
    ],
    quoteCount: 1,
  };

  it('shows the recap, requires the declaration on honour, then deposits with the version of its text', async () => {
    api.answer('SubmitSubsidyFile', {
      data: {
        submitSubsidyApplication: { id: 'app-1', status: 'SUBMITTED' },
      } satisfies SubmitSubsidyFileMutation,
    });
    const onDeposited = vi.fn();
    renderWithSession(
      <DepositRecap
        applicationId="app-1"
        declaration={declaration}
        facts={facts}
        idempotencyKey="key-1"
        onDeposited={onDeposited}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByText(/Site de vente/)).toBeTruthy();
    expect(screen.getByText('Les informations de ce dossier sont exactes.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le dépôt' }));
    expect(
      await screen.findByText('Cochez la déclaration sur l’honneur pour déposer le dossier.'),
    ).toBeTruthy();
    expect(api.calls).toEqual([]);
    fireEvent.click(screen.getByLabelText(/Je certifie sur l’honneur/));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le dépôt' }));
    await waitFor(() => expect(onDeposited).toHaveBeenCalledOnce());
    expect(api.calls[0]).toEqual({
      operation: 'SubmitSubsidyFile',
      variables: {
        id: 'app-1',
        idempotencyKey: 'key-1',
        declaration: { textVersion: '2026-12', accepted: true },
      },
    });
  });

  it('keeps the recap open with the reason when the file is not eligible', async () => {
    api.refuse('SubmitSubsidyFile', 'NOT_ELIGIBLE', 'Investissement inférieur au plancher.');
    const onDeposited = vi.fn();
    renderWithSession(
      <DepositRecap
        applicationId="app-1"
        declaration={declaration}
        facts={facts}
        idempotencyKey="key-2"
        onDeposited={onDeposited}
        onCancel={() => undefined}
      />,
    );
    fireEvent.click(screen.getByLabelText(/Je certifie sur l’honneur/));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le dépôt' }));
    expect(await screen.findByText('Dossier non éligible : il n’a pas été déposé')).toBeTruthy();
    expect(onDeposited).not.toHaveBeenCalled();
  });
});

describe('the history and the messages, the same for every reader', () => {
  const history: SubsidyFileHistoryFragment['history'] = [
    {
      version: 5,
      at: '2026-11-20T09:00:00.000Z',
      actorRole: 'REGION_AGENT',
      actorSub: null,
      action: 'RECORD_PAYMENT',
      reason: null,
      fromStatus: 'ACCEPTED',
      toStatus: 'PAID',
      invoiceCents: 800_000,
      paidCents: 400_000,
    },
  ];

  it('shows a payment entry with the invoice retained and the aid paid', () => {
    renderWithSession(<FileHistory history={history} />);
    expect(screen.getByText(/Facture retenue : 8\s000,00\s€ — aide versée : 4\s000,00\s€/)).toBeTruthy();
  });

  it('sends a message from the region to the company, a retry under the same key, the next message under a new one', async () => {
    let answered = 0;
    api.answer('SendSubsidyFileMessage', () =>
      ++answered === 1
        ? {
            errors: [
              {
                message: 'Service momentanément indisponible.',
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          }
        : { data: { sendSubsidyMessage: { at: '2026-11-21T09:00:00.000Z' } } },
    );
    const file: SubsidyFileMessagesFragment = {
      id: 'app-1',
      status: 'UNDER_REVIEW',
      messages: [{ seq: 1, at: '2026-11-20T09:00:00.000Z', authorRole: 'PME', body: 'Le devis est joint.' }],
    };
    const onSent = vi.fn();
    // A router for the error alert's links.
    renderWithSession(
      <MemoryRouter>
        <FileMessages file={file} side="REGION" onSent={onSent} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Le devis est joint.')).toBeTruthy();
    const field = () => screen.getByLabelText(/Message à l’entreprise/, { selector: 'textarea' });
    const sendButton = () => screen.getByRole('button', { name: 'Envoyer le message' });
    fireEvent.change(field(), { target: { value: 'Merci, nous l’étudions.' } });
    fireEvent.click(sendButton());
    expect(await screen.findByText(/Service momentanément indisponible/)).toBeTruthy();
    expect(onSent).not.toHaveBeenCalled();
    fireEvent.click(sendButton());
    await waitFor(() => expect(onSent).toHaveBeenCalledOnce());
    fireEvent.change(field(), { target: { value: 'Pouvez-vous joindre la facture ?' } });
    fireEvent.click(sendButton());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(2));
    const sent = api.calls.map((call) => call.variables);
    expect(sent.map(({ id, body }) => ({ id, body }))).toEqual([
      { id: 'app-1', body: 'Merci, nous l’étudions.' },
      { id: 'app-1', body: 'Merci, nous l’étudions.' },
      { id: 'app-1', body: 'Pouvez-vous joindre la facture ?' },
    ]);
    expect(sent[0]!.clientKey).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(sent[1]!.clientKey).toBe(sent[0]!.clientKey);
    expect(sent[2]!.clientKey).not.toBe(sent[0]!.clientKey);
  });
});
