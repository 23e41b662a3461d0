import { expect } from 'vitest';
import { expectAccessible, settled } from './axe.js';
import { signIn, test } from './support.js';

// A moderator's news item is on the public news page at once (a signed-in reader's answers are never cached), and
// gone once withdrawn. The built web app sends the page's operations as trusted documents.
test('a moderator publishes a regional news item, reads it on /actualites, then withdraws it', async ({
  page,
}) => {
  await signIn(page, 'demo-moderateur');
  await page.goto('/moderation/actualites');
  const title = `Permanences numériques ${Date.now()}`;
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Texte').fill('Des permanences chaque semaine dans les CCI de la région.');
  await page.getByLabel('Portée').selectOption({ label: 'Auvergne-Rhône-Alpes' });
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText(`« ${title} » est publiée.`).waitFor();
  await expectAccessible(page);

  await page.goto('/actualites?region=84');
  await page.getByRole('heading', { level: 2, name: title }).waitFor();

  await page.goto('/moderation/actualites');
  await page.getByRole('button', { name: `Retirer « ${title} »` }).click();
  await page.getByRole('button', { name: `Retirer « ${title} »` }).waitFor({ state: 'detached' });
  await page.goto('/actualites?region=84');
  await settled(page);
  expect(await page.getByRole('heading', { level: 2, name: title }).count()).toBe(0);
});

// An agent's workshop in a commune of its region, in Paris time: on the agenda of the region, moved to the
// afternoon with the edit form, then cancelled.
test('a region’s agent puts a workshop in Lyon on the agenda, moves it, then cancels it', async ({
  page,
}) => {
  await signIn(page, 'demo-agent-84');
  await page.goto('/region/evenements');
  const title = `Atelier vente en ligne ${Date.now()}`;
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Jour').fill('2027-06-15');
  await page.getByLabel(/Heure de début/).fill('09:30');
  await page.getByLabel('Lieu (facultatif)').fill('CCI Lyon Métropole');
  await page.getByRole('combobox', { name: /Commune/ }).fill('Lyon');
  await page.getByRole('option', { name: /^Lyon \(69/ }).click();
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText(`« ${title} » est à l’agenda.`).waitFor();
  await expectAccessible(page);

  await page.getByRole('button', { name: `Modifier « ${title} »` }).click();
  await page.getByRole('heading', { name: `Modifier « ${title} »` }).waitFor();
  expect(await page.getByLabel(/Heure de début/).inputValue()).toBe('09:30');
  await expectAccessible(page);
  const moved = `${title} (après-midi)`;
  await page.getByLabel('Titre').fill(moved);
  await page.getByLabel(/Heure de début/).fill('14:00');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await page.getByText(`« ${moved} » est modifié.`).waitFor();
  await expectAccessible(page);

  await page.goto('/agenda?region=84&du=2027-06-15&au=2027-06-15');
  await page.getByText(moved).first().waitFor();
  await page
    .getByText(/15 juin 2027 à 14:00/)
    .first()
    .waitFor();

  await page.goto('/region/evenements');
  await page.getByRole('button', { name: `Annuler « ${moved} »` }).click();
  await page.getByRole('button', { name: `Annuler « ${moved} »` }).waitFor({ state: 'detached' });
});
