import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Loading';
import { RequireRole } from '../../session/RequireRole';
import { CompanyPage } from './CompanyPage';
import { CompanyTestimonialsPage } from './CompanyTestimonialsPage';
import { ContactNeedPage } from './ContactNeedPage';
import { ContactNeedsPage } from './ContactNeedsPage';
import { ContactNewPage } from './ContactNewPage';
import { DiagnosticPage } from './DiagnosticPage';
import { DiagnosticResultPage } from './DiagnosticResultPage';
import { FollowUpPage } from './followup/FollowUpPage';
import { MyDataPage } from './MyDataPage';
import { PmeHomePage } from './PmeHomePage';
import { SubsidyHomePage } from './SubsidyHomePage';

// The application pages carry the eligibility rules and the INSEE reference data they read: loaded when opened.
const applicationPages = () => import('./ApplicationPage');

/** The company's pages (role PME), under `/entreprise`. */
export const pmeRoutes: RouteObject = {
  path: 'entreprise',
  element: <RequireRole role="PME" />,
  children: [
    { index: true, element: <PmeHomePage /> },
    { path: 'mon-entreprise', element: <CompanyPage /> },
    { path: 'mes-donnees', element: <MyDataPage /> },
    { path: 'demandes', element: <ContactNeedsPage /> },
    { path: 'demandes/nouvelle', element: <ContactNewPage /> },
    { path: 'demandes/:id', element: <ContactNeedPage /> },
    { path: 'suivi', element: <FollowUpPage /> },
    { path: 'temoignages', element: <CompanyTestimonialsPage /> },
    { path: 'diagnostic', element: <DiagnosticPage /> },
    { path: 'diagnostic/:id', element: <DiagnosticResultPage /> },
    { path: 'cheque-numerique', element: <SubsidyHomePage /> },
    {
      path: 'cheque-numerique/nouvelle/:programId',
      lazy: async () => ({ Component: (await applicationPages()).NewApplicationPage }),
      hydrateFallbackElement: <Loading />,
    },
    {
      path: 'cheque-numerique/dossiers/:id',
      lazy: async () => ({ Component: (await applicationPages()).ApplicationPage }),
      hydrateFallbackElement: <Loading />,
    },
  ],
};
