import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getRecord } from '../shared/query.js';
import type { TransactItems } from '../shared/transactions.js';
import { applicationKey, noteMarkerKey, trailKey } from './keys.js';
import type { NoteRecord, SubsidyApplicationRecord } from './records.js';
import { transactGuarded, type Guard } from './write-guards.js';

/** A file's messages and private annotations, numbered in its partition (docs/data-model.md). */
export class SubsidyNoteStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * A message or an annotation, number count + 1: the file's counter moves under the count read (guard NOTE), so two
   * writers never take the same number. The file's version is left alone: notes do not make agents' reads stale.
   * With a client key (`keyed`), its marker is put in the same transaction: a second write of the key fails on it
   * (guard IDEMPOTENCY, which wins over NOTE) and the service answers the first note (`keyedNote`).
   */
  async addNote(
    application: SubsidyApplicationRecord,
    kind: 'MSG' | 'NOTE',
    note: NoteRecord,
    keyed?: string,
  ): Promise<void> {
    const counter = kind === 'MSG' ? 'messageCount' : 'annotationCount';
    const marker: TransactItems = keyed
      ? [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...noteMarkerKey(application.id, kind, keyed), seq: note.seq },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ]
      : [];
    await transactGuarded(
      this.db,
      [
        {
          Update: {
            TableName: this.tableName,
            Key: applicationKey(application.id),
            UpdateExpression: 'SET #counter = :next',
            ConditionExpression: '#counter = :read',
            ExpressionAttributeNames: { '#counter': counter },
            ExpressionAttributeValues: { ':next': note.seq, ':read': note.seq - 1 },
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...trailKey(application.id, kind, note.seq), ...note },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        ...marker,
      ],
      ['NOTE', 'NOTE', ...marker.map((): Guard => 'IDEMPOTENCY')],
    );
  }

  /** The note a client key already wrote on this file, if any (strongly consistent: read after a lost race). */
  async keyedNote(
    applicationId: string,
    kind: 'MSG' | 'NOTE',
    keyed: string,
  ): Promise<NoteRecord | undefined> {
    const marker = await getRecord<{ seq: number }>(
      this.db,
      this.tableName,
      noteMarkerKey(applicationId, kind, keyed),
      true,
    );
    if (!marker) return undefined;
    return getRecord<NoteRecord>(this.db, this.tableName, trailKey(applicationId, kind, marker.seq), true);
  }
}
