import { ERASURE_PAGE, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import { inTransactions } from '../shared/transactions.js';
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
      await inTransactions(
        diagnostics
          .filter((d) => d.submittedBySub !== undefined)
          .map((d) => diagnosticStore.forgetSubmitterPart(d.id)),
        (parts) => diagnosticStore.commit(parts),
      );
    },
  };
}
