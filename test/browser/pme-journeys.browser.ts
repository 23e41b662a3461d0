import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { signDevToken } from '../../functions/shared/auth.js';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import { DEV_TOKEN_SECRET } from '../../functions/shared/config.js';
import { demoSiretOf } from '../../scripts/demo/identity.js';
import { expectAccessible } from './axe.js';
import { pickUser, signIn, test } from './support.js';

/**
 * The company's side of the relationship (issue 14), in order (they share the platform's state):
 * an anonymous visitor's "Contacter ce connecteur" comes back to the contact form after signing in; the PME and a
 * labelled connecteur of the Rhône (demo-connecteur-244) write to each other on the request, the connecteur sees
 * the company's contact details once it takes the request in charge and proposes a follow from the request; the PME
 * accepts it, reads the notes its other connecteur (demo-connecteur-001) shared, cancels its appointment with it and
 * books another of its slots; an anonymous diagnostic is saved to the company's space after signing in. Each page
 * the journeys reach is checked with axe-core as its user sees it (test/browser/axe.ts).
 */

const PME = 'demo-pme-suivie-01';
const CONNECTEUR = 'demo-connecteur-244';
const NEED = 'Nous voulons vendre nos produits en ligne et être visibles sur les cartes.';

const journey: { needUrl?: string; company?: string; unreadBefore?: number } = {};

/** The unread count the header's bell shows (its screen-reader text), after reloading the page. */
async function unreadCount(page: Page): Promise<number> {
  await page.reload();
  // The bell shows its count once its query answered.
  await page.waitForLoadState('networkidle');
  const text = await page
    .getByRole('banner')
    .locator('.cc-notification-bell button .fr-sr-only')
    .first()
    .textContent();
  return Number(/(\d+) non lue/.exec(text ?? '')?.[1] ?? 0);
}

/** The DSFR radios and checkboxes are drawn over their inputs: the label is what a user clicks. */
const pick = (scope: Locator | Page, label: string | RegExp) =>
  scope.locator('label').filter({ hasText: label }).first().click();

