import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { kindLabels, structureTypeLabels, themeLabels } from '../../labels/connecteurs';
import { formatDate } from '../../labels/dates';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import { ConnecteurTierBadge } from '../public/ConnecteurTierBadge';
import { labelRequestStatusLabels } from './labels';
import { RegisterConnecteurForm } from './RegisterConnecteurForm';
import { CommuneName } from '../../components/CommuneName';

const ConnecteurOwnProfileQuery = graphql(`
  query ConnecteurOwnProfile {
    myConnecteurProfile {
      id
      displayName
      kind
      structureType
      communeCode
      departementCode
      departementsServed
      themes
      acceptsNewPmes
      email
      website
      charterSignedAt
      isLabelled
      labelValidUntil
      labelWave
      hasPendingLabelRequest
      labelHistory {
        id
        status
        requestedAt
        decidedAt
        validUntil
        wave
        reason
      }
      capitalLinks
    }
  }
`);

const ConnecteurRequestLabelMutation = graphql(`
  mutation ConnecteurRequestLabel {
    requestLabel {
      id
      hasPendingLabelRequest
    }
  }
`);

const ConnecteurDeclareCapitalLinkMutation = graphql(`
  mutation ConnecteurDeclareCapitalLink($providerSiren: String!) {
    declareCapitalLink(providerSiren: $providerSiren) {
      id
      capitalLinks
    }
  }
`);

const ConnecteurRemoveCapitalLinkMutation = graphql(`
  mutation ConnecteurRemoveCapitalLink($providerSiren: String!) {
    removeCapitalLink(providerSiren: $providerSiren) {
      id
      capitalLinks
    }
  }
`);

/** `/connecteur/profil`: sign the charter (register), then the profile, the label and its history, capital links. */
export function ConnecteurProfilePage() {
  const { data, error, loading, refetch } = useQuery(ConnecteurOwnProfileQuery, {});
  const [requestLabel, requesting] = useMutation(ConnecteurRequestLabelMutation);
  const profile = data?.myConnecteurProfile;

  return (
    <>
      <PageHeading title={data && !profile ? 'Devenir connecteur' : 'Mon profil et mon label'} />
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && !profile && <RegisterConnecteurForm onRegistered={refetch} />}
      {profile && (
        <>
          <p>
            <ConnecteurTierBadge isLabelled={profile.isLabelled} labelValidUntil={profile.labelValidUntil} />
          </p>
          <dl className="connecteur-facts">
            <dt>Nom affiché</dt>
            <dd>{profile.displayName}</dd>
            <dt>Type</dt>
            <dd>
              {kindLabels[profile.kind]} — {structureTypeLabels[profile.structureType]}
            </dd>
            <dt>Installé à</dt>
            <dd>
              <CommuneName code={profile.communeCode} />, {departementName(profile.departementCode)} (
              {profile.departementCode})
            </dd>
            <dt>Départements où vous intervenez</dt>
            <dd>
              {profile.departementsServed.map((code) => `${departementName(code)} (${code})`).join(', ')}
            </dd>
            <dt>Thèmes</dt>
            <dd>{profile.themes.map((theme) => themeLabels[theme]).join(', ')}</dd>
            <dt>Contact</dt>
            <dd>
              {profile.email}
              {profile.website && ` — ${profile.website}`}
            </dd>
            <dt>Nouvelles entreprises</dt>
            <dd>{profile.acceptsNewPmes ? 'Vous en acceptez' : 'Vous n’en acceptez pas'}</dd>
            <dt>Charte signée le</dt>
            <dd>{formatDateTime(profile.charterSignedAt)}</dd>
          </dl>

          <section aria-labelledby="label">
            <h2 id="label" className="fr-h4 fr-mt-4w">
              Label
            </h2>
            {profile.isLabelled ? (
              <p>
                Votre label est valide jusqu’au {formatDate(profile.labelValidUntil ?? '')}
                {profile.labelWave && ` (${profile.labelWave})`}. Vous pouvez attester les projets de chèque
                numérique des entreprises qui vous ont choisi.
              </p>
            ) : (
              <p>
                Le label, accordé par les modérateurs du programme, vous permet d’attester les projets de
                chèque numérique et vous met en avant dans l’annuaire.
              </p>
            )}
            {requesting.error && <ApiErrorAlert error={requesting.error} className="fr-mb-2w" />}
            {profile.hasPendingLabelRequest ? (
              <Alert
                severity="info"
                small
                description="Votre demande de label est en attente de la décision d’un modérateur."
              />
            ) : (
              <Button
                disabled={requesting.loading}
                onClick={async () => {
                  if (await requestLabel({})) refetch();
                }}
              >
                {profile.isLabelled ? 'Demander le renouvellement du label' : 'Demander le label'}
              </Button>
            )}
            {profile.labelHistory.length > 0 && (
              <Table
                className="fr-mt-2w"
                caption="Historique de mes demandes de label"
                headers={['Demandé le', 'Décision', 'Décidé le', 'Valide jusqu’au', 'Motif']}
                data={profile.labelHistory.map((request) => [
                  formatDateTime(request.requestedAt),
                  labelRequestStatusLabels[request.status],
                  request.decidedAt ? formatDateTime(request.decidedAt) : '—',
                  request.validUntil ? formatDate(request.validUntil) : '—',
                  request.reason ?? '—',
                ])}
              />
            )}
          </section>

          <section aria-labelledby="liens-capitalistiques">
            <h2 id="liens-capitalistiques" className="fr-h4 fr-mt-4w">
              Liens capitalistiques
            </h2>
            <CapitalLinks links={profile.capitalLinks} />
          </section>
        </>
      )}
    </>
  );
}

