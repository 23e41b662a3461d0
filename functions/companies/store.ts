import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem } from '../shared/reads.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { batchGetRecords } from '../shared/batch.js';
import { getRecord, queryAll } from '../shared/query.js';
import { conflict, staleVersion } from '../shared/errors.js';
import { StaleRead } from '../shared/retry.js';
import { partsOf, writeTransaction, type TransactPart } from '../shared/transactions.js';
import type { CompanyRecord, MembershipRecord } from './records.js';

// The only file that knows how companies are laid out in the table (docs/data-model.md, "Companies").
const companyKey = (id: string) => ({ PK: `COMPANY#${id}`, SK: 'PROFILE' });
const membershipKey = (sub: string) => ({ PK: `MEMBER#${sub}`, SK: 'COMPANY' });
/** A membership item as written: its key, the record, and its entry in the company's members (GSI3). */
const membershipItem = (membership: MembershipRecord) => ({
  ...membershipKey(membership.sub),
  ...membership,
  ...membersIndex(membership),
});
/** The members of a company, for its notifications (GSI3 `COMPANYMEMBERS#<companyId>`). */
const membersIndex = (membership: MembershipRecord) => ({
  GSI3PK: `COMPANYMEMBERS#${membership.companyId}`,
  GSI3SK: membership.sub,
});
/** The live company of a SIREN: present from registration to the account's deletion. */
const sirenKey = (siren: string) => ({ PK: `SIREN#${siren}`, SK: 'COMPANY' });

/** The items of a company, its SIREN claim and its first member, as `register` writes them (also bulk loads). */
export const companyItems = (company: CompanyRecord, membership: MembershipRecord) => [
  { ...companyKey(company.id), ...company },
  { ...sirenKey(company.siren), companyId: company.id, claimedAt: company.createdAt },
  membershipItem(membership),
];

/** Who the membership item may replace: nobody, or the member's stale link to a company since deleted. */
const membershipCondition = (staleCompanyId: string | undefined) =>
  staleCompanyId
    ? {
        ConditionExpression: 'attribute_not_exists(PK) OR companyId = :stale',
        ExpressionAttributeValues: { ':stale': staleCompanyId },
      }
    : { ConditionExpression: 'attribute_not_exists(PK)' };

const alreadyMember = () => conflict('Votre compte est déjà rattaché à une entreprise.');

export class CompanyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Company by id. */
  async get(id: string, consistent = false): Promise<CompanyRecord | undefined> {
    return getRecord<CompanyRecord>(this.db, this.tableName, companyKey(id), consistent);
  }

  /** Companies by ids, one BatchGetItem per 100 (DataLoader batch function). */
  async getMany(ids: readonly string[]): Promise<CompanyRecord[]> {
    return batchGetRecords<CompanyRecord>(this.db, this.tableName, ids.map(companyKey));
  }

  /** The company of PME users, by token subject (DataLoader batch function). */
  async memberships(subs: readonly string[]): Promise<MembershipRecord[]> {
    return batchGetRecords<MembershipRecord>(this.db, this.tableName, subs.map(membershipKey));
  }

  /** The token subjects of a company's members (its notifications' recipients), GSI3 `COMPANYMEMBERS#<id>`. */
  async memberSubs(companyId: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :members',
      ExpressionAttributeValues: { ':members': `COMPANYMEMBERS#${companyId}` },
      ProjectionExpression: '#sub',
      ExpressionAttributeNames: { '#sub': 'sub' },
    });
    return items.map((item) => String(item.sub));
  }

  /** The live company of a SIREN, read strongly (registration and joining decide on it). */
  async companyIdOfSiren(siren: string): Promise<string | undefined> {
    const Item = await getItem(this.db, this.tableName, sirenKey(siren), true);
    return typeof Item?.companyId === 'string' ? Item.companyId : undefined;
  }

  /**
   * A new company (a fresh id), its SIREN claim and its first member, in one transaction: one live company per
   * SIREN, one company per user. A deleted company released its SIREN: registering it again makes a new company
   * that inherits nothing (the old one keeps its files, pseudonymised, under its own id).
   * `staleCompanyId`: the member's link to a deleted company, replaced.
   */
  async register(
    company: CompanyRecord,
    membership: MembershipRecord,
    staleCompanyId?: string,
  ): Promise<void> {
    const [companyItem, sirenItem, membershipItem] = companyItems(company, membership);
    await writeTransaction(
      this.db,
      partsOf(
        [
          {
            Put: {
              TableName: this.tableName,
              Item: companyItem,
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: sirenItem,
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: membershipItem,
              ...membershipCondition(staleCompanyId),
            },
          },
        ],
        (index) =>
          index === 2
            ? alreadyMember()
            : conflict(
                'Votre entreprise est déjà inscrite : rejoignez-la (joinMyCompany) au lieu de l’inscrire.',
              ),
      ),
      { contention: 'rethrow' },
    );
  }

  /**
   * A member joins the live company of its SIREN, in one transaction: the SIREN still names that company (not
   * deleted in between), and the user belongs to no other.
   */
  async join(siren: string, membership: MembershipRecord, staleCompanyId?: string): Promise<void> {
    await writeTransaction(
      this.db,
      partsOf(
        [
          {
            ConditionCheck: {
              TableName: this.tableName,
              Key: sirenKey(siren),
              ConditionExpression: 'companyId = :company',
              ExpressionAttributeValues: { ':company': membership.companyId },
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: membershipItem(membership),
              ...membershipCondition(staleCompanyId),
            },
          },
        ],
        (index) =>
          index === 1
            ? alreadyMember()
            : conflict('Votre entreprise vient d’être supprimée ou inscrite à nouveau : réessayez.'),
      ),
      { contention: 'rethrow' },
    );
  }

  /** Replaces a company read at `previous.version`; a concurrent write in between is a CONFLICT. */
  async save(previous: CompanyRecord, next: CompanyRecord): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...companyKey(next.id), ...next },
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw staleVersion();
      throw error;
    }
  }

  /** A PME user's company, read strongly (an account deletion decides on it). */
  async membership(sub: string): Promise<MembershipRecord | undefined> {
    return getRecord<MembershipRecord>(this.db, this.tableName, membershipKey(sub), true);
  }

  /**
   * The last step of an account deletion (privacy domain): the company replaced by its erased version under the
   * version read, its SIREN released (while it still names this company), and the user's membership removed while
   * it still names that company, so that of two concurrent deletions exactly one commits (the other gets
   * `onMembershipGone`).
   */
  erasureParts(
    previous: CompanyRecord,
    erased: CompanyRecord & { erasedAt: string },
    sub: string,
    onMembershipGone: () => Error,
  ): TransactPart[] {
    return [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...companyKey(erased.id), ...erased },
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':version': previous.version },
          },
        },
        onConditionFailed: () => new StaleRead('company'),
      },
      ...(previous.erasedAt
        ? []
        : [
            {
              item: {
                Delete: {
                  TableName: this.tableName,
                  Key: sirenKey(previous.siren),
                  ConditionExpression: 'attribute_not_exists(PK) OR companyId = :company',
                  ExpressionAttributeValues: { ':company': previous.id },
                },
              },
              onConditionFailed: () => new StaleRead('company'),
            },
          ]),
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: membershipKey(sub),
            ConditionExpression: 'companyId = :company',
            ExpressionAttributeValues: { ':company': previous.id },
          },
        },
        onConditionFailed: onMembershipGone,
      },
    ];
  }
}
