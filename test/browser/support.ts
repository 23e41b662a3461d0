import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { beforeAll, inject, test as base } from 'vitest';
import type { DevUser } from '../../scripts/local/dev-users.js';

/**
 * A system Chromium when there is one (Debian's, or `CHROMIUM_PATH`); otherwise the one npm installed with
 * `@sparticuz/chromium` (the binary ships inside the package): a fresh machine needs no apt-get.
 * `CHROMIUM_PATH=none` skips the system one.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

/**
 * Flags this machine needs: no sandbox (root), no GPU, and no background networking, whose connections the
 * closed network refuses (slowly, many at a time).
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  if (existsSync(CHROMIUM)) return { executablePath: CHROMIUM, args: CHROMIUM_ARGS };
  const { default: packaged } = await import('@sparticuz/chromium');
  return {
    executablePath: await packaged.executablePath(),
    args: [...new Set([...packaged.args, ...CHROMIUM_ARGS.filter((a) => a !== '--headless')])],
  };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** About 30 s on an idle machine (the demo data); generous for a loaded one. */
const PLATFORM_TIMEOUT = 240_000;
let ready: Promise<string> | undefined;

/**
 * The URL of the platform started by test/browser/global-setup.ts, once it serves: it loads the demo data
 * first (about 30 s on a cold run). Fails with the platform's log if it stopped.
 */
export function webAppUrl(): Promise<string> {
  ready ??= (async () => {
    const url = inject('webAppUrl');
    const pid = inject('platformPid');
    const log = join(ARTIFACTS, 'platform.log');
    for (const deadline = Date.now() + PLATFORM_TIMEOUT; Date.now() < deadline;) {
      const answer = await fetch(`${url}/dev/users`).catch(() => undefined);
      if (answer?.ok) return url;
      if (!isAlive(pid)) {
        throw new Error(
          `npm start s’est arrêté :\n${existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : ''}`,
        );
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`npm start ne répond pas après ${PLATFORM_TIMEOUT / 1000} s (journal : ${log})`);
  })();
  return ready;
}

// Waited for before the file's tests, under the hook timeout, so a test's own timeout measures only the test.
beforeAll(() => webAppUrl(), PLATFORM_TIMEOUT + 5_000);

/** The demo users as the local sign-in page lists them (GET /dev/users), tokens included. */
export async function demoUsers(): Promise<DevUser[]> {
  return (await fetch(`${await webAppUrl()}/dev/users`)).json() as Promise<DevUser[]>;
}

/** A demo user's label on the sign-in page. */
async function labelOf(sub: string): Promise<string> {
  const user = (await demoUsers()).find((u) => u.sub === sub);
  if (!user) throw new Error(`Utilisateur de démonstration inconnu : ${sub}`);
  return user.label;
}

/** On the sign-in page: picks a demo user, then waits to be back at `path`, signed in (the header names it). */
export async function pickUser(page: Page, sub: string, path: string | RegExp) {
  const label = await labelOf(sub);
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForURL((url) =>
    typeof path === 'string' ? url.pathname + url.search === path : path.test(url.pathname + url.search),
  );
  // The DSFR header repeats its quick-access items in the (hidden) mobile menu: the visible one counts.
  await page.getByRole('banner').getByText(label).filter({ visible: true }).waitFor();
}

/** Signs a demo user in from the sign-in page, back on the home page. */
export async function signIn(page: Page, sub: string) {
  await page.goto('/connexion');
  await pickUser(page, sub, '/');
}

/** Problems a page must never have: an uncaught exception, or something the content security policy blocked. */
type PageProblems = string[];

type BrowserFixtures = {
  /** One Chromium per test file (about 0.5 s to start). */
  browser: Browser;
  /** The platform's base URL (`http://localhost:<port>`), once it serves. */
  baseUrl: string;
  /** A fresh page per test, in its own context (no storage shared between tests), with baseURL set. */
  page: Page;
};

/**
 * `test` for browser journeys: gives `page` (and `baseUrl`, `browser`). After each test, the page's last
 * state is saved as test/artifacts/<file>--<test>.png, and the test fails if the page threw or broke the
 * content security policy.
 */
export const test = base.extend<BrowserFixtures>({
  browser: [
    async ({}, use) => {
      // Playwright gives each launch a fresh, empty profile (--user-data-dir) and removes it on close.
      const browser = await chromium.launch(await chromiumLaunchOptions());
      try {
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'file' },
  ],
  baseUrl: [async ({}, use) => use(await webAppUrl()), { scope: 'file' }],
  page: async ({ browser, baseUrl, task }, use) => {
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    const page = await context.newPage();
    const problems: PageProblems = [];
    page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        problems.push(`CSP : ${message.text()}`);
      }
    });
    try {
      await use(page);
    } finally {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page
        .screenshot({
          path: join(ARTIFACTS, `${artifactName(task.file.name, task.name)}.png`),
          fullPage: true,
        })
        .catch(() => undefined);
      await context.close();
    }
    if (problems.length > 0) throw new Error(`La page a eu des problèmes :\n${problems.join('\n')}`);
  },
});

/** `test/browser/web-app.test.ts` + `signs in` → `web-app--signs-in`. */
function artifactName(file: string, testName: string) {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const base = file
    .split('/')
    .pop()!
    .replace(/\.test\.ts$/, '');
  return `${slug(base)}--${slug(testName)}`.slice(0, 120);
}
