import { describe, expect, inject, it } from 'vitest';
import { ensureTable } from '../../functions/shared/table.js';
import { runSeeders, type Seeder } from '../../scripts/demo/seed.js';
import { testDb, uniqueId } from '../support/api.js';

const NOW = new Date('2026-12-05T09:00:00.000Z');

/** A seeder that counts its runs and reports `written` items. */
function counted(name: string, written: number, migration?: true) {
  const seeder: Seeder & { runs: number } = {
    name,
    runs: 0,
    ...(migration ? { migration } : {}),
    run: async () => {
      seeder.runs++;
      return written;
    },
  };
  return seeder;
}

describe('the demo data seeders', () => {
  it('only mark the migrations on a fresh table, run them on data loaded earlier, and run each seeder once', async () => {
    const db = testDb();
    const tableName = `${inject('tableName')}-${uniqueId('seed')}`;
    await ensureTable(db, tableName);
    const backfill = counted('backfill-v1', 0, true);
    const connecteurs = counted('connecteurs-v1', 300);
    const first = await runSeeders([backfill, connecteurs], db, tableName, NOW);
    expect(first).toEqual([
      { name: 'backfill-v1', written: 0 },
      { name: 'connecteurs-v1', written: 300 },
    ]);
    expect(backfill.runs).toBe(0);
    expect(connecteurs.runs).toBe(1);

    // A later version adds a migration of what connecteurs-v1 wrote, and a new data set.
    const entries = counted('entries-v2', 12, true);
    const events = counted('events-v1', 5);
    const second = await runSeeders([backfill, connecteurs, entries, events], db, tableName, NOW);
    expect(second).toEqual([
      { name: 'backfill-v1', written: 'already loaded' },
      { name: 'connecteurs-v1', written: 'already loaded' },
      { name: 'entries-v2', written: 12 },
      { name: 'events-v1', written: 5 },
    ]);
    expect([backfill.runs, connecteurs.runs, entries.runs, events.runs]).toEqual([0, 1, 1, 1]);
  });
});
