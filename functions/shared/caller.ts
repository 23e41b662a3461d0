import type { Viewer } from './auth.js';
import { requireRole } from './auth.js';
import { AppError } from './errors.js';
import { idForSubject } from './identifiers.js';

/** The caller's identity as every domain speaks of it: a connecteur's id, a PME user's company. */

/** A connecteur's id, derived from the user's subject (one connecteur per user). */
export const connecteurIdOf = (sub: string) => idForSubject('connecteur', sub);

/** What the workspace needs to know of a PME user's company (the companies domain owns the rest). */
export type CompanyRef = { id: string; departementCode: string; regionCode: string };

/** The caller's company, looked up once per request (undefined when the user has not registered one). */
export type ViewerCompany = () => Promise<CompanyRef | undefined>;

/** A PME user with a registered company, or FORBIDDEN / NOT_FOUND with what to do. */
export async function requirePmeCompany(deps: {
  viewer: Viewer;
  viewerCompany: ViewerCompany;
}): Promise<CompanyRef> {
  requireRole(deps.viewer, 'PME');
  const company = await deps.viewerCompany();
  if (!company)
    throw new AppError(
      'NOT_FOUND',
      'Entreprise introuvable : enregistrez d’abord votre entreprise (registerCompany).',
    );
  return company;
}
