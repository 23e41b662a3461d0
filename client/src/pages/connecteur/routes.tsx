import type { RouteObject } from 'react-router';
import { RequireRole } from '../../session/RequireRole';
import { AppointmentsPage } from './AppointmentsPage';
import { AttestationPage, AttestationSearchPage } from './AttestationPage';
import { ConnecteurDashboardPage } from './ConnecteurDashboardPage';
import { ConnecteurProfilePage } from './ConnecteurProfilePage';
import { ContactInboxPage } from './ContactInboxPage';
import { ContactRequestPage } from './ContactRequestPage';
import { FollowedCompaniesPage } from './FollowedCompaniesPage';
import { FollowedCompanyPage } from './FollowedCompanyPage';

/** The connecteur's pages (role CONNECTEUR), under `/connecteur`. */
export const connecteurRoutes: RouteObject = {
  path: 'connecteur',
  element: <RequireRole role="CONNECTEUR" />,
  children: [
    { index: true, element: <ConnecteurDashboardPage /> },
    { path: 'demandes', element: <ContactInboxPage /> },
    { path: 'demandes/:id', element: <ContactRequestPage /> },
    { path: 'entreprises', element: <FollowedCompaniesPage /> },
    { path: 'entreprises/:companyId', element: <FollowedCompanyPage /> },
    { path: 'rendez-vous', element: <AppointmentsPage /> },
    { path: 'attestation', element: <AttestationSearchPage /> },
    { path: 'attestation/:id', element: <AttestationPage /> },
    { path: 'profil', element: <ConnecteurProfilePage /> },
  ],
};
