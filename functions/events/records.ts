import type { EventKind, Theme } from '../generated/resolvers-types.js';

/** An agenda event (item `EVENT#<id>` / `EVENT`, copied into its list entries). */
export type EventRecord = {
  id: string;
  kind: EventKind;
  title: string;
  description?: string;
  startsAt: string;
  endsAt?: string;
  placeName?: string;
  communeCode?: string;
  departementCode?: string;
  /** Absent: national. */
  regionCode?: string;
  online: boolean;
  themes: Theme[];
  link?: string;
  publishedBySub: string;
  publishedAt: string;
  updatedAt: string;
  version: number;
};

/** A news item (item `NEWS#<id>` / `NEWS`, copied into its list entries). */
export type NewsRecord = {
  id: string;
  title: string;
  body: string;
  link?: string;
  /** Absent: national. */
  regionCode?: string;
  themes: Theme[];
  publishedBySub: string;
  publishedAt: string;
};
