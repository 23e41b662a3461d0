import type { PatchRoutesOnNavigationFunction, RouteObject } from 'react-router';
import { Loading } from './components/Loading';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { infoRoutes } from './pages/info/routes';
import { NotFoundPage } from './pages/NotFoundPage';
import { ConnecteurDetailPage } from './pages/public/ConnecteurDetailPage';
import { ConnecteurSearchPage } from './pages/public/ConnecteurSearchPage';
import { marketplaceRoutes } from './pages/public/marketplace-routes';
import { pmePublicRoutes } from './pages/public/pme-public-routes';
import { SignInPage } from './pages/SignInPage';

/**
 * Each role's pages are a chunk of their own, loaded the first time a path under their prefix is opened: an
 * anonymous visitor downloads none of them (docs/performance.md). A new role's group gets one line here.
 */
const roleRoutes: Record<string, () => Promise<RouteObject>> = {
  entreprise: () => import('./pages/pme/routes').then((m) => m.pmeRoutes),
  connecteur: () => import('./pages/connecteur/routes').then((m) => m.connecteurRoutes),
  region: () => import('./pages/region/routes').then((m) => m.regionRoutes),
  moderation: () => import('./pages/moderation/routes').then((m) => m.moderationRoutes),
  prestataire: () => import('./pages/provider/routes').then((m) => m.providerRoutes),
  notifications: () => import('./notifications/routes').then((m) => m.notificationRoutes),
};

/**
 * Every page of the app, under the common layout. Paths are French, as users read them.
 * A role's pages go in a group wrapped by <RequireRole role="…">, e.g.
 *   { path: 'entreprise', element: <RequireRole role="PME" />, children: [{ path: 'demandes', element: <…/> }] }
 * and get their navigation entry in layout/navigation.ts.
 */
export const routes: RouteObject[] = [
  {
    id: 'layout',
    element: <Layout />,
    // Shown while a role's pages load on the first visit of one of their addresses.
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'connecteurs', element: <ConnecteurSearchPage /> },
      { path: 'connecteurs/:id', element: <ConnecteurDetailPage /> },
      ...marketplaceRoutes,
      ...pmePublicRoutes,
      ...infoRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Adds a role's pages under the layout when a path of theirs is asked for (the router's option; React Router
 * skips a group it already holds, and the import is loaded once).
 */
export const patchRoutesOnNavigation: PatchRoutesOnNavigationFunction = async ({ path, patch }) => {
  const load = roleRoutes[path.split('/')[1] ?? ''];
  if (load) patch('layout', [await load()]);
};
