import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Loading';

/**
 * Public pages of the marketplace: providers and their reviews, prices, testimonials, events and news. Each is loaded
 * when opened: the home page's visitor downloads none of them (its budget: docs/performance.md).
 */
const page = (path: string, load: () => Promise<RouteObject['Component']>): RouteObject => ({
  path,
  lazy: async () => ({ Component: await load() }),
  hydrateFallbackElement: <Loading />,
});

export const marketplaceRoutes: RouteObject[] = [
  page('prestataires', async () => (await import('./ProvidersPage')).ProvidersPage),
  page('prestataires/:id', async () => (await import('./ProviderDetailPage')).ProviderDetailPage),
  page('referentiel-des-prix', async () => (await import('./PriceReferentialPage')).PriceReferentialPage),
  page('temoignages', async () => (await import('./TestimonialsPage')).TestimonialsPage),
  page('agenda', async () => (await import('./EventsPage')).EventsPage),
  page('actualites', async () => (await import('./NewsPage')).NewsPage),
];
