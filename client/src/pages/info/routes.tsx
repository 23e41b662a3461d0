import type { RouteObject } from 'react-router';
import { AccessibilityPage } from './AccessibilityPage';
import { LegalNoticePage } from './LegalNoticePage';
import { PersonalDataPage } from './PersonalDataPage';

/** The pages every public-service site has, linked from the footer. */
export const infoRoutes: RouteObject[] = [
  { path: 'mentions-legales', element: <LegalNoticePage /> },
  { path: 'donnees-personnelles', element: <PersonalDataPage /> },
  { path: 'accessibilite', element: <AccessibilityPage /> },
];
