import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { Theme } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { themeLabels, THEMES } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';

const ConnecteurRecommendationsQuery = graphql(`
  query ConnecteurRecommendations($companyId: ID!) {
    providerRecommendations(companyId: $companyId) {
      note
      recommendedAt
      providers {
        id
        name
      }
    }
  }
`);

const ConnecteurProviderChoicesQuery = graphql(`
  query ConnecteurProviderChoices($filter: ProviderFilter, $first: Int) {
    providers(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          communeCode
          rating {
            average
            count
          }
        }
      }
    }
  }
`);

const ConnecteurRecommendProvidersMutation = graphql(`
  mutation ConnecteurRecommendProviders($companyId: ID!, $providerIds: [ID!]!, $note: String) {
    recommendProviders(companyId: $companyId, providerIds: $providerIds, note: $note) {
      recommendedAt
    }
  }
`);

/**
 * The connecteur's basket of providers for a followed company: providers serving the company's region, by theme.
 * Sending replaces the previous basket; a provider it has a capital link with is refused (CONFLICT_OF_INTEREST).
 */
export function ProviderRecommendations({
  companyId,
  regionCode,
}: {
  companyId: string;
  regionCode: string;
}) {
  const current = useQuery(ConnecteurRecommendationsQuery, { companyId });
  const [theme, setTheme] = useState<Theme | ''>('');
  const choices = useQuery(ConnecteurProviderChoicesQuery, {
    filter: { regionCode, ...(theme ? { themes: [theme] } : {}) },
    first: 20,
  });
  const [recommend, { error, loading }] = useMutation(ConnecteurRecommendProvidersMutation);
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const basket = current.data?.providerRecommendations[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const result = await recommend({
      companyId,
      providerIds: chosen,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (result) {
      setSent(true);
      setChosen([]);
      setNote('');
      current.refetch();
    }
  };

  return (
    <>
      {current.error && <ApiErrorAlert error={current.error} />}
      {basket ? (
        <p>
          Recommandés le {formatDateTime(basket.recommendedAt)} :{' '}
          {basket.providers.map((provider) => provider.name).join(', ')}
          {basket.note && <> — « {basket.note} »</>}
        </p>
      ) : (
        current.data && <p>Vous n’avez encore recommandé aucun prestataire à cette entreprise.</p>
      )}
      <form onSubmit={submit} aria-labelledby="recommander">
        <h3 id="recommander" className="fr-h6">
          Recommander des prestataires
        </h3>
        <Select
          label="Thème"
          hint="Prestataires qui interviennent dans la région de l’entreprise"
          nativeSelectProps={{
            value: theme,
            onChange: (event) => setTheme(event.target.value as Theme | ''),
          }}
        >
          <option value="">Tous les thèmes</option>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {themeLabels[t]}
            </option>
          ))}
        </Select>
        {choices.error && <ApiErrorAlert error={choices.error} />}
        {choices.loading && <Loading label="Chargement des prestataires…" />}
        {choices.data && choices.data.providers.edges.length === 0 && <p>Aucun prestataire pour ce thème.</p>}
        {choices.data && choices.data.providers.edges.length > 0 && (
          <Checkbox
            legend="Prestataires à recommander"
            small
            options={choices.data.providers.edges.map(({ node }) => ({
              label: node.name,
              hintText:
                node.rating.average == null
                  ? 'Pas encore d’avis'
                  : `${node.rating.average.toLocaleString('fr-FR')} / 5 (${node.rating.count} avis)`,
              nativeInputProps: {
                checked: chosen.includes(node.id),
                onChange: (event) =>
                  setChosen((list) =>
                    event.target.checked ? [...list, node.id] : list.filter((id) => id !== node.id),
                  ),
              },
            }))}
          />
        )}
        <Input
          label="Mot pour l’entreprise (facultatif)"
          textArea
          nativeTextAreaProps={{ value: note, onChange: (event) => setNote(event.target.value), rows: 2 }}
        />
        {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
        {sent && (
          <Alert
            severity="success"
            small
            className="fr-mb-2w"
            description="Recommandation envoyée à l’entreprise."
          />
        )}
        <Button type="submit" disabled={loading || chosen.length === 0}>
          Envoyer la recommandation
        </Button>
      </form>
    </>
  );
}
