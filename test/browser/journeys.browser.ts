import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoUsers, signIn, test } from './support.js';

/**
 * The journeys of issue 7 across roles, through the web app only, in order (they share the platform's state):
 * a connecteur of Lyon is labelled; a new PME registers, finds and contacts it, takes the diagnostic and drafts a
 * chèque numérique naming it as trusted third party; the connecteur answers and attests; the PME submits; the
 * region's agent accepts the file and its programme's remaining envelope drops by exactly the aid granted.
 *
 * The sign-in page offers one demo connecteur only (demo-connecteur-001, in Guadeloupe and not labelled), so the
 * connecteur of this journey is `demo-nouveau-connecteur`, who registers in Lyon and gets the label from the
 * moderator first; demo-connecteur-001's seeded inbox shows the late and reminder badges.
 */

const CONNECTEUR = 'Atelier numérique de la Croix-Rousse';
const COMPANY = 'Mercerie des Pentes';
const PROGRAMME = 'Chèque Croissance connectée 2026';

/** What the first tests leave for the next ones. */
const journey: { applicationUrl?: string } = {};

/** "3 250,00 €" (any spaces) → 325000. */
const cents = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);

const textOf = async (locator: Locator) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

/** Follows an entry of the header's navigation, then waits for the page's title. */
async function navigate(page: Page, entry: string, heading: string | RegExp) {
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  const link = menu.getByRole('link', { name: entry, exact: true });
  // Signed in, the public pages sit in the "Découvrir" menu.
  if (!(await link.isVisible())) await menu.getByRole('button', { name: 'Découvrir' }).click();
  await link.click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** One expense of the chèque form, its provider chosen in the directory of the programme's region. */
async function fillExpense(form: Locator, n: number, theme: string, description: string, euros: string) {
  const expense = form.getByRole('group', { name: `Dépense ${n}`, exact: true });
  await expense.getByLabel(`Thème de la dépense ${n}`).selectOption({ label: theme });
  await expense.getByLabel(`Description de la dépense ${n}`).fill(description);
  await expense
    .getByRole('button', { name: `Choisir le prestataire de la dépense ${n} dans l’annuaire` })
    .click();
  await expense
    .getByRole('button', { name: /^Choisir / })
    .first()
    .click();
  await expect
    .poll(() => expense.getByLabel(`SIREN du prestataire de la dépense ${n}`).inputValue())
    .toMatch(/^\d{9}$/);
  await expense.getByLabel(`Montant hors taxes de la dépense ${n} (en euros)`).fill(euros);
}

/** The searches move the focus to their results' heading once the new results are there (not while the old show). */
const resultsShown = (page: Page, heading: string) =>
  page.locator('h2:focus', { hasText: heading }).waitFor();

/** The DSFR radios and checkboxes are drawn over their inputs: the label is what a user clicks. */
const pick = (scope: Locator | Page, label: string | RegExp) =>
  scope.locator('label').filter({ hasText: label }).first().click();

test('a connecteur of Lyon signs the charter and asks for the label; a moderator grants it', async ({
  page,
}) => {
  await signIn(page, 'demo-nouveau-connecteur');
  await navigate(page, 'Profil et label', 'Devenir connecteur');
  const form = page.getByRole('form', { name: 'Inscription comme connecteur' });
  await form.getByLabel('Nom affiché').fill(CONNECTEUR);
  // The commune picker from the keyboard: the first ↓ highlights the first suggestion (Lyon, not Lyons-la-Forêt).
  const commune = form.getByRole('combobox', { name: /Commune/ });
  await commune.fill('Lyon');
  await page.getByRole('option', { name: /^Lyons-la-Forêt/ }).waitFor();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await expect.poll(() => commune.inputValue()).toBe('Lyon (69)');
  await pick(form, 'Site web ou e-commerce');
  await pick(form, 'Visibilité en ligne');
  await form.getByLabel('Adresse électronique').fill('atelier@croix-rousse.exemple.fr');
  await pick(form, 'Je signe la charte collective');
  await form.getByRole('button', { name: 'Signer la charte et m’inscrire' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mon profil et mon label' }).waitFor();
  await page.getByRole('button', { name: 'Demander le label' }).click();
  await page.getByText('Votre demande de label est en attente de la décision d’un modérateur.').waitFor();

  await signIn(page, 'demo-moderateur');
  await navigate(page, 'Labels', 'Demandes de label');
  // Oldest first: the new request is on the last page.
  const request = page.getByRole('article', { name: CONNECTEUR });
  const firstRequest = () => textOf(page.getByRole('article').first().getByRole('heading'));
  await page.getByRole('article').first().waitFor();
  while (!(await request.isVisible())) {
    const shown = await firstRequest();
    await page
      .getByRole('navigation', { name: 'Pagination des demandes de label' })
      .getByRole('link', { name: 'Page suivante' })
      .click();
    await expect.poll(firstRequest).not.toBe(shown);
  }
  await request.getByRole('button', { name: 'Accorder le label' }).click();
  await request.getByRole('button', { name: 'Confirmer l’attribution du label' }).click();
  await page.getByText(`Label accordé à ${CONNECTEUR} jusqu’au`).waitFor();
});

test('a PME registers its company in Lyon, finds a labelled connecteur and sends it a contact request', async ({
  page,
}) => {
  await signIn(page, 'demo-nouvelle-pme');

  // The company, in Lyon (commune picker).
  await navigate(page, 'Mon entreprise', 'Mon entreprise');
  const registration = page.getByRole('form', { name: 'Inscrire mon entreprise' });
  // The SIREN is not typed: it is the SIRET's the user's identity carries (ProConnect; a dev token's claim here).
  const { siret } = (await demoUsers()).find((u) => u.sub === 'demo-nouvelle-pme')!;
  expect(siret).toMatch(/^\d{14}$/);
  expect((await registration.getByTestId('company-siret').textContent())?.replace(/\s/g, '')).toBe(siret);
  await registration.getByLabel('Raison sociale').fill(COMPANY);
  await registration.getByLabel('Code NAF (APE)').fill('47.51Z');
  await registration.getByLabel('Nombre de salariés').fill('4');
  await registration.getByLabel('Chiffre d’affaires annuel (en euros)').fill('380000');
  await registration.getByRole('combobox', { name: /Commune du siège/ }).fill('Lyon');
  await page.getByRole('option', { name: /^Lyon \(69/ }).click();
  await registration.getByText('Code INSEE 69123').waitFor();
  await registration.getByRole('button', { name: 'Inscrire mon entreprise' }).click();
  await page.getByText('Lyon, Rhône (69), Auvergne-Rhône-Alpes').waitFor();

  // The search: by place, next page; then narrowed by département, theme and label.
  await navigate(page, 'Trouver un connecteur', 'Trouver un connecteur');
  const search = page.getByRole('form', { name: 'Critères de recherche' });
  await search.getByLabel('Région').selectOption({ label: 'Auvergne-Rhône-Alpes' });
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await resultsShown(page, 'Résultats');
  await page.getByRole('status').getByText('12 connecteurs sur cette page.').waitFor();
  await page.getByRole('link', { name: 'Page suivante' }).click();
  await resultsShown(page, 'Résultats');
  await page.getByText('Page 2', { exact: true }).waitFor();

  await search.getByLabel('Département').selectOption({ value: '69' });
  await pick(search, 'Site web ou e-commerce');
  await search.getByText('Seulement les connecteurs labellisés').click();
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await resultsShown(page, 'Résultats');
  const cards = page.locator('.fr-card');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    const text = await textOf(card);
    expect(text).toContain('Labellisé jusqu’au');
    expect(text).toContain('Site web ou e-commerce');
  }
  const card = cards.filter({ has: page.getByRole('heading', { name: CONNECTEUR }) });
  await card.getByRole('link', { name: CONNECTEUR }).click();

  // Its profile: labelled, in the Rhône, accepts new companies; the contact request.
  await page.getByRole('heading', { level: 1, name: CONNECTEUR }).waitFor();
  await page.getByText(/^Labellisé jusqu’au/).waitFor();
  await page.getByText('Accepte de nouvelles entreprises').waitFor();
  await page.getByRole('link', { name: 'Contacter ce connecteur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Contacter un connecteur' }).waitFor();
  const contact = page.getByRole('form', { name: 'Demande de contact' });
  await contact.getByRole('link', { name: CONNECTEUR }).waitFor();
  await contact
    .getByLabel('Votre besoin')
    .fill('Nous voulons vendre nos tissus en ligne et n’avons pas encore de site : par où commencer ?');
  await pick(contact, 'Site web ou e-commerce');
  await contact.getByRole('button', { name: 'Envoyer la demande' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ma demande de contact' }).waitFor();
  await page
    .getByRole('status')
    .getByText(/Votre demande a été envoyée au connecteur/)
    .waitFor();
  await page.getByText('En attente de réponse').first().waitFor();
});

test('the PME takes the diagnostic and sees its level, the peer comparison and the recommendations', async ({
  page,
}) => {
  await signIn(page, 'demo-nouvelle-pme');

  // The diagnostic: each step's questions answered, then the company's facts (pre-filled but the clientele).
  await navigate(page, 'Diagnostic', 'Diagnostic de maturité numérique');
  await page.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  const questionnaire = page.getByRole('form', { name: 'Questionnaire du diagnostic' });
  for (let step = 1; ; step++) {
    await questionnaire.getByText(new RegExp(`Étape ${step} sur`)).waitFor();
    for (const question of await questionnaire.getByRole('group').all()) {
      // The second choice where there is one: neither "nothing" nor everything.
      const labels = question.locator('.fr-radio-group label, .fr-checkbox-group label');
      await labels.nth(Math.min(1, (await labels.count()) - 1)).click();
    }
    const result = questionnaire.getByRole('button', { name: 'Voir mon résultat' });
    if (await result.isVisible()) {
      await result.click();
      break;
    }
    await questionnaire.getByRole('button', { name: 'Étape suivante' }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Résultat de mon diagnostic' }).waitFor();
  const level = await textOf(page.locator('.fr-callout__title'));
  expect(level).toMatch(/^Votre niveau : \S/);
  await page.getByRole('figure', { name: 'Score global moyen, comparé au vôtre' }).waitFor();
  expect(await page.locator('h2:text-is("Nos conseils") + div .fr-card').count()).toBeGreaterThan(0);
  // Among the labelled connecteurs of its département: the one it contacted.
  await page.getByRole('link', { name: `Contacter ${CONNECTEUR}` }).waitFor();
});

test('the PME drafts a chèque numérique: eligibility and expected aid follow the expenses typed', async ({
  page,
}) => {
  await signIn(page, 'demo-nouvelle-pme');

  // The chèque: the open call of the region; eligibility and expected aid follow the expenses as typed.
  await navigate(page, 'Chèque numérique', 'Chèque numérique');
  await page.getByRole('heading', { name: 'Appels ouverts en Auvergne-Rhône-Alpes' }).waitFor();
  // The region's previous call (2025) is closed: only the 2026 one is offered.
  expect(await page.getByRole('link', { name: /^Préparer une demande/ }).allTextContents()).toEqual([
    `Préparer une demande : ${PROGRAMME}`,
  ]);
  await page.getByRole('link', { name: `Préparer une demande : ${PROGRAMME}` }).click();
  await page.getByRole('heading', { level: 1, name: `Demande de chèque numérique : ${PROGRAMME}` }).waitFor();
  const application = page.getByRole('form', { name: 'Demande de chèque numérique' });
  await application
    .getByRole('textbox', { name: /^Votre projet/ })
    .fill('Une boutique en ligne pour vendre nos tissus et merceries, avec paiement sécurisé.');
  const preview = page.getByTestId('eligibility-preview');
  const aid = page.getByTestId('preview-aid');

  await fillExpense(application, 1, 'Site web ou e-commerce', 'Création de la boutique en ligne', '1500');
  await preview.getByText('Dossier non éligible en l’état').waitFor();
  expect(cents(await textOf(aid))).toBe(0);
  await application.getByText(/^Prix constatés :/).waitFor();

  await application.getByLabel('Montant hors taxes de la dépense 1 (en euros)').fill('4000');
  await preview.getByText('Dossier éligible').waitFor();
  await expect.poll(async () => cents(await textOf(aid))).toBe(200_000);

  await application.getByRole('button', { name: 'Ajouter une dépense' }).click();
  await fillExpense(application, 2, 'Paiement en ligne', 'Module de paiement sécurisé', '2500');
  await expect.poll(async () => cents(await textOf(aid))).toBe(325_000);
  expect(cents(await textOf(page.getByTestId('preview-investment')))).toBe(650_000);

  // Not required by this programme, but its attestation speeds the review: the connecteur contacted.
  await application.getByText('Facultatif : son attestation accélère l’instruction.').waitFor();
  await application
    .getByLabel('Connecteur labellisé qui atteste votre projet')
    .selectOption({ label: CONNECTEUR });
  await application.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await page.waitForURL(/\/entreprise\/cheque-numerique\/dossiers\//);
  await page.getByText('Le dossier enregistré est éligible').waitFor();
  expect(
    await textOf(page.getByRole('heading', { name: 'Éligibilité du dossier enregistré' }).locator('..')),
  ).toMatch(/aide attendue : 3 250,00 €/);
  journey.applicationUrl = page.url();
});

test('the connecteur answers the request in its inbox and attests the project', async ({ page }) => {
  // The deadline badges, on demo-connecteur-001's seeded requests of every age.
  await signIn(page, 'demo-connecteur-001');
  await navigate(page, 'Demandes', 'Demandes de contact');
  await page.getByText('En retard (plus de 48 h)').first().waitFor();
  await page
    .getByText(/^(Première|Seconde) relance$/)
    .first()
    .waitFor();

  await signIn(page, 'demo-nouveau-connecteur');
  await navigate(page, 'Demandes', 'Demandes de contact');
  const request = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Demande de ${COMPANY}` }) });
  await request.getByText('En attente de réponse').waitFor();
  await request.getByRole('button', { name: 'Prendre en charge' }).click();
  await request.getByText('Prise en charge', { exact: true }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: `Demande de ${COMPANY} : prise en charge.` })
    .waitFor();

  // The company gave the link to its file.
  await navigate(page, 'Attester un projet', 'Attester un projet de chèque numérique');
  await page.getByLabel('Numéro ou lien du dossier').fill(journey.applicationUrl!);
  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await page.getByRole('heading', { level: 1, name: `Dossier de ${COMPANY}` }).waitFor();
  await page.getByText(PROGRAMME).first().waitFor();
  await page.getByRole('button', { name: 'Attester le projet' }).click();
  await page.getByText(new RegExp(`^Projet attesté par ${CONNECTEUR} le `)).waitFor();
});

test('the PME submits its attested application', async ({ page }) => {
  await signIn(page, 'demo-nouvelle-pme');
  await navigate(page, 'Chèque numérique', 'Chèque numérique');
  await page.getByRole('table').getByRole('link', { name: PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: `Dossier de chèque numérique : ${PROGRAMME}` }).waitFor();
  expect(page.url()).toBe(journey.applicationUrl);
  await page.getByText(new RegExp(`^Projet attesté par ${CONNECTEUR} le `)).waitFor();
  await page.getByRole('button', { name: 'Déposer le dossier' }).click();
  // The recap, then the declaration on honour, before the deposit.
  await page.getByRole('heading', { name: 'Récapitulatif avant dépôt' }).waitFor();
  await pick(page, 'Je certifie sur l’honneur');
  await page.getByRole('button', { name: 'Confirmer le dépôt' }).click();
  await page.getByText('Votre dossier a été déposé.').waitFor();
  await page
    .locator('.fr-badge')
    .filter({ hasText: /^Déposé$/ })
    .waitFor();
  const history = page.getByRole('region', { name: 'Historique du dossier' });
  await history.getByText('Attestation du tiers de confiance').waitFor();
  await history.getByText(/Par Entreprise \(PME\) : Brouillon → Déposé/).waitFor();
});

test('the region’s agent accepts the file: the remaining envelope drops by the aid granted', async ({
  page,
}) => {
  await signIn(page, 'demo-agent-84');
  await navigate(page, 'Programmes', 'Programmes de la région');
  await page.getByRole('link', { name: PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: `Tableau de bord — ${PROGRAMME}` }).waitFor();
  const remaining = page.getByText(/^Reste à engager :/);
  const remainingBefore = cents((await textOf(remaining)).replace(/ sur .*/, ''));

  await navigate(page, 'Dossiers de la région', 'Dossiers de la région');
  const filters = page.getByRole('form', { name: 'Filtres des dossiers' });
  await filters.getByLabel('Statut').selectOption({ label: 'Déposé' });
  await filters.getByLabel('Programme').selectOption({ label: PROGRAMME });
  await filters.getByRole('button', { name: 'Filtrer les dossiers' }).click();
  await resultsShown(page, 'Dossiers');
  const rows = page.locator('tbody tr');
  // The filtered page replaces the whole list when its answer arrives (the heading may keep the focus meanwhile):
  // wait for it, then every file listed is a filed one of the programme.
  const programmeAndStatus = async () =>
    Promise.all(
      (await rows.all()).map(
        async (row) =>
          `${await textOf(row.locator('td').nth(1))} | ${await textOf(row.locator('td').nth(2))}`,
      ),
    );
  await expect
    .poll(async () => [...new Set(await programmeAndStatus())], { timeout: 10_000 })
    .toEqual([`${PROGRAMME} | Déposé`]);
  await rows
    .filter({ hasText: COMPANY })
    .getByRole('link', { name: new RegExp(`^${COMPANY}`) })
    .click();

  await page.getByRole('heading', { level: 1, name: `Dossier de ${COMPANY}` }).waitFor();
  await page.getByText(new RegExp(`^${CONNECTEUR} — projet attesté le `)).waitFor();
  await page.getByRole('button', { name: 'Commencer l’instruction' }).click();
  await page.getByText('L’instruction du dossier a commencé.').waitFor();
  await page.getByRole('button', { name: 'Accepter le dossier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accepter le dossier' });
  await dialog.getByRole('button', { name: 'Confirmer l’acceptation' }).click();
  await page.getByText('Le dossier est accepté : l’aide est engagée sur l’enveloppe.').waitFor();
  const granted = page.locator('dt', { hasText: 'Aide accordée' }).locator('xpath=following-sibling::dd[1]');
  const grantedAidCents = cents(await textOf(granted));
  expect(grantedAidCents).toBe(325_000);

  await page.getByRole('link', { name: PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: `Tableau de bord — ${PROGRAMME}` }).waitFor();
  await expect
    .poll(async () => cents((await textOf(remaining)).replace(/ sur .*/, '')))
    .toBe(remainingBefore - grantedAidCents);
});
