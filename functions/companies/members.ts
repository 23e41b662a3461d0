import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CompanyStore } from './store.js';

/** The token subjects of a company's members: who is told what concerns the company (notifications). */
export const companyMemberSubs = (db: DynamoDBDocumentClient, tableName: string, companyId: string) =>
  new CompanyStore(db, tableName).memberSubs(companyId);

/** Completes the members index of memberships written before it existed (a one-off migration; Scan). */
export const backfillCompanyMembersIndex = (db: DynamoDBDocumentClient, tableName: string) =>
  new CompanyStore(db, tableName).backfillMembersIndex();
