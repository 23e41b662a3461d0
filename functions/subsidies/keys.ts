import type { ReminderGuard } from '../shared/reminders.js';
import type { TransactItems } from '../shared/transactions.js';
import {
  SUBSIDY_STATUSES,
  type CompanyUsageRecord,
  type HistoryEntryRecord,
  type LedgerDelta,
  type SubsidyApplicationRecord,
  type SubsidyLedgerRecord,
  type SubsidyProgramRecord,
  type SubsidyStatus,
} from './records.js';
import { OPEN_STATUSES } from './workflow.js';

// The only file that knows how the chèque numérique is laid out in the table (docs/data-model.md,
// "Companies and chèque numérique").
export const programKey = (id: string) => ({ PK: `SUBPROG#${id}`, SK: 'RULES' });
export const ledgerKey = (programId: string) => ({ PK: `SUBPROG#${programId}`, SK: 'LEDGER' });
export const usageKey = (programId: string, companyId: string) => ({
  PK: `SUBPROG#${programId}`,
  SK: `USAGE#${companyId}`,
});
export const applicationKey = (id: string) => ({ PK: `SUBAPP#${id}`, SK: 'APP' });
export const seq = (n: number) => String(n).padStart(6, '0');
export const TRAIL_PREFIX = { HIST: 'HIST#', MSG: 'MSG#', NOTE: 'NOTE#' } as const;
export type TrailKind = keyof typeof TRAIL_PREFIX;
export const trailKey = (applicationId: string, kind: TrailKind, n: number) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `${TRAIL_PREFIX[kind]}${seq(n)}`,
});
/** A message or annotation written with a client key: holds its number, so a retry answers it (notes.ts). */
export const noteMarkerKey = (applicationId: string, kind: 'MSG' | 'NOTE', keyed: string) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `${kind}KEY#${keyed}`,
});
export const idempotencyKey = (applicationId: string, key: string) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `SUBMIT#${key}`,
});

// Index partitions (access patterns).
export const ALL_PROGRAMS = 'SUBPROG#ALL';
export const companyFiles = (companyId: string) => `SUBAPP#COMPANY#${companyId}`;
/** A file naming a connecteur as trusted third party: one item in the connecteur's partition, newest file last. */
export const attestationLinkKey = (
  connecteurId: string,
  a: Pick<SubsidyApplicationRecord, 'id' | 'createdAt'>,
) => ({
  PK: `SUBATTEST#${connecteurId}`,
  SK: `${a.createdAt}#${a.id}`,
});
/** A file attested by a connecteur and still open (before the decision): what a withdrawal goes through. */
export const attestedFileKey = (connecteurId: string, applicationId: string) => ({
  PK: `SUBATTESTED#${connecteurId}`,
  SK: applicationId,
});
export const attestedOpen = (a: SubsidyApplicationRecord | undefined) =>
  a?.attestedBy && OPEN_STATUSES.includes(a.status) ? a.attestedBy : undefined;
export const regionFiles = (regionCode: string) => `SUBAPP#REGION#${regionCode}`;
export const regionStatusFiles = (regionCode: string, status: SubsidyStatus) =>
  `SUBAPP#REGION#${regionCode}#${status}`;

export function programItem(p: SubsidyProgramRecord) {
  return { ...programKey(p.id), GSI2PK: ALL_PROGRAMS, GSI2SK: `${p.regionCode}#${p.opensAt}#${p.id}`, ...p };
}

/** Sort key of a file in its lists: newest change first, the id making it unique (and the cursor position). */
export const applicationPosition = (a: Pick<SubsidyApplicationRecord, 'updatedAt' | 'id'>) =>
  `${a.updatedAt}#${a.id}`;

/** The index entries of a file: its company's list always; its region's lists once submitted. */
export function applicationIndexKeys(a: SubsidyApplicationRecord): Record<string, string> {
  const position = applicationPosition(a);
  return {
    GSI2PK: companyFiles(a.companyId),
    GSI2SK: position,
    ...(a.status !== 'DRAFT'
      ? {
          GSI3PK: regionFiles(a.regionCode),
          GSI3SK: position,
          GSI1PK: regionStatusFiles(a.regionCode, a.status),
          GSI1SK: position,
        }
      : {}),
  };
}