test('“Contacter ce connecteur” comes back to the contact form after signing in; the PME sends its need', async ({
  page,
}) => {
  const connecteurId = connecteurIdOf(CONNECTEUR);
  await page.goto(`/connecteurs/${connecteurId}`);
  await page.getByRole('link', { name: 'Contacter ce connecteur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
  await pickUser(page, PME, `/entreprise/demandes/nouvelle?connecteur=${connecteurId}`);
  await expectAccessible(page);

  const form = page.getByRole('form', { name: 'Demande de contact' });
  await form.getByLabel('Votre besoin').fill(NEED);
  await form.getByLabel('Nom de la personne à contacter').fill('Claire Martin');
  await form.getByLabel('Téléphone').fill('05 90 12 34 56');
  await form.getByRole('button', { name: 'Envoyer la demande' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ma demande de contact' }).waitFor();
  journey.needUrl = page.url();

  await page.getByLabel('Votre message').fill('Bonjour, je suis disponible le matin.');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await page.getByText('Message envoyé.').waitFor();
  await page.getByText('Bonjour, je suis disponible le matin.').waitFor();
  await expectAccessible(page);
  journey.unreadBefore = await unreadCount(page);
});

test('the connecteur sees the contact details once it takes the request in charge, answers, and proposes a follow', async ({
  page,
}) => {
  await signIn(page, CONNECTEUR);
  await page.goto('/connecteur/demandes');
  await page
    .getByRole('link', { name: /^Demande de / })
    .first()
    .click();
  await page.getByText(NEED).waitFor();
  journey.company = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Demande de ', '');
  await page.getByText('Bonjour, je suis disponible le matin.').waitFor();
  await page
    .getByText('Les coordonnées de l’entreprise s’affichent une fois la demande prise en charge.')
    .waitFor();
  expect(await page.getByText('05 90 12 34 56').count()).toBe(0);

  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await page.getByRole('link', { name: '05 90 12 34 56' }).waitFor();
  await page.getByText('Claire Martin').waitFor();

  await page.getByLabel('Votre message').fill('Je vous appelle demain à 9 h.');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await page.getByText('Message envoyé.').waitFor();

  // No follow yet: instead of a page saying "Accès refusé", the offer to propose one.
  const offer = page.getByRole('form', { name: 'Proposer un suivi' });
  await offer.getByLabel('Message avec la proposition (facultatif)').fill('Je vous propose un suivi.');
  await offer.getByRole('button', { name: 'Proposer un suivi à l’entreprise' }).click();
  await page.getByText(/^Suivi proposé à /).waitFor();
  await expectAccessible(page);
});

test('the PME reads the answer, accepts the follow, reads a shared note, cancels an appointment and books a slot', async ({
  page,
}) => {
  await signIn(page, PME);
  // The connecteur took the request in charge, wrote and proposed a follow: the bell counts them (delivered by the
  // notifier from the table's stream, as on AWS), each one linking to where the PME acts.
  await expect
    .poll(() => unreadCount(page), { timeout: 20_000, interval: 1_000 })
    .toBeGreaterThanOrEqual(journey.unreadBefore! + 3);
  await page.getByRole('banner').locator('.cc-notification-bell button').first().click();
  await page
    .getByRole('link', { name: /Suivi|suivi/ })
    .first()
    .waitFor();
  await page.keyboard.press('Escape');
  await page.goto(journey.needUrl!);
  await page.getByText('Je vous appelle demain à 9 h.').waitFor();

  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Accompagnement' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Mon accompagnement' }).waitFor();

  // Its consent to be contacted by the labelled connecteurs of its département: changed, and said so.
  const consent = page.getByRole('button', { name: /^(Accepter d’être contacté|Retirer mon accord)$/ });
  const given = (await consent.textContent())!.trim() === 'Retirer mon accord';
  await consent.click();
  await page
    .getByRole('button', { name: given ? 'Accepter d’être contacté' : 'Retirer mon accord' })
    .waitFor();
  await page.getByText(/Choix fait le/).waitFor();
  const proposed = page.locator('section').filter({ hasText: 'Je vous propose un suivi.' });
  await proposed.getByRole('button', { name: 'Accepter le suivi' }).click();
  await proposed.getByText('Suivi accepté').waitFor();

  // demo-connecteur-001 has followed this company for months: its shared note shows, its private one does not.
  await page.getByText('Premier rendez-vous : lecture du diagnostic ensemble').first().waitFor();
  expect(await page.getByText('Budget serré').count()).toBe(0);

  // One upcoming appointment per connecteur: the seeded one is cancelled first, then another slot booked.
  const seeded = page.getByRole('listitem').filter({ hasText: 'Point sur le plan d’actions' });
  await seeded.getByRole('button', { name: 'Annuler ce rendez-vous' }).click();
  await seeded.waitFor({ state: 'detached' });
  const slots = page
    .getByRole('region', { name: /^Prendre rendez-vous avec / })
    .filter({ has: page.getByRole('button', { name: /^Réserver le créneau du / }) })
    .first();
  await slots.getByLabel('Objet du rendez-vous (facultatif)').fill('Point sur le site');
  const slot = slots.getByRole('button', { name: /^Réserver le créneau du / }).first();
  const when = (await slot.textContent())!.trim();
  await slot.click();
  const booked = page.getByRole('listitem').filter({ hasText: 'Point sur le site' });
  await booked.waitFor();
  expect(await booked.textContent()).toContain(when.split(' – ')[0]);
  await expectAccessible(page);
});

test('an anonymous diagnostic is saved to the company’s space after signing in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Faire son diagnostic numérique/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Diagnostic de maturité numérique' }).waitFor();
  await page.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const form = page.getByRole('form', { name: 'Questionnaire du diagnostic' });
  while (await form.getByRole('button', { name: 'Étape suivante' }).isVisible()) {
    const groups = form.locator('fieldset.fr-fieldset');
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('label').first().click();
    const step = await form.locator('.fr-stepper__title').textContent();
    await form.getByRole('button', { name: 'Étape suivante' }).click();
    await expect.poll(() => form.locator('.fr-stepper__title').textContent()).not.toBe(step);
  }
  await form.getByLabel('Taille de l’entreprise').selectOption({ index: 2 });
  await form.getByLabel('Code NAF (APE)').fill('47.71Z');
  await pick(form.getByRole('group', { name: 'Vos clients sont' }), /./);
  await form.getByRole('combobox', { name: /Commune de l’entreprise/ }).fill('Lyon');
  await page.getByRole('option', { name: /^Lyon \(69/ }).click();
  await form.getByRole('button', { name: 'Voir mon résultat' }).click();
  await page.getByRole('heading', { level: 1, name: 'Résultat de mon diagnostic' }).waitFor();
  const resultPath = new URL(page.url()).pathname;
  expect(resultPath).toMatch(/^\/diagnostic\/.+/);
  await page.getByRole('link', { name: 'Les chèques numériques de votre région et leurs règles' }).waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Me connecter pour enregistrer' }).click();
  await pickUser(page, PME, /^\/entreprise\/diagnostic\//);
  await page.getByText('Diagnostic enregistré dans l’espace de votre entreprise.').waitFor();
  expect(new URL(page.url()).pathname).toBe(`/entreprise${resultPath}`);
  await expectAccessible(page);

  // It is the company's now: listed among its diagnostics.
  await page.goto('/entreprise/diagnostic');
  await page.locator(`a[href="/entreprise${resultPath}"]`).waitFor();
});

test('the chèque programmes of a region and their rules, from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Financer son projet/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Les chèques numériques des régions' }).waitFor();
  await page.getByLabel('Région').selectOption({ label: 'Auvergne-Rhône-Alpes' });
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page
    .getByText(/Aide de \d/)
    .first()
    .waitFor();
});

