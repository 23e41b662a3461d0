import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../generated';
import type { SubsidyDeclarationTextFragment, SubsidyExpenseInput } from '../../../generated/graphql';
import { useMutation } from '../../api/hooks';
import { formatEuros } from '../../labels/money';
import { themeLabels } from '../../labels/connecteurs';
import { SubmissionError } from './SubmissionError';

const SubmitSubsidyFileMutation = graphql(`
  mutation SubmitSubsidyFile($id: ID!, $idempotencyKey: String!, $declaration: SubsidyDeclarationInput!) {
    submitSubsidyApplication(id: $id, idempotencyKey: $idempotencyKey, declaration: $declaration) {
      id
      status
    }
  }
`);

export type DepositFacts = {
  programName: string;
  projectSummary: string;
  expenses: readonly SubsidyExpenseInput[];
  /** The aid the applicant expects, when known. */
  expectedAidCents?: number;
  trustedThirdPartyName?: string;
  quoteCount?: number;
};

/**
 * Before a deposit: what is about to be sent, then the declaration on honour to tick; the deposit records the
 * version of the text signed. A refusal (not eligible, changed meanwhile) is shown here; `onDeposited` once done.
 */
export function DepositRecap({
  applicationId,
  declaration,
  facts,
  idempotencyKey,
  onDeposited,
  onCancel,
}: {
  applicationId: string;
  declaration: SubsidyDeclarationTextFragment['declaration'];
  facts: DepositFacts;
  /** One key per content deposited: a retry of the same content is the same deposit. */
  idempotencyKey: string;
  onDeposited: () => void;
  onCancel: () => void;
}) {
  const [accepted, setAccepted] = useState(false);
  const [missing, setMissing] = useState(false);
  const [submit, { loading, error }] = useMutation(SubmitSubsidyFileMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const total = facts.expenses.reduce((sum, e) => sum + e.amountCents, 0);

  const deposit = async () => {
    if (!accepted) return setMissing(true);
    const result = await submit({
      id: applicationId,
      idempotencyKey,
      declaration: { textVersion: declaration.version, accepted: true },
    });
    if (result) onDeposited();
  };

  return (
    <section aria-labelledby="deposit-recap-title" className="fr-mt-4w fr-p-3w fr-background-alt--grey">
      <h2 id="deposit-recap-title" className="fr-h4" tabIndex={-1} ref={heading}>
        Récapitulatif avant dépôt
      </h2>
      {error && <SubmissionError error={error} />}
      <dl>
        <dt>Programme</dt>
        <dd>{facts.programName}</dd>
        <dt>Projet</dt>
        <dd>{facts.projectSummary}</dd>
        <dt>Dépenses</dt>
        <dd>
          <ul>
            {facts.expenses.map((e, index) => (
              <li key={index}>
                {themeLabels[e.theme]} — {e.description} : {formatEuros(e.amountCents)} ({e.providerName},
                SIREN {e.providerSiren})
              </li>
            ))}
          </ul>
          Total : {formatEuros(total)}
        </dd>
        {facts.expectedAidCents !== undefined && (
          <>
            <dt>Aide attendue</dt>
            <dd>{formatEuros(facts.expectedAidCents)}</dd>
          </>
        )}
        <dt>Tiers de confiance</dt>
        <dd>{facts.trustedThirdPartyName ?? 'Aucun'}</dd>
        {facts.quoteCount !== undefined && (
          <>
            <dt>Devis joints</dt>
            <dd>{facts.quoteCount === 0 ? 'Aucun' : facts.quoteCount}</dd>
          </>
        )}
      </dl>
      <h3 className="fr-h6">Déclaration sur l’honneur</h3>
      <ul>
        {declaration.statements.map((statement) => (
          <li key={statement}>{statement}</li>
        ))}
      </ul>
      <Checkbox
        state={missing && !accepted ? 'error' : 'default'}
        stateRelatedMessage={
          missing && !accepted ? 'Cochez la déclaration sur l’honneur pour déposer le dossier.' : undefined
        }
        options={[
          {
            label: 'Je certifie sur l’honneur l’exactitude de ces déclarations.',
            nativeInputProps: { checked: accepted, onChange: (e) => setAccepted(e.target.checked) },
          },
        ]}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="button" disabled={loading} onClick={() => void deposit()}>
            Confirmer le dépôt
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" disabled={loading} onClick={onCancel}>
            Revenir au dossier
          </Button>
        </li>
      </ul>
    </section>
  );
}
