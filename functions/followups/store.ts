import { SpentClientKey } from '../shared/client-keys.js';
import type { Page, Position } from '../shared/pagination.js';
import { getRecord, queryPage, queryRecords } from '../shared/query.js';
import { noticeParts, type Notices, type ReminderGuard } from '../shared/reminders.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetRecords } from '../shared/batch.js';
import { conflict } from '../shared/errors.js';
import { StaleRead } from '../shared/retry.js';
import { writeParts, type TransactPart } from '../shared/transactions.js';
import { isLead } from './due.js';
import { countLeadsRead } from './leads-guard.js';
import type { CompanyWorkspaceRecord, FollowRecord, MeetingNoteRecord } from './records.js';

// The only file that knows how follow-ups are laid out in the table (docs/data-model.md, "Follow-ups").
const followKey = (companyId: string, connecteurId: string) => ({
  PK: `CFOLLOW#${companyId}`,
  SK: `FOLLOWER#${connecteurId}`,
});
const noteKey = (n: Pick<MeetingNoteRecord, 'companyId' | 'connecteurId' | 'meetingOn' | 'id'>) => ({
  PK: `CFOLLOW#${n.companyId}`,
  SK: `NOTE#${n.connecteurId}#${n.meetingOn}#${n.id}`,
});
/** Marks a note written with a client key (its id, keyed): a second write of the key, even on another day, fails. */
const noteMarkerKey = (companyId: string, connecteurId: string, noteId: string) => ({
  PK: `CFOLLOW#${companyId}`,
  SK: `NOTEKEY#${connecteurId}#${noteId}`,
});
const workspaceKey = (companyId: string) => ({ PK: `CWORK#${companyId}`, SK: 'STATE' });
const FOLLOWING = (connecteurId: string) => `FOLLOWING#${connecteurId}`;
const LEADS = (departementCode: string) => `LEADS#${departementCode}`;

export const followId = (f: Pick<FollowRecord, 'companyId' | 'connecteurId'>) =>
  `${f.companyId}|${f.connecteurId}`;

function followItem(f: FollowRecord) {
  return {
    ...followKey(f.companyId, f.connecteurId),
    ...f,
    // Sparse index: a connecteur lists only the follows the company consented to and has not revoked.
    ...(f.status === 'ACTIVE'
      ? { GSI2PK: FOLLOWING(f.connecteurId), GSI2SK: `${f.acceptedAt}#${f.companyId}` }
      : {}),
  };
}

function workspaceItem(w: CompanyWorkspaceRecord) {
  return {
    ...workspaceKey(w.companyId),
    ...w,
    // Sparse index: only leads (consent, a diagnostic, no connecteur) are listed for their département.
    ...(isLead(w)
      ? { GSI3PK: LEADS(w.departementCode), GSI3SK: `${w.latestDiagnostic!.submittedAt}#${w.companyId}` }
      : {}),
  };
}

