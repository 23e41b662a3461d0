import type { Page, Position } from '../shared/pagination.js';
import { queryPage } from '../shared/query.js';
import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { newId } from '../shared/identifiers.js';
import { recordOf } from '../shared/table.js';
import type { TransactItems } from '../shared/transactions.js';
import type { ServedChangeRecord } from './served.js';

// Audit trail of connecteurs' areas (docs/data-model.md, "Connecteurs"): one partition per connecteur, newest last.
const AREA = (connecteurId: string) => `CONNAREA#${connecteurId}`;

export class ServedChangeStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The audit item of a change, for the transaction that makes it. */
  item(change: ServedChangeRecord): TransactItems[number] {
    return {
      Put: {
        TableName: this.tableName,
        Item: { PK: AREA(change.connecteurId), SK: `${change.at}#${newId()}`, ...change },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  /** A connecteur's area changes, newest first. */
  async ofConnecteur(
    connecteurId: string,
    limit: number,
    after?: Position,
  ): Promise<Page<ServedChangeRecord & { sk: string }>> {
    return queryPage(
      this.db,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': AREA(connecteurId) },
        ScanIndexForward: false,
      },
      { limit, startKey: after?.sk ? { PK: AREA(connecteurId), SK: after.sk } : undefined },
      (item) => ({
        ...recordOf<ServedChangeRecord>(item),
        sk: String(item.SK),
      }),
    );
  }
}
