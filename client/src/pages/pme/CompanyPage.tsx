import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFocusFirstError } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { useNafLabels } from '../../components/NafField';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/SessionProvider';
import { CompanyDetails } from './CompanyDetails';
import {
  checkCompanyForm,
  CompanyFields,
  companyFieldPaths,
  emptyCompanyForm,
  type CompanyForm,
  type CompanyFormErrors,
} from './CompanyFields';

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
      version
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
      {company && <CompanyDetails company={company} onSaved={refetch} />}
    </>
  );
}

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
  const nafLabels = useNafLabels();
  const [form, setForm] = useState<CompanyForm>(emptyCompanyForm);
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
    const result = await register({ input: checked.values });
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

  return (
    <form ref={formRef} onSubmit={submit} aria-label="Inscrire mon entreprise" noValidate>
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
      <CompanyFields form={form} onChange={change} fieldError={fieldError} />
      <Button type="submit" disabled={loading}>
        Inscrire mon entreprise
      </Button>
    </form>
  );
}