export class FollowupStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Runs parts contributed by several stores as one transaction. */
  commit(parts: TransactPart[]): Promise<void> {
    return writeParts(this.db, parts);
  }

  // ——— company workspace ———

  /** A company's workspace state. */
  async workspace(companyId: string): Promise<CompanyWorkspaceRecord | undefined> {
    return getRecord<CompanyWorkspaceRecord>(this.db, this.tableName, workspaceKey(companyId), false);
  }

  /** Workspaces by company ids (DataLoader batch). */
  async workspaces(companyIds: readonly string[]): Promise<CompanyWorkspaceRecord[]> {
    return batchGetRecords<CompanyWorkspaceRecord>(this.db, this.tableName, companyIds.map(workspaceKey));
  }

  /** Replaces the workspace read at `previousVersion` (0: not stored yet); a concurrent change is a StaleRead. */
  workspacePart(next: CompanyWorkspaceRecord, previousVersion: number): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: workspaceItem({ ...next, version: previousVersion + 1 }),
          ConditionExpression: previousVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :version',
          ...(previousVersion === 0 ? {} : { ExpressionAttributeValues: { ':version': previousVersion } }),
        },
      },
      onConditionFailed: () => new StaleRead('company workspace'),
    };
  }

  /** Counts one read of leads by a connecteur, RATE_LIMITED past the hourly allowance. */
  countLeadsRead(connecteurId: string, now: Date): Promise<void> {
    return countLeadsRead(this.db, this.tableName, connecteurId, now);
  }

  /** Leads of a département, newest diagnostic first. */
  async leads(
    departementCode: string,
    limit: number,
    after?: Position,
  ): Promise<Page<CompanyWorkspaceRecord>> {
    return queryPage<CompanyWorkspaceRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk',
        ExpressionAttributeValues: { ':pk': LEADS(departementCode) },
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.id
          ? { ...workspaceKey(after.id), GSI3PK: LEADS(departementCode), GSI3SK: after.sk ?? '' }
          : undefined,
      },
    );
  }

  // ——— follows ———

  /** The follow of one company by one connecteur (`consistent`: as last written, for a retry's answer). */
  async follow(
    companyId: string,
    connecteurId: string,
    consistent = false,
  ): Promise<FollowRecord | undefined> {
    return getRecord<FollowRecord>(this.db, this.tableName, followKey(companyId, connecteurId), consistent);
  }

  /** Follows by `companyId|connecteurId` ids (DataLoader batch). */
  async follows(ids: readonly string[]): Promise<FollowRecord[]> {
    const keys = ids.map((id) => {
      const at = id.lastIndexOf('|');
      return followKey(id.slice(0, at), id.slice(at + 1));
    });
    return batchGetRecords<FollowRecord>(this.db, this.tableName, keys);
  }

  /** Every follow of a company, whatever its status (a handful). */
  async followsOfCompany(companyId: string): Promise<FollowRecord[]> {
    return queryRecords<FollowRecord>(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :follower)',
      ExpressionAttributeValues: { ':pk': `CFOLLOW#${companyId}`, ':follower': 'FOLLOWER#' },
    });
  }

  /** The notifications and reminders of a change, in its transaction. */
  noticeParts(notices: Notices, at: string): TransactPart[] {
    return noticeParts(notices, { tableName: this.tableName, at });
  }

  /** The six-month reminder stands while the follow is active, its plan the same, and no meeting was noted since. */
  followUpGuard(f: FollowRecord, windowOpens: string): ReminderGuard {
    return {
      key: followKey(f.companyId, f.connecteurId),
      condition:
        '#status = :active AND actionPlanStartedAt = :started AND (attribute_not_exists(lastMeetingOn) OR lastMeetingOn < :window)',
      names: { '#status': 'status' },
      values: { ':active': 'ACTIVE', ':started': f.actionPlanStartedAt, ':window': windowOpens },
    };
  }

  /** Writes a follow read at `previous.version` (undefined: a first proposal). */
  followPart(next: FollowRecord, previous: FollowRecord | undefined): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: followItem(next),
          ConditionExpression: previous ? 'version = :version' : 'attribute_not_exists(PK)',
          ...(previous ? { ExpressionAttributeValues: { ':version': previous.version } } : {}),
        },
      },
      onConditionFailed: () =>
        conflict('Ce suivi a été modifié entre-temps par quelqu’un d’autre : rechargez-le puis réessayez.'),
    };
  }

  /** Guards a write of another domain on the follow still being ACTIVE (the company has not withdrawn consent). */
  activeFollowGuard(companyId: string, connecteurId: string, onConditionFailed: () => Error): TransactPart {
    return {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: followKey(companyId, connecteurId),
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':active': 'ACTIVE' },
        },
      },
      onConditionFailed,
    };
  }

  /** Companies a connecteur follows with consent, most recently accepted first. */
  async followedBy(connecteurId: string, limit: number, after?: Position): Promise<Page<FollowRecord>> {
    return queryPage<FollowRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pk',
        ExpressionAttributeValues: { ':pk': FOLLOWING(connecteurId) },
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.id
          ? { ...followKey(after.id, connecteurId), GSI2PK: FOLLOWING(connecteurId), GSI2SK: after.sk ?? '' }
          : undefined,
      },
    );
  }

  // ——— meeting notes ———

  /**
   * A new note and, with a client key (`keyed`: its id is the keyed id), its marker: a second write of the same key
   * fails as SpentClientKey, whatever meeting day it names.
   */
  noteParts(note: MeetingNoteRecord, keyed: boolean): TransactPart[] {
    const put = (Item: Record<string, unknown>): TransactPart => ({
      item: { Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } },
      ...(keyed ? { onConditionFailed: () => new SpentClientKey() } : {}),
    });
    return [
      ...(keyed
        ? [put({ ...noteMarkerKey(note.companyId, note.connecteurId, note.id), meetingOn: note.meetingOn })]
        : []),
      put({ ...noteKey(note), ...note }),
    ];
  }

  /** The note a client key already wrote, if any. */
  async keyedNote(
    companyId: string,
    connecteurId: string,
    noteId: string,
  ): Promise<MeetingNoteRecord | undefined> {
    const marker = await getRecord<{ meetingOn: string }>(
      this.db,
      this.tableName,
      noteMarkerKey(companyId, connecteurId, noteId),
      true,
    );
    if (!marker) return undefined;
    return getRecord<MeetingNoteRecord>(
      this.db,
      this.tableName,
      noteKey({ companyId, connecteurId, meetingOn: marker.meetingOn, id: noteId }),
      true,
    );
  }

  /** Rewrites a meeting note that must still exist (account deletion erases its text). */
  noteRewritePart(note: MeetingNoteRecord): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: { ...noteKey(note), ...note },
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
    };
  }

  /** A connecteur's notes on a company, latest meeting first; `sharedOnly` for the company's own users. */
  async notes(
    companyId: string,
    connecteurId: string,
    sharedOnly: boolean,
    limit: number,
    after?: Position,
  ): Promise<Page<MeetingNoteRecord>> {
    // Filtered reads skip items: read on until the page is full or the notes exhausted.
    return queryPage<MeetingNoteRecord>(
      this.db,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :notes)',
        ...(sharedOnly
          ? { FilterExpression: '#shared = :true', ExpressionAttributeNames: { '#shared': 'shared' } }
          : {}),
        ExpressionAttributeValues: {
          ':pk': `CFOLLOW#${companyId}`,
          ':notes': `NOTE#${connecteurId}#`,
          ...(sharedOnly ? { ':true': true } : {}),
        },
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.sk ? { PK: `CFOLLOW#${companyId}`, SK: after.sk } : undefined,
        readAhead: sharedOnly ? 3 : 1,
      },
    );
  }
}

export const notePosition = (n: MeetingNoteRecord): Position => ({ sk: noteKey(n).SK });
export const followPosition = (f: FollowRecord): Position => ({
  id: f.companyId,
  sk: `${f.acceptedAt}#${f.companyId}`,
});
export const leadPosition = (w: CompanyWorkspaceRecord): Position => ({
  id: w.companyId,
  sk: `${w.latestDiagnostic?.submittedAt}#${w.companyId}`,
});
