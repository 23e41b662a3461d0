import * as z from 'zod';
import { lazySchema } from '../shared/lazy-schema.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { AppError, badUserInput, forbidden, notFound } from '../shared/errors.js';
import { isSiren } from '../shared/identifiers.js';
import { parseInput } from '../shared/validation.js';
import type { ConnecteurRecord } from './records.js';
import { type ConnecteurDeps } from './service.js';
import { connecteurIdOf } from '../shared/caller.js';

/**
 * Capital links: a connecteur declares the digital providers it has a capital link with; it may then never
 * recommend them nor attest a project funding them (brief, piste 1). Kept in the profile item, under its version.
 */
export const MAX_CAPITAL_LINKS = 50;

const capitalLinkArgs = lazySchema(() =>
  z.object({
    providerSiren: z
      .string()
      .trim()
      .refine(isSiren, 'SIREN invalide : 9 chiffres dont une clé de contrôle (Luhn) correcte.'),
  }),
);

/**
 * The connecteur itself and moderators: who sees its private parts (whom it is linked to, why a label was refused
 * or revoked).
 */
export const isSelfOrModerator = (viewer: Viewer, c: Pick<ConnecteurRecord, 'id'>): boolean =>
  viewer.kind === 'user' &&
  (viewer.role === 'MODERATOR' || (viewer.role === 'CONNECTEUR' && connecteurIdOf(viewer.sub) === c.id));

export function capitalLinksFor(viewer: Viewer, c: ConnecteurRecord): string[] {
  if (!isSelfOrModerator(viewer, c))
    throw forbidden(
      'Les liens capitalistiques d’un connecteur ne sont visibles que de lui et des modérateurs.',
    );
  return c.capitalLinks ?? [];
}

async function changeLinks(
  deps: ConnecteurDeps,
  rawArgs: unknown,
  change: (links: string[], siren: string) => string[] | undefined,
): Promise<ConnecteurRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const { providerSiren } = parseInput(capitalLinkArgs, rawArgs);
  const current = await deps.connecteurStore.get(connecteurIdOf(viewer.sub));
  if (!current) throw notFound('Profil de connecteur (inscrivez-vous d’abord avec registerConnecteur)');
  const links = change(current.capitalLinks ?? [], providerSiren);
  if (!links) return current;
  const next: ConnecteurRecord = {
    ...current,
    capitalLinks: links,
    updatedAt: deps.now.toISOString(),
    version: current.version + 1,
  };
  await deps.connecteurStore.save(current, next, deps.now);
  deps.connecteurLoader.clear(next.id).prime(next.id, next);
  return next;
}

/**
 * Declaring a link already declared changes nothing (but withdraws what a past attempt may have left attested).
 * Once the link is written, the attestations of the connecteur's open files funding that provider are withdrawn.
 */
export async function declareCapitalLink(deps: ConnecteurDeps, rawArgs: unknown): Promise<ConnecteurRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const { providerSiren } = parseInput(capitalLinkArgs, rawArgs);
  const declared = await changeLinks(deps, rawArgs, (links, siren) => {
    if (links.includes(siren)) return undefined;
    if (links.length >= MAX_CAPITAL_LINKS)
      throw badUserInput(`Au plus ${MAX_CAPITAL_LINKS} liens capitalistiques déclarés.`, [
        { path: ['providerSiren'], message: 'Trop de liens déclarés.' },
      ]);
    return [...links, siren].sort();
  });
  await deps.withdrawAttestations(viewer, declared.id, { kind: 'CAPITAL_LINK', providerSiren });
  return declared;
}

export const removeCapitalLink = (deps: ConnecteurDeps, rawArgs: unknown) =>
  changeLinks(deps, rawArgs, (links, siren) => {
    if (!links.includes(siren))
      throw new AppError('NOT_FOUND', `Aucun lien capitalistique déclaré avec le SIREN ${siren}.`);
    return links.filter((l) => l !== siren);
  });
