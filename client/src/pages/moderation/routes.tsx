import { Navigate, type RouteObject } from 'react-router';
import { RequireRole } from '../../session/RequireRole';
import { LabelRequestsPage } from './LabelRequestsPage';
import { ReviewModerationPage } from './ReviewModerationPage';
import { TestimonialModerationPage } from './TestimonialModerationPage';
import { EventPublicationPage } from '../../features/publications/EventPublicationPage';
import { NewsPublicationPage } from '../../features/publications/NewsPublicationPage';

/** The moderator's pages, under /moderation. */
export const moderationRoutes: RouteObject = {
  path: 'moderation',
  element: <RequireRole role="MODERATOR" />,
  children: [
    { index: true, element: <Navigate to="labels" replace /> },
    { path: 'labels', element: <LabelRequestsPage /> },
    { path: 'avis', element: <ReviewModerationPage /> },
    { path: 'temoignages', element: <TestimonialModerationPage /> },
    { path: 'actualites', element: <NewsPublicationPage /> },
    { path: 'evenements', element: <EventPublicationPage /> },
  ],
};
