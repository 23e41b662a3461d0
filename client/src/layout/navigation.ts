import type { Role } from '../session/roles';

export type NavigationItem = { text: string; to: string };
/** A header entry: a link, or a menu of links. */
export type NavigationEntry = NavigationItem | { text: string; items: NavigationItem[] };

/** Everyone's pages, signed in or not. */
const publicItems: NavigationItem[] = [
  { text: 'Trouver un connecteur', to: '/connecteurs' },
  { text: 'Prestataires', to: '/prestataires' },
  { text: 'Prix', to: '/referentiel-des-prix' },
  { text: 'Témoignages', to: '/temoignages' },
  { text: 'Agenda', to: '/agenda' },
];

/**
 * Each role's own entries, after the public ones. A journey adds its entry here when its route exists in
 * router.tsx (never before: the navigation only offers pages that work).
 */
const roleItems: Record<Role, NavigationItem[]> = {
  PME: [
    { text: 'Mon entreprise', to: '/entreprise/mon-entreprise' },
    { text: 'Diagnostic', to: '/entreprise/diagnostic' },
    { text: 'Mes demandes', to: '/entreprise/demandes' },
    { text: 'Accompagnement', to: '/entreprise/suivi' },
    { text: 'Chèque numérique', to: '/entreprise/cheque-numerique' },
    { text: 'Témoignages', to: '/entreprise/temoignages' },
  ],
  CONNECTEUR: [
    { text: 'Tableau de bord', to: '/connecteur' },
    { text: 'Demandes', to: '/connecteur/demandes' },
    { text: 'Entreprises suivies', to: '/connecteur/entreprises' },
    { text: 'Rendez-vous', to: '/connecteur/rendez-vous' },
    { text: 'Attester un projet', to: '/connecteur/attestation' },
    { text: 'Profil et label', to: '/connecteur/profil' },
  ],
  REGION_AGENT: [
    { text: 'Dossiers de la région', to: '/region/dossiers' },
    { text: 'Programmes', to: '/region/programmes' },
    { text: 'Actualités', to: '/region/actualites' },
    { text: 'Événements', to: '/region/evenements' },
  ],
  MODERATOR: [
    { text: 'Labels', to: '/moderation/labels' },
    { text: 'Avis à modérer', to: '/moderation/avis' },
    { text: 'Témoignages à publier', to: '/moderation/temoignages' },
    { text: 'Actualités', to: '/moderation/actualites' },
    { text: 'Événements', to: '/moderation/evenements' },
  ],
  PROVIDER: [
    { text: 'Ma fiche', to: '/prestataire' },
    { text: 'Avis reçus', to: '/prestataire/avis' },
  ],
};

const home: NavigationItem = { text: 'Accueil', to: '/' };

/**
 * Anonymous visitors see the public pages in the header; a signed-in user sees its role's pages, the public ones
 * grouped in one menu so that the header holds on one line.
 */
export const navigationFor = (role: Role | undefined): NavigationEntry[] =>
  role ? [{ text: 'Découvrir', items: publicItems }, ...roleItems[role]] : [home, ...publicItems];

/** Every link of the header, menus opened. */
export const linksOf = (entries: NavigationEntry[]): NavigationItem[] =>
  entries.flatMap((entry) => ('items' in entry ? entry.items : [entry]));

/** The entry of the current page: the longest `to` the path starts with ("/" only on the home page). */
export function activeItem(items: NavigationItem[], pathname: string): NavigationItem | undefined {
  return items
    .filter((item) =>
      item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`),
    )
    .sort((a, b) => b.to.length - a.to.length)[0];
}
