import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

const ConnecteurFollowStateQuery = graphql(`
  query ConnecteurFollowState($companyId: ID!) {
    followedCompany(companyId: $companyId) {
      id
    }
  }
`);

const ConnecteurProposeFollowFromRequestMutation = graphql(`
  mutation ConnecteurProposeFollowFromRequest($companyId: ID!, $message: String) {
    proposeFollow(companyId: $companyId, message: $message) {
      id
      status
    }
  }
`);

/**
 * On a request: the link to the company's follow-up when it consented to it; otherwise the offer to propose one
 * (a company that wrote to the connecteur may be proposed a follow), instead of a page that would say "Accès refusé".
 */
export function FollowOffer({ companyId, companyName }: { companyId: string; companyName: string }) {
  const state = useQuery(ConnecteurFollowStateQuery, { companyId });
  const [propose, proposing] = useMutation(ConnecteurProposeFollowFromRequestMutation);
  const [message, setMessage] = useState('');
  const [proposed, setProposed] = useState(false);

  if (state.loading && !state.data) return null;
  if (state.data?.followedCompany)
    return (
      <p>
        <Link to={`/connecteur/entreprises/${companyId}`}>Voir le suivi de l’entreprise</Link>
      </p>
    );
  // Not followed with consent (FORBIDDEN, without saying whether proposed, declined or revoked): offer to propose.
  if (state.error && state.error.code !== 'FORBIDDEN') return <ApiErrorAlert error={state.error} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await propose({ companyId, message: message.trim() || null })) setProposed(true);
  };
  if (proposed)
    return (
      <p role="status">
        Suivi proposé à {companyName} : l’entreprise l’accepte ou le refuse depuis son espace.
      </p>
    );
  return (
    <form onSubmit={submit} aria-label="Proposer un suivi" className="fr-mb-3w">
      <p>{companyName} n’a pas (encore) accepté de suivi de votre part.</p>
      <Input
        label="Message avec la proposition (facultatif)"
        nativeInputProps={{ value: message, onChange: (e) => setMessage(e.target.value), maxLength: 2000 }}
      />
      {proposing.error && <ApiErrorAlert error={proposing.error} className="fr-mb-2w" />}
      <Button type="submit" priority="secondary" disabled={proposing.loading}>
        Proposer un suivi à l’entreprise
      </Button>
    </form>
  );
}
