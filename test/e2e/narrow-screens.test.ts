// Journey: the main pages of each role on a 390 px phone. No page scrolls sideways
// (document.documentElement.scrollWidth <= clientWidth): wide tables scroll inside their own
// frame, which then is a named region that the keyboard can reach and scroll. Every page is
// checked with axe as well; one role goes through in English.
import type { Page } from 'playwright-core';
import { Journey } from './support/journey';
import { signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(600_000);

const journeys = useJourneyApp();

const PHONE = { width: 390, height: 844 };

/** The first link on the current page whose address is `prefix` followed by an id. */
async function firstLink(page: Page, prefix: string, within = 'main'): Promise<string> {
  const link = page
    .locator(`${within} a[href^="${prefix}"]:not([href$="/new"]):not([href*="?"])`)
    .first();
  await link.waitFor();
  return (await link.getAttribute('href'))!;
}

/** Opens the page as a typed address would, and waits until it has shown its content. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Data pages say "loading" until their query answers.
  await page
    .getByText(/^(Bezig met laden…|Loading…)$/)
    .first()
    .waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
}

/** The page's own width against the window's: what a phone would scroll sideways. */
function widths(page: Page) {
  // document.documentElement, reached from the element itself (these files have no DOM types).
  return page.locator('html').evaluate((html) => ({
    scrollWidth: html.scrollWidth,
    clientWidth: html.clientWidth,
  }));
}

async function passOver(journey: Journey, paths: readonly string[]): Promise<void> {
  const { page } = journey;
  const wide: string[] = [];
  for (const path of paths) {
    await open(page, path);
    const { scrollWidth, clientWidth } = await widths(page);
    if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    await journey.step(path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home');
  }
  expect(wide).toEqual([]);
}

async function phone(email: string, name: string, options: { english?: boolean } = {}) {
  const page = await journeys.newPage();
  const journey = new Journey(page, `narrow-${name}`);
  await signIn(journey, email, options);
  await page.setViewportSize(PHONE);
  return journey;
}

describe('on a 390 px phone', () => {
  it('a board’s procurement officer: no page scrolls sideways', async () => {
    const journey = await phone('inkoop@rivierenland.example.nl', 'board-procurement');
    const { page } = journey;
    await open(page, '/agreements');
    const agreement = await firstLink(page, '/agreements/');
    await open(page, '/procurement/deals');
    const deal = await firstLink(page, '/procurement/deals/');
    await open(page, '/procurement/tenders');
    const tender = await firstLink(page, '/procurement/tenders/');
    await open(page, '/vendors?sector=PO');
    const vendor = await firstLink(page, '/vendors/');
    const product = await firstLink(page, '/products/');
    const organisation = await firstLink(page, '/organisations/', 'body');
    await passOver(journey, [
      '/',
      '/agreements',
      agreement,
      '/processor-register',
      '/general-offers',
      '/incidents',
      '/vendors?sector=PO',
      vendor,
      product,
      '/attestations',
      '/procurement/tenders',
      tender,
      '/procurement/deals',
      deal,
      organisation,
      '/verification',
    ]);
  });

  it('a board’s privacy officer, in English: no page scrolls sideways', async () => {
    const journey = await phone('fg@rivierenland.example.nl', 'board-fg', { english: true });
    const { page } = journey;
    await open(page, '/agreements');
    const agreement = await firstLink(page, '/agreements/');
    await open(page, '/incidents');
    const incident = await firstLink(page, '/incidents/');
    await passOver(journey, [
      '/',
      '/agreements',
      agreement,
      '/incidents',
      incident,
      '/notifications',
    ]);
  });

  it('a vendor’s editor: no page scrolls sideways', async () => {
    const journey = await phone('redactie@leerwijs.example.nl', 'vendor-editor');
    const { page } = journey;
    await open(page, '/products');
    const product = await firstLink(page, '/products/');
    await open(page, '/attestations');
    const attestation = await firstLink(page, '/attestations/');
    await open(page, '/procurement/standards');
    await passOver(journey, [
      '/',
      '/products',
      product,
      `${product}/leaflet`,
      '/attestations',
      attestation,
      '/attestations/new',
      '/attestations/access-requests',
      '/agreements',
      '/procurement/standards',
      '/procurement/tenders',
    ]);
  });

  it('a sector body’s reviewer and negotiator: no page scrolls sideways', async () => {
    const reviewer = await phone('beoordelaar@samendigitaal.example.nl', 'sector-reviewer');
    await open(reviewer.page, '/procurement/standards');
    const standard = await firstLink(reviewer.page, '/procurement/standards/');
    await passOver(reviewer, ['/', '/verification', '/procurement/standards', standard]);

    const negotiator = await phone('onderhandelaar@samendigitaal.example.nl', 'sector-negotiator');
    await open(negotiator.page, '/procurement/tenders');
    const tender = await firstLink(negotiator.page, '/procurement/tenders/');
    await passOver(negotiator, [
      '/procurement/tenders',
      tender,
      '/procurement/tenders/new',
      '/procurement/deals',
      '/procurement/deals/new',
    ]);
  });

  it('an organisation’s administrator and the platform admin: no page scrolls sideways', async () => {
    const admin = await phone('beheer@rivierenland.example.nl', 'board-admin');
    await open(admin.page, '/');
    const organisation = await firstLink(admin.page, '/organisations/', 'body');
    await passOver(admin, [
      organisation,
      `${organisation}/members`,
      `${organisation}/invitations`,
      `${organisation}/api-tokens`,
      `${organisation}/audit`,
    ]);

    const platform = await phone('admin@platform.example.nl', 'platform-admin');
    await passOver(platform, ['/', '/platform/organisations', '/platform/audit']);
  });
});
