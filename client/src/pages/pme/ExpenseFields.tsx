import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import { graphql } from '../../../generated';
import type { Theme } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { themeLabels, THEMES } from '../../labels/connecteurs';
import { parseEuroInput } from '../../labels/euro-input';
import { formatEuros } from '../../labels/money';
import { pricePlacementLabels } from '../../labels/subsidies';

/** One expense as typed: the amount stays the text the user typed (euros) until it is sent as cents. */
export type ExpenseRow = {
  key: string;
  theme: Theme;
  description: string;
  amount: string;
  providerSiren: string;
  providerName: string;
  providerCommuneCode: string | null;
};

export type ChosenProvider = { siren: string; name: string; communeCode: string; regionCode: string };

const PmePricePositionQuery = graphql(`
  query PmePricePosition($theme: Theme!, $regionCode: String, $amountCents: Cents!) {
    pricePosition(theme: $theme, regionCode: $regionCode, amountCents: $amountCents) {
      placement
      range {
        lowCents
        medianCents
        highCents
        observations
        regionCode
      }
    }
  }
`);

const PmeProviderDirectoryQuery = graphql(`
  query PmeProviderDirectory($filter: ProviderFilter, $first: Int) {
    providers(filter: $filter, first: $first) {
      edges {
        node {
          id
          siren
          name
          communeCode
          departementCode
          regionCode
          rating {
            average
            count
          }
          offers {
            id
            theme
            priceFromCents
            priceToCents
          }
        }
      }
    }
  }
`);

