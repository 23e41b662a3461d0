import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { Theme } from '../../../generated/graphql';
import { newClientKey } from '../../api/client-key';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels, THEMES } from '../../labels/connecteurs';
import { departementName } from '../../labels/geography';
import { flashState } from '../../components/FlashMessage';
import { useFocusFirstError } from '../../components/form-errors';

/** The API sends one need to 1 to 5 connecteurs. */
export const MAX_CONNECTEURS_PER_NEED = 5;

const PmeContactConnecteurQuery = graphql(`
  query PmeContactConnecteur($id: ID!) {
    connecteur(id: $id) {
      id
      displayName
      departementCode
      themes
      acceptsNewPmes
      isLabelled
    }
  }
`);

const PmeSendContactRequestMutation = graphql(`
  mutation PmeSendContactRequest($input: SendContactRequestInput!) {
    sendContactRequest(input: $input) {
      id
    }
  }
`);

/**
 * `/entreprise/demandes/nouvelle?connecteur=…` (up to 5): the company describes its need once; each connecteur
 * chosen receives its own request.
 */
export function ContactNewPage() {
  const [params, setParams] = useSearchParams();
  const connecteurIds = [...new Set(params.getAll('connecteur'))].slice(0, MAX_CONNECTEURS_PER_NEED);
  const navigate = useNavigate();
  const [send, { error, loading }] = useMutation(PmeSendContactRequestMutation);
  const [need, setNeed] = useState('');
  const [themes, setThemes] = useState<Theme[]>([]);
  const [needError, setNeedError] = useState<string>();
  const [contact, setContact] = useState({ name: '', email: '', phone: '' });
  // One key per form: sending again (a lost answer, a second click) answers the need the first send created.
  const [clientKey] = useState(newClientKey);

  const remove = (id: string) => {
    const next = new URLSearchParams(params);
    next.delete('connecteur');
    for (const other of connecteurIds) if (other !== id) next.append('connecteur', other);
    setParams(next, { replace: true });
  };

  const [refusals, setRefusals] = useState(0);
  const formRef = useFocusFirstError(refusals, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (need.trim().length < 10) {
      setNeedError('Décrivez votre besoin en quelques phrases (10 caractères au moins).');
      setRefusals((n) => n + 1);
      return;
    }
    setNeedError(undefined);
    const details = {
      name: contact.name.trim(),
      email: contact.email.trim() || null,
      phone: contact.phone.trim() || null,
    };
    const result = await send({
      input: {
        connecteurIds,
        need: need.trim(),
        themes,
        clientKey,
        ...(details.name ? { contact: details } : {}),
      },
    });
    if (result)
      void navigate(`/entreprise/demandes/${result.sendContactRequest.id}`, {
        state: flashState(
          connecteurIds.length > 1
            ? 'Votre demande a été envoyée aux connecteurs choisis : leurs réponses s’afficheront sur cette page.'
            : 'Votre demande a été envoyée au connecteur : sa réponse s’affichera sur cette page.',
        ),
      });
  };

  return (
    <>
      <PageHeading title="Contacter un connecteur" />
      {connecteurIds.length === 0 ? (
        <p>
          Choisissez d’abord un connecteur dans <Link to="/connecteurs">la recherche</Link>, puis « Contacter
          ce connecteur ».
        </p>
      ) : (
        <form ref={formRef} onSubmit={submit} aria-label="Demande de contact" noValidate>
          <h2 className="fr-h5">
            {connecteurIds.length > 1 ? 'Connecteurs destinataires' : 'Connecteur destinataire'}
          </h2>
          <ul>
            {connecteurIds.map((id) => (
              <ChosenConnecteur
                key={id}
                id={id}
                onRemove={connecteurIds.length > 1 ? () => remove(id) : undefined}
              />
            ))}
          </ul>
          {error && <ApiErrorAlert error={error} className="fr-mb-3w" />}
          <Input
            textArea
            label="Votre besoin"
            hintText="Ce que vous voulez faire, où vous en êtes, ce que vous attendez du connecteur"
            state={needError || error?.fieldMessage('input.need') ? 'error' : 'default'}
            stateRelatedMessage={needError ?? error?.fieldMessage('input.need')}
            nativeTextAreaProps={{ value: need, onChange: (e) => setNeed(e.target.value), rows: 6 }}
          />
          <Checkbox
            legend="Thèmes concernés (facultatif)"
            orientation="horizontal"
            small
            options={THEMES.map((theme) => ({
              label: themeLabels[theme],
              nativeInputProps: {
                name: 'theme',
                value: theme,
                checked: themes.includes(theme),
                onChange: (e) =>
                  setThemes((current) =>
                    e.target.checked ? [...current, theme] : current.filter((t) => t !== theme),
                  ),
              },
            }))}
          />
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">
              Vos coordonnées (facultatif)
              <span className="fr-hint-text">
                Montrées au connecteur une fois qu’il a pris en charge votre demande, jamais avant. Sans
                coordonnées, vous échangez par messages sur la demande.
              </span>
            </legend>
            <div className="fr-fieldset__element">
              <Input
                label="Nom de la personne à contacter"
                state={error?.fieldMessage('input.contact.name') ? 'error' : 'default'}
                stateRelatedMessage={error?.fieldMessage('input.contact.name')}
                nativeInputProps={{
                  value: contact.name,
                  autoComplete: 'name',
                  onChange: (e) => setContact({ ...contact, name: e.target.value }),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label="Adresse électronique"
                state={error?.fieldMessage('input.contact.email') ? 'error' : 'default'}
                stateRelatedMessage={error?.fieldMessage('input.contact.email')}
                nativeInputProps={{
                  type: 'email',
                  autoComplete: 'email',
                  value: contact.email,
                  onChange: (e) => setContact({ ...contact, email: e.target.value }),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label="Téléphone"
                state={error?.fieldMessage('input.contact.phone') ? 'error' : 'default'}
                stateRelatedMessage={error?.fieldMessage('input.contact.phone')}
                nativeInputProps={{
                  type: 'tel',
                  autoComplete: 'tel',
                  value: contact.phone,
                  onChange: (e) => setContact({ ...contact, phone: e.target.value }),
                }}
              />
            </div>
          </fieldset>
          <Button type="submit" disabled={loading} iconId="fr-icon-send-plane-line">
            Envoyer la demande
          </Button>
        </form>
      )}
    </>
  );
}

function ChosenConnecteur({ id, onRemove }: { id: string; onRemove: (() => void) | undefined }) {
  const { data, error } = useQuery(PmeContactConnecteurQuery, { id });
  const connecteur = data?.connecteur;
  return (
    <li>
      {error && <ApiErrorAlert error={error} />}
      {data && !connecteur && <span>Connecteur introuvable</span>}
      {connecteur && (
        <>
          <Link to={`/connecteurs/${connecteur.id}`}>{connecteur.displayName}</Link> —{' '}
          {departementName(connecteur.departementCode)}
          {!connecteur.acceptsNewPmes && (
            <strong className="fr-ml-1w">n’accepte pas de nouvelles entreprises pour le moment</strong>
          )}
        </>
      )}
      {onRemove && (
        <Button
          priority="tertiary no outline"
          size="small"
          type="button"
          onClick={onRemove}
          className="fr-ml-1w"
        >
          Retirer{connecteur ? ` ${connecteur.displayName}` : ''}
        </Button>
      )}
    </li>
  );
}
