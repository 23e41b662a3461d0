import type DataLoader from 'dataloader';
import { requireRole, type AuthenticatedViewer, type Viewer } from '../shared/auth.js';
import { AppError, forbidden, staleVersion } from '../shared/errors.js';
import { communeByCode } from '../shared/geography.js';
import { newId, sirenOfSiret } from '../shared/identifiers.js';
import { expectedVersion, parseInput } from '../shared/validation.js';
import { registerCompanyInput, updateCompanyInput } from './inputs.js';
import type { CompanyRecord, MembershipRecord } from './records.js';
import type { CompanyStore } from './store.js';

/** What the company use cases need from the request. */
export type CompanyDeps = {
  viewer: Viewer;
  now: Date;
  companyStore: CompanyStore;
  companyLoader: DataLoader<string, CompanyRecord | undefined>;
  membershipLoader: DataLoader<string, MembershipRecord | undefined>;
};

/**
 * The caller's company when it is a PME user with one (other domains read it through `viewerCompany`). A company
 * whose account was deleted (by another of its members) is nobody's: its kept files belong to the region.
 */
export async function viewerCompany(
  deps: Pick<CompanyDeps, 'viewer' | 'companyLoader' | 'membershipLoader'>,
): Promise<CompanyRecord | undefined> {
  if (deps.viewer.kind !== 'user' || deps.viewer.role !== 'PME') return undefined;
  const membership = await deps.membershipLoader.load(deps.viewer.sub);
  const company = membership ? await deps.companyLoader.load(membership.companyId) : undefined;
  return company && !company.erasedAt ? company : undefined;
}

/**
 * The SIREN the caller proves it acts for: its token's SIRET (ProConnect on AWS), first 9 digits. No SIRET, or a
 * SIREN typed that is not the token's, is FORBIDDEN: nobody claims a company by typing its number.
 */
function provenSiren(viewer: AuthenticatedViewer, typed: string | null | undefined): string {
  if (!viewer.siret)
    throw forbidden(
      'Votre identité ne porte pas de SIRET : connectez-vous avec ProConnect au nom de votre entreprise pour l’inscrire ou la rejoindre.',
    );
  const siren = sirenOfSiret(viewer.siret);
  if (typed && typed !== siren)
    throw forbidden(
      `Le SIREN saisi n’est pas celui de votre identité ProConnect (SIRET ${viewer.siret}) : vous ne pouvez inscrire que votre entreprise.`,
    );
  return siren;
}

/** The caller's current link, when it names a company since deleted (the new link replaces it). */
async function staleLink(deps: CompanyDeps, sub: string): Promise<string | undefined> {
  const membership = await deps.companyStore.membership(sub);
  if (!membership) return undefined;
  const company = await deps.companyStore.get(membership.companyId, true);
  if (company && !company.erasedAt)
    throw new AppError('CONFLICT', 'Votre compte est déjà rattaché à une entreprise.');
  return membership.companyId;
}

/** A PME user's company, or NOT_FOUND saying what to do. */
export async function requireViewerCompany(
  deps: Pick<CompanyDeps, 'viewer' | 'companyLoader' | 'membershipLoader'>,
): Promise<CompanyRecord> {
  requireRole(deps.viewer, 'PME');
  const company = await viewerCompany(deps);
  if (!company) {
    throw new AppError(
      'NOT_FOUND',
      'Entreprise introuvable : enregistrez d’abord votre entreprise (registerCompany).',
    );
  }
  return company;
}

/** The caller's company (role PME), undefined before it registers one. */
export async function myCompany(deps: CompanyDeps): Promise<CompanyRecord | undefined> {
  requireRole(deps.viewer, 'PME');
  return viewerCompany(deps);
}

/**
 * Role PME: registers the company of the caller's SIRET (from its token) with a fresh opaque id. A SIREN whose
 * company is live is CONFLICT (join it with joinMyCompany); a SIREN whose company was deleted gives a new company.
 */
export async function registerCompany(deps: CompanyDeps, rawInput: unknown): Promise<CompanyRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const input = parseInput(registerCompanyInput, rawInput, ['input']);
  const siren = provenSiren(viewer, input.siren);
  const stale = await staleLink(deps, viewer.sub);
  const commune = communeByCode(input.communeCode)!;
  const at = deps.now.toISOString();
  const company: CompanyRecord = {
    id: newId(),
    siren,
    name: input.name,
    nafCode: input.nafCode,
    employees: input.employees,
    annualRevenueCents: input.annualRevenueCents,
    independent: input.independent,
    communeCode: commune.code,
    departementCode: commune.departementCode,
    regionCode: commune.regionCode,
    createdBySub: viewer.sub,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const membership: MembershipRecord = { sub: viewer.sub, companyId: company.id, joinedAt: at };
  await deps.companyStore.register(company, membership, stale);
  deps.membershipLoader.clear(viewer.sub).prime(viewer.sub, membership);
  deps.companyLoader.clear(company.id).prime(company.id, company);
  return company;
}

/**
 * Role PME: a second user of a company joins it through the same proof, the SIRET of its token: the live company
 * of that SIREN, or NOT_FOUND (register it). Never by typing a SIREN.
 */
export async function joinMyCompany(deps: CompanyDeps): Promise<CompanyRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const siren = provenSiren(viewer, undefined);
  const stale = await staleLink(deps, viewer.sub);
  const companyId = await deps.companyStore.companyIdOfSiren(siren);
  const company = companyId && (await deps.companyStore.get(companyId, true));
  if (!company || company.erasedAt)
    throw new AppError(
      'NOT_FOUND',
      `Aucune entreprise inscrite pour le SIREN ${siren} : inscrivez-la (registerCompany).`,
    );
  const membership: MembershipRecord = {
    sub: viewer.sub,
    companyId: company.id,
    joinedAt: deps.now.toISOString(),
  };
  await deps.companyStore.join(siren, membership, stale);
  deps.membershipLoader.clear(viewer.sub).prime(viewer.sub, membership);
  deps.companyLoader.clear(company.id).prime(company.id, company);
  return company;
}

export async function updateCompany(
  deps: CompanyDeps,
  rawInput: unknown,
  rawExpectedVersion: unknown,
): Promise<CompanyRecord> {
  const input = parseInput(updateCompanyInput, rawInput, ['input']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  const current = await requireViewerCompany(deps);
  if (current.version !== version) throw staleVersion();
  const commune = input.communeCode ? communeByCode(input.communeCode)! : undefined;
  const next: CompanyRecord = {
    ...current,
    ...(input.name ? { name: input.name } : {}),
    ...(input.nafCode ? { nafCode: input.nafCode } : {}),
    ...(typeof input.employees === 'number' ? { employees: input.employees } : {}),
    ...(typeof input.annualRevenueCents === 'number' ? { annualRevenueCents: input.annualRevenueCents } : {}),
    ...(typeof input.independent === 'boolean' ? { independent: input.independent } : {}),
    ...(commune
      ? {
          communeCode: commune.code,
          departementCode: commune.departementCode,
          regionCode: commune.regionCode,
        }
      : {}),
    updatedAt: deps.now.toISOString(),
    version: current.version + 1,
  };
  await deps.companyStore.save(current, next);
  deps.companyLoader.clear(next.id).prime(next.id, next);
  return next;
}
