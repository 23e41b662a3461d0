import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PmeApplicationQuery, SubsidyExpenseInput } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import type { ApiError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../labels/date-times';
import { centsToEuroInput, parseEuroInput } from '../../labels/euro-input';
import { formatEuros } from '../../labels/money';
import { eligibilityRuleLabels, subsidyActionLabels, subsidyStatusLabels } from '../../labels/subsidies';
import { roleLabels } from '../../session/roles';
import { NotFoundPage } from '../NotFoundPage';
import { capRemainingFor, type CompanyView, type ProgramRulesView } from './eligibility-preview';
import { EligibilityPreview } from './EligibilityPreview';
import { ExpenseFields, type ChosenProvider, type ExpenseRow } from './ExpenseFields';
import { QuestionAnswers } from './QuestionAnswers';
import type { QuestionAnswer } from '../../../../functions/subsidies/questions';

const PmeNewApplicationQuery = graphql(`
  query PmeNewApplication($programId: ID!) {
    subsidyProgram(id: $programId) {
      id
      name
      managingBody
      description
      regionCode
      regionName
      opensAt
      closesAt
      isOpen
      envelopeCents
      aidRateBasisPoints
      investmentFloorCents
      investmentCeilingCents
      aidFloorCents
      aidCeilingCents
      maxEmployees
      maxAnnualRevenueCents
      independenceRequired
      excludedNafPrefixes
      eligibleThemes
      localProvidersOnly
      perCompanyCapCents
      perCompanyCapYears
      attestationRequired
      questions {
        id
        label
        kind
        required
        requiredAnswer
        min
        max
        unit
        choices
        acceptedChoices
      }
    }
    myCompany {
      id
      nafCode
      employees
      annualRevenueCents
      independent
      regionCode
      departementCode
    }
  }
`);

const PmeApplicationQuery = graphql(`
  query PmeApplication($id: ID!) {
    subsidyApplication(id: $id) {
      id
      status
      version
      projectSummary
      investmentCents
      aidCents
      grantedAidCents
      paidCents
      eligible
      eligibility {
        rule
        passed
        message
      }
      expenses {
        theme
        description
        amountCents
        providerSiren
        providerName
        providerCommuneCode
      }
      answers {
        questionId
        yes
        number
        choice
      }
      expensePricePositions {
        placement
      }
      trustedThirdParty {
        id
        displayName
      }
      attestedBy {
        id
        displayName
      }
      attestedAt
      attestationStatus
      attestationStatusSince
      attestationStatusReason
      submittedAt
      decidedAt
      history {
        version
        at
        actorRole
        action
        reason
        fromStatus
        toStatus
      }
      messages {
        at
        authorRole
        body
      }
      company {
        id
        nafCode
        employees
        annualRevenueCents
        independent
        regionCode
        departementCode
      }
      program {
        id
        name
        managingBody
        description
        regionCode
        regionName
        opensAt
        closesAt
        isOpen
        envelopeCents
        aidRateBasisPoints
        investmentFloorCents
        investmentCeilingCents
        aidFloorCents
        aidCeilingCents
        maxEmployees
        maxAnnualRevenueCents
        independenceRequired
        excludedNafPrefixes
        eligibleThemes
        localProvidersOnly
        perCompanyCapCents
        perCompanyCapYears
        attestationRequired
        questions {
          id
          label
          kind
          required
          requiredAnswer
          min
          max
          unit
          choices
          acceptedChoices
        }
      }
    }
  }
`);

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

const PmeSubmitApplicationMutation = graphql(`
  mutation PmeSubmitApplication($id: ID!, $idempotencyKey: String!) {
    submitSubsidyApplication(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const PmeSendSubsidyMessageMutation = graphql(`
  mutation PmeSendSubsidyMessage($id: ID!, $body: String!) {
    sendSubsidyMessage(id: $id, body: $body) {
      at
    }
  }
`);

type Application = NonNullable<PmeApplicationQuery['subsidyApplication']>;
type ProgramView = ProgramRulesView & {
  id: string;
  name: string;
  managingBody: string;
  regionName: string;
  description?: string | null;
};
type CompanyWithPlace = CompanyView & { departementCode: string };

/** The company's own PME user always reads its revenue (only a trusted third party is refused it). */
const ownCompany = <C extends { annualRevenueCents?: number | null }>(c: C) => ({
  ...c,
  annualRevenueCents: c.annualRevenueCents ?? 0,
});

/** The applicant may change its file while it is a draft, submitted (until the review starts) or sent back. */
const EDITABLE = new Set(['DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED']);
const SUBMITTABLE = new Set(['DRAFT', 'CORRECTION_REQUESTED']);

/** `/entreprise/cheque-numerique/nouvelle/:programId`: a new draft for an open programme. */
export function NewApplicationPage() {
  const { programId = '' } = useParams();
  const { data, error, loading } = useQuery(PmeNewApplicationQuery, { programId });
  if (data && !data.subsidyProgram) return <NotFoundPage />;
  const program = data?.subsidyProgram;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Nouvelle demande"
        segments={[{ label: 'Chèque numérique', linkProps: { to: '/entreprise/cheque-numerique' } }]}
      />
      <PageHeading
        title={program ? `Demande de chèque numérique : ${program.name}` : 'Demande de chèque numérique'}
      />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && !data.myCompany && (
        <p>
          Inscrivez d’abord <Link to="/entreprise/mon-entreprise">votre entreprise</Link>.
        </p>
      )}
      {program && data.myCompany && (
        <ApplicationEditor program={program} company={ownCompany(data.myCompany)} />
      )}
    </>
  );
}

/** `/entreprise/cheque-numerique/dossiers/:id`: a file: edit and submit it, follow its history and messages. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PmeApplicationQuery, { id });
  // Kept here, not in the editor: the editor starts again from each new version, the submission's included.
  const submittedHere = (useLocation().state as { submitted?: boolean } | null)?.submitted === true;
  const [justSubmitted, setJustSubmitted] = useState(submittedHere);
  if (data && !data.subsidyApplication) return <NotFoundPage />;
  const application = data?.subsidyApplication;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Dossier"
        segments={[{ label: 'Chèque numérique', linkProps: { to: '/entreprise/cheque-numerique' } }]}
      />
      <PageHeading
        title={
          application
            ? `Dossier de chèque numérique : ${application.program.name}`
            : 'Dossier de chèque numérique'
        }
      />
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {application && (
        <>
          <p>
            Statut :{' '}
            <Badge
              as="span"
              noIcon
              severity={application.status === 'CORRECTION_REQUESTED' ? 'warning' : 'info'}
            >
              {subsidyStatusLabels[application.status]}
            </Badge>
          </p>
          {justSubmitted && (
            <Alert severity="success" small description="Votre dossier a été déposé." className="fr-mb-2w" />
          )}
          {application.status === 'CORRECTION_REQUESTED' && <CorrectionRequest application={application} />}
          {EDITABLE.has(application.status) ? (
            <ApplicationEditor
              // A new version (after a save or a submission) starts the form again from what the API holds.
              key={application.version}
              program={application.program}
              company={ownCompany(application.company)}
              application={application}
              onSaved={refetch}
              onSubmitted={() => {
                setJustSubmitted(true);
                refetch();
              }}
            />
          ) : (
            <ApplicationSummary application={application} />
          )}
          <ServerEligibility application={application} />
          <History application={application} />
          <Messages application={application} onSent={refetch} />
        </>
      )}
    </>
  );
}

let rowCounter = 0;
const newRow = (theme: ExpenseRow['theme']): ExpenseRow => ({
  key: `row-${++rowCounter}`,
  theme,
  description: '',
  amount: '',
  providerSiren: '',
  providerName: '',
  providerCommuneCode: null,
});

function rowsOf(application: Application | undefined, program: ProgramView): ExpenseRow[] {
  if (!application || application.expenses.length === 0)
    return [newRow(program.eligibleThemes[0] ?? 'ECOMMERCE_WEBSITE')];
  return application.expenses.map((expense) => ({
    ...newRow(expense.theme),
    description: expense.description,
    amount: centsToEuroInput(expense.amountCents),
    providerSiren: expense.providerSiren,
    providerName: expense.providerName,
    providerCommuneCode: expense.providerCommuneCode ?? null,
  }));
}

/**
 * Directory home regions known for a saved file: the API found every provider local when it last judged it (the
 * API offers no look-up of a provider by SIREN, so that verdict is what the browser can know).
 */
function providerRegionsOf(
  application: Application | undefined,
  program: ProgramView,
): Map<string, string[]> {
  const regions = new Map<string, string[]>();
  const localPassed = application?.eligibility.find((check) => check.rule === 'LOCAL_PROVIDERS')?.passed;
  if (application && program.localProvidersOnly && localPassed) {
    for (const expense of application.expenses) regions.set(expense.providerSiren, [program.regionCode]);
  }
  return regions;
}

const toExpenseInput = (row: ExpenseRow): SubsidyExpenseInput => ({
  theme: row.theme,
  description: row.description.trim(),
  amountCents: parseEuroInput(row.amount) ?? 0,
  providerSiren: row.providerSiren.trim(),
  providerName: row.providerName.trim(),
  providerCommuneCode: row.providerCommuneCode,
});

/** The file's answers as the API takes them back (GraphQL gives null for the fields of other kinds). */
const answersOf = (application: Application | undefined): QuestionAnswer[] =>
  (application?.answers ?? []).map((a) => ({
    questionId: a.questionId,
    ...(a.yes !== null && a.yes !== undefined ? { yes: a.yes } : {}),
    ...(a.number !== null && a.number !== undefined ? { number: a.number } : {}),
    ...(a.choice !== null && a.choice !== undefined ? { choice: a.choice } : {}),
  }));

function ApplicationEditor({
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
  const [submit, submitting] = useMutation(PmeSubmitApplicationMutation);
  // One key per content submitted: a retry of the same content (after a lost answer) is the same submission.
  const idempotencyKey = useRef<string | undefined>(undefined);

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
  };
  const changeRow = (key: string, patch: Partial<ExpenseRow>) =>
    change(() => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row))));
  const providerChosen = (provider: ChosenProvider) =>
    setProviderRegions((current) => new Map(current).set(provider.siren, [provider.regionCode]));

  const error: ApiError | undefined = creating.error ?? updating.error ?? submitting.error;
  const busy = creating.loading || updating.loading || submitting.loading;
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
      const result = await create({ input: { programId: program.id, ...input } });
      return result?.createSubsidyApplication.id;
    }
    if (!dirty) return application.id;
    const result = await update({ id: application.id, input, expectedVersion: application.version });
    return result?.updateSubsidyApplication.id;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const id = await save();
    if (!id) return;
    setDirty(false);
    if (!application) void navigate(`/entreprise/cheque-numerique/dossiers/${id}`, { replace: true });
    else onSaved?.();
  };

  const onSubmit = async () => {
    const id = await save();
    if (!id) return;
    idempotencyKey.current ??= crypto.randomUUID();
    const result = await submit({ id, idempotencyKey: idempotencyKey.current });
    if (!result) {
      // Saved but refused (NOT_ELIGIBLE…): show the saved file with the API's verdict.
      if (!application) void navigate(`/entreprise/cheque-numerique/dossiers/${id}`, { replace: true });
      return;
    }
    setDirty(false);
    if (!application) {
      void navigate(`/entreprise/cheque-numerique/dossiers/${id}`, {
        replace: true,
        state: { submitted: true },
      });
    } else onSubmitted?.();
  };

  const canSubmit = !application || SUBMITTABLE.has(application.status);
  return (
    <form onSubmit={onSave} aria-label="Demande de chèque numérique" noValidate>
      <p className="fr-text--sm">
        {program.managingBody} — appel ouvert jusqu’au {formatDateTime(program.closesAt)}.{' '}
        {program.localProvidersOnly &&
          'Les prestataires doivent être établis dans la région et inscrits dans l’annuaire. '}
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

/** The API's refusal, with what to do next for the codes a file can meet. */
function SubmissionError({ error }: { error: ApiError }) {
  if (error.code === 'CONFLICT') {
    return (
      <Alert
        severity="error"
        className="fr-mb-3w"
        title="Le dossier a changé entre-temps"
        description={
          <>
            <p>{error.message}</p>
            <p>Rechargez la page pour voir la dernière version, puis refaites vos modifications.</p>
            <Button type="button" size="small" onClick={() => window.location.reload()}>
              Recharger le dossier
            </Button>
          </>
        }
      />
    );
  }
  if (error.code === 'NOT_ELIGIBLE') {
    return (
      <Alert
        severity="error"
        className="fr-mb-3w"
        title="Dossier non éligible : il n’a pas été déposé"
        description={
          <>
            <p>{error.message}</p>
            <p>Le brouillon est enregistré ; corrigez les points ci-dessous puis déposez-le à nouveau.</p>
          </>
        }
      />
    );
  }
  return <ApiErrorAlert error={error} className="fr-mb-3w" />;
}

function CorrectionRequest({ application }: { application: Application }) {
  const request = [...application.history].reverse().find((entry) => entry.action === 'REQUEST_CORRECTION');
  return (
    <Alert
      severity="warning"
      className="fr-mb-3w"
      title="La région vous demande une correction"
      description={
        <>
          {request?.reason && <p>« {request.reason} »</p>}
          <p>Modifiez votre dossier ci-dessous puis déposez-le à nouveau.</p>
        </>
      }
    />
  );
}

function ApplicationSummary({ application }: { application: Application }) {
  return (
    <>
      <p>{application.projectSummary}</p>
      <div className="fr-table">
        <table>
          <caption>Dépenses</caption>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col">Prestataire</th>
              <th scope="col">Montant</th>
            </tr>
          </thead>
          <tbody>
            {application.expenses.map((expense, index) => (
              <tr key={index}>
                <td>{expense.description}</td>
                <td>
                  {expense.providerName} ({expense.providerSiren})
                </td>
                <td>{formatEuros(expense.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Investissement : {formatEuros(application.investmentCents)} —{' '}
        {application.grantedAidCents !== null && application.grantedAidCents !== undefined
          ? `aide accordée : ${formatEuros(application.grantedAidCents)}`
          : `aide attendue : ${formatEuros(application.aidCents)}`}
        {application.paidCents ? ` — payée : ${formatEuros(application.paidCents)}` : ''}
      </p>
    </>
  );
}

/** The API's own verdict on the saved file (what a submission is judged on). */
function ServerEligibility({ application }: { application: Application }) {
  const failed = application.eligibility.filter((check) => !check.passed);
  return (
    <section className="fr-mt-4w" aria-labelledby="server-eligibility">
      <h2 id="server-eligibility" className="fr-h4">
        Éligibilité du dossier enregistré
      </h2>
      <p>
        {application.eligible
          ? 'Le dossier enregistré est éligible'
          : 'Le dossier enregistré n’est pas éligible'}{' '}
        — aide attendue : {formatEuros(application.aidCents)}.
      </p>
      {failed.length > 0 && (
        <ul>
          {failed.map((check) => (
            <li key={check.rule}>
              <strong>{eligibilityRuleLabels[check.rule]}</strong> : {check.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ application }: { application: Application }) {
  return (
    <section className="fr-mt-4w" aria-labelledby="application-history">
      <h2 id="application-history" className="fr-h4">
        Historique du dossier
      </h2>
      <ol>
        {application.history.map((entry) => (
          <li key={entry.version}>
            {formatDateTime(entry.at)} — {subsidyActionLabels[entry.action]} ({roleLabels[entry.actorRole]}) :{' '}
            {subsidyStatusLabels[entry.toStatus]}
            {entry.reason && <> — « {entry.reason} »</>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Messages({ application, onSent }: { application: Application; onSent: () => void }) {
  const [send, { error, loading }] = useMutation(PmeSendSubsidyMessageMutation);
  const [body, setBody] = useState('');
  const submitted = application.status !== 'DRAFT';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if (await send({ id: application.id, body: body.trim() })) {
      setBody('');
      onSent();
    }
  };
  return (
    <section className="fr-mt-4w" aria-labelledby="application-messages">
      <h2 id="application-messages" className="fr-h4">
        Messages avec la région
      </h2>
      {(application.messages ?? []).length === 0 && <p>Aucun message.</p>}
      <ul className="fr-raw-list">
        {(application.messages ?? []).map((message, index) => (
          <li key={index} className="fr-mb-2w">
            <p className="fr-text--xs fr-mb-0">
              {message.authorRole === 'PME' ? 'Vous' : roleLabels[message.authorRole]}, le{' '}
              {formatDateTime(message.at)}
            </p>
            <p className="fr-mb-0">{message.body}</p>
          </li>
        ))}
      </ul>
      {submitted ? (
        <form onSubmit={submit} aria-label="Écrire à la région">
          {error && <ApiErrorAlert error={error} />}
          <Input
            textArea
            label="Votre message"
            nativeTextAreaProps={{ value: body, onChange: (e) => setBody(e.target.value), rows: 3 }}
          />
          <Button type="submit" priority="secondary" disabled={loading || !body.trim()}>
            Envoyer le message
          </Button>
        </form>
      ) : (
        <p className="fr-text--sm">Vous pourrez écrire à la région une fois le dossier déposé.</p>
      )}
    </section>
  );
}
