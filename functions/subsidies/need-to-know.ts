import type { EligibilityRule } from '../generated/resolvers-types.js';
import { forbidden } from '../shared/errors.js';
import { callerOf, type SubsidyDeps } from './deps.js';
import { isApplicant, isInstructor, isModerator, isTrustedThirdParty } from './policy.js';
import type { SubsidyApplicationRecord } from './records.js';

/**
 * Need to know, field by field: what each reader of a file is to it, computed once per file and request. The
 * trusted third party reads what attesting needs (the project, its expenses and providers, the company's identity,
 * size and sector) and nothing else: not the messages between the region and the applicant, the annotations, the
 * company's revenue, the reasons in the history, the aid granted, the payment or the follow-up.
 */
export type Relation = 'APPLICANT' | 'INSTRUCTOR' | 'MODERATOR' | 'TRUSTED_THIRD_PARTY' | 'NONE';

type FileRef = Pick<
  SubsidyApplicationRecord,
  'id' | 'companyId' | 'regionCode' | 'status' | 'trustedThirdPartyId'
>;

const relations = new WeakMap<object, Map<string, Promise<Relation>>>();

export function relationTo(deps: SubsidyDeps, app: FileRef): Promise<Relation> {
  let byFile = relations.get(deps);
  if (!byFile) relations.set(deps, (byFile = new Map()));
  let relation = byFile.get(app.id);
  if (!relation) {
    relation = (async () => {
      const caller = await callerOf(deps);
      if (isApplicant(caller, app)) return 'APPLICANT';
      if (isInstructor(caller, app)) return 'INSTRUCTOR';
      if (isModerator(caller)) return 'MODERATOR';
      if (isTrustedThirdParty(caller, app)) return 'TRUSTED_THIRD_PARTY';
      return 'NONE';
    })();
    byFile.set(app.id, relation);
  }
  return relation;
}

/** The relation to a file known by id (a history entry's): the file is read through the request's loader. */
export async function relationToFile(deps: SubsidyDeps, applicationId: string): Promise<Relation> {
  const app = await deps.subsidyApplicationLoader.load(applicationId);
  return app ? relationTo(deps, app) : 'NONE';
}

/** Who reads the file beyond what attesting needs: the applicant, the region's agents, moderators. */
const FULL_READERS: readonly Relation[] = ['APPLICANT', 'INSTRUCTOR', 'MODERATOR'];

/** A field beyond what attesting needs: FORBIDDEN (the field is null) for the trusted third party. */
export async function beyondAttestation<T>(
  deps: SubsidyDeps,
  app: FileRef,
  what: string,
  value: () => T | Promise<T>,
): Promise<T> {
  if (!FULL_READERS.includes(await relationTo(deps, app)))
    throw forbidden(
      `${what} : réservé au demandeur, aux agents instructeurs de la région et aux modérateurs.`,
    );
  return value();
}

/** Whether the reader sees the reasons written in the history (the trusted third party does not). */
export const seesReasons = async (deps: SubsidyDeps, applicationId: string): Promise<boolean> =>
  FULL_READERS.includes(await relationToFile(deps, applicationId));

/** Rules whose explanation gives the company's revenue or its other aid: not for the trusted third party. */
const PRIVATE_RULES: readonly EligibilityRule[] = ['ANNUAL_REVENUE', 'COMPANY_CAP'];

export async function eligibilityChecksFor<C extends { rule: EligibilityRule }>(
  deps: SubsidyDeps,
  app: FileRef,
  checks: C[],
): Promise<C[]> {
  return FULL_READERS.includes(await relationTo(deps, app))
    ? checks
    : checks.filter((c) => !PRIVATE_RULES.includes(c.rule));
}
