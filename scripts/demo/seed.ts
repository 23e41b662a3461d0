import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createStores } from '../../functions/graphql/context.js';
import { AppError } from '../../functions/shared/errors.js';
import { demoConnecteurs } from './connecteurs.js';
import { loadCommunes } from './places.js';
import { seedMarketplace } from './marketplace.js';
import { seededRandom } from './random.js';
import { seedSubsidies } from './subsidies.js';
import { seedWorkspace } from './workspace.js';
import { backfillMembersIndex, seedDemoAccounts } from './notifications.js';
import { refreshConnecteurSearchEntries } from './connecteur-search-entries.js';
import { packPublishedPriceHistograms } from './price-histograms.js';

type Stores = ReturnType<typeof createStores>;
export type Seeder = {
  name: string;
  /**
   * Brings demo data loaded by an earlier version up to date. A table that had no demo data before this start has
   * nothing to migrate (the other seeders write the current form): the migration is only marked as done.
   */
  migration?: true;
  run: (stores: Stores, now: Date, db: DynamoDBDocumentClient, tableName: string) => Promise<number>;
};

/** Runs `write` over items, a few at a time; an item that already exists (a rerun after a crash) is skipped. */
async function writeAll<T>(items: T[], write: (item: T) => Promise<void>, concurrency = 8): Promise<number> {
  let written = 0;
  for (let i = 0; i < items.length; i += concurrency) {
    await Promise.all(
      items.slice(i, i + concurrency).map(async (item) => {
        try {
          await write(item);
          written++;
        } catch (error) {
          if (!(error instanceof AppError && error.extensions.code === 'CONFLICT')) throw error;
        }
      }),
    );
  }
  return written;
}

/** The partition of the seeders' markers: one item per seeder that ran on the table. */
const MARKERS_PK = 'META#DEMO_DATA';

/** Each seeder runs once per table: a marker item records it, so a second start adds nothing. */
const SEEDERS: Seeder[] = [
  // First: on data loaded before the members index, completes it.
  {
    name: 'members-index-v1',
    migration: true,
    run: (_stores, _now, db, tableName) => backfillMembersIndex(db, tableName),
  },
  {
    name: 'connecteurs-v1',
    run: (stores, now) =>
      writeAll(demoConnecteurs(seededRandom(2017), loadCommunes(1500), now), (c) =>
        stores.connecteurStore.create(c, now),
      ),
  },
  // On data loaded before the themed search entries, writes them.
  {
    name: 'connecteur-theme-entries-v1',
    migration: true,
    run: (stores, now, db, tableName) =>
      refreshConnecteurSearchEntries(db, tableName, stores.connecteurStore, now),
  },
  // On data written before the cards in the themed entries, writes them (the same refresh, once more).
  {
    name: 'connecteur-card-entries-v1',
    migration: true,
    run: (stores, now, db, tableName) =>
      refreshConnecteurSearchEntries(db, tableName, stores.connecteurStore, now),
  },
  {
    name: 'marketplace-v1',
    run: (stores, now) => seedMarketplace(stores, seededRandom(2021), loadCommunes(1500), now),
  },
  { name: 'subsidies-v1', run: (stores, now, db) => seedSubsidies(stores, now, db) },
  // On price histograms published before the packed form, packs them.
  {
    name: 'price-histograms-packed-v1',
    migration: true,
    run: (stores) => packPublishedPriceHistograms(stores.priceStore),
  },
  {
    name: 'workspace-v1',
    run: (stores, now, db) => seedWorkspace(stores, now, seededRandom(2026), loadCommunes(1500), db),
  },
  {
    name: 'notification-accounts-v1',
    run: (_stores, now, db, tableName) => seedDemoAccounts(db, tableName, DEMO_USERS, now),
  },
];

export const seedDemoData = (db: DynamoDBDocumentClient, tableName: string, now = new Date()) =>
  runSeeders(SEEDERS, db, tableName, now);

/** Runs, in order, the seeders that have not run on the table yet (see `Seeder.migration`), and marks each. */
export async function runSeeders(
  seeders: Seeder[],
  db: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
) {
  const stores = createStores(db, tableName);
  const report: { name: string; written: number | 'already loaded' }[] = [];
  const { Items: markers = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': MARKERS_PK },
      ConsistentRead: true,
    }),
  );
  const loaded = new Set(markers.map((m) => m.SK as string));
  const fresh = loaded.size === 0;
  for (const seeder of seeders) {
    if (loaded.has(seeder.name)) {
      report.push({ name: seeder.name, written: 'already loaded' });
      continue;
    }
    const written = seeder.migration && fresh ? 0 : await seeder.run(stores, now, db, tableName);
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { PK: MARKERS_PK, SK: seeder.name, loadedAt: now.toISOString(), written },
      }),
    );
    report.push({ name: seeder.name, written });
  }
  return report;
}

/** Who to sign in as, printed at start. */
export const DEMO_USERS = [
  { role: 'MODERATOR', sub: 'demo-moderateur', what: 'modérateur national (labels)' },
  { role: 'CONNECTEUR', sub: 'demo-connecteur-001', what: 'un connecteur de la démo (001 à 300)' },
  {
    role: 'CONNECTEUR',
    sub: 'demo-connecteur-244',
    what: 'un connecteur labellisé du Rhône (69), qui accepte de nouvelles entreprises',
  },
  {
    role: 'CONNECTEUR',
    sub: 'demo-nouveau-connecteur',
    what: 'un connecteur pas encore inscrit (registerConnecteur)',
  },
  {
    role: 'REGION_AGENT',
    sub: 'demo-agent-84',
    region: '84',
    what: 'agent instructeur, Auvergne-Rhône-Alpes',
  },
  {
    role: 'PME',
    sub: 'demo-pme',
    what: 'dirigeant de PME (boulangerie à Lyon : un chèque payé, un brouillon)',
  },
  {
    role: 'PME',
    sub: 'demo-nouvelle-pme',
    what: 'dirigeante de PME dont l’identité porte un SIRET, entreprise pas encore inscrite (registerCompany)',
  },
  {
    role: 'PME',
    sub: 'demo-cheque-pme-01',
    what: 'PME avec des dossiers de chèque numérique (01 à 13, plusieurs régions)',
  },
  {
    role: 'PME',
    sub: 'demo-pme-suivie-01',
    what: 'PME suivie par demo-connecteur-001 (01 à 16 : diagnostics, demandes de contact, rendez-vous)',
  },
  { role: 'PROVIDER', sub: 'demo-prestataire-001', what: 'un prestataire de l’annuaire (001 à 100)' },
] as const;
