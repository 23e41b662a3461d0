import { Alert } from '@codegouvfr/react-dsfr/Alert';
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
import { CommuneName } from '../../components/CommuneName';

const PmeCompanyQuery = graphql(`
  query PmeCompany {
    viewer {
      siret
    }
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

const PmeJoinCompanyMutation = graphql(`
  mutation PmeJoinCompany {
    joinMyCompany {
      id
      name
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
      {data && !company && !data.viewer.siret && (
        <Alert
          severity="warning"
          title="Votre identité ne porte pas de SIRET"
          description="Pour inscrire votre entreprise ou la rejoindre, connectez-vous avec ProConnect au nom de votre entreprise : le SIRET de votre établissement vient de votre identité, il ne se saisit pas."
        />
      )}
      {data && !company && data.viewer.siret && (
        <RegisterCompanyForm siret={data.viewer.siret} onRegistered={refetch} />
      )}
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
          </ul>
        </>
      )}
    </>
  );
}

type CompanyForm = {
  name: string;
  nafCode: string;
  employees: string;
  annualRevenue: string;
  independent: 'oui' | 'non';
  communeCode: string;
};

/** "73282932000074" → "732 829 320 00074", as the Insee writes it. */
const spacedSiret = (siret: string) =>
  `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;

/**
 * The company of the SIRET the user's identity carries (ProConnect): registered by this user, or joined when a
 * colleague already registered it. The SIREN is never typed.
 */
function RegisterCompanyForm({ siret, onRegistered }: { siret: string; onRegistered: () => void }) {
  const { session, signIn } = useSession();
  const [register, { error, loading }] = useMutation(PmeRegisterCompanyMutation);
  const [join, { error: joinError, loading: joining }] = useMutation(PmeJoinCompanyMutation);
  const [form, setForm] = useState<CompanyForm>({
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

  const joinMine = async () => {
    const result = await join({});
    if (result) {
      if (session) signIn({ ...session, companyId: result.joinMyCompany.id });
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
      <dl className="connecteur-facts">
        <dt>SIRET de votre établissement (ProConnect)</dt>
        <dd data-testid="company-siret">{spacedSiret(siret)}</dd>
        <dt>SIREN de l’entreprise</dt>
        <dd>{siret.slice(0, 9)}</dd>
      </dl>
      <p className="fr-hint-text">
        Votre identité ProConnect atteste que vous agissez pour cet établissement : l’entreprise inscrite sera
        celle de ce SIREN.
      </p>
      <div className="fr-mb-3w">
        <p>Un collègue a déjà inscrit votre entreprise ?</p>
        {joinError && <ApiErrorAlert error={joinError} className="fr-mb-2w" />}
        <Button type="button" priority="secondary" disabled={joining} onClick={() => void joinMine()}>
          Rejoindre mon entreprise
        </Button>
      </div>
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
