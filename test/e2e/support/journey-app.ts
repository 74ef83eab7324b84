// What every journey file needs: the built app on a fresh database with the demo data and the
// one Chromium, started before the file's journeys and closed after them; a page of its own per
// person (a browser context each, so sessions never mix); and the steps every journey takes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../../support/test-app';
import { DEMO_PASSWORD, startJourneyApp } from './app';
import { connectBrowser } from './browser';
import type { Journey } from './journey';

export interface JourneyApp {
  /** The running app (set once the file's beforeAll has run). */
  readonly app: TestApp;
  /** A new page in a browser context of its own: one person. */
  newPage(): Promise<Page>;
}

/** Registers the file's beforeAll and afterAll; call at the top of a journey file. */
export function useJourneyApp(): JourneyApp {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startJourneyApp(), connectBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await app?.close();
  });

  return {
    get app() {
      if (!app) throw new Error('the journey app starts in beforeAll');
      return app;
    },
    async newPage() {
      if (!browser || !app) throw new Error('the journey app starts in beforeAll');
      const context = await browser.newContext({
        baseURL: app.url,
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
  };
}

/** Waits for the page's main heading: how a journey knows where it is. */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Signs a demo account in with the keyboard, in Dutch or (after choosing it) English. */
export async function signIn(
  journey: Journey,
  email: string,
  options: { english?: boolean } = {},
): Promise<void> {
  const { page } = journey;
  const english = options.english ?? false;
  await page.goto('/');
  await heading(page, 'Aanmelden');
  if (english) {
    await journey.press(page.getByRole('button', { name: 'English' }));
    await heading(page, 'Sign in');
  }
  await journey.fill(page.getByLabel(english ? 'E-mail address' : 'E-mailadres'), email);
  await journey.fill(page.getByLabel(english ? 'Password' : 'Wachtwoord'), DEMO_PASSWORD);
  await journey.press(page.getByRole('button', { name: english ? 'Sign in' : 'Aanmelden' }));
  await heading(page, english ? 'Overview' : 'Overzicht');
}
