import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { headingJumps, settled, violations } from './axe.js';
import { signIn, test } from './support.js';

/**
 * Accessibility, checked by axe-core (WCAG 2.1 A and AA rules) in Chromium on the pages each role reaches: no
 * serious or critical violation. To check another page, add its path to its role's list (a page behind an id
 * is reached by following the first link `follow` selects on a listed page, then the next selector's, if several).
 * Every route with an `:id` of client/src is reached here or, when only a journey creates what it shows, in that
 * journey (`expectAccessible`, test/browser/axe.ts): a contact request for both sides, the diagnostic results
 * (anonymous and the company's) in pme-journeys.browser.ts; a file for the trusted third party in subsidy-file.browser.ts.
 */
type Visit = { path: string; follow?: string | string[] };
/** The first link of `main` to a page under `prefix` (not the `except` ones: "nouvelle", "nouveau"). */
const linkUnder = (prefix: string, except?: string) =>
  `main a[href^="${prefix}"]${except ? `:not([href$="${except}"])` : ''}`;
const PAGES: { who: string | undefined; visits: Visit[] }[] = [
  {
    who: undefined, // anonymous
    visits: [
      { path: '/' },
      { path: '/connexion' },
      { path: '/connecteurs?departement=69' },
      { path: '/connecteurs?departement=69', follow: 'main .fr-card a' },
      { path: '/prestataires' },
      { path: '/prestataires', follow: linkUnder('/prestataires/') },
    ],
  },
  {
    who: undefined, // the rest of the public pages, in a test of their own to run alongside
    visits: [
      { path: '/diagnostic' },
      { path: '/cheques-numeriques' },
      { path: '/referentiel-des-prix' },
      { path: '/temoignages' },
      { path: '/agenda' },
      { path: '/actualites' },
      { path: '/mentions-legales' },
      { path: '/donnees-personnelles' },
      { path: '/accessibilite' },
    ],
  },
  {
    who: 'demo-pme',
    visits: [
      { path: '/entreprise' },
      { path: '/entreprise/mon-entreprise' },
      { path: '/entreprise/mes-donnees' },
      { path: '/entreprise/demandes' },
      { path: '/entreprise/suivi' },
      { path: '/entreprise/temoignages' },
      { path: '/entreprise/diagnostic' },
      { path: '/entreprise/cheque-numerique' },
      { path: '/entreprise/cheque-numerique', follow: linkUnder('/entreprise/cheque-numerique/dossiers/') },
      { path: '/entreprise/cheque-numerique', follow: linkUnder('/entreprise/cheque-numerique/nouvelle/') },
      { path: '/notifications/preferences' },
    ],
  },
  {
    who: 'demo-connecteur-001',
    visits: [
      { path: '/connecteur' },
      { path: '/connecteur/demandes' },
      { path: '/connecteur/demandes', follow: linkUnder('/connecteur/demandes/') },
      { path: '/connecteur/entreprises' },
      { path: '/connecteur/entreprises', follow: linkUnder('/connecteur/entreprises/') },
      { path: '/connecteur/rendez-vous' },
      { path: '/connecteur/attestation' },
      { path: '/connecteur/profil' },
    ],
  },
  {
    who: 'demo-agent-84',
    visits: [
      { path: '/region/dossiers' },
      { path: '/region/dossiers', follow: linkUnder('/region/dossiers/') },
      { path: '/region/programmes' },
      { path: '/region/programmes', follow: linkUnder('/region/programmes/', 'nouveau') },
      {
        path: '/region/programmes',
        follow: [linkUnder('/region/programmes/', 'nouveau'), 'main a[href$="/modifier"]'],
      },
      { path: '/region/programmes/nouveau' },
      { path: '/region/actualites' },
      { path: '/region/evenements' },
    ],
  },
  {
    who: 'demo-moderateur',
    visits: [
      { path: '/moderation/labels' },
      { path: '/moderation/avis' },
      { path: '/moderation/temoignages' },
      { path: '/moderation/actualites' },
      { path: '/moderation/evenements' },
    ],
  },
  {
    who: 'demo-prestataire-001',
    visits: [
      { path: '/prestataire' },
      { path: '/prestataire/avis' },
      { path: '/prestataire', follow: linkUnder('/prestataires/') },
    ],
  },
];

// One test per role, run at the same time: each page waits for the network to rest (half a second) and axe works
// in the renderer, so several contexts in parallel take about a third of the sequential time.
describe.concurrent('no serious or critical accessibility violation', () => {
  for (const { who, visits } of PAGES) {
    test(`on the pages of ${who ?? 'an anonymous visitor'}, from ${visits[0]!.path}`, async ({ page }) => {
      if (who) await signIn(page, who);
      expect(await problemsOfVisits(page, visits)).toEqual([]);
    }, 180_000);
  }
});

/** The violations and heading jumps of each visit, in order, and the links a visit could not follow. */
async function problemsOfVisits(page: Page, visits: Visit[]): Promise<string[]> {
  const found: string[] = [];
  for (const visit of visits) {
    await page.goto(visit.path);
    await settled(page);
    let reached = true;
    for (const selector of [visit.follow ?? []].flat()) {
      const link = page.locator(selector).first();
      if ((await link.count()) === 0) {
        found.push(`${page.url()} — aucun lien ${selector}`);
        reached = false;
        break;
      }
      const target = new URL((await link.getAttribute('href'))!, page.url()).pathname;
      await link.click();
      await page.waitForURL((url) => url.pathname === target);
      await settled(page);
    }
    if (reached) found.push(...(await violations(page)), ...(await headingJumps(page)));
  }
  return found;
}

test('a labelled connecteur’s dashboard does not offer to ask for the label', async ({ page }) => {
  await signIn(page, 'demo-connecteur-244');
  await page.goto('/connecteur');
  await page.getByRole('heading', { level: 3, name: 'Profil et label' }).waitFor();
  expect(await page.getByText('Demander le label').count()).toBe(0);
  await page.getByText('Votre fiche et votre label').waitFor();
});

// Appointment times are Paris time, whatever the browser's time zone: a connecteur in Réunion (UTC+4) or in
// Guadeloupe (UTC−4) types 10:00 and 10:00 Paris time is published and shown.
test('a slot typed from Réunion or Guadeloupe is published at the Paris time typed', async ({
  browser,
  baseUrl,
}) => {
  const days = ['2027-05-11', '2027-05-12'];
  for (const [i, timezoneId] of ['Indian/Reunion', 'America/Guadeloupe'].entries()) {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR', timezoneId });
    const page = await context.newPage();
    try {
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await signIn(page, 'demo-connecteur-001');
      await page.goto('/connecteur/rendez-vous');
      await settled(page);
      const form = page.getByRole('form', { name: 'Nouveau créneau' });
      await form.getByText('Heure de Paris (métropole)').first().waitFor();
      const minute = String(10 + Math.floor(Math.random() * 30));
      await form.getByLabel('Jour').fill(days[i]!);
      await form.getByLabel(/Heure de début/).fill(`10:${minute}`);
      await form.getByLabel(/Heure de fin/).fill(`10:${Number(minute) + 15}`);
      await form.getByRole('button', { name: 'Ajouter ce créneau' }).click();
      const when = `${Number(days[i]!.slice(8))} mai 2027 à 10:${minute}`;
      await page.getByRole('listitem').filter({ hasText: when }).waitFor();
      await page.getByRole('button', { name: 'Publier le créneau' }).click();
      await page.getByText('1 créneau publié.').waitFor();
      await page.getByRole('cell', { name: when }).waitFor();
    } finally {
      await context.close();
    }
  }
});
