import type { RouteObject } from 'react-router';
import { EventsPage } from './EventsPage';
import { NewsPage } from './NewsPage';
import { PriceReferentialPage } from './PriceReferentialPage';
import { ProviderDetailPage } from './ProviderDetailPage';
import { ProvidersPage } from './ProvidersPage';
import { TestimonialsPage } from './TestimonialsPage';

/** Public pages of the marketplace: providers and their reviews, prices, testimonials, events and news. */
export const marketplaceRoutes: RouteObject[] = [
  { path: 'prestataires', element: <ProvidersPage /> },
  { path: 'prestataires/:id', element: <ProviderDetailPage /> },
  { path: 'referentiel-des-prix', element: <PriceReferentialPage /> },
  { path: 'temoignages', element: <TestimonialsPage /> },
  { path: 'agenda', element: <EventsPage /> },
  { path: 'actualites', element: <NewsPage /> },
];
