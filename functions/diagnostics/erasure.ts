import { commitInChunks, ERASURE_PAGE, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import type { DiagnosticRecord } from './records.js';
import { diagnosticPosition, type DiagnosticStore } from './store.js';

/**
 * A company's diagnostics, for its account deletion: each is detached from the user who took it; its answers and
 * scores stay in the statistics (the peer aggregates do not move, so no counter is written).
 */
export function diagnosticErasure(diagnosticStore: DiagnosticStore): CompanyErasure<DiagnosticRecord> {
  const collect = (companyId: string) =>
    everyPage((after) => diagnosticStore.ofCompany(companyId, ERASURE_PAGE, after), diagnosticPosition);
  return {
    collect,
    async erase(companyId) {
      const diagnostics = await collect(companyId);
      await commitInChunks(
        (parts) => diagnosticStore.commit(parts),
        diagnostics
          .filter((d) => d.submittedBySub !== undefined)
          .map((d) => diagnosticStore.forgetSubmitterPart(d.id)),
      );
    },
  };
}
