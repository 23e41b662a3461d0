import { connecteurItems } from '../../functions/connecteurs/store.js';
import type { ConnecteurRecord } from '../../functions/connecteurs/records.js';
import { demoConnecteurs } from '../../scripts/demo/connecteurs.js';
import { loadCommunes } from '../../scripts/demo/places.js';
import { seededRandom } from '../../scripts/demo/random.js';
import type { Dataset } from './dataset.js';

export const SEARCHED_DEPARTEMENT = '69';

/** 20,000 connecteurs over every region, weighted by population (the demo generator at scale). */
export const connecteurDataset = (scale: number): Dataset<ConnecteurRecord> => ({
  name: `connecteurs-${20_000 * scale}`,
  records: (now) => demoConnecteurs(seededRandom(42), loadCommunes(1500), now, 20_000 * scale),
  items: connecteurItems,
  // Ten times the connecteurs of the searched département: clones under new ids.
  grow: (records) =>
    records
      .filter((c) => c.departementsServed.includes(SEARCHED_DEPARTEMENT))
      .flatMap((c) =>
        Array.from({ length: 9 }, (_, k) => ({ ...c, id: `${c.id}-x${k}`, ownerSub: `${c.ownerSub}-x${k}` })),
      ),
});
