import './dsfr';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { patchRoutesOnNavigation, routes } from './router';
import { SessionProvider } from './session/SessionProvider';

const router = createBrowserRouter(routes, { patchRoutesOnNavigation });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