/**
 * Providers the connecteur holds a capital link with: it may neither recommend them nor attest a project that
 * pays them (conflict of interest).
 */
function CapitalLinks({ links }: { links: readonly string[] }) {
  const [declare, declaring] = useMutation(ConnecteurDeclareCapitalLinkMutation);
  const [remove, removing] = useMutation(ConnecteurRemoveCapitalLinkMutation);
  const [siren, setSiren] = useState('');
  const current =
    removing.data?.removeCapitalLink.capitalLinks ?? declaring.data?.declareCapitalLink.capitalLinks ?? links;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await declare({ providerSiren: siren.replace(/\s/g, '') })) setSiren('');
  };

  return (
    <>
      <p>
        Déclarez les prestataires numériques dont vous détenez une part du capital : vous ne pourrez ni les
        recommander ni attester un projet qui les rémunère.
      </p>
      {current.length === 0 ? (
        <p>Aucun lien déclaré.</p>
      ) : (
        <ul>
          {current.map((link) => (
            <li key={link}>
              SIREN {link}{' '}
              <Button
                size="small"
                priority="tertiary"
                disabled={removing.loading}
                onClick={() => void remove({ providerSiren: link })}
              >
                {`Retirer le lien avec ${link}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {removing.error && <ApiErrorAlert error={removing.error} className="fr-mb-2w" />}
      <form onSubmit={submit}>
        <Input
          label="SIREN du prestataire"
          hintText="9 chiffres"
          nativeInputProps={{
            value: siren,
            onChange: (event) => setSiren(event.target.value),
            inputMode: 'numeric',
            required: true,
          }}
          state={declaring.error?.fieldMessage('providerSiren') ? 'error' : 'default'}
          stateRelatedMessage={declaring.error?.fieldMessage('providerSiren')}
        />
        {declaring.error && <ApiErrorAlert error={declaring.error} className="fr-mb-2w" />}
        <Button type="submit" priority="secondary" disabled={declaring.loading}>
          Déclarer le lien
        </Button>
      </form>
    </>
  );
}
