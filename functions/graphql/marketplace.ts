import { followId } from '../followups/store.js';
import { createHistogramLoader } from '../prices/service.js';
import type { MarketplacePeers } from '../providers/peers.js';
import { providerRegionsBySiren } from '../providers/service.js';
import DataLoader from 'dataloader';
import { byIdLoader, type Context, type Services } from './context.js';

/**
 * The marketplace's per-request loaders, and its view of the other domains (providers/peers.ts): the caller's
 * company, consented follows and funded expenses come from their owners' loaders, never from their keys.
 */
export function marketplaceContext(services: Services, ctx: Pick<Context, 'viewerCompany' | 'followLoader'>) {
  const marketplace: MarketplacePeers = {
    viewerCompany: async () => {
      const company = await ctx.viewerCompany();
      if (!company) return undefined;
      const name = (company as { name?: unknown }).name;
      return { ...company, ...(typeof name === 'string' ? { name } : {}) };
    },
    followsWithConsent: async (connecteurId, companyId) =>
      (await ctx.followLoader.load(followId({ companyId, connecteurId })))?.status === 'ACTIVE',
    fundedExpenseWith: (companyId, providerSiren) =>
      services.subsidyStore.lists.fundsProvider(companyId, providerSiren),
    recommendationGuards: (connecteurId, companyId, providerSirens, errors) => [
      services.followupStore.activeFollowGuard(companyId, connecteurId, errors.followEnded),
      services.connecteurStore.noCapitalLinkGuard(connecteurId, providerSirens, errors.capitalLink),
    ],
  };
  return {
    providerLoader: byIdLoader((ids) => services.providerStore.getMany(ids)),
    providerRegionsLoader: new DataLoader<string, string[]>(async (sirens) => {
      const regions = await providerRegionsBySiren(services, sirens);
      return sirens.map((siren) => regions.get(siren) ?? []);
    }),
    reviewLoader: byIdLoader((ids) => services.providerStore.reviews(ids)),
    histogramLoader: createHistogramLoader(services.priceStore),
    testimonialLoader: byIdLoader((ids) => services.testimonialStore.getMany(ids)),
    eventLoader: byIdLoader((ids) => services.eventStore.events(ids)),
    marketplace,
  };
}

export type MarketplaceContext = ReturnType<typeof marketplaceContext>;
