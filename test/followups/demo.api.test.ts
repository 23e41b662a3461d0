import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { ensureTable } from '../../functions/shared/table.js';
import { demoConnecteurs } from '../../scripts/demo/connecteurs.js';
import { loadCommunes } from '../../scripts/demo/places.js';
import { seededRandom } from '../../scripts/demo/random.js';
import { seedWorkspace } from '../../scripts/demo/workspace.js';
import { createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

const ConnecteurWorkspace = graphql(`
  query FollowupsDemoWorkspace {
    contactInbox(first: 50) {
      edges {
        node {
          status
          deadline {
            state
          }
        }
      }
    }
    myFollowedCompanies {
      edges {
        node {
          company {
            name
          }
          latestMaturity {
            level
          }
          due {
            followUpContact {
              status
            }
          }
        }
      }
    }
    leads {
      edges {
        node {
          companyId
        }
      }
    }
    mySlots(first: 50) {
      edges {
        node {
          status
        }
      }
    }
    myAppointments(upcoming: false) {
      edges {
        node {
          attendance
          status
        }
      }
    }
    connecteurDashboard {
      followedCompanies
      requestsReceived
      pendingRequests
      lateRequests
      medianFirstAnswerHours
      takeUpRate
      appointmentsHeld
    }
  }
`);
const PmeDiagnostics = graphql(`
  query FollowupsDemoPmeDiagnostics {
    myDiagnostics {
      edges {
        node {
          level
          peers {
            scope
            peerCount
          }
        }
      }
    }
    myFollows {
      status
    }
  }
`);
const Indicators = graphql(`
  query FollowupsDemoIndicators {
    programmeIndicators(regionCode: "FR") {
      diagnosticsDone
      appointmentsHeld
      contactRequests
    }
  }
`);

const NOW = new Date('2026-11-26T10:00:00.000Z');

describe('the workspace demo data', () => {
  it('gives demo-connecteur-001 requests of every age, followed companies, leads and slots, and peers to compare with', async () => {
    const tableName = `${inject('tableName')}-${uniqueId('workspace')}`;
    const db = testDb();
    await ensureTable(db, tableName);
    const stores = createStores(db, tableName);
    const communes = loadCommunes(1500);
    const [first] = demoConnecteurs(seededRandom(2017), communes, NOW);
    await stores.connecteurStore.create(first!, NOW);
    expect(await seedWorkspace(stores, NOW, seededRandom(2026), communes, db)).toBeGreaterThan(300);

    const api = createTestApi({ clock: manualClock(NOW), config: { tableName } });
    const connecteur: Caller = { role: 'CONNECTEUR', sub: 'demo-connecteur-001' };
    const workspace = await typedCall(api, ConnecteurWorkspace, {}, connecteur);
    expect(workspace.errors).toBeUndefined();
    const data = workspace.data!;
    expect(new Set(data.contactInbox.edges.map((e) => e.node.deadline.state))).toEqual(
      new Set(['ON_TIME', 'LATE', 'FIRST_REMINDER_DUE', 'SECOND_REMINDER_DUE', 'ABANDONED', 'ANSWERED']),
    );
    expect(data.myFollowedCompanies.edges).toHaveLength(5);
    expect(data.leads.edges.length).toBeGreaterThan(0);
    expect(data.mySlots.edges.filter((e) => e.node.status === 'BOOKED')).toHaveLength(3);
    expect(data.myAppointments.edges.map((e) => e.node.attendance).sort()).toEqual([
      'NO_SHOW',
      'SEEN',
      'SEEN',
      null,
    ]);
    expect(data.connecteurDashboard).toMatchObject({
      followedCompanies: 5,
      requestsReceived: 10,
      pendingRequests: 5,
      lateRequests: 4,
      appointmentsHeld: 2,
    });

    const pme: Caller = { role: 'PME', sub: 'demo-pme-suivie-01' };
    const diagnostics = await typedCall(api, PmeDiagnostics, {}, pme);
    expect(diagnostics.errors).toBeUndefined();
    const national = diagnostics.data!.myDiagnostics.edges[0]!.node.peers.find((p) => p.scope === 'NATIONAL');
    expect(national!.peerCount).toBeGreaterThan(300);
    const indicators = await typedCall(
      api,
      Indicators,
      {},
      {
        role: 'MODERATOR',
        sub: 'demo-moderateur',
      },
    );
    expect(indicators.data!.programmeIndicators[0]).toMatchObject({
      appointmentsHeld: 2,
      contactRequests: 10,
    });
    expect(indicators.data!.programmeIndicators[0]!.diagnosticsDone).toBeGreaterThan(340);
    // Seeds a data set of hundreds of transactions: about 20 s on a loaded machine, more under CI load.
  }, 120_000);
});
