import type { Page } from '../shared/pagination.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mergedPage, queryAll, queryPage, queryPages, queryRecords } from '../shared/query.js';
import {
  applicationPosition,
  attestedFileKey,
  companyFiles,
  regionFiles,
  regionStatusFiles,
} from './keys.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord, SubsidyStatus } from './records.js';

export type ApplicationPage = Page<SubsidyApplicationRecord>;

const newestChangeFirst = (a: SubsidyApplicationRecord, b: SubsidyApplicationRecord) =>
  applicationPosition(a) < applicationPosition(b) ? 1 : -1;

export type ApplicationQuery = {
  partitions: { index: 'GSI1' | 'GSI2' | 'GSI3'; pk: string }[];
  programId?: string;
  /** A filter expression where the partition does not already select the status. */
  status?: SubsidyStatus;
  /** Position (exclusive) the page starts after. */
  before?: string;
  /** Oldest change to include (ISO instant). */
  since?: string;
  limit: number;
};

/** Lists of files: a company's, a region's (per status), a programme's, and those naming a connecteur. */
export class SubsidyListStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Files of a company (GSI2) or of regions (GSI3, or GSI1 per region and status), newest change first. Several
   * partitions (a moderator's regions) are read from the same position and merged. Filtered reads go on until the
   * page is full or the partition exhausted.
   */
  async listApplications(query: ApplicationQuery): Promise<ApplicationPage> {
    const pages = await Promise.all(query.partitions.map((p) => this.readPartition(p, query)));
    return mergedPage(pages, query.limit, newestChangeFirst);
  }

  /**
   * Every file of the partitions (newest change first), for a list sorted or searched otherwise than by keyset:
   * the queue's partitions read once, programme and status as filter expressions. Undefined past `max` files.
   */
  async allApplications(
    query: Omit<ApplicationQuery, 'limit' | 'before'>,
    max: number,
  ): Promise<SubsidyApplicationRecord[] | undefined> {
    const pages = await Promise.all(
      query.partitions.map((p) => this.readPartition(p, { ...query, limit: max }, 1000)),
    );
    const records = pages.flatMap((p) => p.records);
    return pages.some((p) => p.hasNextPage) || records.length > max ? undefined : records;
  }

  /** One partition's page: the position and `since` as key conditions, programme and status as filters. */
  private readPartition(
    partition: ApplicationQuery['partitions'][number],
    query: ApplicationQuery,
    chunk?: number,
  ): Promise<ApplicationPage> {
    const pk = `${partition.index}PK`;
    const sk = `${partition.index}SK`;
    const names: Record<string, string> = {
      '#pk': pk,
      ...(query.before || query.since ? { '#sk': sk } : {}),
    };
    const values: Record<string, unknown> = { ':pk': partition.pk };
    let range = '';
    if (query.before && query.since) {
      range = ' AND #sk BETWEEN :since AND :before';
      values[':since'] = query.since;
      values[':before'] = query.before;
    } else if (query.before) {
      range = ' AND #sk < :before';
      values[':before'] = query.before;
    } else if (query.since) {
      range = ' AND #sk >= :since';
      values[':since'] = query.since;
    }
    const filters: string[] = [];
    if (query.programId) {
      filters.push('programId = :programId');
      values[':programId'] = query.programId;
    }
    if (query.status) {
      filters.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = query.status;
    }
    return queryPage<SubsidyApplicationRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: partition.index,
        KeyConditionExpression: `#pk = :pk${range}`,
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
      },
      {
        limit: query.limit,
        // A filtered read reads five times the page per request; the queue reads 1,000 at a time.
        readAhead: chunk ? Math.ceil(chunk / (query.limit + 1)) : filters.length ? 5 : 1,
        // BETWEEN includes the cursor's own file.
        skip: (item) => item[sk] === query.before,
      },
    );
  }

  /** The partitions a list reads, by scope: a company's files, or regions' (one per region, or per region and status). */
  static partitionsFor(
    scope: { kind: 'company'; companyId: string } | { kind: 'regions'; regionCodes: string[] },
    status: SubsidyStatus | undefined,
  ): { partitions: ApplicationQuery['partitions']; statusFilter?: SubsidyStatus } {
    if (scope.kind === 'company')
      return { partitions: [{ index: 'GSI2', pk: companyFiles(scope.companyId) }], statusFilter: status };
    return {
      partitions: scope.regionCodes.map((r) =>
        status
          ? { index: 'GSI1' as const, pk: regionStatusFiles(r, status) }
          : { index: 'GSI3' as const, pk: regionFiles(r) },
      ),
    };
  }

  /** Every submitted file of a programme (export): its region's partition, filtered on the programme. */
  async applicationsOfProgram(
    program: Pick<SubsidyProgramRecord, 'id' | 'regionCode'>,
  ): Promise<SubsidyApplicationRecord[]> {
    return queryRecords<SubsidyApplicationRecord>(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :pk',
      FilterExpression: 'programId = :programId',
      ExpressionAttributeValues: { ':pk': regionFiles(program.regionCode), ':programId': program.id },
    });
  }

  /** Whether one of a company's files holds aid (accepted or paid) for an expense with this provider's SIREN. */
  async fundsProvider(companyId: string, providerSiren: string): Promise<boolean> {
    const pages = queryPages(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      FilterExpression: '#status IN (:accepted, :paid)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': companyFiles(companyId),
        ':accepted': 'ACCEPTED',
        ':paid': 'PAID',
      },
      ProjectionExpression: 'expenses',
    });
    for await (const page of pages) {
      const items = (page.Items ?? []) as Pick<SubsidyApplicationRecord, 'expenses'>[];
      if (items.some((a) => a.expenses.some((e) => e.providerSiren === providerSiren))) return true;
    }
    return false;
  }

  /** Ids of the open files a connecteur attested (its SUBATTESTED partition: one Query, no Scan). */
  async openAttestedFiles(connecteurId: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': attestedFileKey(connecteurId, '').PK },
      ProjectionExpression: 'applicationId',
    });
    return items.map((i) => String(i.applicationId));
  }

  /** The files naming a connecteur as trusted third party, newest first (ids and positions). */
  async filesToAttest(
    connecteurId: string,
    limit: number,
    after?: string,
  ): Promise<Page<{ id: string; sk: string }>> {
    const pk = `SUBATTEST#${connecteurId}`;
    return queryPage(
      this.db,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
      },
      { limit, startKey: after ? { PK: pk, SK: after } : undefined },
      (i) => ({ id: String(i.applicationId), sk: String(i.SK) }),
    );
  }
}
