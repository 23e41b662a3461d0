import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// axe-core (WCAG 2.1 A and AA rules) on a page as a user sees it: no serious or critical violation, no heading jump.
// test/browser/accessibility.browser.ts runs it on every role's pages; the journeys run it on the pages they create
// (a file, a conversation, a diagnostic result) with `expectAccessible`.

/** The page once its answers are there: its h1, and no "Chargement…" left. */
export async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .getByText(/^Chargement/)
    .first()
    .waitFor({ state: 'detached' });
}

/** The serious and critical violations of the page, one line each (rule, impact, first elements). */
export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Only the violations' nodes are listed: the passes of every rule (thousands of nodes) are not serialised back.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${page.url()} — ${v.id} (${v.impact}) : ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Heading levels in order: no jump (h1 → h3) makes a reader think a section is missing. */
export async function headingJumps(page: Page): Promise<string[]> {
  const levels = await page
    .locator('main h1, main h2, main h3, main h4, main h5, main h6')
    .evaluateAll((hs) => hs.map((h) => Number((h as unknown as { tagName: string }).tagName.slice(1))));
  return levels.flatMap((level, i) =>
    i > 0 && level > levels[i - 1]! + 1 ? [`${page.url()} — titre h${level} après h${levels[i - 1]}`] : [],
  );
}

/** The page, once settled, has no serious or critical violation and no heading jump. */
export async function expectAccessible(page: Page): Promise<void> {
  await settled(page);
  expect([...(await violations(page)), ...(await headingJumps(page))]).toEqual([]);
}
