import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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

type Stores = ReturnType<typeof createStores>;
type Seeder = {
  name: string;
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

/** Each seeder runs once per table: a marker item records it, so a second start adds nothing. */
const SEEDERS: Seeder[] = [
  // First: on data loaded before the members index, completes it; on a fresh table, finds nothing to do.
  { name: 'members-index-v1', run: (_stores, _now, db, tableName) => backfillMembersIndex(db, tableName) },
  {
    name: 'connecteurs-v1',
    run: (stores, now) =>
      writeAll(demoConnecteurs(seededRandom(2017), loadCommunes(1500), now), (c) =>
        stores.connecteurStore.create(c, now),
      ),
  },
  // On data loaded before the themed search entries, writes them; on a fresh table, finds nothing to do.
  {
    name: 'connecteur-theme-entries-v1',
    run: (stores, now, db, tableName) =>
      refreshConnecteurSearchEntries(db, tableName, stores.connecteurStore, now),
  },
  // On data written before the cards in the themed entries, writes them (the same refresh, once more).
  {
    name: 'connecteur-card-entries-v1',
    run: (stores, now, db, tableName) =>
      refreshConnecteurSearchEntries(db, tableName, stores.connecteurStore, now),
  },
  {
    name: 'marketplace-v1',
    run: (stores, now) => seedMarketplace(stores, seededRandom(2021), loadCommunes(1500), now),
  },
  { name: 'subsidies-v1', run: (stores, now, db) => seedSubsidies(stores, now, db) },
  {
    name: 'workspace-v1',
    run: (stores, now, db) => seedWorkspace(stores, now, seededRandom(2026), loadCommunes(1500), db),
  },
  {
    name: 'notification-accounts-v1',
    run: (_stores, now, db, tableName) => seedDemoAccounts(db, tableName, DEMO_USERS, now),
  },
];

export async function seedDemoData(db: DynamoDBDocumentClient, tableName: string, now = new Date()) {
  const stores = createStores(db, tableName);
  const report: { name: string; written: number | 'already loaded' }[] = [];
  for (const seeder of SEEDERS) {
    const marker = { PK: 'META#DEMO_DATA', SK: seeder.name };
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: marker }));
    if (Item) {
      report.push({ name: seeder.name, written: 'already loaded' });
      continue;
    }
    const written = await seeder.run(stores, now, db, tableName);
    await db.send(
      new PutCommand({ TableName: tableName, Item: { ...marker, loadedAt: now.toISOString(), written } }),
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
