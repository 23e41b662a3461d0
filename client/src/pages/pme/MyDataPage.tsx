import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type {
  PmeDeleteMyAccountMutation,
  PmeExportMyDataQuery as ExportData,
} from '../../../generated/graphql';
import { request } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { flashState } from '../../components/FlashMessage';
import { useFocusFirstError } from '../../components/form-errors';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, parisToday } from '../../labels/date-times';
import { useSession } from '../../session/SessionProvider';
import { ExportSummary } from './MyDataSummary';

/** Everything the platform holds about the company (GDPR right of access), downloaded as one JSON file. */
const PmeExportMyDataQuery = graphql(`
  query PmeExportMyData {
    exportMyData {
      generatedAt
      company {
        id
        siren
        name
        nafCode
        nafLabel
        employees
        annualRevenueCents
        independent
        communeCode
        departementCode
        regionCode
        createdAt
        updatedAt
      }
      contactConsent {
        consented
        changedAt
        departementCode
      }
      subsidyApplications {
        id
        status
        projectSummary
        investmentCents
        aidCents
        grantedAidCents
        paidCents
        invoiceCents
        expenses {
          theme
          description
          amountCents
          providerSiren
          providerName
        }
        program {
          id
          name
        }
      }
      diagnostics {
        id
        submittedAt
        overallScore
        level
        companyFacts {
          sizeBand
          nafCode
          clientele
          communeCode
        }
        answers {
          questionId
          choiceIds
        }
      }
      contactNeeds {
        id
        status
        need
        themes
        departementCode
        createdAt
      }
      contactConversations {
        request {
          id
          status
          createdAt
          connecteur {
            id
            displayName
          }
        }
        sharedContactDetails {
          name
          email
          phone
        }
        sharedSince
        messages {
          at
          by
          text
        }
      }
      follows {
        id
        status
        proposedAt
        proposalMessage
        acceptedAt
        revokedAt
        connecteur {
          id
          displayName
        }
      }
      appointments {
        id
        startsAt
        endsAt
        topic
        status
        cancelledAt
        cancellationReason
        attendance
      }
      reviews {
        id
        rating
        comment
        authorKind
        authorName
        status
        submittedAt
        publishedAt
      }
      testimonials {
        id
        companyName
        title
        story
        status
      }
      providerEngagements {
        id
        description
        status
        declaredAt
        confirmedAt
      }
      providerRecommendations {
        note
        recommendedAt
        providers {
          id
          name
        }
      }
    }
  }
`);

const PmeDeleteMyAccountMutation = graphql(`
  mutation PmeDeleteMyAccount($confirmation: String!) {
    deleteMyAccount(confirmation: $confirmation) {
      deletedAt
      subsidyApplicationsAnonymized
      diagnosticsDetached
      contactNeedsErased
      followsEnded
      appointmentsErased
      reviewsAnonymized
    }
  }
`);

/** The words the API asks for (schema/privacy.graphql, deleteMyAccount). */
export const DELETION_CONFIRMATION = 'SUPPRIMER MON COMPTE';

/** `/entreprise/mes-donnees`: download everything held about the company; delete the account. */
export function MyDataPage() {
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title="Mes données" />
      <p>
        Ce que la plateforme garde sur votre entreprise et vous-même, et comment l’effacer. Les règles sont
        décrites sur la page <Link to="/donnees-personnelles">Données personnelles</Link>.
      </p>
      <ExportSection token={session?.token} />
      <DeletionSection
        onDeleted={(deletion) => {
          // The receipt is told on the home page: signed out, this page is no longer the user's.
          void navigate('/', { replace: true, state: flashState(receiptText(deletion)) });
          signOut();
        }}
      />
    </>
  );
}

