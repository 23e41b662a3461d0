import { expect } from 'vitest';
import { demoUsers, test } from './support.js';

// The first steps of every journey: the home page, the local sign-in page, a PME signed in.
test('the home page loads, the sign-in page lists the demo users, a PME signs in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.title()).toMatch(/Croissance Connectée$/);

  await page.goto('/connexion');
  const users = await demoUsers();
  expect(users.length).toBeGreaterThan(0);
  for (const user of users) await page.getByRole('button', { name: user.label, exact: true }).waitFor();

  const pme = users.find((u) => u.sub === 'demo-pme')!;
  await page.getByRole('button', { name: pme.label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  // The DSFR header repeats its quick-access items in the (hidden) mobile menu: the visible one counts.
  await page.getByRole('banner').getByText(pme.label).filter({ visible: true }).waitFor();
});
