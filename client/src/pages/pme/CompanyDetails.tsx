import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { PmeCompanyQuery } from '../../../generated/graphql';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneName } from '../../components/CommuneName';
import { useFocusFirstError } from '../../components/form-errors';
import { useNafLabels } from '../../components/NafField';
import { formatDate } from '../../labels/dates';
import { centsToEuroInput } from '../../labels/euro-input';
import { departementName, regionName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import {
  checkCompanyForm,
  CompanyFields,
  companyFieldPaths,
  type CompanyForm,
  type CompanyFormErrors,
} from './CompanyFields';

type Company = NonNullable<PmeCompanyQuery['myCompany']>;

const PmeUpdateCompanyMutation = graphql(`
  mutation PmeUpdateCompany($input: UpdateCompanyInput!, $expectedVersion: Int!) {
    updateCompany(input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const formOf = (company: Company): CompanyForm => ({
  name: company.name,
  nafCode: company.nafCode,
  employees: String(company.employees),
  annualRevenue: company.annualRevenueCents === null ? '' : centsToEuroInput(company.annualRevenueCents),
  independent: company.independent ? 'oui' : 'non',
  communeCode: company.communeCode,
});

/** The registered company's facts, which its members may correct ("Modifier"); the SIREN never changes. */
export function CompanyDetails({ company, onSaved }: { company: Company; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  if (editing)
    return (
      <EditCompanyForm
        company={company}
        onDone={(didSave) => {
          setEditing(false);
          setSaved(didSave);
          if (didSave) onSaved();
          requestAnimationFrame(() => editButton.current?.focus());
        }}
      />
    );
  return (
    <>
      {saved && (
        <Alert
          severity="success"
          small
          className="fr-mb-3w"
          description="Les informations de votre entreprise ont été enregistrées."
          closable
          onClose={() => setSaved(false)}
        />
      )}
      <dl className="connecteur-facts">
        <dt>Raison sociale</dt>
        <dd>{company.name}</dd>
        <dt>SIREN</dt>
        <dd>{company.siren}</dd>
        <dt>Activité (NAF)</dt>
        <dd>
          {company.nafCode} — {company.nafLabel}
        </dd>
        <dt>Effectif</dt>
        <dd>
          {company.employees} salarié{company.employees > 1 ? 's' : ''}
        </dd>
        <dt>Chiffre d’affaires annuel</dt>
        <dd>{company.annualRevenueCents === null ? '—' : formatEuros(company.annualRevenueCents)}</dd>
        <dt>Indépendante</dt>
        <dd>{company.independent ? 'Oui' : 'Non, contrôlée par un groupe'}</dd>
        <dt>Siège</dt>
        <dd>
          <CommuneName code={company.communeCode} />, {departementName(company.departementCode)} (
          {company.departementCode}), {regionName(company.regionCode)}
        </dd>
        <dt>Inscrite le</dt>
        <dd>{formatDate(company.createdAt.slice(0, 10))}</dd>
      </dl>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" to="/entreprise/cheque-numerique">
            Demander un chèque numérique
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" to="/entreprise/diagnostic">
            Faire le diagnostic de maturité
          </Link>
        </li>
        <li>
          <Button
            ref={editButton}
            priority="tertiary"
            iconId="fr-icon-edit-line"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Modifier les informations
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" to="/entreprise/mes-donnees">
            Mes données et mon compte
          </Link>
        </li>
      </ul>
    </>
  );
}

function EditCompanyForm({ company, onDone }: { company: Company; onDone: (saved: boolean) => void }) {
  const [update, { error, loading }] = useMutation(PmeUpdateCompanyMutation);
  const nafLabels = useNafLabels();
  const [form, setForm] = useState<CompanyForm>(() => formOf(company));
  const [localErrors, setLocalErrors] = useState<CompanyFormErrors>({});
  const [refusals, setRefusals] = useState(0);
  const formRef = useFocusFirstError(refusals, error);
  const change = (patch: Partial<CompanyForm>) => setForm((current) => ({ ...current, ...patch }));
  const fieldError = (field: keyof CompanyForm) =>
    localErrors[field] ?? error?.fieldMessage(`input.${companyFieldPaths[field]}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCompanyForm(form, nafLabels);
    setLocalErrors(checked.errors ?? {});
    if (!checked.values) {
      setRefusals((n) => n + 1);
      return;
    }
    const result = await update({ input: checked.values, expectedVersion: company.version });
    if (result) onDone(true);
  };

  return (
    <form ref={formRef} onSubmit={submit} aria-label="Modifier mon entreprise" noValidate>
      <p>SIREN {company.siren} : il ne change pas. Les autres informations se corrigent ici.</p>
      {error && <ApiErrorAlert error={error} className="fr-mb-3w" />}
      <CompanyFields form={form} onChange={change} fieldError={fieldError} />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={loading}>
            Enregistrer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => onDone(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
