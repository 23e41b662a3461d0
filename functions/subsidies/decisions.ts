import { parseInput } from '../shared/validation.js';
import { parisYear } from '../shared/paris-time.js';
import { type SubsidyDeps } from './deps.js';
import { evaluateApplication, providerSirensToCheck } from './evaluation.js';
import { providerRegionsOf } from './reads.js';
import { decisionArgs, expectedVersion, reason as reasonSchema } from './inputs.js';
import { attestationGuardFor, explainingAttestation } from './attestation.js';

import { notEligible } from './evaluation.js';
import { companyOf } from './service.js';
import { fire, type ReadState } from './transition.js';

export async function startReview(deps: SubsidyDeps, id: string, rawExpectedVersion: unknown) {
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, { id, event: 'START_REVIEW', expectedVersion: version, change: () => ({}) });
}

export async function requestCorrection(
  deps: SubsidyDeps,
  id: string,
  rawMessage: unknown,
  rawExpectedVersion: unknown,
) {
  const message = parseInput(reasonSchema('Message'), rawMessage, ['message']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, {
    id,
    event: 'REQUEST_CORRECTION',
    expectedVersion: version,
    reason: message,
    // The submission answered is over: submitting again needs a new key.
    change: () => ({ submissionKey: undefined }),
  });
}

/**
 * ACCEPT grants the aid computed now (rules rechecked with the facts declared at submission, the company's cap with
 * its other files' aid) and commits it against the envelope in the decision's transaction; REJECT and CLOSE need a
 * reason.
 */
export async function decideApplication(deps: SubsidyDeps, id: string, rawArgs: unknown) {
  const args = parseInput(
    decisionArgs.refine((a) => a.decision === 'ACCEPT' || a.reason !== undefined, {
      message: 'Un motif est obligatoire pour refuser ou classer sans suite.',
      path: ['reason'],
    }),
    rawArgs,
  );
  const at = deps.now.toISOString();
  const intro = 'Acceptation impossible';
  return explainingAttestation(deps, id, intro, () =>
    fire(deps, {
      id,
      event: args.decision,
      expectedVersion: args.expectedVersion,
      ...(args.reason ? { reason: args.reason } : {}),
      // The attestation must still stand now (refused before writing), and the transaction checks it again.
      ...(args.decision === 'ACCEPT'
        ? {
            attestationGuard: ({ app, program }: ReadState) => attestationGuardFor(deps, app, program, intro),
          }
        : {}),
      change: async ({ app, program, usage, companyCap }) => {
        if (args.decision !== 'ACCEPT') return { decidedAt: at };
        const company = app.companySnapshot ?? (await companyOf(deps, app));
        const providerRegions = await providerRegionsOf(deps, providerSirensToCheck(app, program));
        const eligibility = evaluateApplication(
          app,
          program,
          company,
          usage,
          deps.now,
          providerRegions,
          companyCap,
        );
        if (!eligibility.eligible) throw notEligible(eligibility, 'Acceptation impossible');
        return {
          decidedAt: at,
          decidedYear: parisYear(deps.now),
          grantedAidCents: eligibility.aid.aidCents,
          grantedRateBasisPoints: program.aidRateBasisPoints,
        };
      },
    }),
  );
}

/** Back under review; an accepted file's commitment is released by the same transaction. */
export async function reopenApplication(
  deps: SubsidyDeps,
  id: string,
  rawReason: unknown,
  rawExpectedVersion: unknown,
) {
  const reason = parseInput(reasonSchema('Motif'), rawReason, ['reason']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, {
    id,
    event: 'REOPEN',
    expectedVersion: version,
    reason,
    change: () => ({
      decidedAt: undefined,
      decidedYear: undefined,
      grantedAidCents: undefined,
      grantedRateBasisPoints: undefined,
    }),
  });
}
