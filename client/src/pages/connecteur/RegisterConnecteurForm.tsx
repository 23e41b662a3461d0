import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { ConnecteurKind, StructureType, Theme } from '../../../generated/graphql';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { kindLabels, structureTypeLabels, themeLabels, THEMES } from '../../labels/connecteurs';

const ConnecteurRegisterMutation = graphql(`
  mutation ConnecteurRegister($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);

const STRUCTURE_TYPES = Object.keys(structureTypeLabels) as StructureType[];

/** Registering as a connecteur: signing the programme's charter is required (it makes a volunteer). */
export function RegisterConnecteurForm({ onRegistered }: { onRegistered: () => void }) {
  const [register, { error, loading }] = useMutation(ConnecteurRegisterMutation);
  const [form, setForm] = useState({
    displayName: '',
    kind: 'PERSON' as ConnecteurKind,
    structureType: 'FREELANCE' as StructureType,
    communeCode: '',
    departementsServed: '',
    themes: [] as Theme[],
    email: '',
    website: '',
    acceptsNewPmes: true,
    signCharter: false,
  });
  const change = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }));
  const fieldState = (path: string) => {
    const message = error?.fieldMessage(path);
    return message ? { state: 'error' as const, stateRelatedMessage: message } : {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const registered = await register({
      input: {
        displayName: form.displayName.trim(),
        kind: form.kind,
        structureType: form.structureType,
        communeCode: form.communeCode.trim(),
        departementsServed: form.departementsServed
          .split(/[\s,;]+/)
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean),
        themes: form.themes,
        email: form.email.trim(),
        ...(form.website.trim() ? { website: form.website.trim() } : {}),
        acceptsNewPmes: form.acceptsNewPmes,
        signCharter: form.signCharter,
      },
    });
    if (registered) onRegistered();
  };

  return (
    <form onSubmit={submit} aria-label="Inscription comme connecteur">
      <p>
        Inscrivez-vous pour apparaître dans l’annuaire des connecteurs et recevoir les demandes des
        entreprises. Tous les champs sont obligatoires sauf mention contraire.
      </p>
      <Input
        label="Nom affiché"
        hintText="Votre nom ou celui de votre structure"
        nativeInputProps={{
          value: form.displayName,
          onChange: (event) => change({ displayName: event.target.value }),
          required: true,
        }}
        {...fieldState('input.displayName')}
      />
      <RadioButtons
        legend="Vous êtes"
        orientation="horizontal"
        options={(Object.keys(kindLabels) as ConnecteurKind[]).map((kind) => ({
          label: kindLabels[kind],
          nativeInputProps: { checked: form.kind === kind, onChange: () => change({ kind }) },
        }))}
      />
      <Select
        label="Type de structure"
        nativeSelectProps={{
          value: form.structureType,
          onChange: (event) => change({ structureType: event.target.value as StructureType }),
        }}
      >
        {STRUCTURE_TYPES.map((type) => (
          <option key={type} value={type}>
            {structureTypeLabels[type]}
          </option>
        ))}
      </Select>
      <CommuneField
        label="Commune"
        value={form.communeCode}
        onChange={(communeCode) => change({ communeCode })}
        errorMessage={error?.fieldMessage('input.communeCode')}
        required
      />
      <Input
        label="Autres départements où vous intervenez (facultatif)"
        hintText="Codes séparés par des virgules, par exemple 38, 42 ; votre département est toujours inclus. Seuls les départements voisins du vôtre sont acceptés : au-delà, un modérateur doit donner son accord"
        nativeInputProps={{
          value: form.departementsServed,
          onChange: (event) => change({ departementsServed: event.target.value }),
        }}
        {...fieldState('input.departementsServed')}
      />
      <Checkbox
        legend="Thèmes d’accompagnement"
        orientation="horizontal"
        small
        state={error?.fieldMessage('input.themes') ? 'error' : 'default'}
        stateRelatedMessage={error?.fieldMessage('input.themes')}
        options={THEMES.map((theme) => ({
          label: themeLabels[theme],
          nativeInputProps: {
            checked: form.themes.includes(theme),
            onChange: (event) =>
              change({
                themes: event.target.checked
                  ? [...form.themes, theme]
                  : form.themes.filter((t) => t !== theme),
              }),
          },
        }))}
      />
      <Input
        label="Adresse électronique"
        nativeInputProps={{
          type: 'email',
          value: form.email,
          onChange: (event) => change({ email: event.target.value }),
          required: true,
          autoComplete: 'email',
        }}
        {...fieldState('input.email')}
      />
      <Input
        label="Site web (facultatif)"
        nativeInputProps={{
          type: 'url',
          value: form.website,
          onChange: (event) => change({ website: event.target.value }),
        }}
        {...fieldState('input.website')}
      />
      <Checkbox
        options={[
          {
            label: 'J’accepte de nouvelles entreprises',
            nativeInputProps: {
              checked: form.acceptsNewPmes,
              onChange: (event) => change({ acceptsNewPmes: event.target.checked }),
            },
          },
          {
            label: 'Je signe la charte collective des connecteurs #CroissanceConnectée',
            hintText:
              'Obligatoire : elle engage à accompagner les entreprises avec neutralité et bienveillance',
            nativeInputProps: {
              checked: form.signCharter,
              required: true,
              onChange: (event) => change({ signCharter: event.target.checked }),
            },
          },
        ]}
        state={error?.fieldMessage('input.signCharter') ? 'error' : 'default'}
        stateRelatedMessage={error?.fieldMessage('input.signCharter')}
      />
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <Button type="submit" disabled={loading}>
        Signer la charte et m’inscrire
      </Button>
    </form>
  );
}
