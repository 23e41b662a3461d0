import DataLoader from 'dataloader';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../shared/auth.js';
import type { Clock } from '../shared/clock.js';
import type { AppConfig } from '../shared/config.js';
import type { CursorCodec } from '../shared/pagination.js';
import type { ConnecteurRecord } from '../connecteurs/records.js';
import { ConnecteurStore } from '../connecteurs/store.js';

/** Built once per container: clients and stores. */
export type Services = {
  config: AppConfig;
  clock: Clock;
  db: DynamoDBDocumentClient;
  cursors: CursorCodec;
  connecteurStore: ConnecteurStore;
};

export function createStores(db: DynamoDBDocumentClient, tableName: string) {
  return {
    connecteurStore: new ConnecteurStore(db, tableName),
  };
}

/** Built per GraphQL operation: the caller, one instant for every rule, and DataLoaders (a batch per tick). */
export type Context = Services & {
  viewer: Viewer;
  now: Date;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
};

/** DataLoader wants results in the order of the keys, missing ones as undefined. */
export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const found = new Map((await fetch(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id));
  });
}

export function createContext(services: Services, viewer: Viewer): Context {
  return {
    ...services,
    viewer,
    now: services.clock(),
    connecteurLoader: byIdLoader((ids) => services.connecteurStore.getMany(ids)),
  };
}