function ExportSection({ token }: { token: string | undefined }) {
  const [state, setState] = useState<{
    loading: boolean;
    error?: ApiError;
    done?: string;
    data?: ExportData['exportMyData'];
  }>({
    loading: false,
  });
  const download = async () => {
    setState({ loading: true });
    try {
      const data = await request(PmeExportMyDataQuery, {}, { token });
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data.exportMyData, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `mes-donnees-croissance-connectee-${parisToday()}.json`;
      link.click();
      URL.revokeObjectURL(url);
      setState({
        loading: false,
        done: formatDateTime(data.exportMyData.generatedAt),
        data: data.exportMyData,
      });
    } catch (error) {
      setState({
        loading: false,
        error:
          error instanceof ApiError
            ? error
            : new ApiError('INTERNAL_SERVER_ERROR', 'L’export n’a pas pu être préparé. Réessayez.'),
      });
    }
  };
  return (
    <section aria-labelledby="export-title" className="fr-mb-6w">
      <h2 id="export-title" className="fr-h4">
        Télécharger mes données
      </h2>
      <p>
        Un fichier JSON avec tout ce que la plateforme garde sur votre entreprise : ses informations, vos
        diagnostics, vos demandes de contact avec les messages échangés et les coordonnées communiquées aux
        connecteurs, vos suivis et rendez-vous, vos dossiers de chèque numérique, vos avis et témoignages.
      </p>
      {state.error && <ApiErrorAlert error={state.error} className="fr-mb-2w" />}
      <Button iconId="fr-icon-download-line" disabled={state.loading} onClick={() => void download()}>
        Télécharger mes données
      </Button>
      <p role="status" className="fr-mt-2w">
        {state.loading ? 'Préparation du fichier…' : state.done ? `Fichier préparé le ${state.done}.` : ''}
      </p>
      {state.data && <ExportSummary data={state.data} />}
    </section>
  );
}

function DeletionSection({
  onDeleted,
}: {
  onDeleted: (receipt: PmeDeleteMyAccountMutation['deleteMyAccount']) => void;
}) {
  const [remove, { error, loading }] = useMutation(PmeDeleteMyAccountMutation);
  const [typed, setTyped] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [refusals, setRefusals] = useState(0);
  const formRef = useFocusFirstError(refusals, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== DELETION_CONFIRMATION) {
      setLocalError(`Recopiez exactement « ${DELETION_CONFIRMATION} » pour confirmer.`);
      setRefusals((n) => n + 1);
      return;
    }
    setLocalError(undefined);
    const result = await remove({ confirmation: DELETION_CONFIRMATION });
    if (result) onDeleted(result.deleteMyAccount);
  };

  const message = localError ?? error?.fieldMessage('confirmation');
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title" className="fr-h4">
        Supprimer mon compte
      </h2>
      <Alert
        severity="warning"
        small
        className="fr-mb-3w"
        description="La suppression est définitive. Vos informations personnelles sont effacées ; vos brouillons de chèque numérique sont supprimés et vos dossiers en cours retirés ; les dossiers payés, refusés ou clos sont gardés anonymisés comme la loi l’exige ; vos rendez-vous à venir sont annulés."
      />
      <form ref={formRef} onSubmit={submit} aria-label="Supprimer mon compte" noValidate>
        {error && !message && <ApiErrorAlert error={error} className="fr-mb-2w" />}
        <Input
          label={`Pour confirmer, tapez « ${DELETION_CONFIRMATION} »`}
          {...(message ? { state: 'error' as const, stateRelatedMessage: message } : {})}
          nativeInputProps={{
            value: typed,
            onChange: (event) => setTyped(event.target.value),
            autoComplete: 'off',
            'aria-invalid': message ? true : undefined,
          }}
        />
        <Button type="submit" priority="secondary" iconId="fr-icon-delete-line" disabled={loading}>
          Supprimer définitivement mon compte
        </Button>
      </form>
    </section>
  );
}

/** What the deletion did, in one message. */
export function receiptText(receipt: PmeDeleteMyAccountMutation['deleteMyAccount']): string {
  return [
    `Votre compte a été supprimé le ${formatDateTime(receipt.deletedAt)} et vous avez été déconnecté.`,
    `Dossiers de chèque numérique gardés anonymisés : ${receipt.subsidyApplicationsAnonymized} ;`,
    `diagnostics détachés : ${receipt.diagnosticsDetached} ;`,
    `demandes de contact effacées : ${receipt.contactNeedsErased} ;`,
    `suivis arrêtés : ${receipt.followsEnded} ;`,
    `rendez-vous effacés : ${receipt.appointmentsErased} ;`,
    `avis anonymisés : ${receipt.reviewsAnonymized}.`,
  ].join(' ');
}
