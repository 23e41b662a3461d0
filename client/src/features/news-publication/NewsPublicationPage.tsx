import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { Theme } from '../../../generated/graphql';
import { newClientKey } from '../../api/client-key';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFocusFirstError } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { formatDateTime } from '../../labels/date-times';
import { REGIONS, regionName } from '../../labels/geography';
import { useSession } from '../../session/SessionProvider';

const PublisherNewsQuery = graphql(`
  query PublisherNews($filter: NewsFilter) {
    news(filter: $filter, first: 20) {
      edges {
        node {
          id
          title
          regionCode
          publishedAt
        }
      }
    }
  }
`);

const PublishNewsMutation = graphql(`
  mutation PublisherPublishNews($input: NewsInput!, $clientKey: String) {
    publishNews(input: $input, clientKey: $clientKey) {
      id
      title
    }
  }
`);

const WithdrawNewsMutation = graphql(`
  mutation PublisherWithdrawNews($id: ID!) {
    withdrawNews(id: $id)
  }
`);

type Draft = { title: string; body: string; link: string; regionCode: string; themes: Theme[] };
const EMPTY: Draft = { title: '', body: '', link: '', regionCode: '', themes: [] };

/**
 * `/moderation/actualites` and `/region/actualites`: a moderator publishes national or regional news, a region's
 * agent its region's; both withdraw what they may. The draft carries a client key, renewed whenever the draft
 * changes: publishing again after a lost answer publishes once, and an edited draft is a publication of its own.
 */
export function NewsPublicationPage() {
  const session = useSession().session;
  const agentRegion = session?.role === 'REGION_AGENT' ? session.regionCode : undefined;
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, regionCode: agentRegion ?? '' });
  const [clientKey, setClientKey] = useState(newClientKey);
  const [published, setPublished] = useState<string>();
  const [publish, publishing] = useMutation(PublishNewsMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawNewsMutation);
  const list = useQuery(PublisherNewsQuery, { filter: agentRegion ? { regionCode: agentRegion } : {} });
  const form = useFocusFirstError(publishing.error);
  const fieldMessage = (field: keyof Draft) => publishing.error?.fieldMessage(`input.${field}`);
  const fieldState = (field: keyof Draft) =>
    fieldMessage(field) ? ('error' as const) : ('default' as const);

  const edit = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setClientKey(newClientKey());
    setPublished(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      title: draft.title.trim(),
      body: draft.body.trim(),
      link: draft.link.trim() || null,
      regionCode: draft.regionCode || null,
      themes: draft.themes,
    };
    const answer = await publish({ input, clientKey });
    if (!answer) return;
    setPublished(answer.publishNews.title);
    setDraft({ ...EMPTY, regionCode: agentRegion ?? '' });
    setClientKey(newClientKey());
    list.refetch();
  };

  const mayWithdraw = (regionCode: string | null | undefined) =>
    session?.role === 'MODERATOR' || (!!agentRegion && regionCode === agentRegion);

  return (
    <>
      <PageHeading title="Publier une actualité" />
      <p>
        Les actualités paraissent sur la page <Link to="/actualites">Actualités</Link>, nationales dans toutes
        les régions, régionales dans leur région.
      </p>
      <div role="status" aria-live="polite">
        {published && (
          <Alert
            severity="success"
            small
            className="fr-mb-3w"
            description={`« ${published} » est publiée.`}
          />
        )}
      </div>
      <form ref={form} onSubmit={submit} aria-labelledby="nouvelle-actualite" className="fr-mb-6w">
        <h2 id="nouvelle-actualite" className="fr-h4">
          Nouvelle actualité
        </h2>
        <Input
          label="Titre"
          nativeInputProps={{
            value: draft.title,
            onChange: (e) => edit({ title: e.target.value }),
            required: true,
          }}
          state={fieldState('title')}
          stateRelatedMessage={fieldMessage('title')}
        />
        <Input
          label="Texte"
          textArea
          nativeTextAreaProps={{
            value: draft.body,
            onChange: (e) => edit({ body: e.target.value }),
            rows: 6,
            required: true,
          }}
          state={fieldState('body')}
          stateRelatedMessage={fieldMessage('body')}
        />
        <Input
          label="Lien (facultatif)"
          hintText="Adresse web commençant par https://"
          nativeInputProps={{
            type: 'url',
            value: draft.link,
            onChange: (e) => edit({ link: e.target.value }),
          }}
          state={fieldState('link')}
          stateRelatedMessage={fieldMessage('link')}
        />
        {agentRegion ? (
          <p>Portée : {regionName(agentRegion)}</p>
        ) : (
          <Select
            label="Portée"
            nativeSelectProps={{
              value: draft.regionCode,
              onChange: (e) => edit({ regionCode: e.target.value }),
            }}
            state={fieldState('regionCode')}
            stateRelatedMessage={fieldMessage('regionCode')}
          >
            <option value="">Nationale (toutes les régions)</option>
            {REGIONS.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </Select>
        )}
        <ThemeCheckboxes value={draft.themes} onChange={(themes) => edit({ themes })} />
        {publishing.error && <ApiErrorAlert error={publishing.error} className="fr-mb-2w" />}
        <Button type="submit" disabled={publishing.loading}>
          Publier
        </Button>
      </form>

      <h2 className="fr-h4">Actualités en ligne</h2>
      {list.error && <ApiErrorAlert error={list.error} />}
      {withdrawing.error && <ApiErrorAlert error={withdrawing.error} />}
      {list.loading && <Loading />}
      {list.data && list.data.news.edges.length === 0 && <p>Aucune actualité en ligne.</p>}
      <ul className="fr-raw-list">
        {list.data?.news.edges.map(({ node }) => (
          <li
            key={node.id}
            className="fr-py-2w"
            style={{ borderBottom: '1px solid var(--border-default-grey)' }}
          >
            <p className="fr-text--bold fr-mb-1v">{node.title}</p>
            <p className="fr-text--sm fr-mb-1w">
              Publiée le {formatDateTime(node.publishedAt)}{' '}
              <Badge as="span" small noIcon className="fr-ml-1w">
                {node.regionCode ? regionName(node.regionCode) : 'National'}
              </Badge>
            </p>
            {mayWithdraw(node.regionCode) && (
              <Button
                priority="secondary"
                size="small"
                disabled={withdrawing.loading}
                nativeButtonProps={{ 'aria-label': `Retirer « ${node.title} »` }}
                onClick={async () => {
                  if (await withdraw({ id: node.id })) list.refetch();
                }}
              >
                Retirer
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
