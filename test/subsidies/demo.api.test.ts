import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { ensureTable } from '../../functions/shared/table.js';
import { seedSubsidies } from '../../scripts/demo/subsidies.js';
import { createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { dataOf, moderator } from './support.js';

const Mine = graphql(`
  query SubsidiesDemoMine {
    myCompany {
      regionCode
    }
    subsidyApplications {
      edges {
        node {
          status
          followUpOpensAt
          program {
            regionCode
          }
        }
      }
    }
  }
`);
const Programs = graphql(`
  query SubsidiesDemoPrograms {
    subsidyPrograms {
      id
      regionCode
    }
  }
`);
const ProgramFiles = graphql(`
  query SubsidiesDemoProgramFiles($id: ID!) {
    subsidyProgram(id: $id) {
      dashboard {
        envelopeCents
        committedCents
        paidCents
        remainingCents
        applicantCompanies
        fundedCompanies
        countsByStatus {
          status
          count
        }
      }
    }
    subsidyApplications(filter: { programId: $id }, first: 100) {
      edges {
        node {
          status
          grantedAidCents
          paidCents
          company {
            id
          }
        }
      }
    }
  }
`);

const NOW = new Date('2026-11-26T10:00:00.000Z');

describe('the chèque numérique demo data', () => {
  it('gives demo-pme a company in region 84, demo-agent-84 its files, and dashboards equal to the sums over the files', async () => {
    const tableName = `${inject('tableName')}-${uniqueId('demo')}`;
    const db = testDb();
    await ensureTable(db, tableName);
    expect(await seedSubsidies(createStores(db, tableName), NOW, db)).toBeGreaterThan(20);
    // Submitted quotes and paid invoices of the demo feed the price referential, like real ones.
    const sources = new Set(
      (await createStores(db, tableName).priceStore.histograms('84')).map((h) => h.source),
    );
    expect(sources).toEqual(new Set(['QUOTES', 'INVOICES']));

    const api = createTestApi({ clock: manualClock(NOW), config: { tableName } });
    const pme: Caller = { role: 'PME', sub: 'demo-pme' };
    const mine = dataOf(await typedCall(api, Mine, {}, pme));
    expect(mine.myCompany!.regionCode).toBe('84');
    expect(mine.subsidyApplications.edges.map((e) => e.node.status).sort()).toEqual(['DRAFT', 'PAID']);

    const agent: Caller = { role: 'REGION_AGENT', sub: 'demo-agent-84', regionCode: '84' };
    const programs = dataOf(await typedCall(api, Programs, {})).subsidyPrograms;
    expect(new Set(programs.map((p) => p.regionCode))).toEqual(
      new Set(['84', '11', '93', '32', '52', '44', '53', '28', '76', '75']),
    );
    const statuses = new Set<string>();
    for (const program of programs) {
      const caller = program.regionCode === '84' ? agent : moderator;
      const answer = dataOf(await typedCall(api, ProgramFiles, { id: program.id }, caller));
      const files = answer.subsidyApplications.edges.map((e) => e.node);
      const dashboard = answer.subsidyProgram!.dashboard!;
      // A null amount adds nothing.
      const sum = (status: string, field: 'grantedAidCents' | 'paidCents') =>
        files.filter((f) => f.status === status).reduce((s, f) => s + (f[field] ?? 0), 0);
      files.forEach((f) => statuses.add(f.status));
      expect(dashboard.committedCents).toBe(sum('ACCEPTED', 'grantedAidCents'));
      expect(dashboard.paidCents).toBe(sum('PAID', 'paidCents'));
      expect(dashboard.committedCents + dashboard.paidCents + dashboard.remainingCents).toBe(
        dashboard.envelopeCents,
      );
      for (const { status, count } of dashboard.countsByStatus) {
        if (status !== 'DRAFT') expect(count, status).toBe(files.filter((f) => f.status === status).length);
      }
      const funded = new Set(
        files.filter((f) => ['ACCEPTED', 'PAID'].includes(f.status)).map((f) => f.company.id),
      );
      expect(dashboard.fundedCompanies).toBe(funded.size);
      expect(dashboard.applicantCompanies).toBe(new Set(files.map((f) => f.company.id)).size);
    }
    expect([...statuses].sort()).toEqual(
      ['ACCEPTED', 'CLOSED', 'CORRECTION_REQUESTED', 'PAID', 'REJECTED', 'SUBMITTED', 'UNDER_REVIEW'].sort(),
    );
    // Seeds a data set of hundreds of transactions: about 20 s on a loaded machine, more under CI load.
  }, 120_000);
});
