import { AppError, forbidden } from '../shared/errors.js';

/** Who wants to review a provider, with what the checks found about them. Deny by default. */
export type Reviewer =
  | { kind: 'PME'; company?: { id: string; name: string }; usedProvider: boolean }
  | { kind: 'CONNECTEUR'; connecteur?: { id: string; displayName: string }; linkedToProvider: boolean }
  | { kind: 'PROVIDER' | 'REGION_AGENT' | 'MODERATOR' };

export type ReviewAuthor = { kind: 'PME' | 'CONNECTEUR'; id: string; name: string };

/**
 * A PME reviews a provider it really used (a funded expense of one of its applications, or an engagement the
 * provider confirmed); a connecteur reviews any provider but one it has a capital link with. Nobody else reviews.
 */
export function reviewAuthor(reviewer: Reviewer): ReviewAuthor {
  switch (reviewer.kind) {
    case 'PME':
      if (!reviewer.company)
        throw forbidden('Enregistrez d’abord votre entreprise (registerCompany) pour donner un avis.');
      if (!reviewer.usedProvider)
        throw forbidden(
          'Une entreprise ne peut noter qu’un prestataire qu’elle a réellement utilisé : une dépense financée par ' +
            'un chèque numérique, ou une prestation déclarée et confirmée par le prestataire.',
        );
      return { kind: 'PME', id: reviewer.company.id, name: reviewer.company.name };
    case 'CONNECTEUR':
      if (!reviewer.connecteur)
        throw forbidden('Inscrivez-vous d’abord comme connecteur (registerConnecteur) pour donner un avis.');
      if (reviewer.linkedToProvider)
        throw new AppError(
          'CONFLICT_OF_INTEREST',
          'Vous avez déclaré un lien capitalistique avec ce prestataire : vous ne pouvez pas le noter.',
        );
      return { kind: 'CONNECTEUR', id: reviewer.connecteur.id, name: reviewer.connecteur.displayName };
    default:
      throw forbidden(
        'Seuls une entreprise (PME) ou un connecteur peuvent donner un avis sur un prestataire.',
      );
  }
}

/** SIREN of a SIRET: its first 9 digits. */
export const sirenOf = (siret: string) => siret.slice(0, 9);

/** The providers among `providers` whose SIREN the connecteur declared a capital link with. */
export function conflictingProviders<P extends { siren: string }>(
  capitalLinks: readonly string[],
  providers: P[],
): P[] {
  const linked = new Set(capitalLinks);
  return providers.filter((p) => linked.has(p.siren));
}
