import { connecteurItems } from '../../functions/connecteurs/store.js';
import type { ConnecteurRecord } from '../../functions/connecteurs/records.js';
import { demoConnecteurs } from '../../scripts/demo/connecteurs.js';
import { loadCommunes } from '../../scripts/demo/places.js';
import { seededRandom } from '../../scripts/demo/random.js';
import type { Dataset } from './dataset.js';

export const SEARCHED_DEPARTEMENT = '69';

const connecteurs = (now: Date): ConnecteurRecord[] =>
  demoConnecteurs(seededRandom(42), loadCommunes(1500), now, 20_000);

/** 20,000 connecteurs over every region, weighted by population (the demo generator at scale). */
export const connecteurDataset: Dataset = {
  // Renamed with the themed search entries: a table seeded before loads the data set again (same keys, plus them).
  name: 'connecteurs-20000-themed',
  items: (now) => connecteurs(now).flatMap((c) => connecteurItems(c, now)),
  // Ten times the connecteurs of the searched département: clones under new ids.
  grow: (now) =>
    connecteurs(now)
      .filter((c) => c.departementsServed.includes(SEARCHED_DEPARTEMENT))
      .flatMap((c) =>
        Array.from({ length: 9 }, (_, k) => ({ ...c, id: `${c.id}-x${k}`, ownerSub: `${c.ownerSub}-x${k}` })),
      )
      .flatMap((c) => connecteurItems(c, now)),
};
