import { connecteurIdOf } from '../shared/caller.js';
import type { Viewer } from '../shared/auth.js';
import { forbidden } from '../shared/errors.js';
import { allRegions } from '../shared/geography.js';
import type { SubsidyApplicationRecord } from './records.js';

/**
 * Who may see and do what on the chèque numérique: deny by default. A PME acts on its own company's files, an agent
 * on its token's region only (never drafts), the trusted third party chosen on the file it attests (what attesting
 * needs: need-to-know.ts), a moderator reads every submitted file and opens programmes anywhere.
 */

/** What the policy needs to know about the caller beyond its token. */
export type Caller = { viewer: Viewer; companyId?: string };

type App = Pick<SubsidyApplicationRecord, 'companyId' | 'regionCode' | 'status' | 'trustedThirdPartyId'>;

export const isApplicant = ({ viewer, companyId }: Caller, app: App): boolean =>
  viewer.kind === 'user' && viewer.role === 'PME' && companyId !== undefined && companyId === app.companyId;

/** An agent of the file's region; drafts belong to the applicant alone. */
export const isInstructor = ({ viewer }: Caller, app: App): boolean =>
  viewer.kind === 'user' &&
  viewer.role === 'REGION_AGENT' &&
  viewer.regionCode === app.regionCode &&
  app.status !== 'DRAFT';

export const isModerator = ({ viewer }: Caller): boolean =>
  viewer.kind === 'user' && viewer.role === 'MODERATOR';

export const isTrustedThirdParty = ({ viewer }: Caller, app: App): boolean =>
  viewer.kind === 'user' &&
  viewer.role === 'CONNECTEUR' &&
  app.trustedThirdPartyId !== undefined &&
  app.trustedThirdPartyId === connecteurIdOf(viewer.sub);

/**
 * A draft is personal: its company's, and the trusted third party's it names (attesting comes before submission
 * when the programme requires it). Agents and moderators read it once submitted.
 */
export const canReadApplication = (caller: Caller, app: App): boolean =>
  (isModerator(caller) && app.status !== 'DRAFT') ||
  isApplicant(caller, app) ||
  isInstructor(caller, app) ||
  isTrustedThirdParty(caller, app);

/** Private annotations: the region's agents and moderators. */
export const canReadAnnotations = (caller: Caller, app: App): boolean =>
  isModerator(caller) || isInstructor(caller, app);

/** Who produced an entry: agents and moderators see the subject, applicants only the role. */
export const canSeeActors = canReadAnnotations;

/** The applicant and the region's agents write to each other once the file is submitted. */
export const canWriteMessage = (caller: Caller, app: App): boolean =>
  app.status !== 'DRAFT' && (isApplicant(caller, app) || isInstructor(caller, app));

/** Who may fire a workflow event on this file, by role (the workflow table says which role fires which event). */
export function mayAct(caller: Caller, app: App): boolean {
  const { viewer } = caller;
  if (viewer.kind !== 'user') return false;
  switch (viewer.role) {
    case 'PME':
      return isApplicant(caller, app);
    case 'REGION_AGENT':
      return isInstructor(caller, app);
    case 'CONNECTEUR':
      return isTrustedThirdParty(caller, app);
    default:
      return false;
  }
}

/** Opening and changing a programme, reading its dashboard and export: moderators, or agents of its region. */
export const canManageProgram = ({ viewer }: Caller, regionCode: string): boolean =>
  viewer.kind === 'user' &&
  (viewer.role === 'MODERATOR' || (viewer.role === 'REGION_AGENT' && viewer.regionCode === regionCode));

/** Which index partitions a caller's list reads: its company's files, or whole regions. */
export type ListScope = { kind: 'company'; companyId: string } | { kind: 'regions'; regionCodes: string[] };

/**
 * The files a caller may list: a PME its company's, an agent its region's, a moderator one region or all of them.
 * Asking for another region (directly or through a programme) is FORBIDDEN.
 */
export function listScope(
  caller: Caller,
  filter: { regionCode?: string; programRegionCode?: string },
): ListScope {
  const { viewer } = caller;
  if (viewer.kind !== 'user') throw forbidden('Connectez-vous pour consulter des dossiers.');
  const asked = [filter.regionCode, filter.programRegionCode].filter((r): r is string => r !== undefined);
  if (viewer.role === 'PME') {
    if (!caller.companyId) throw forbidden('Enregistrez d’abord votre entreprise (registerCompany).');
    if (filter.regionCode !== undefined) throw forbidden('Le filtre par région est réservé aux modérateurs.');
    return { kind: 'company', companyId: caller.companyId };
  }
  if (viewer.role === 'REGION_AGENT' && viewer.regionCode) {
    if (filter.regionCode !== undefined) throw forbidden('Le filtre par région est réservé aux modérateurs.');
    if (asked.some((r) => r !== viewer.regionCode))
      throw forbidden('Ce programme relève d’une autre région que la vôtre.');
    return { kind: 'regions', regionCodes: [viewer.regionCode] };
  }
  if (viewer.role === 'MODERATOR') {
    if (filter.regionCode && filter.programRegionCode && filter.regionCode !== filter.programRegionCode)
      return { kind: 'regions', regionCodes: [] };
    const one = filter.programRegionCode ?? filter.regionCode;
    return { kind: 'regions', regionCodes: one ? [one] : allRegions().map((r) => r.code) };
  }
  throw forbidden(`Le rôle ${viewer.role} ne consulte pas de dossiers de chèque numérique.`);
}
