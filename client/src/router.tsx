import type { RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { infoRoutes } from './pages/info/routes';
import { connecteurRoutes } from './pages/connecteur/routes';
import { moderationRoutes } from './pages/moderation/routes';
import { NotFoundPage } from './pages/NotFoundPage';
import { pmeRoutes } from './pages/pme/routes';
import { providerRoutes } from './pages/provider/routes';
import { ConnecteurDetailPage } from './pages/public/ConnecteurDetailPage';
import { ConnecteurSearchPage } from './pages/public/ConnecteurSearchPage';
import { marketplaceRoutes } from './pages/public/marketplace-routes';
import { regionRoutes } from './pages/region/routes';
import { SignInPage } from './pages/SignInPage';

/**
 * Every page of the app, under the common layout. Paths are French, as users read them.
 * A role's pages go in a group wrapped by <RequireRole role="…">, e.g.
 *   { path: 'entreprise', element: <RequireRole role="PME" />, children: [{ path: 'demandes', element: <…/> }] }
 * and get their navigation entry in layout/navigation.ts.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'connecteurs', element: <ConnecteurSearchPage /> },
      { path: 'connecteurs/:id', element: <ConnecteurDetailPage /> },
      ...marketplaceRoutes,
      ...infoRoutes,
      pmeRoutes,
      connecteurRoutes,
      regionRoutes,
      moderationRoutes,
      providerRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
