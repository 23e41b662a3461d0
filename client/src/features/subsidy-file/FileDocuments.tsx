import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { SubsidyDocumentKind, SubsidyFileDocumentsFragment } from '../../../generated/graphql';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../labels/date-times';
import { formatSize, putBytes, refusalOf } from './upload';

const RequestSubsidyDocumentUploadMutation = graphql(`
  mutation RequestSubsidyDocumentUpload($applicationId: ID!, $input: SubsidyDocumentUploadInput!) {
    requestSubsidyDocumentUpload(applicationId: $applicationId, input: $input) {
      documentId
      uploadUrl
      expiresAt
    }
  }
`);

const ConfirmSubsidyDocumentMutation = graphql(`
  mutation ConfirmSubsidyDocument($applicationId: ID!, $documentId: ID!) {
    confirmSubsidyDocument(applicationId: $applicationId, documentId: $documentId) {
      id
    }
  }
`);

const KIND_LABELS: Record<SubsidyDocumentKind, string> = { QUOTE: 'Devis', INVOICE: 'Facture' };

/** The kind of document the applicant joins now: quotes before the decision, the invoice once accepted. */
export function uploadableKind(status: string): SubsidyDocumentKind | undefined {
  if (status === 'DRAFT' || status === 'SUBMITTED' || status === 'CORRECTION_REQUESTED') return 'QUOTE';
  if (status === 'ACCEPTED') return 'INVOICE';
  return undefined;
}

/**
 * The file's quotes and invoices, with short-lived download links; the applicant (`canUpload`) joins a quote or
 * the invoice, as the file's status allows.
 */
export function FileDocuments({
  file,
  canUpload = false,
  onUploaded,
}: {
  file: SubsidyFileDocumentsFragment;
  canUpload?: boolean;
  onUploaded?: () => void;
}) {
  const documents = file.documents ?? [];
  const kind = canUpload ? uploadableKind(file.status) : undefined;
  return (
    <section aria-labelledby="file-documents-title" className="fr-mt-4w fr-mb-6w">
      <h2 id="file-documents-title" className="fr-h4">
        Pièces jointes
      </h2>
      {documents.length === 0 ? (
        <p>Aucune pièce jointe.</p>
      ) : (
        <ul>
          {documents.map((document) => (
            <li key={document.id}>
              {KIND_LABELS[document.kind]} :{' '}
              <a href={document.downloadUrl} download={document.fileName} rel="noopener">
                {document.fileName}
              </a>{' '}
              <span className="fr-text--xs">
                ({formatSize(document.sizeBytes)}, joint le {formatDateTime(document.uploadedAt)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {kind && <UploadForm applicationId={file.id} kind={kind} onUploaded={onUploaded} />}
    </section>
  );
}

function UploadForm({
  applicationId,
  kind,
  onUploaded,
}: {
  applicationId: string;
  kind: SubsidyDocumentKind;
  onUploaded?: () => void;
}) {
  const [file, setFile] = useState<File | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | undefined>();
  const [requestUpload, requested] = useMutation(RequestSubsidyDocumentUploadMutation);
  const [confirm, confirmed] = useMutation(ConfirmSubsidyDocumentMutation);
  const label = kind === 'QUOTE' ? 'Joindre un devis' : 'Joindre la facture acquittée';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(undefined);
    if (!file) return setRefusal('Choisissez un fichier.');
    const refused = refusalOf(file);
    if (refused) return setRefusal(refused);
    setRefusal(undefined);
    setSending(true);
    try {
      const link = await requestUpload({
        applicationId,
        input: { kind, fileName: file.name, contentType: file.type, sizeBytes: file.size },
      });
      if (!link) return;
      if (!(await putBytes(link.requestSubsidyDocumentUpload.uploadUrl, file)))
        return setRefusal('L’envoi du fichier a échoué : réessayez.');
      const done = await confirm({ applicationId, documentId: link.requestSubsidyDocumentUpload.documentId });
      if (!done) return;
      setSent(`${file.name} a été joint au dossier.`);
      setFile(undefined);
      onUploaded?.();
    } finally {
      setSending(false);
    }
  };
  const error = requested.error ?? confirmed.error;
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={label}>
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      {sent && <Alert severity="success" small description={sent} className="fr-mb-2w" />}
      <Upload
        label={label}
        hint="PDF, PNG ou JPEG, 10 Mo au plus."
        state={refusal ? 'error' : 'default'}
        stateRelatedMessage={refusal}
        nativeInputProps={{
          accept: 'application/pdf,image/png,image/jpeg',
          onChange: (event) => setFile(event.target.files?.[0]),
        }}
      />
      <Button type="submit" priority="secondary" className="fr-mt-2w" disabled={sending}>
        {kind === 'QUOTE' ? 'Envoyer le devis' : 'Envoyer la facture'}
      </Button>
    </form>
  );
}
