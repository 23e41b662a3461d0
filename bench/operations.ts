import type { Role } from '../functions/shared/auth.js';
import { SEARCHED_DEPARTEMENT } from './datasets/connecteurs.js';

export type BenchOperation = {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  caller?: { role: Role; sub: string; regionCode?: string };
  /** Deepest list-in-list nesting: the target is at most depth + 1 DynamoDB requests. */
  nestingDepth: number;
  /** Searches are measured again once their data has grown ten-fold. */
  search: boolean;
};

/** The representative operations of the platform, as the web app sends them. */
export const OPERATIONS: BenchOperation[] = [
  {
    name: 'connecteur search (département + theme, 50)',
    query: `query Search($filter: ConnecteurFilter, $first: Int) {
      connecteurs(filter: $filter, first: $first) {
        edges { cursor node { id displayName kind structureType communeCode departementCode regionCode departementsServed themes tier isLabelled labelValidUntil acceptsNewPmes website labelHistory { status validUntil } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: {
      filter: { departementCode: SEARCHED_DEPARTEMENT, themes: ['ECOMMERCE_WEBSITE'] },
      first: 50,
    },
    nestingDepth: 1,
    search: true,
  },
];
