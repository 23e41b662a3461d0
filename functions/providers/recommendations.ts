import { requireRole } from '../shared/auth.js';
import { AppError, badUserInput, forbidden, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validation.js';
import { connecteurIdOf } from '../shared/caller.js';
import { companyIdInput, recommendInput } from './inputs.js';
import { conflictingProviders } from './policy.js';
import type { ProviderRecord, RecommendationRecord } from './records.js';
import { ownConnecteur, type ProviderDeps } from './service.js';

// ——— a connecteur's recommendations ———

export async function recommendProviders(
  deps: ProviderDeps,
  rawArgs: unknown,
): Promise<RecommendationRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const args = parseInput(recommendInput, rawArgs);
  const connecteur = await ownConnecteur(deps, viewer.sub);
  if (!connecteur) throw notFound('Profil de connecteur (inscrivez-vous d’abord avec registerConnecteur)');
  if (!(await deps.marketplace.followsWithConsent(connecteur.id, args.companyId))) throw notFollowing();
  const loaded = await deps.providerLoader.loadMany(args.providerIds);
  const missing = args.providerIds.filter((_, i) => !loaded[i] || loaded[i] instanceof Error);
  if (missing.length)
    throw badUserInput(`Prestataire(s) introuvable(s) : ${missing.join(', ')}.`, [
      ...missing.map((id) => ({
        path: ['providerIds', args.providerIds.indexOf(id)],
        message: 'Prestataire introuvable.',
      })),
    ]);
  const providers = loaded as ProviderRecord[];
  const conflicting = conflictingProviders(connecteur.capitalLinks ?? [], providers);
  if (conflicting.length) throw conflictOfInterest(conflicting);
  const record: RecommendationRecord = {
    companyId: args.companyId,
    connecteurId: connecteur.id,
    providerIds: args.providerIds,
    ...(args.note ? { note: args.note } : {}),
    recommendedAt: deps.now.toISOString(),
  };
  // Consent withdrawn or a capital link declared since the checks above: the same refusals, nothing written.
  const guards = deps.marketplace.recommendationGuards(
    connecteur.id,
    args.companyId,
    providers.map((p) => p.siren),
    {
      followEnded: notFollowing,
      capitalLink: () =>
        new AppError(
          'CONFLICT_OF_INTEREST',
          'Vous venez de déclarer un lien capitalistique avec un de ces prestataires : vous ne pouvez pas le recommander.',
          { providerIds: providers.map((p) => p.id) },
        ),
    },
  );
  await deps.providerStore.recommendations.put(record, guards);
  return record;
}

const notFollowing = () =>
  forbidden('Vous ne suivez pas cette entreprise (ou elle a retiré son consentement).');

const conflictOfInterest = (conflicting: ProviderRecord[]) =>
  new AppError(
    'CONFLICT_OF_INTEREST',
    `Vous avez déclaré un lien capitalistique avec : ${conflicting.map((p) => p.name).join(', ')}. ` +
      'Vous ne pouvez pas le(s) recommander.',
    { providerIds: conflicting.map((p) => p.id) },
  );

export async function providerRecommendations(
  deps: ProviderDeps,
  rawArgs: unknown,
): Promise<RecommendationRecord[]> {
  const viewer = requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  const { companyId } = parseInput(companyIdInput, rawArgs);
  if (viewer.role === 'PME') {
    const company = await deps.marketplace.viewerCompany();
    if (company?.id !== companyId)
      throw forbidden('Vous ne voyez que les recommandations faites à votre entreprise.');
    return (await deps.providerStore.recommendations.forCompany(companyId)).sort((a, b) =>
      b.recommendedAt.localeCompare(a.recommendedAt),
    );
  }
  const connecteurId = connecteurIdOf(viewer.sub);
  if (!(await deps.marketplace.followsWithConsent(connecteurId, companyId))) throw notFollowing();
  const own = await deps.providerStore.recommendations.get(companyId, connecteurId);
  return own ? [own] : [];
}

/** Recommended providers still in the directory, in the connecteur's order. */
export async function recommendedProviders(
  deps: ProviderDeps,
  r: RecommendationRecord,
): Promise<ProviderRecord[]> {
  const loaded = await deps.providerLoader.loadMany(r.providerIds);
  return loaded.filter((p): p is ProviderRecord => !!p && !(p instanceof Error));
}
