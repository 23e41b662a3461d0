import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../labels/dates';
import { departementName, regionName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import { parseEuroInput } from '../../labels/euro-input';
import { useSession } from '../../session/SessionProvider';

const PmeCompanyQuery = graphql(`
  query PmeCompany {
    myCompany {
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
    }
  }
`);

const PmeRegisterCompanyMutation = graphql(`
  mutation PmeRegisterCompany($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      id
      name
    }
  }
`);

/** `/entreprise/mon-entreprise`: the company's facts, or the form that registers it (a user belongs to one company). */
export function CompanyPage() {
  const { data, error, loading, refetch } = useQuery(PmeCompanyQuery, {});
  const company = data?.myCompany;
  return (
    <>
      <PageHeading title="Mon entreprise" />
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && !company && <RegisterCompanyForm onRegistered={refetch} />}
      {company && (
        <>
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
              Commune {company.communeCode}, {departementName(company.departementCode)} (
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
          </ul>
        </>
      )}
    </>
  );
}

type CompanyForm = {
  siren: string;
  name: string;
  nafCode: string;
  employees: string;
  annualRevenue: string;
  independent: 'oui' | 'non';
  communeCode: string;
};

function RegisterCompanyForm({ onRegistered }: { onRegistered: () => void }) {
  const { session, signIn } = useSession();
  const [register, { error, loading }] = useMutation(PmeRegisterCompanyMutation);
  const [form, setForm] = useState<CompanyForm>({
    siren: '',
    name: '',
    nafCode: '',
    employees: '',
    annualRevenue: '',
    independent: 'oui',
    communeCode: '',
  });
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof CompanyForm, string>>>({});
  const change = (patch: Partial<CompanyForm>) => setForm((current) => ({ ...current, ...patch }));
  const fieldError = (field: keyof CompanyForm, path: string) =>
    localErrors[field] ?? error?.fieldMessage(`input.${path}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const revenueCents = parseEuroInput(form.annualRevenue);
    const employees = Number(form.employees);
    const errors: typeof localErrors = {};
    if (revenueCents === undefined)
      errors.annualRevenue = 'Indiquez un montant en euros, par exemple 250000.';
    if (form.employees.trim() === '' || !Number.isInteger(employees) || employees < 0) {
      errors.employees = 'Indiquez un nombre entier de salariés.';
    }
    if (!form.communeCode) errors.communeCode = 'Choisissez la commune du siège dans la liste.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || revenueCents === undefined) return;
    const result = await register({
      input: {
        siren: form.siren.replace(/\s/g, ''),
        name: form.name.trim(),
        nafCode: form.nafCode.trim().toUpperCase(),
        employees,
        annualRevenueCents: revenueCents,
        independent: form.independent === 'oui',
        communeCode: form.communeCode,
      },
    });
    if (result) {
      if (session) signIn({ ...session, companyId: result.registerCompany.id });
      onRegistered();
    }
  };

  const stateOf = (message: string | undefined) =>
    message ? { state: 'error' as const, stateRelatedMessage: message } : {};

  return (
    <form onSubmit={submit} aria-label="Inscrire mon entreprise" noValidate>
      <p>
        Votre entreprise n’est pas encore inscrite. Inscrivez-la pour demander un chèque numérique et garder
        vos diagnostics.
      </p>
      {error && <ApiErrorAlert error={error} className="fr-mb-3w" />}
      <Input
        label="SIREN"
        hintText="9 chiffres, sur votre extrait Kbis ou avis de situation Insee"
        {...stateOf(fieldError('siren', 'siren'))}
        nativeInputProps={{
          value: form.siren,
          onChange: (e) => change({ siren: e.target.value }),
          inputMode: 'numeric',
          autoComplete: 'off',
          required: true,
        }}
      />
      <Input
        label="Raison sociale"
        {...stateOf(fieldError('name', 'name'))}
        nativeInputProps={{
          value: form.name,
          onChange: (e) => change({ name: e.target.value }),
          autoComplete: 'organization',
          required: true,
        }}
      />
      <Input
        label="Code NAF (APE)"
        hintText="Par exemple 10.71C pour une boulangerie-pâtisserie"
        {...stateOf(fieldError('nafCode', 'nafCode'))}
        nativeInputProps={{
          value: form.nafCode,
          onChange: (e) => change({ nafCode: e.target.value }),
          autoComplete: 'off',
          required: true,
        }}
      />
      <Input
        label="Nombre de salariés"
        {...stateOf(fieldError('employees', 'employees'))}
        nativeInputProps={{
          value: form.employees,
          onChange: (e) => change({ employees: e.target.value }),
          inputMode: 'numeric',
          required: true,
        }}
      />
      <Input
        label="Chiffre d’affaires annuel (en euros)"
        hintText="Dernier exercice clos, par exemple 480000"
        {...stateOf(fieldError('annualRevenue', 'annualRevenueCents'))}
        nativeInputProps={{
          value: form.annualRevenue,
          onChange: (e) => change({ annualRevenue: e.target.value }),
          inputMode: 'decimal',
          required: true,
        }}
      />
      <RadioButtons
        legend="L’entreprise est-elle indépendante ?"
        hintText="Non contrôlée à plus de 25 % par une autre entreprise"
        orientation="horizontal"
        options={[
          {
            label: 'Oui',
            nativeInputProps: {
              checked: form.independent === 'oui',
              onChange: () => change({ independent: 'oui' }),
            },
          },
          {
            label: 'Non',
            nativeInputProps: {
              checked: form.independent === 'non',
              onChange: () => change({ independent: 'non' }),
            },
          },
        ]}
      />
      <CommuneField
        label="Commune du siège"
        value={form.communeCode}
        onChange={(communeCode) => change({ communeCode })}
        errorMessage={fieldError('communeCode', 'communeCode')}
        required
      />
      <Button type="submit" disabled={loading}>
        Inscrire mon entreprise
      </Button>
    </form>
  );
}
