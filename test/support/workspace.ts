import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { QUESTIONNAIRE_V1 } from '../../functions/diagnostics/questionnaire.js';
import { isSiret } from '../../functions/shared/identifiers.js';
import { addParisDays, parisDay } from '../../functions/shared/paris-time.js';
import { uniqueId, type Caller, type createTestApi } from './api.js';
import { graphql } from '../generated/gql.js';
import type { Theme } from '../generated/graphql.js';
import { typedCall } from './typed.js';

type Api = ReturnType<typeof createTestApi>;

const RegisterCompany = graphql(`
  mutation SupportRegisterCompany($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      id
      departementCode
      regionCode
    }
  }
`);
const RegisterConnecteur = graphql(`
  mutation SupportRegisterConnecteur($input: RegisterConnecteurInput!) {
    registerConnecteur(input: $input) {
      id
    }
  }
`);
const RequestLabel = graphql(`
  mutation SupportRequestLabel {
    requestLabel {
      id
    }
  }
`);
const GrantLabel = graphql(`
  mutation SupportGrantLabel($id: ID!, $until: Date!) {
    grantLabel(connecteurId: $id, validUntil: $until) {
      id
    }
  }
`);
const MyConnecteurProfile = graphql(`
  query SupportMyConnecteurProfile {
    myConnecteurProfile {
      isLabelled
      hasPendingLabelRequest
      createdAt
    }
  }
`);

/** A random SIREN with a valid Luhn key. */
export function randomSiren(): string {
  const body = Array.from({ length: 8 }, () => randomInt(10)).join('');
  for (let key = 0; key < 10; key++) {
    const digits = body + key;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let d = Number(digits[8 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

/** A random SIRET with a valid Luhn key, of `siren` when given (the head office's: establishment 00001…). */
export function randomSiret(siren = randomSiren()): string {
  for (let n = 1; n < 100_000; n++) {
    const candidate = `${siren}${String(n).padStart(5, '0')}`;
    if (isSiret(candidate)) return candidate;
  }
  throw new Error('unreachable');
}

/** A PME user whose identity carries the SIRET of an establishment of a company not registered yet. */
export const pmeWithSiret = (prefix = 'pme'): NonNullable<Caller> => ({
  role: 'PME',
  sub: uniqueId(prefix),
  siret: randomSiret(),
});

/** A PME user with a freshly registered company (the company of its token's SIRET). */
export async function registerPme(
  api: Api,
  overrides: { communeCode?: string; nafCode?: string; employees?: number } = {},
): Promise<{ caller: NonNullable<Caller>; companyId: string; departementCode: string; regionCode: string }> {
  const caller = pmeWithSiret();
  const result = await typedCall(
    api,
    RegisterCompany,
    {
      input: {
        name: `Entreprise ${caller.sub}`,
        nafCode: overrides.nafCode ?? '47.71Z',
        employees: overrides.employees ?? 4,
        annualRevenueCents: 35_000_000,
        independent: true,
        communeCode: overrides.communeCode ?? '35238',
      },
    },
    caller,
  );
  expect(result.errors).toBeUndefined();
  const company = result.data!.registerCompany;
  return {
    caller,
    companyId: company.id,
    departementCode: company.departementCode,
    regionCode: company.regionCode,
  };
}

/** Answers of the real questionnaire: `level` 0 ticks the poorest choices, 1 the best, in between a mix. */
export function answersAt(level: 0 | 0.5 | 1) {
  return QUESTIONNAIRE_V1.questions.map((q, i) => {
    const best = level === 1 || (level === 0.5 && i % 2 === 0);
    if (q.multiple)
      return {
        questionId: q.id,
        choiceIds: best
          ? q.choices.filter((c) => !c.exclusive).map((c) => c.id)
          : [q.choices.find((c) => c.exclusive)!.id],
      };
    const sorted = [...q.choices].sort((a, b) => a.points - b.points);
    return { questionId: q.id, choiceIds: [(best ? sorted.at(-1) : sorted[0])!.id] };
  });
}

export const SUBMIT_DIAGNOSTIC = `mutation($input: SubmitDiagnosticInput!) { submitDiagnostic(input: $input) {
  id overallScore level claimed levelInfo { name } themeScores { theme score }
  peers { scope label peerCount averageScore shareBelow }
} }`;

/** A connecteur registered for the test, serving `departementsServed` (its home is `communeCode`'s). */
export async function registerConnecteur(
  api: Api,
  overrides: {
    communeCode?: string;
    departementsServed?: string[];
    acceptsNewPmes?: boolean;
    themes?: Theme[];
    /** Label it too (a moderator grants its request, valid until this day). */
    labelledUntil?: string;
  } = {},
): Promise<{ caller: NonNullable<Caller>; id: string }> {
  const caller = { role: 'CONNECTEUR' as const, sub: uniqueId('conn') };
  const result = await typedCall(
    api,
    RegisterConnecteur,
    {
      input: {
        displayName: `Connecteur ${caller.sub}`,
        kind: 'PERSON',
        structureType: 'FREELANCE',
        communeCode: overrides.communeCode ?? '35238',
        departementsServed: overrides.departementsServed ?? [],
        themes: overrides.themes ?? ['ECOMMERCE_WEBSITE'],
        email: 'conseil@exemple.fr',
        acceptsNewPmes: overrides.acceptsNewPmes ?? true,
        signCharter: true,
      },
    },
    caller,
  );
  expect(result.errors).toBeUndefined();
  const id = result.data!.registerConnecteur.id;
  if (overrides.labelledUntil) {
    expect((await typedCall(api, RequestLabel, {}, caller)).errors).toBeUndefined();
    const granted = await typedCall(
      api,
      GrantLabel,
      { id, until: overrides.labelledUntil },
      { role: 'MODERATOR', sub: uniqueId('moderator') },
    );
    expect(granted.errors).toBeUndefined();
  }
  return { caller, id };
}

/** Answers ticking the best choices of the first `best` questions and the poorest of the others. */
export function answersWithBest(best: number) {
  const top = answersAt(1);
  const bottom = answersAt(0);
  return top.map((answer, i) => (i < best ? answer : bottom[i]!));
}

export const companyFacts = (overrides: Record<string, unknown> = {}) => ({
  sizeBand: 'MICRO' as const,
  nafCode: '47.71Z',
  clientele: 'B2C' as const,
  communeCode: '35238',
  ...overrides,
});

/**
 * Labels a connecteur unless its label is valid (proposing to a lead needs one): its own request, a moderator's
 * grant valid a year after the connecteur registered (the test's clock, whatever it is).
 */
export async function ensureLabelled(api: Api, caller: Caller, connecteurId: string): Promise<void> {
  const read = await typedCall(api, MyConnecteurProfile, {}, caller);
  const profile = read.data!.myConnecteurProfile!;
  if (profile.isLabelled) return;
  if (!profile.hasPendingLabelRequest)
    expect((await typedCall(api, RequestLabel, {}, caller)).errors).toBeUndefined();
  const until = addParisDays(parisDay(profile.createdAt), 365);
  const granted = await typedCall(
    api,
    GrantLabel,
    { id: connecteurId, until },
    { role: 'MODERATOR', sub: uniqueId('moderator') },
  );
  expect(granted.errors).toBeUndefined();
}
