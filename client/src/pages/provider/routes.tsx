import type { RouteObject } from 'react-router';
import { RequireRole } from '../../session/RequireRole';
import { MyProviderPage } from './MyProviderPage';
import { ProviderReviewsPage } from './ProviderReviewsPage';

/** The digital provider's pages, under /prestataire (its own entry; the public directory is /prestataires). */
export const providerRoutes: RouteObject = {
  path: 'prestataire',
  element: <RequireRole role="PROVIDER" />,
  children: [
    { index: true, element: <MyProviderPage /> },
    { path: 'avis', element: <ProviderReviewsPage /> },
  ],
};
