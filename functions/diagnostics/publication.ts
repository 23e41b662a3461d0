import { MIN_CONTRIBUTORS } from '../shared/disclosure.js';
import type { DiagnosticStore } from './store.js';

/**
 * The scheduled refresh of the peer comparison (issue #11). Submissions keep updating the running aggregates; readers
 * see published snapshots only. A group's snapshot is replaced once at least MIN_CONTRIBUTORS changes have reached
 * its running aggregate since the last publication, so the difference between two snapshots always mixes that many
 * submissions and never isolates one; while a snapshot is too small to show its members anything, it follows the
 * running aggregate at every refresh. The groups come from a registry (GSI2), not from a Scan.
 */
export async function publishPeerAggregates(deps: {
  diagnosticStore: DiagnosticStore;
  now: Date;
}): Promise<{ groups: number; published: number }> {
  const { raw, published } = await deps.diagnosticStore.allGroups();
  const due = [...raw.entries()]
    .filter(([id, item]) => {
      const last = published.get(id);
      // A snapshot of at most MIN_CONTRIBUTORS diagnostics showed its members nothing (they see the others only):
      // replacing it discloses no difference to them.
      if (!last || last.contributors <= MIN_CONTRIBUTORS) return true;
      return Number(item.rev ?? 0) - last.revision >= MIN_CONTRIBUTORS;
    })
    .map(([, item]) => item);
  await deps.diagnosticStore.publish(due, deps.now);
  return { groups: raw.size, published: due.length };
}
