import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CompanyStore } from './store.js';

/** The token subjects of a company's members: who is told what concerns the company (notifications). */
export const companyMemberSubs = (db: DynamoDBDocumentClient, tableName: string, companyId: string) =>
  new CompanyStore(db, tableName).memberSubs(companyId);

/**
 * The membership a `MEMBER#<sub>` item holds and the index entry it should carry: a migration (scripts/) gives it to
 * memberships written before the index existed.
 */
export const membersIndexEntry = (item: Record<string, unknown>) => ({
  key: { PK: item.PK, SK: item.SK },
  companyId: String(item.companyId),
  entry: { GSI3PK: `COMPANYMEMBERS#${String(item.companyId)}`, GSI3SK: String(item.sub) },
});
