import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { CommuneField } from '../../components/CommuneField';
import { NafField } from '../../components/NafField';
import { parseEuroInput } from '../../labels/euro-input';
import { normalizeNafCode } from '../../labels/naf';

/** The company's facts as typed (registration and later changes). */
export type CompanyForm = {
  name: string;
  nafCode: string;
  employees: string;
  annualRevenue: string;
  independent: 'oui' | 'non';
  communeCode: string;
};

export const emptyCompanyForm: CompanyForm = {
  name: '',
  nafCode: '',
  employees: '',
  annualRevenue: '',
  independent: 'oui',
  communeCode: '',
};

export type CompanyFormErrors = Partial<Record<keyof CompanyForm, string>>;

/** The API's input paths of each field (its messages come back under them). */
export const companyFieldPaths: Record<keyof CompanyForm, string> = {
  name: 'name',
  nafCode: 'nafCode',
  employees: 'employees',
  annualRevenue: 'annualRevenueCents',
  independent: 'independent',
  communeCode: 'communeCode',
};

export type CompanyValues = {
  name: string;
  nafCode: string;
  employees: number;
  annualRevenueCents: number;
  independent: boolean;
  communeCode: string;
};

/**
 * Every field checked at once, so the user corrects them all in one round: the values for the API, or the errors.
 * `nafLabels`, once loaded, lets an unknown NAF code be told before sending.
 */
export function checkCompanyForm(
  form: CompanyForm,
  nafLabels?: ReadonlyMap<string, string>,
): { values: CompanyValues; errors?: undefined } | { values?: undefined; errors: CompanyFormErrors } {
  const errors: CompanyFormErrors = {};
  const name = form.name.trim();
  if (name.length < 2) errors.name = 'Indiquez la raison sociale (au moins 2 caractères).';
  const nafCode = normalizeNafCode(form.nafCode);
  if (!nafCode) errors.nafCode = 'Indiquez le code NAF (APE), par exemple 4791B.';
  else if (nafLabels && !nafLabels.has(nafCode))
    errors.nafCode = 'Code NAF inconnu : recopiez-le depuis le Kbis, par exemple 4791B ou 47.91B.';
  const employees = Number(form.employees);
  if (form.employees.trim() === '' || !Number.isInteger(employees) || employees < 0)
    errors.employees = 'Indiquez un nombre entier de salariés.';
  const annualRevenueCents = parseEuroInput(form.annualRevenue, { allowZero: true });
  if (annualRevenueCents === undefined)
    errors.annualRevenue = 'Indiquez un montant en euros, par exemple 250000.';
  if (!form.communeCode) errors.communeCode = 'Choisissez la commune du siège dans la liste.';
  if (Object.keys(errors).length > 0 || annualRevenueCents === undefined) return { errors };
  return {
    values: {
      name,
      nafCode,
      employees,
      annualRevenueCents,
      independent: form.independent === 'oui',
      communeCode: form.communeCode,
    },
  };
}

/** The fields of the company form; `fieldError` gives each field's message (the form's own, else the API's). */
export function CompanyFields({
  form,
  onChange,
  fieldError,
}: {
  form: CompanyForm;
  onChange: (patch: Partial<CompanyForm>) => void;
  fieldError: (field: keyof CompanyForm) => string | undefined;
}) {
  const stateOf = (message: string | undefined) =>
    message ? { state: 'error' as const, stateRelatedMessage: message } : {};
  return (
    <>
      <Input
        label="Raison sociale"
        {...stateOf(fieldError('name'))}
        nativeInputProps={{
          value: form.name,
          onChange: (e) => onChange({ name: e.target.value }),
          autoComplete: 'organization',
          required: true,
        }}
      />
      <NafField
        value={form.nafCode}
        onChange={(nafCode) => onChange({ nafCode })}
        errorMessage={fieldError('nafCode')}
      />
      <Input
        label="Nombre de salariés"
        {...stateOf(fieldError('employees'))}
        nativeInputProps={{
          value: form.employees,
          onChange: (e) => onChange({ employees: e.target.value }),
          inputMode: 'numeric',
          required: true,
        }}
      />
      <Input
        label="Chiffre d’affaires annuel (en euros)"
        hintText="Dernier exercice clos, par exemple 480000"
        {...stateOf(fieldError('annualRevenue'))}
        nativeInputProps={{
          value: form.annualRevenue,
          onChange: (e) => onChange({ annualRevenue: e.target.value }),
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
              onChange: () => onChange({ independent: 'oui' }),
            },
          },
          {
            label: 'Non',
            nativeInputProps: {
              checked: form.independent === 'non',
              onChange: () => onChange({ independent: 'non' }),
            },
          },
        ]}
      />
      <CommuneField
        label="Commune du siège"
        value={form.communeCode}
        onChange={(communeCode) => onChange({ communeCode })}
        errorMessage={fieldError('communeCode')}
        required
      />
    </>
  );
}