/** Items as the writes below put them (also bulk loads of generated data). */
export const ledgerItem = (l: SubsidyLedgerRecord) => ({ ...ledgerKey(l.programId), ...l });
export const applicationItem = (a: SubsidyApplicationRecord) => ({
  ...applicationKey(a.id),
  ...applicationIndexKeys(a),
  ...a,
});
export const historyItem = (h: HistoryEntryRecord) => ({
  ...trailKey(h.applicationId, 'HIST', h.version),
  ...h,
});
export const usageItem = (u: CompanyUsageRecord) => ({ ...usageKey(u.programId, u.companyId), ...u });

/** A new programme's ledger: the whole envelope remaining, every counter at 0. */
export function emptyLedger(program: SubsidyProgramRecord): SubsidyLedgerRecord {
  return {
    programId: program.id,
    regionCode: program.regionCode,
    envelopeCents: program.envelopeCents,
    committedCents: 0,
    paidCents: 0,
    remainingCents: program.envelopeCents,
    applicantCompanies: 0,
    fundedCompanies: 0,
    followUpResponses: 0,
    followUpBenefitCount: 0,
    followUpRevenueChangePercentSum: 0,
    followUpEmployeesChangeSum: 0,
    followUpSatisfactionSum: 0,
    ...(Object.fromEntries(SUBSIDY_STATUSES.map((s) => [`count${s}`, 0])) as Record<
      `count${SubsidyStatus}`,
      0
    >),
  };
}

/** Attributes of a file that its own writes manage (messages, annotations, follow-up): transitions leave them. */
export const SEPARATELY_WRITTEN = new Set([
  'id',
  'messageCount',
  'annotationCount',
  'documentCount',
  'followUp',
]);

export function setAndRemove(set: Record<string, unknown>, remove: string[]) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(set).map(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const removes = remove.map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  return {
    UpdateExpression: [`SET ${sets.join(', ')}`, removes.length ? `REMOVE ${removes.join(', ')}` : '']
      .join(' ')
      .trim(),
    names,
    values,
  };
}

export function addExpression(delta: LedgerDelta) {
  const entries = Object.entries(delta).filter(([, v]) => v !== 0);
  return {
    expression: entries.length ? `ADD ${entries.map((_, i) => `#a${i} :a${i}`).join(', ')}` : '',
    names: Object.fromEntries(entries.map(([name], i) => [`#a${i}`, name])),
    values: Object.fromEntries(entries.map(([, value], i) => [`:a${i}`, value])),
  };
}

/** Moves the file's link to the connecteur it names as trusted third party, when that changes. */
export function attestationLinkChanges(
  tableName: string,
  previous: SubsidyApplicationRecord | undefined,
  next: SubsidyApplicationRecord,
): TransactItems {
  if (previous?.trustedThirdPartyId === next.trustedThirdPartyId) return [];
  return [
    ...(previous?.trustedThirdPartyId
      ? [
          {
            Delete: {
              TableName: tableName,
              Key: attestationLinkKey(previous.trustedThirdPartyId, previous),
            },
          },
        ]
      : []),
    ...(next.trustedThirdPartyId
      ? [
          {
            Put: {
              TableName: tableName,
              Item: { ...attestationLinkKey(next.trustedThirdPartyId, next), applicationId: next.id },
            },
          },
        ]
      : []),
  ];
}

/** Keeps the connecteur's list of open attested files in line with the file (attested and before the decision). */
export function attestedFileChanges(
  tableName: string,
  previous: SubsidyApplicationRecord,
  next: SubsidyApplicationRecord,
): TransactItems {
  const before = attestedOpen(previous);
  const after = attestedOpen(next);
  if (before === after) return [];
  return [
    ...(before ? [{ Delete: { TableName: tableName, Key: attestedFileKey(before, previous.id) } }] : []),
    ...(after
      ? [
          {
            Put: {
              TableName: tableName,
              Item: { ...attestedFileKey(after, next.id), applicationId: next.id },
            },
          },
        ]
      : []),
  ];
}

/** A file still waiting for a decision since the same submission (the agents' reminder stands). */
export function waitingGuard(next: SubsidyApplicationRecord): ReminderGuard {
  return {
    key: applicationKey(next.id),
    condition: '#status IN (:submitted, :review) AND submittedAt = :at',
    names: { '#status': 'status' },
    values: { ':submitted': 'SUBMITTED', ':review': 'UNDER_REVIEW', ':at': next.submittedAt },
  };
}

/** A paid file whose one-year survey is not answered (the company's reminder stands). */
export function surveyOpenGuard(next: SubsidyApplicationRecord): ReminderGuard {
  return {
    key: applicationKey(next.id),
    condition: '#status = :paid AND attribute_not_exists(followUp)',
    names: { '#status': 'status' },
    values: { ':paid': 'PAID' },
  };
}
