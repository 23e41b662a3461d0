import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Loading';

// Loaded when opened: an anonymous visitor of the home page downloads neither the questionnaire nor the result.
const diagnosticPages = () => import('./AnonymousDiagnosticPage');

/** Public pages for companies not signed in yet: the diagnostic without an account, the regions' chèque programmes. */
export const pmePublicRoutes: RouteObject[] = [
  {
    path: 'diagnostic',
    lazy: async () => ({ Component: (await diagnosticPages()).AnonymousDiagnosticPage }),
    hydrateFallbackElement: <Loading />,
  },
  {
    path: 'diagnostic/:id',
    lazy: async () => ({ Component: (await diagnosticPages()).PublicDiagnosticResultPage }),
    hydrateFallbackElement: <Loading />,
  },
  {
    path: 'cheques-numeriques',
    lazy: async () => ({ Component: (await import('./SubsidyProgramsPage')).SubsidyProgramsPage }),
    hydrateFallbackElement: <Loading />,
  },
];
