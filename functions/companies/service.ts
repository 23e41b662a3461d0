import type DataLoader from 'dataloader';
import { requireRole, type Viewer } from '../shared/auth.js';
import { AppError, staleVersion } from '../shared/errors.js';
import { communeByCode } from '../shared/geography.js';
import { idForSubject } from '../shared/identifiers.js';
import { parseInput } from '../shared/validation.js';
import { expectedVersion, registerCompanyInput, updateCompanyInput } from './inputs.js';
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

/** One company per SIREN: its id is derived from it. */
export const companyIdOf = (siren: string) => idForSubject('company', siren);

/** The caller's company when it is a PME user with one (other domains read it through `viewerCompany`). */
export async function viewerCompany(
  deps: Pick<CompanyDeps, 'viewer' | 'companyLoader' | 'membershipLoader'>,
): Promise<CompanyRecord | undefined> {
  if (deps.viewer.kind !== 'user' || deps.viewer.role !== 'PME') return undefined;
  const membership = await deps.membershipLoader.load(deps.viewer.sub);
  return membership ? deps.companyLoader.load(membership.companyId) : undefined;
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

export async function registerCompany(deps: CompanyDeps, rawInput: unknown): Promise<CompanyRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const input = parseInput(registerCompanyInput, rawInput, ['input']);
  const commune = communeByCode(input.communeCode)!;
  const at = deps.now.toISOString();
  const company: CompanyRecord = {
    id: companyIdOf(input.siren),
    siren: input.siren,
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
  await deps.companyStore.register(company, membership);
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
