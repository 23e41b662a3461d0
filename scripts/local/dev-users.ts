import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CompanyStore } from '../../functions/companies/store.js';
import { signDevToken, type Role } from '../../functions/shared/auth.js';
import { demoEmailOf, demoSiretOf } from '../demo/identity.js';
import { DEMO_USERS } from '../demo/seed.js';

/** What the web app's local sign-in page lists (GET /dev/users): who to be, with a token ready to use. */
export type DevUser = {
  id: string;
  label: string;
  role: Role;
  sub: string;
  regionCode?: string;
  /** A PME's establishment, as ProConnect would vouch for it (its token's `siret` claim). */
  siret?: string;
  companyId?: string;
  /** Where its notifications' e-mails go (GET /dev/mails shows them). */
  email: string;
  token: string;
};

/** Same lifetime as `npm run -s token`. */
const TOKEN_TTL_SECONDS = 12 * 3600;

/**
 * The demo users with fresh development tokens; a PME's company is read from its membership (one
 * BatchGetItem), so a company registered since the seed shows too.
 */
export function demoUsersWithTokens(deps: {
  db: DynamoDBDocumentClient;
  tableName: string;
  devTokenSecret: string;
  now?: () => Date;
}): () => Promise<DevUser[]> {
  const companies = new CompanyStore(deps.db, deps.tableName);
  return async () => {
    const now = deps.now?.() ?? new Date();
    const pmeSubs = DEMO_USERS.filter((u) => u.role === 'PME').map((u) => u.sub);
    const companyOf = new Map((await companies.memberships(pmeSubs)).map((m) => [m.sub, m.companyId]));
    return Promise.all(
      DEMO_USERS.map(async (user) => {
        const regionCode = 'region' in user ? user.region : undefined;
        const companyId = companyOf.get(user.sub);
        const siret = user.role === 'PME' ? demoSiretOf(user.sub) : undefined;
        return {
          id: user.sub,
          label: user.what.charAt(0).toUpperCase() + user.what.slice(1),
          role: user.role,
          sub: user.sub,
          ...(regionCode ? { regionCode } : {}),
          ...(siret ? { siret } : {}),
          ...(companyId ? { companyId } : {}),
          email: demoEmailOf(user.sub),
          token: await signDevToken(
            { sub: user.sub, role: user.role, regionCode, siret, email: demoEmailOf(user.sub) },
            deps.devTokenSecret,
            {
              now,
              ttlSeconds: TOKEN_TTL_SECONDS,
            },
          ),
        };
      }),
    );
  };
}
