import type { RouteObject } from 'react-router';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';

/** The notifications' pages, for every signed-in role (the e-mails link to /notifications/preferences). */
export const notificationRoutes: RouteObject = {
  path: 'notifications',
  children: [{ path: 'preferences', element: <NotificationPreferencesPage /> }],
};
