import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { Theme } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFocusFirstError } from '../../components/form-errors';
import { PageHeading } from '../../components/PageHeading';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { formatDateTime } from '../../labels/date-times';
import {
  inputErrors,
  OnlinePublications,
  PublishedAlert,
  ScopeField,
  useKeyedDraft,
  usePublisher,
} from './publisher';

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
 * agent its region's; both withdraw what they may. The draft carries a client key (`useKeyedDraft`).
 */
export function NewsPublicationPage() {
  const { agentRegion, mayRemove } = usePublisher();
  const { draft, clientKey, published, edit, done } = useKeyedDraft<Draft>(() => ({
    ...EMPTY,
    regionCode: agentRegion ?? '',
  }));
  const [publish, publishing] = useMutation(PublishNewsMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawNewsMutation);
  const list = useQuery(PublisherNewsQuery, { filter: agentRegion ? { regionCode: agentRegion } : {} });
  const form = useFocusFirstError(publishing.error);
  const errorsOf = inputErrors(publishing.error);

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
    done(`« ${answer.publishNews.title} » est publiée.`);
    list.refetch();
  };

  return (
    <>
      <PageHeading title="Publier une actualité" />
      <p>
        Les actualités paraissent sur la page <Link to="/actualites">Actualités</Link>, nationales dans toutes
        les régions, régionales dans leur région.
      </p>
      <PublishedAlert message={published} />
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
          {...errorsOf('title')}
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
          {...errorsOf('body')}
        />
        <Input
          label="Lien (facultatif)"
          hintText="Adresse web commençant par https://"
          nativeInputProps={{
            type: 'url',
            value: draft.link,
            onChange: (e) => edit({ link: e.target.value }),
          }}
          {...errorsOf('link')}
        />
        <ScopeField
          agentRegion={agentRegion}
          value={draft.regionCode}
          onChange={(regionCode) => edit({ regionCode })}
          errorMessage={errorsOf('regionCode').stateRelatedMessage}
        />
        <ThemeCheckboxes value={draft.themes} onChange={(themes) => edit({ themes })} />
        {publishing.error && <ApiErrorAlert error={publishing.error} className="fr-mb-2w" />}
        <Button type="submit" disabled={publishing.loading}>
          Publier
        </Button>
      </form>

      <OnlinePublications
        heading="Actualités en ligne"
        items={list.data?.news.edges.map(({ node }) => ({
          ...node,
          when: `Publiée le ${formatDateTime(node.publishedAt)}`,
        }))}
        loading={list.loading}
        errors={[list.error, withdrawing.error]}
        empty="Aucune actualité en ligne."
        removeLabel="Retirer"
        mayRemove={mayRemove}
        removing={withdrawing.loading}
        onRemove={async (id) => {
          if (await withdraw({ id })) list.refetch();
        }}
      />
    </>
  );
}