/**
 * The sign-in page lists one followed PME only: another demo company is signed in as the page would do it, its
 * session (a development token, as `npm run -s token` makes) put in the tab's storage before the app loads.
 */
async function signInUnlisted(page: Page, sub: string) {
  const token = await signDevToken(
    { sub, role: 'PME', siret: demoSiretOf(sub) },
    process.env.DEV_TOKEN_SECRET || DEV_TOKEN_SECRET,
  );
  const session = JSON.stringify({ token, label: sub, role: 'PME', sub });
  await page.addInitScript(
    // Runs in the page (the tests' types have no DOM).
    ([key, value]) =>
      (
        globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
      ).sessionStorage.setItem(key!, value!),
    ['croissance-connectee.session', session],
  );
}

test('a PME declines the follow a connecteur proposed: the proposal says so and asks nothing more', async ({
  page,
}) => {
  // The demo's seventh followed company has demo-connecteur-001's proposal still waiting (scripts/demo/workspace.ts).
  await signInUnlisted(page, 'demo-pme-suivie-09');
  await page.goto('/entreprise/suivi');
  const proposal = page
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: 'Accepter le suivi' }) })
    .first();
  const connecteur = (await proposal.getByRole('heading', { level: 3 }).textContent())!;
  await proposal.getByRole('button', { name: 'Refuser' }).click();

  const card = page.getByRole('region', { name: connecteur });
  await card.getByText('Suivi refusé').waitFor();
  expect(await card.getByRole('button').count()).toBe(0);
  // Kept: read again from the API.
  await page.reload();
  await card.getByText('Suivi refusé').waitFor();
  expect(await card.getByRole('button', { name: 'Accepter le suivi' }).count()).toBe(0);
  await expectAccessible(page);
});
