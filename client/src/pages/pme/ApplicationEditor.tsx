import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { SubsidyDeclarationTextFragment } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { flashState } from '../../components/FlashMessage';
import { useFocusFirstError } from '../../components/form-errors';
import type { ApiError } from '../../api/errors';
import { newClientKey } from '../../api/client-key';
import { formatDateTime } from '../../labels/date-times';
import { capRemainingFor, type CompanyView, type ProgramRulesView } from './eligibility-preview';
import { EligibilityPreview } from './EligibilityPreview';
import { ExpenseFields, type ChosenProvider, type ExpenseRow } from './ExpenseFields';
import { answersOf, newRow, providerRegionsOf, rowsOf, toExpenseInput } from './application-form';
import { QuestionAnswers } from './QuestionAnswers';
import type { Application } from './ApplicationSections';
import { SubmissionError } from '../../features/subsidy-file/SubmissionError';
import { DepositRecap } from '../../features/subsidy-file/DepositRecap';
import type { QuestionAnswer } from '../../../../functions/subsidies/questions';

const PmeProgramApplicationsQuery = graphql(`
  query PmeProgramApplications($programId: ID!) {
    subsidyApplications(filter: { programId: $programId }, first: 100) {
      edges {
        node {
          id
          status
          grantedAidCents
          paidCents
          decidedAt
        }
      }
    }
  }
`);

