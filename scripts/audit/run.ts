import { configFromEnv } from '../../functions/shared/config.js';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { auditInvariants, type AuditReport } from './invariants.js';

/** Prints the audit: what was checked, then each drift (or none). */
export function printReport(report: AuditReport, out: (line: string) => void = console.log) {
  out(`Reconciliation audit (${report.requests} DynamoDB requests, Query and BatchGetItem only)`);
  for (const [check, n] of Object.entries(report.checked)) out(`  ${check}: ${n} checked`);
  if (!report.drifts.length) return out('No drift.');
  out(`${report.drifts.length} drift(s):`);
  for (const d of report.drifts)
    out(`  DRIFT ${d.check} · ${d.subject} · ${d.counter}: stored ${d.stored}, recomputed ${d.recomputed}`);
}

// npm run audit:invariants — against TABLE_NAME at DYNAMODB_ENDPOINT (DynamoDB Local), or on AWS with the
// ambient credentials (CC_ENV=aws is not needed: only the table name and region are read).
if (import.meta.url === `file://${process.argv[1]}`) {
  const config = configFromEnv();
  const db = createDocumentClient(config);
  const report = await auditInvariants(db, config.tableName);
  printReport(report);
  db.destroy();
  process.exitCode = report.drifts.length ? 1 : 0;
}