/** The value after the user stopped changing it for `delay` ms (typing an amount asks the API once, not per key). */
function useDebounced<T>(value: T, delay = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The fields of one expense, its place against the price referential, and a provider picker over the directory. */
export function ExpenseFields({
  row,
  index,
  regionCode,
  disabled,
  onChange,
  onRemove,
  onProviderChosen,
  fieldError,
  providers,
}: {
  row: ExpenseRow;
  index: number;
  regionCode: string;
  /** The programme's rule on where providers may be based (its text from the API, shown as is). */
  providers: { localOnly: boolean; rule: string };
  disabled: boolean;
  onChange: (patch: Partial<ExpenseRow>) => void;
  onRemove: (() => void) | undefined;
  onProviderChosen: (provider: ChosenProvider) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const number = index + 1;
  const amountCents = parseEuroInput(row.amount, { allowZero: true });
  const amountMessage =
    row.amount.trim() !== '' && amountCents === undefined
      ? 'Indiquez un montant en euros, par exemple 2500 ou 2500,50.'
      : fieldError('amountCents');
  const stateOf = (message: string | undefined) =>
    message ? { state: 'error' as const, stateRelatedMessage: message } : {};
  return (
    <fieldset
      className="fr-fieldset fr-p-2w fr-mb-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <legend className="fr-fieldset__legend fr-h6">Dépense {number}</legend>
      <div className="fr-fieldset__element">
        <Select
          label={`Thème de la dépense ${number}`}
          {...stateOf(fieldError('theme'))}
          disabled={disabled}
          nativeSelectProps={{
            value: row.theme,
            onChange: (e) => onChange({ theme: e.target.value as Theme }),
          }}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {themeLabels[theme]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-fieldset__element">
        <Input
          label={`Description de la dépense ${number}`}
          hintText="Par exemple : création de la boutique en ligne, 20 produits"
          {...stateOf(fieldError('description'))}
          disabled={disabled}
          nativeInputProps={{
            value: row.description,
            onChange: (e) => onChange({ description: e.target.value }),
          }}
        />
      </div>
      <div className="fr-fieldset__element">
        <Input
          label={`Montant hors taxes de la dépense ${number} (en euros)`}
          {...stateOf(amountMessage)}
          disabled={disabled}
          nativeInputProps={{
            value: row.amount,
            onChange: (e) => onChange({ amount: e.target.value }),
            inputMode: 'decimal',
            autoComplete: 'off',
          }}
        />
        <PricePosition theme={row.theme} regionCode={regionCode} amountCents={amountCents} />
      </div>
      <div className="fr-fieldset__element">
        <Input
          label={`SIREN du prestataire de la dépense ${number}`}
          hintText="9 chiffres"
          {...stateOf(fieldError('providerSiren'))}
          disabled={disabled}
          nativeInputProps={{
            value: row.providerSiren,
            onChange: (e) => onChange({ providerSiren: e.target.value.replace(/\s/g, '') }),
            inputMode: 'numeric',
            autoComplete: 'off',
          }}
        />
        <Input
          label={`Nom du prestataire de la dépense ${number}`}
          {...stateOf(fieldError('providerName'))}
          disabled={disabled}
          nativeInputProps={{
            value: row.providerName,
            onChange: (e) => onChange({ providerName: e.target.value }),
          }}
        />
        {!disabled && (
          <ProviderPicker
            number={number}
            theme={row.theme}
            regionCode={regionCode}
            providers={providers}
            onChosen={(provider) => {
              onChange({
                providerSiren: provider.siren,
                providerName: provider.name,
                providerCommuneCode: provider.communeCode,
              });
              onProviderChosen(provider);
            }}
          />
        )}
      </div>
      {onRemove && !disabled && (
        <Button type="button" priority="tertiary" iconId="fr-icon-delete-line" onClick={onRemove}>
          Retirer la dépense {number}
        </Button>
      )}
    </fieldset>
  );
}

/** Where the typed amount sits against the price referential of its theme (the region's, else the country's). */
function PricePosition({
  theme,
  regionCode,
  amountCents,
}: {
  theme: Theme;
  regionCode: string;
  amountCents: number | undefined;
}) {
  const settled = useDebounced(amountCents);
  const { data } = useQuery(
    PmePricePositionQuery,
    { theme, regionCode, amountCents: settled ?? 0 },
    { skip: !settled },
  );
  const position = settled ? data?.pricePosition : undefined;
  if (!position) return null;
  const range = position.range;
  return (
    <p className="fr-text--sm fr-mt-1v" aria-live="polite">
      Prix constatés : {pricePlacementLabels[position.placement]}
      {range &&
        ` — de ${formatEuros(range.lowCents)} à ${formatEuros(range.highCents)}, médiane ${formatEuros(range.medianCents)} (${range.observations} prix${range.regionCode ? ', dans la région' : ', en France'})`}
    </p>
  );
}

/**
 * Providers of the directory offering the expense's theme; only those based in the programme's region (`localTo`)
 * when the programme requires it, as its rule (shown as the hint) says.
 */
function ProviderPicker({
  number,
  theme,
  regionCode,
  providers: rule,
  onChosen,
}: {
  number: number;
  theme: Theme;
  regionCode: string;
  providers: { localOnly: boolean; rule: string };
  onChosen: (provider: ChosenProvider) => void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const settledText = useDebounced(text.trim());
  const { data, error, loading } = useQuery(
    PmeProviderDirectoryQuery,
    {
      filter: {
        ...(rule.localOnly ? { localTo: regionCode } : {}),
        themes: [theme],
        ...(settledText ? { text: settledText } : {}),
      },
      first: 8,
    },
    { skip: !open },
  );
  if (!open) {
    return (
      <Button type="button" priority="secondary" size="small" onClick={() => setOpen(true)}>
        Choisir le prestataire de la dépense {number} dans l’annuaire
      </Button>
    );
  }
  const providers = data?.providers.edges ?? [];
  return (
    <div className="fr-p-2w" style={{ background: 'var(--background-alt-grey)' }}>
      <Input
        label={`Rechercher un prestataire dans l’annuaire pour la dépense ${number}`}
        hintText={`Prestataires qui proposent : ${themeLabels[theme]}. ${rule.rule}`}
        nativeInputProps={{ type: 'search', value: text, onChange: (e) => setText(e.target.value) }}
      />
      {error && <ApiErrorAlert error={error} />}
      {loading && <p className="fr-text--sm">Recherche…</p>}
      {data && providers.length === 0 && <p className="fr-text--sm">Aucun prestataire trouvé.</p>}
      <ul className="fr-raw-list">
        {providers.map(({ node }) => {
          const offer = node.offers.find((o) => o.theme === theme);
          return (
            <li key={node.id} className="fr-mb-1w">
              <strong>{node.name}</strong> — SIREN {node.siren}
              {node.rating.average !== null && node.rating.average !== undefined
                ? ` — ${node.rating.average.toLocaleString('fr-FR')}/5 (${node.rating.count} avis)`
                : ' — pas encore d’avis'}
              {offer && ` — de ${formatEuros(offer.priceFromCents)} à ${formatEuros(offer.priceToCents)}`}{' '}
              <Button
                type="button"
                size="small"
                priority="tertiary"
                onClick={() => {
                  onChosen({
                    siren: node.siren,
                    name: node.name,
                    communeCode: node.communeCode,
                    regionCode: node.regionCode,
                  });
                  setOpen(false);
                }}
              >
                Choisir {node.name}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button type="button" priority="tertiary no outline" size="small" onClick={() => setOpen(false)}>
        Fermer l’annuaire
      </Button>
    </div>
  );
}