const PmeTrustedThirdPartiesQuery = graphql(`
  query PmeTrustedThirdParties($departementCode: String!) {
    connecteurs(filter: { departementCode: $departementCode, labelledOnly: true }, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

const PmeCreateApplicationMutation = graphql(`
  mutation PmeCreateApplication($input: CreateSubsidyApplicationInput!) {
    createSubsidyApplication(input: $input) {
      id
    }
  }
`);

const PmeUpdateApplicationMutation = graphql(`
  mutation PmeUpdateApplication($id: ID!, $input: UpdateSubsidyApplicationInput!, $expectedVersion: Int!) {
    updateSubsidyApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export type ProgramView = ProgramRulesView & {
  id: string;
  name: string;
  managingBody: string;
  regionName: string;
  description?: string | null;
  declaration: SubsidyDeclarationTextFragment['declaration'];
  /** Where providers may be based, as the API enforces it (the one text shown about it). */
  localProvidersRule: string;
};
export type CompanyWithPlace = CompanyView & { departementCode: string };

/** The applicant may change its file while it is a draft, submitted (until the review starts) or sent back. */
export const EDITABLE = new Set(['DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED']);
export const SUBMITTABLE = new Set(['DRAFT', 'CORRECTION_REQUESTED']);

export function ApplicationEditor({
  program,
  company,
  application,
  onSaved,
  onSubmitted,
}: {
  program: ProgramView;
  company: CompanyWithPlace;
  application?: Application;
  onSaved?: () => void;
  onSubmitted?: () => void;
}) {
  const navigate = useNavigate();
  const [summary, setSummary] = useState(application?.projectSummary ?? '');
  const [rows, setRows] = useState<ExpenseRow[]>(() => rowsOf(application, program));
  const [providerRegions, setProviderRegions] = useState(() => providerRegionsOf(application, program));
  const [trustedThirdPartyId, setTrustedThirdPartyId] = useState(application?.trustedThirdParty?.id ?? '');
  const [answers, setAnswers] = useState<QuestionAnswer[]>(() => answersOf(application));
  const [dirty, setDirty] = useState(false);
  const [create, creating] = useMutation(PmeCreateApplicationMutation);
  const [update, updating] = useMutation(PmeUpdateApplicationMutation);
  /** The saved file whose recap and declaration are shown before the deposit. */
  const [depositing, setDepositing] = useState<string | undefined>();
  // One key per content submitted: a retry of the same content (after a lost answer) is the same submission.
  const idempotencyKey = useRef<string | undefined>(undefined);
  // One key per draft as filled in: a second click or a retry after a lost answer gets the draft already created;
  // a changed form is a new creation, so the draft never holds older content than the form shows.
  const [clientKey, setClientKey] = useState(newClientKey);

  const held = useQuery(PmeProgramApplicationsQuery, { programId: program.id });
  const thirdParties = useQuery(PmeTrustedThirdPartiesQuery, { departementCode: company.departementCode });

  const expenses = useMemo(() => rows.map(toExpenseInput), [rows]);
  const now = useMemo(() => new Date(), []);
  const capRemainingCents = useMemo(
    () =>
      capRemainingFor(
        program,
        held.data?.subsidyApplications.edges.map((edge) => edge.node) ?? [],
        now,
        application?.id,
      ),
    [program, held.data, now, application?.id],
  );
  const previewInputs = useMemo(
    () => ({
      program,
      company,
      expenses,
      providerRegions,
      capRemainingCents,
      // Changing the project, the expenses or the trusted third party withdraws the attestation; an expired or
      // revoked label, or a capital link, makes it stop standing.
      attested: application?.attestationStatus === 'STANDING' && !dirty,
      at: application?.submittedAt ? new Date(application.submittedAt) : now,
      answers,
    }),
    [program, company, expenses, providerRegions, capRemainingCents, application, dirty, now, answers],
  );

  const change = (update: () => void) => {
    update();
    setDirty(true);
    idempotencyKey.current = undefined;
    if (!application) setClientKey(newClientKey());
  };
  const changeRow = (key: string, patch: Partial<ExpenseRow>) =>
    change(() => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row))));
  const providerChosen = (provider: ChosenProvider) =>
    setProviderRegions((current) => new Map(current).set(provider.siren, [provider.regionCode]));

  const error: ApiError | undefined = creating.error ?? updating.error;
  // A refused save shows every error at once and takes the focus to the first; a saved one says so.
  const formRef = useFocusFirstError<HTMLFormElement>(error);
  const [savedMessage, setSavedMessage] = useState<string | undefined>();
  const busy = creating.loading || updating.loading;
  const fieldError = (path: string) => error?.fieldMessage(path);
  const rowFieldError = (index: number) => (field: string) =>
    fieldError(`input.expenses.${index}.${field}`) ?? fieldError(`input.expenses[${index}].${field}`);

  /** Saves the form; resolves to the file's id once the API holds what is shown, undefined when refused. */
  const save = async (): Promise<string | undefined> => {
    const input = {
      projectSummary: summary.trim(),
      expenses,
      ...(trustedThirdPartyId ? { trustedThirdPartyId } : {}),
      ...((program.questions ?? []).length > 0 ? { answers } : {}),
    };
    if (!application) {
      const result = await create({ input: { programId: program.id, ...input, clientKey } });
      return result?.createSubsidyApplication.id;
    }
    if (!dirty) return application.id;
    const result = await update({ id: application.id, input, expectedVersion: application.version });
    return result?.updateSubsidyApplication.id;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSavedMessage(undefined);
    const id = await save();
    if (!id) return;
    setDirty(false);
    if (!application)
      void navigate(`/entreprise/cheque-numerique/dossiers/${id}`, {
        replace: true,
        state: flashState(
          'Brouillon enregistré : vous pouvez le compléter puis le déposer quand il est prêt.',
        ),
      });
    else {
      setSavedMessage('Modifications enregistrées.');
      onSaved?.();
    }
  };

  const onSubmit = async () => {
    const id = await save();
    if (!id) return;
    idempotencyKey.current ??= crypto.randomUUID();
    setDepositing(id);
  };

  const toFile = (id: string, state?: { submitted: true }) =>
    void navigate(`/entreprise/cheque-numerique/dossiers/${id}`, { replace: true, state });

  if (depositing && idempotencyKey.current) {
    const chosen = thirdParties.data?.connecteurs.edges.find((e) => e.node.id === trustedThirdPartyId);
    return (
      <DepositRecap
        applicationId={depositing}
        declaration={program.declaration}
        idempotencyKey={idempotencyKey.current}
        facts={{
          programName: program.name,
          projectSummary: summary.trim(),
          expenses,
          trustedThirdPartyName:
            chosen?.node.displayName ??
            (trustedThirdPartyId ? application?.trustedThirdParty?.displayName : undefined),
          quoteCount: application?.documents?.filter((d) => d.kind === 'QUOTE').length ?? 0,
        }}
        onDeposited={() => {
          setDirty(false);
          if (!application) toFile(depositing, { submitted: true });
          else onSubmitted?.();
        }}
        onCancel={() => {
          // The draft is saved: a new one is now a file of its own.
          if (!application) toFile(depositing);
          else {
            setDepositing(undefined);
            onSaved?.();
          }
        }}
      />
    );
  }

  const canSubmit = !application || SUBMITTABLE.has(application.status);
  return (
    <form ref={formRef} onSubmit={onSave} aria-label="Demande de chèque numérique" noValidate>
      <div role="status" aria-live="polite">
        {savedMessage && !dirty && <p className="fr-message fr-message--valid">{savedMessage}</p>}
      </div>
      <p className="fr-text--sm">
        {program.managingBody} — appel ouvert jusqu’au {formatDateTime(program.closesAt)}.{' '}
        {program.localProvidersRule}{' '}
        {program.attestationRequired &&
          'Le projet doit être attesté par un connecteur labellisé avant le dépôt.'}
      </p>
      {program.description && <p className="fr-text--sm">{program.description}</p>}
      {error && <SubmissionError error={error} />}
      <Input
        textArea
        label="Votre projet"
        hintText="Ce que le projet doit vous apporter : vendre en ligne, trouver de nouveaux clients…"
        state={fieldError('input.projectSummary') ? 'error' : 'default'}
        stateRelatedMessage={fieldError('input.projectSummary')}
        nativeTextAreaProps={{
          value: summary,
          onChange: (e) => change(() => setSummary(e.target.value)),
          rows: 4,
        }}
      />
      <h2 className="fr-h4">Dépenses</h2>
      {rows.map((row, index) => (
        <ExpenseFields
          key={row.key}
          row={row}
          index={index}
          regionCode={program.regionCode}
          providers={{ localOnly: program.localProvidersOnly, rule: program.localProvidersRule }}
          disabled={false}
          onChange={(patch) => changeRow(row.key, patch)}
          onRemove={
            rows.length > 1 ? () => change(() => setRows(rows.filter((r) => r.key !== row.key))) : undefined
          }
          onProviderChosen={providerChosen}
          fieldError={rowFieldError(index)}
        />
      ))}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => change(() => setRows([...rows, newRow(rows.at(-1)?.theme ?? 'ECOMMERCE_WEBSITE')]))}
      >
        Ajouter une dépense
      </Button>

      <QuestionAnswers
        questions={program.questions ?? []}
        answers={answers}
        onChange={(next) => change(() => setAnswers(next))}
        fieldError={fieldError}
      />

      <EligibilityPreview {...previewInputs} />

      <h2 className="fr-h4 fr-mt-4w">Tiers de confiance</h2>
      <Select
        label="Connecteur labellisé qui atteste votre projet"
        hint={
          program.attestationRequired
            ? 'Exigé par ce programme : il pourra lire votre dossier pour l’attester.'
            : 'Facultatif : son attestation accélère l’instruction.'
        }
        state={fieldError('input.trustedThirdPartyId') ? 'error' : 'default'}
        stateRelatedMessage={fieldError('input.trustedThirdPartyId')}
        nativeSelectProps={{
          value: trustedThirdPartyId,
          onChange: (e) => change(() => setTrustedThirdPartyId(e.target.value)),
        }}
      >
        <option value="">Aucun</option>
        {application?.trustedThirdParty &&
          !thirdParties.data?.connecteurs.edges.some(
            (e) => e.node.id === application.trustedThirdParty?.id,
          ) && (
            <option value={application.trustedThirdParty.id}>
              {application.trustedThirdParty.displayName}
            </option>
          )}
        {thirdParties.data?.connecteurs.edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.displayName}
          </option>
        ))}
      </Select>
      {application?.attestedBy && (
        <p className="fr-text--sm">
          Projet attesté par {application.attestedBy.displayName}
          {application.attestedAt && ` le ${formatDateTime(application.attestedAt)}`}
          {dirty &&
            ' — modifier le projet, les dépenses ou le tiers de confiance retirera cette attestation.'}
        </p>
      )}
      {(application?.attestationStatus === 'WITHDRAWN' ||
        application?.attestationStatus === 'NO_LONGER_STANDING') && (
        <p className="fr-text--sm">
          {application.attestationStatusReason ?? 'L’attestation ne tient plus.'}
          {application.attestationStatusSince &&
            ` (${formatDateTime(application.attestationStatusSince)})`}{' '}
          Demandez à votre tiers de confiance de l’attester à nouveau, ou choisissez-en un autre.
        </p>
      )}

      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
        <li>
          <Button type="submit" priority="secondary" disabled={busy}>
            {application ? 'Enregistrer les modifications' : 'Enregistrer le brouillon'}
          </Button>
        </li>
        {canSubmit && (
          <li>
            <Button type="button" disabled={busy} onClick={() => void onSubmit()}>
              {application?.status === 'CORRECTION_REQUESTED'
                ? 'Déposer le dossier corrigé'
                : 'Déposer le dossier'}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
