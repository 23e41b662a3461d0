import { requireRole } from '../shared/auth.js';
import { forbidden, notFound } from '../shared/errors.js';
import { cursorScope, pageSize, type Connection } from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import { confirmEngagementInput, declareEngagementInput } from './inputs.js';
import type { EngagementRecord } from './records.js';
import { providerIdOf, providerOrNotFound, toConnection, type ProviderDeps } from './service.js';
import { engagementPosition } from './engagement-store.js';
import { splitCompositeId } from './positions.js';

// ——— engagements: the PME declares, the provider confirms ———

export async function declareProviderEngagement(
  deps: ProviderDeps,
  rawArgs: unknown,
): Promise<EngagementRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const args = parseInput(declareEngagementInput, rawArgs);
  const company = await deps.marketplace.viewerCompany();
  if (!company) throw forbidden('Enregistrez d’abord votre entreprise (registerCompany).');
  const provider = await providerOrNotFound(deps, args.providerId);
  const record: EngagementRecord = {
    id: `${provider.id}.${company.id}`,
    providerId: provider.id,
    companyId: company.id,
    companyName: company.name ?? 'Entreprise',
    declaredBySub: viewer.sub,
    description: args.description,
    status: 'DECLARED',
    declaredAt: deps.now.toISOString(),
  };
  await deps.providerStore.engagements.declare(record);
  return record;
}

export async function confirmProviderEngagement(
  deps: ProviderDeps,
  rawArgs: unknown,
): Promise<EngagementRecord> {
  const viewer = requireRole(deps.viewer, 'PROVIDER');
  const { engagementId } = parseInput(confirmEngagementInput, rawArgs);
  const ids = splitCompositeId(engagementId);
  if (!ids) throw notFound('Prestation déclarée');
  if (ids[0] !== providerIdOf(viewer.sub)) throw forbidden('Seul le prestataire concerné peut confirmer.');
  const engagement = await deps.providerStore.engagements.get(ids[0], ids[1]);
  if (!engagement) throw notFound('Prestation déclarée');
  return deps.providerStore.engagements.confirm(engagement, deps.now.toISOString(), viewer.sub);
}

export async function myProviderEngagements(
  deps: ProviderDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<EngagementRecord>> {
  const viewer = requireRole(deps.viewer, 'PROVIDER');
  const limit = pageSize(first);
  const providerId = providerIdOf(viewer.sub);
  const scope = cursorScope('myProviderEngagements', providerId);
  const page = await deps.providerStore.engagements.forProvider(
    providerId,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, engagementPosition);
}
