import type DataLoader from 'dataloader';
import type { CompanyRecord } from '../companies/records.js';
import type { Viewer } from '../shared/auth.js';
import { requireRole } from '../shared/auth.js';
import { AppError } from '../shared/errors.js';

/** What the workspace needs to know of a PME user's company (the companies domain owns the rest). */
export type CompanyRef = { id: string; departementCode: string; regionCode: string };

/** The caller's company, looked up once per request (undefined when the user has not registered one). */
export type ViewerCompany = () => Promise<CompanyRef | undefined>;

/** A company the caller was allowed to see (by its follow, lead, request or appointment), through the loader. */
export async function companyById(
  deps: { companyLoader: DataLoader<string, CompanyRecord | undefined> },
  companyId: string,
): Promise<CompanyRecord> {
  const company = await deps.companyLoader.load(companyId);
  if (!company) throw new Error(`company ${companyId} is missing`);
  return company;
}

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
