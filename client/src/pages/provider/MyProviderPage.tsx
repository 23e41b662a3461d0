import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { ProviderMyEntryQuery, Theme } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StarRating } from '../../components/StarRating';
import { themeLabels, THEMES } from '../../labels/connecteurs';
import { parseEuroInput } from '../../labels/euro-input';
import { departementName, REGIONS, regionName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';

const ProviderMyEntryQuery = graphql(`
  query ProviderMyEntry {
    myProvider {
      id
      siret
      name
      communeCode
      departementCode
      regionCode
      regionsServed
      website
      startup
      offers {
        id
        theme
        description
        priceFromCents
        priceToCents
      }
      rating {
        average
        count
      }
    }
  }
`);

const ProviderRegisterMutation = graphql(`
  mutation ProviderRegister($input: RegisterProviderInput!) {
    registerProvider(input: $input) {
      id
    }
  }
`);

const ProviderUpdateMutation = graphql(`
  mutation ProviderUpdate($input: UpdateProviderInput!) {
    updateProvider(input: $input) {
      id
    }
  }
`);

const ProviderAddOfferMutation = graphql(`
  mutation ProviderAddOffer($input: AddProviderOfferInput!) {
    addProviderOffer(input: $input) {
      id
    }
  }
`);

const ProviderRemoveOfferMutation = graphql(`
  mutation ProviderRemoveOffer($offerId: ID!) {
    removeProviderOffer(offerId: $offerId) {
      id
    }
  }
`);

type MyProvider = NonNullable<ProviderMyEntryQuery['myProvider']>;

/** The 18 regions of metropolitan France and overseas départements (overseas collectivities have 3-digit codes). */
const SERVABLE_REGIONS = REGIONS.filter((region) => region.code.length === 2);

/** `/prestataire`: the provider's own directory entry (registered here the first time) and its offers. */
export function MyProviderPage() {
  const { data, error, loading, refetch } = useQuery(ProviderMyEntryQuery, {});
  const provider = data?.myProvider;
  return (
    <>
      <PageHeading title="Ma fiche prestataire" />
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && !provider && (
        <>
          <p>
            Inscrivez votre entreprise à l’annuaire des prestataires du numérique : les entreprises et les
            connecteurs du programme pourront vous trouver et vous noter.
          </p>
          <EntryForm onSaved={refetch} />
        </>
      )}
      {provider && (
        <>
          <p>
            <StarRating value={provider.rating.average} count={provider.rating.count} /> —{' '}
            <Link to={`/prestataires/${provider.id}`}>voir ma fiche publique</Link> ·{' '}
            <Link to="/prestataire/avis">répondre aux avis</Link>
          </p>
          <h2 className="fr-h4">Mes offres</h2>
          <Offers provider={provider} onChanged={refetch} />
          <h2 className="fr-h4 fr-mt-6w">Mon entreprise</h2>
          <p className="fr-text--sm">
            SIRET {provider.siret} — installée à {departementName(provider.departementCode)} (
            {provider.departementCode}), {regionName(provider.regionCode)}
          </p>
          <EntryForm key={provider.id + provider.name} provider={provider} onSaved={refetch} />
        </>
      )}
    </>
  );
}

