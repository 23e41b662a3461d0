import type { AuthenticatedViewer } from '../shared/auth.js';
import type { TransactPart } from '../shared/transactions.js';
import type { ConnecteurRecord } from './records.js';

/**
 * What an attestation stands on, kept on the connecteur's profile item so another domain's transaction can check it
 * (docs/data-model.md, "Connecteurs"): the expiry of the label granted and not revoked, absent when there is none.
 * Validity is still computed from the clock (no job expires labels): the check compares with the write's instant.
 */
export const LABEL_EXPIRES_AT = 'labelExpiresAt';

export function labelGuardAttributes(c: ConnecteurRecord): Record<string, string> {
  const granted = c.labelHistory.find((r) => r.status === 'GRANTED' && r.expiresAt);
  return granted?.expiresAt ? { [LABEL_EXPIRES_AT]: granted.expiresAt } : {};
}

/** The ConditionCheck on the profile: labelled at `now` and linked to none of `sirens`. */
export function attestationStandsCondition(
  tableName: string,
  key: { PK: string; SK: string },
  sirens: readonly string[],
  now: Date,
  onConditionFailed: () => Error,
): TransactPart {
  const values: Record<string, unknown> = { ':now': now.toISOString() };
  sirens.forEach((siren, i) => (values[`:siren${i}`] = siren));
  const unlinked = sirens.map((_, i) => `NOT contains(capitalLinks, :siren${i})`).join(' AND ');
  return {
    item: {
      ConditionCheck: {
        TableName: tableName,
        Key: key,
        ConditionExpression: [
          'attribute_exists(PK)',
          `${LABEL_EXPIRES_AT} > :now`,
          ...(sirens.length ? [`(attribute_not_exists(capitalLinks) OR (${unlinked}))`] : []),
        ].join(' AND '),
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed,
  };
}

/** What undoes a connecteur's attestations of chèque numérique files. */
export type AttestationWithdrawalCause =
  { kind: 'CAPITAL_LINK'; providerSiren: string } | { kind: 'LABEL_REVOKED'; reason: string };

/** Withdraws the attestations a cause undoes (the subsidies domain does it, wired in graphql/attestation.ts). */
export type WithdrawAttestations = (
  viewer: AuthenticatedViewer,
  connecteurId: string,
  cause: AttestationWithdrawalCause,
) => Promise<void>;
