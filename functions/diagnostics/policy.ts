import type { Viewer } from '../shared/auth.js';
import type { DiagnosticRecord } from './records.js';

/** What the policy needs to know about the caller, looked up by the service only when the rule needs it. */
export type DiagnosticAccessFacts = {
  viewerCompanyId: () => Promise<string | undefined>;
  /** Whether the calling connecteur follows the company with its consent. */
  followsCompany: (companyId: string) => Promise<boolean>;
};

/**
 * Who may read a result. Unclaimed: whoever holds its unguessable id (that is how an anonymous taker reads it).
 * Claimed: the company's PME users, and the connecteurs the company consented to be followed by. Nobody else.
 */
export async function mayReadDiagnostic(
  d: Pick<DiagnosticRecord, 'companyId'>,
  viewer: Viewer,
  facts: DiagnosticAccessFacts,
): Promise<boolean> {
  if (!d.companyId) return true;
  if (viewer.kind === 'anonymous') return false;
  if (viewer.role === 'PME') return (await facts.viewerCompanyId()) === d.companyId;
  if (viewer.role === 'CONNECTEUR') return facts.followsCompany(d.companyId);
  return false;
}
