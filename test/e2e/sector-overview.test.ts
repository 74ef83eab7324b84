// Journey: a sector body's member (in Dutch) and the inspectorate's inspector (in English) open
// the sector overview of the demo's published standard, see the products with the agreements
// resting on them under the small-count rule, are refused a sector of fewer than 10 boards
// beside the field, and download the overview as CSV, whose rows are the page's table. A
// supervisor's viewer has no such entry in the menu. Keyboard only, axe-checked, on a fresh
// database with the demo data.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Download, Locator, Page } from 'playwright-core';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

const STANDARD = 'Minimale standaard digitale onderwijsdiensten';
const BOARD_STANDARD = 'Normenkader informatiebeveiliging en privacy voor besturen 2027';
const BOARDS = [
  'Stichting Openbaar Primair Onderwijs Rivierenland',
  'Vereniging Christelijk Voortgezet Onderwijs Zuidwest',
  'Stichting Speciaal Onderwijs De Horizon',
];

async function saved(download: Download): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'regie-sector-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFile(path, 'utf8');
}

/** The products table as the page shows it: product, vendor and boards per row. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

async function open(journey: Journey, page: Page, english: boolean) {
  const nav = page.getByRole('navigation', { name: english ? 'Main menu' : 'Hoofdmenu' });
  await journey.press(nav.getByRole('link', { name: english ? 'Sector overview' : 'Sectorbeeld' }));
  await heading(page, english ? 'Sector overview' : 'Sectorbeeld');
}

describe('the sector overview in the browser', () => {
  it('a sector body member and an inspector open the sector overview and download it', async () => {
    // --- a sector body's member, in Dutch ---
    const page = await journeys.newPage();
    const member = new Journey(page, 'sector-overview-sector-body');
    await signIn(member, 'lezer@samendigitaal.example.nl');
    await open(member, page, false);
    await member.step('choose');

    // Speciaal onderwijs has one demo board: refused beside the field.
    const sector = page.getByLabel('Sector', { exact: true });
    await member.press(sector, 'ArrowDown');
    await member.press(sector, 'ArrowDown');
    expect(await sector.inputValue()).toBe('SO');
    await member.press(page.getByRole('button', { name: 'Sectorbeeld tonen' }));
    await page.getByText('Deze sector telt minder dan 10 besturen', { exact: false }).waitFor();
    expect(await sector.getAttribute('aria-invalid')).toBe('true');
    await member.step('sector-too-small');

    await member.press(sector, 'ArrowUp');
    await member.press(sector, 'ArrowUp');
    expect(await sector.inputValue()).toBe('');
    await member.press(page.getByRole('button', { name: 'Sectorbeeld tonen' }));
    await page.getByRole('heading', { level: 2, name: `${STANDARD} 1.0` }).waitFor();
    expect(new URL(page.url()).searchParams.get('standard')).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText(/Aantallen van 1 of 2 besturen/).waitFor();
    await page.getByText(/^Berekend op /).waitFor();
    const table = page.getByRole('table', {
      name: 'Producten en de overeenkomsten die erop rusten',
    });
    const shown = await tableRows(table);
    expect(shown.length).toBeGreaterThan(0);
    await member.step('overview');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      member.press(page.getByRole('button', { name: 'Download als CSV' })),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^sectorbeeld-minimale-standaard-digitale-onderwijsdiensten-1-0-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await saved(download);
    await page.getByText(`Het bestand ${download.suggestedFilename()} is gedownload.`).waitFor();
    await member.step('downloaded');
    const records = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]).toEqual([
      'Leverancier',
      'Product',
      'Beoordeling ingediend op',
      'Voldoet aan alle verplichte eisen',
      'Besturen met een overeenkomst van kracht',
      'Overeenkomsten van kracht',
      'Overeenkomsten op producten die voldoen',
      'Geldige attesten',
    ]);
    expect(records[1][0]).toBe('Totaal');
    // A row per product of the page, with the same boards (a number, or withheld).
    expect(records.slice(2).map((r) => [r[1], r[0], r[4]])).toEqual(
      shown.map((r) => [r[0], r[1], r[3]]),
    );
    // The three demo boards are too few to count one by one, and none is named.
    for (const board of BOARDS) expect(csv).not.toContain(board);

    // At sector scale the products are thousands: the table finds them as you type.
    const vendorName = shown[0][1];
    const ofVendor = shown.filter((r) =>
      [r[0], r[1]].some((name) => name.toLowerCase().includes(vendorName.toLowerCase())),
    );
    await member.fill(page.getByRole('searchbox', { name: 'Product of leverancier' }), vendorName);
    await page
      .getByRole('status')
      .getByText(
        ofVendor.length === 1
          ? '1 van 1 product getoond.'
          : `${ofVendor.length} van ${ofVendor.length} producten getoond.`,
      )
      .waitFor();
    expect(await tableRows(table)).toEqual(ofVendor);
    await member.step('found');

    // --- the inspectorate's inspector, in English ---
    const inspectorPage = await journeys.newPage();
    const inspector = new Journey(inspectorPage, 'sector-overview-inspector');
    await signIn(inspector, 'inspecteur@inspectie.example.nl', { english: true });
    await open(inspector, inspectorPage, true);
    await inspector.press(inspectorPage.getByRole('button', { name: 'Show the sector overview' }));
    await inspectorPage.getByRole('heading', { level: 2, name: `${STANDARD} 1.0` }).waitFor();
    await inspectorPage.getByText(/Counts of 1 or 2 boards/).waitFor();
    const inspectorTable = inspectorPage.getByRole('table', {
      name: 'Products and the agreements resting on them',
    });
    const inspectorRows = await tableRows(inspectorTable);
    expect(inspectorRows.map((r) => [r[0], r[1], r[3]])).toEqual(
      shown.map((r) => [r[0], r[1], r[3].replace('afgeschermd', 'withheld')]),
    );
    await inspector.step('overview');
    const [english] = await Promise.all([
      inspectorPage.waitForEvent('download'),
      inspector.press(inspectorPage.getByRole('button', { name: 'Download as CSV' })),
    ]);
    const englishCsv = await saved(english);
    await inspectorPage
      .getByText(`The file ${english.suggestedFilename()} has been downloaded.`)
      .waitFor();
    await inspector.step('downloaded');
    const englishRecords = parse(englishCsv, { bom: true, delimiter: ';' }) as string[][];
    expect(englishRecords[0].slice(0, 2)).toEqual(['Vendor', 'Product']);
    expect(englishRecords[1][0]).toBe('Total');
    expect(englishRecords.slice(2).map((r) => [r[1], r[4]])).toEqual(
      records.slice(2).map((r) => [r[1], r[4].replace('afgeschermd', 'withheld')]),
    );
    for (const board of BOARDS) expect(englishCsv).not.toContain(board);

    // The sector's norms for boards, primary education only: the level spread per requirement.
    await inspector.press(inspectorPage.getByLabel('Standard', { exact: true }), 'ArrowDown');
    await inspector.press(inspectorPage.getByLabel('Sector', { exact: true }), 'ArrowDown');
    await inspector.press(inspectorPage.getByRole('button', { name: 'Show the sector overview' }));
    await inspectorPage
      .getByRole('heading', { level: 2, name: `${BOARD_STANDARD}: Primary education` })
      .waitFor();
    expect(new URL(inspectorPage.url()).searchParams.get('sector')).toBe('PO');
    const spreads = inspectorPage.getByRole('img', { name: /^[A-Z0-9.-]+: (level 1: |spread)/ });
    const figures = inspectorPage.getByRole('table', { name: 'The figures in a table' });
    const requirementRows = await tableRows(figures);
    expect(requirementRows.length).toBeGreaterThan(5);
    expect(await spreads.count()).toBe(requirementRows.length);
    await inspector.step('board-standard');
    const [boardsCsv] = await Promise.all([
      inspectorPage.waitForEvent('download'),
      inspector.press(inspectorPage.getByRole('button', { name: 'Download as CSV' })),
    ]);
    const boardRecords = parse(await saved(boardsCsv), { bom: true, delimiter: ';' }) as string[][];
    expect(boardRecords[0].slice(0, 2)).toEqual(['Code', 'Requirement']);
    expect(boardRecords[1][0]).toBe('Every requirement');
    // Per requirement the boards assessed, at the minimum and at each level, as on the page.
    expect(boardRecords.slice(2).map((r) => [r[0], r[5], r[6], ...r.slice(8)])).toEqual(
      requirementRows.map((r) => [r[0].split(' ')[0], r[3], r[4], ...r.slice(6)]),
    );
    await inspector.step('board-standard-downloaded');

    // --- a supervisor's viewer: no sector overview in the menu ---
    const viewerPage = await journeys.newPage();
    const viewer = new Journey(viewerPage, 'sector-overview-supervisor-viewer');
    await signIn(viewer, 'lezer@inspectie.example.nl');
    const nav = viewerPage.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Start' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Sectorbeeld' }).count()).toBe(0);
    await viewer.step('home-without-overview');
  });
});