/** Registers the entry (no `provider`) or changes it. */
function EntryForm({ provider, onSaved }: { provider?: MyProvider; onSaved: () => void }) {
  const [siret, setSiret] = useState('');
  const [name, setName] = useState(provider?.name ?? '');
  const [communeCode, setCommuneCode] = useState(provider?.communeCode ?? '');
  const [regionsServed, setRegionsServed] = useState<string[]>(provider?.regionsServed ?? []);
  const [website, setWebsite] = useState(provider?.website ?? '');
  const [startup, setStartup] = useState(provider?.startup ?? false);
  const [register, registering] = useMutation(ProviderRegisterMutation);
  const [update, updating] = useMutation(ProviderUpdateMutation);
  const [saved, setSaved] = useState(false);
  const state = provider ? updating : registering;
  const field = (path: string) => state.error?.fieldMessage(`input.${path}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const common = { name: name.trim(), communeCode, regionsServed, startup };
    const result = provider
      ? await update({ input: { ...common, website: website.trim() || null } })
      : await register({
          input: { ...common, siret: siret.replace(/\s/g, ''), website: website.trim() || null },
        });
    if (result) {
      setSaved(true);
      onSaved();
    }
  };
  const toggleRegion = (code: string, checked: boolean) =>
    setRegionsServed((current) => (checked ? [...current, code] : current.filter((c) => c !== code)));

  return (
    <form onSubmit={submit} aria-label={provider ? 'Modifier ma fiche' : 'Inscrire mon entreprise'}>
      {state.error && state.error.fields.length === 0 && (
        <ApiErrorAlert error={state.error} className="fr-mb-2w" />
      )}
      {saved && <Alert severity="success" small description="Fiche enregistrée." className="fr-mb-2w" />}
      <div className="fr-grid-row fr-grid-row--gutters">
        {!provider && (
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label="SIRET"
              hintText="14 chiffres"
              state={field('siret') ? 'error' : 'default'}
              stateRelatedMessage={field('siret')}
              nativeInputProps={{
                value: siret,
                required: true,
                inputMode: 'numeric',
                autoComplete: 'off',
                onChange: (event) => setSiret(event.target.value),
              }}
            />
          </div>
        )}
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Nom de l’entreprise"
            state={field('name') ? 'error' : 'default'}
            stateRelatedMessage={field('name')}
            nativeInputProps={{
              value: name,
              required: true,
              onChange: (event) => setName(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CommuneField
            label="Commune d’installation"
            value={communeCode}
            onChange={setCommuneCode}
            errorMessage={field('communeCode')}
            required
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Site web (facultatif)"
            hintText="Adresse complète, commençant par https://"
            state={field('website') ? 'error' : 'default'}
            stateRelatedMessage={field('website')}
            nativeInputProps={{
              type: 'url',
              value: website,
              onChange: (event) => setWebsite(event.target.value),
            }}
          />
        </div>
      </div>
      <Checkbox
        legend="Régions servies"
        hintText="Votre région d’installation est toujours servie"
        orientation="horizontal"
        small
        state={field('regionsServed') ? 'error' : 'default'}
        stateRelatedMessage={field('regionsServed')}
        options={SERVABLE_REGIONS.map((region) => ({
          label: region.name,
          nativeInputProps: {
            name: 'regionsServed',
            value: region.code,
            checked: regionsServed.includes(region.code),
            onChange: (event) => toggleRegion(region.code, event.target.checked),
          },
        }))}
      />
      <ToggleSwitch
        label="Startup ou entreprise labellisée French Tech"
        checked={startup}
        onChange={setStartup}
        showCheckedHint={false}
      />
      <Button type="submit" disabled={state.loading} className="fr-mt-2w">
        {provider ? 'Enregistrer ma fiche' : 'Inscrire mon entreprise à l’annuaire'}
      </Button>
    </form>
  );
}

function Offers({ provider, onChanged }: { provider: MyProvider; onChanged: () => void }) {
  const [remove, removing] = useMutation(ProviderRemoveOfferMutation);
  const [add, adding] = useMutation(ProviderAddOfferMutation);
  const [theme, setTheme] = useState<Theme | ''>('');
  const [description, setDescription] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amountErrors, setAmountErrors] = useState<{ from?: string; to?: string }>({});
  const field = (path: string) => adding.error?.fieldMessage(`input.${path}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const priceFromCents = parseEuroInput(from, { allowZero: true });
    const priceToCents = parseEuroInput(to, { allowZero: true });
    const errors = {
      ...(priceFromCents === undefined && {
        from: 'Indiquez un montant en euros, par exemple 1 200 ou 1 200,50.',
      }),
      ...(priceToCents === undefined && { to: 'Indiquez un montant en euros, par exemple 3 000.' }),
    };
    setAmountErrors(errors);
    if (priceFromCents === undefined || priceToCents === undefined || !theme) return;
    const result = await add({
      input: { theme, description: description.trim(), priceFromCents, priceToCents },
    });
    if (result) {
      setTheme('');
      setDescription('');
      setFrom('');
      setTo('');
      onChanged();
    }
  };

  return (
    <>
      {removing.error && <ApiErrorAlert error={removing.error} className="fr-mb-2w" />}
      {provider.offers.length === 0 ? (
        <p>Aucune offre pour le moment : ajoutez-en une ci-dessous.</p>
      ) : (
        <ul className="fr-raw-list">
          {provider.offers.map((offer) => (
            <li
              key={offer.id}
              className="fr-py-2w"
              style={{ borderBottom: '1px solid var(--border-default-grey)' }}
            >
              <strong>{themeLabels[offer.theme]}</strong> — {offer.description} — de{' '}
              {formatEuros(offer.priceFromCents)} à {formatEuros(offer.priceToCents)}{' '}
              <Button
                priority="tertiary"
                size="small"
                disabled={removing.loading}
                onClick={async () => {
                  if (await remove({ offerId: offer.id })) onChanged();
                }}
                title={`Retirer l’offre ${themeLabels[offer.theme]} : ${offer.description}`}
              >
                Retirer l’offre
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="fr-mt-3w" aria-labelledby="add-offer-title">
        <h3 id="add-offer-title" className="fr-h6">
          Ajouter une offre
        </h3>
        {adding.error && adding.error.fields.length === 0 && (
          <ApiErrorAlert error={adding.error} className="fr-mb-2w" />
        )}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Thème de l’offre"
              state={field('theme') ? 'error' : 'default'}
              stateRelatedMessage={field('theme')}
              nativeSelectProps={{
                value: theme,
                required: true,
                onChange: (event) => setTheme(event.target.value as Theme | ''),
              }}
            >
              <option value="" disabled>
                Choisir un thème
              </option>
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {themeLabels[t]}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-6 fr-col-md-4">
            <Input
              label="Prix de départ (€)"
              state={amountErrors.from || field('priceFromCents') ? 'error' : 'default'}
              stateRelatedMessage={amountErrors.from ?? field('priceFromCents')}
              nativeInputProps={{
                value: from,
                inputMode: 'decimal',
                required: true,
                onChange: (e) => setFrom(e.target.value),
              }}
            />
          </div>
          <div className="fr-col-6 fr-col-md-4">
            <Input
              label="Prix maximum (€)"
              state={amountErrors.to || field('priceToCents') ? 'error' : 'default'}
              stateRelatedMessage={amountErrors.to ?? field('priceToCents')}
              nativeInputProps={{
                value: to,
                inputMode: 'decimal',
                required: true,
                onChange: (e) => setTo(e.target.value),
              }}
            />
          </div>
        </div>
        <Input
          label="Description de l’offre"
          hintText="Ce qui est compris dans le prix (10 caractères au moins)"
          textArea
          state={field('description') ? 'error' : 'default'}
          stateRelatedMessage={field('description')}
          nativeTextAreaProps={{
            value: description,
            required: true,
            rows: 3,
            onChange: (event) => setDescription(event.target.value),
          }}
        />
        <Button type="submit" disabled={adding.loading}>
          Ajouter l’offre
        </Button>
      </form>
    </>
  );
}
