import { Navigate, type RouteObject } from 'react-router';
import { RequireRole } from '../../session/RequireRole';
import { ProgramFormPage } from './ProgramFormPage';
import { RegionApplicationPage } from './RegionApplicationPage';
import { RegionProgramDashboardPage } from './RegionProgramDashboardPage';
import { RegionProgramsPage } from './RegionProgramsPage';
import { RegionQueuePage } from './RegionQueuePage';
import { EventPublicationPage } from '../../features/publications/EventPublicationPage';
import { NewsPublicationPage } from '../../features/publications/NewsPublicationPage';

/** The region agent's pages, under /region (the region is the one of the agent's session). */
export const regionRoutes: RouteObject = {
  path: 'region',
  element: <RequireRole role="REGION_AGENT" />,
  children: [
    { index: true, element: <Navigate to="dossiers" replace /> },
    { path: 'dossiers', element: <RegionQueuePage /> },
    { path: 'dossiers/:id', element: <RegionApplicationPage /> },
    { path: 'programmes', element: <RegionProgramsPage /> },
    { path: 'programmes/nouveau', element: <ProgramFormPage /> },
    { path: 'programmes/:id', element: <RegionProgramDashboardPage /> },
    { path: 'programmes/:id/modifier', element: <ProgramFormPage /> },
    { path: 'actualites', element: <NewsPublicationPage /> },
    { path: 'evenements', element: <EventPublicationPage /> },
  ],
};
