import type { WithdrawAttestations } from '../connecteurs/attestation-guard.js';
import type { SubsidyDeps } from '../subsidies/deps.js';
import { withdrawAttestations } from '../subsidies/attestation.js';
import type { Context, Services } from './context.js';

/**
 * The attestation of a chèque numérique file between two domains: the subsidy decisions carry the connecteurs'
 * guard on the attesting connecteur's profile (built by its store), and the connecteurs' acts that undo an
 * attestation (a capital link, a revoked label) withdraw it through the subsidies' own transition.
 */
export function attestationPeers(services: Services, context: () => Context) {
  const attestationGuard: SubsidyDeps['attestationGuard'] = (connecteurId, sirens, now, onConditionFailed) =>
    services.connecteurStore.attestationStandsGuard(connecteurId, sirens, now, onConditionFailed);
  const withdrawAttestationsOf: WithdrawAttestations = (viewer, connecteurId, cause) =>
    withdrawAttestations(context(), viewer, connecteurId, cause);
  return { attestationGuard, withdrawAttestations: withdrawAttestationsOf };
}

export type AttestationPeers = ReturnType<typeof attestationPeers>;
