import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Link } from 'react-router';

// DSFR components take `linkProps` for react-router's Link (client-side navigation); the CSS, fonts and icons are
// served from /dsfr (copied to client/public by `copy-dsfr-to-public`, see index.html).
startReactDsfr({ defaultColorScheme: 'system', Link });

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}
