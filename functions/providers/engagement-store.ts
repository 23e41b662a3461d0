import { type Page, type Position } from '../shared/pagination.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { writeContendedParts, type TransactPart } from '../shared/transactions.js';
import { conflict } from '../shared/errors.js';
import { getRecord, queryPage, queryRecords } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import type { EngagementRecord, RecommendationRecord } from './records.js';
import { splitCompositeId } from './positions.js';

// How engagements (a company declares a provider's service, the provider confirms it) and connecteurs' baskets of
// recommended providers are laid out in the table (docs/data-model.md, "Providers").
const engagementKey = (providerId: string, companyId: string) => ({
  PK: `PROV#${providerId}`,
  SK: `ENGAGE#${companyId}`,
});
const recommendationKey = (companyId: string, connecteurId: string) => ({
  PK: `CREC#${companyId}`,
  SK: `BY#${connecteurId}`,
});
const ENGAGEMENTS_FOR = (providerId: string) => `ENGAGEFOR#${providerId}`;
const ENGAGEMENTS_BY = (companyId: string) => `ENGAGEBY#${companyId}`;

export const engagementPosition = (e: EngagementRecord): Position => ({
  id: e.id,
  sk: `${e.declaredAt}#${e.companyId}`,
});

export class EngagementStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(providerId: string, companyId: string): Promise<EngagementRecord | undefined> {
    return getRecord<EngagementRecord>(this.db, this.tableName, engagementKey(providerId, companyId), false);
  }

  /** One declaration per company and provider. */
  async declare(e: EngagementRecord): Promise<void> {
    await writeContendedParts(this.db, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: {
              ...engagementKey(e.providerId, e.companyId),
              ...e,
              GSI1PK: ENGAGEMENTS_FOR(e.providerId),
              GSI1SK: `${e.declaredAt}#${e.companyId}`,
              GSI2PK: ENGAGEMENTS_BY(e.companyId),
              GSI2SK: `${e.declaredAt}#${e.providerId}`,
            },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () =>
          conflict('Votre entreprise a déjà déclaré une prestation de ce prestataire.'),
      },
    ]);
  }

  /** The provider confirms a declared engagement, once. */
  async confirm(e: EngagementRecord, at: string, bySub: string): Promise<EngagementRecord> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: engagementKey(e.providerId, e.companyId),
          UpdateExpression: 'SET #status = :confirmed, confirmedAt = :at, confirmedBySub = :by',
          ConditionExpression: '#status = :declared',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':confirmed': 'CONFIRMED',
            ':declared': 'DECLARED',
            ':at': at,
            ':by': bySub,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return recordOf<EngagementRecord>(Attributes!);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw conflict('Cette prestation est déjà confirmée.');
      throw error;
    }
  }

  /** Engagements declared with a provider, newest first. */
  async forProvider(providerId: string, limit: number, after?: Position): Promise<Page<EngagementRecord>> {
    const parts = after?.id ? splitCompositeId(after.id) : undefined;
    return queryPage<EngagementRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': ENGAGEMENTS_FOR(providerId) },
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: parts
          ? { ...engagementKey(...parts), GSI1PK: ENGAGEMENTS_FOR(providerId), GSI1SK: after?.sk ?? '' }
          : undefined,
      },
    );
  }

  /** Every engagement a company declared (GSI2 `ENGAGEBY#<companyId>`; a handful): its data export and erasure. */
  async ofCompany(companyId: string): Promise<EngagementRecord[]> {
    return queryRecords<EngagementRecord>(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': ENGAGEMENTS_BY(companyId) },
    });
  }

  /** Erases the declaring company's name, words and user (account deletion); the provider's confirmation stays. */
  erasurePart(e: EngagementRecord, erased: { companyName: string; description: string }): TransactPart {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: engagementKey(e.providerId, e.companyId),
          UpdateExpression: 'SET companyName = :name, description = :description REMOVE declaredBySub',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':name': erased.companyName, ':description': erased.description },
        },
      },
    };
  }
}

export class RecommendationStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Replaces the connecteur's basket for the company, in one transaction with the guards of the other domains. */
  async put(r: RecommendationRecord, guards: TransactPart[]): Promise<void> {
    await writeContendedParts(this.db, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...recommendationKey(r.companyId, r.connecteurId), ...r },
          },
        },
      },
      ...guards,
    ]);
  }

  /** Every basket for a company (one per connecteur that recommended, a handful). */
  async forCompany(companyId: string): Promise<RecommendationRecord[]> {
    return queryRecords<RecommendationRecord>(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :by)',
      ExpressionAttributeValues: { ':pk': `CREC#${companyId}`, ':by': 'BY#' },
    });
  }

  /** Erases the connecteur's note on a basket (account deletion of the company); the providers listed stay. */
  erasurePart(r: RecommendationRecord): TransactPart {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: recommendationKey(r.companyId, r.connecteurId),
          UpdateExpression: 'REMOVE note',
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
    };
  }

  async get(companyId: string, connecteurId: string): Promise<RecommendationRecord | undefined> {
    return getRecord<RecommendationRecord>(
      this.db,
      this.tableName,
      recommendationKey(companyId, connecteurId),
      false,
    );
  }
}
