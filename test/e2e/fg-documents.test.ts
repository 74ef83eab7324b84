// The documents an FG hands over, in the browser, keyboard only, on the demo data: a board's
// privacy officer records the board's decision on notifying the supervisory authority of an
// incident (and records it again, as a new version) and downloads the board's breach log, in
// Dutch and in English; the processor register's CSV opens in the columns the page shows; an
// ACTIVE agreement's signed PDF is downloadable by the board and by the vendor.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { readSignedPdf, sha256 } from '../support/signed-pdf';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

// The demo's open incident: no personal data involved, so no 72-hour clock runs.
const OPEN_INCIDENT = 'Verhoogde foutmeldingen bij inloggen; mogelijk misbruik van wachtwoorden';
// The demo's resolved breach of personal data, which each board's FG has reported.
const RESOLVED_BREACH = 'Exportbestand met leerlinggegevens per abuis gedeeld';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Saves a download from the remote browser and reads it here. */
async function saved(download: Download): Promise<Buffer> {
  const path = join(await mkdtemp(join(tmpdir(), 'regie-fg-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFile(path);
}

async function downloadBy(journey: Journey, button: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([
    journey.page.waitForEvent('download'),
    journey.press(button),
  ]);
  return download;
}

function csvRecords(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, delimiter: ';', record_delimiter: '\r\n', columns: true });
}

/** "31-12-2027 14:30" on the Amsterdam clock, an hour ago: how the date field takes it. */
function anHourAgo(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(Date.now() - 3_600_000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

describe('documents an FG hands over', () => {
  it('records the decision on notifying the authority, again, and downloads the breach log', async () => {
    const page = await journeys.newPage();
    const fg = new Journey(page, 'fg-documents-authority');
    await signIn(fg, 'fg@horizon.example.nl');
    await fg.press(page.getByRole('link', { name: 'Incidenten', exact: true }));
    await heading(page, 'Incidenten');
    await page.getByRole('region', { name: 'Register datalekken' }).waitFor();
    // No personal data: no clock, for anyone.
    const row = page.getByRole('row').filter({ hasText: OPEN_INCIDENT });
    await row.getByText('Geen termijn').waitFor();
    await fg.step('incidents');

    await fg.press(row.getByRole('link', { name: OPEN_INCIDENT }));
    await heading(page, OPEN_INCIDENT);
    const window = page.getByRole('region', { name: 'Meldtermijn Autoriteit Persoonsgegevens' });
    await window.getByText(/^Geen meldtermijn/).waitFor();
    expect(await page.getByText(/nog \d+ uur \d+ min/).count()).toBe(0);
    const section = page.getByRole('region', {
      name: 'Besluit over melding aan de Autoriteit Persoonsgegevens',
    });
    await section.getByText('Er is nog niets vastgelegd.').waitFor();
    await fg.step('incident-without-record');

    // Submitting too early: the decision is required, and then why it was not reported.
    const submit = section.getByRole('button', { name: 'Besluit vastleggen' });
    await fg.press(submit);
    expect(await section.getByLabel('Besluit').getAttribute('aria-invalid')).toBe('true');
    await fg.tabTo(section.getByLabel('Besluit'));
    await page.keyboard.type('Niet');
    expect(await section.getByLabel('Besluit').inputValue()).toBe('NOT_REPORTED');
    await fg.press(submit);
    const reason = section.getByLabel('Waarom niet gemeld?');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await fg.step('record-incomplete');

    await fg.fill(
      reason,
      'Geen aanwijzing dat accounts zijn overgenomen: geen risico voor betrokkenen.',
    );
    await fg.fill(
      section.getByLabel('Gevolgen voor de betrokkenen'),
      'Geen: er zijn geen gegevens ingezien.',
    );
    await fg.fill(
      section.getByLabel('Genomen maatregelen'),
      'Wachtwoorden van beheerders vernieuwd.',
    );
    await fg.press(submit);
    await section.getByText('Versie 1 is vastgelegd.').waitFor();
    await section.getByRole('definition').filter({ hasText: 'Niet gemeld aan de AP' }).waitFor();
    // Still no clock: none ran without personal data, recorded or not.
    await window.getByText(/^Geen meldtermijn/).waitFor();
    await fg.step('recorded-not-reported');

    // It learns more, and records again: reported after all, as a second version.
    await fg.tabTo(section.getByLabel('Besluit'));
    await page.keyboard.type('Gem');
    expect(await section.getByLabel('Besluit').inputValue()).toBe('REPORTED');
    await fg.fill(section.getByLabel('Gemeld aan de AP op'), anHourAgo());
    await fg.fill(section.getByLabel('Kenmerk van de AP'), 'AP-2026-0042');
    await fg.press(submit);
    await section.getByText('Versie 2 is vastgelegd.').waitFor();
    await section.getByRole('definition').filter({ hasText: 'Gemeld aan de AP' }).first().waitFor();
    const history = section.getByText('Alle 2 versies');
    await fg.press(history);
    await section.getByText(/^Versie 1, vastgelegd door .+ op /).waitFor();
    await fg.step('recorded-again-with-history');

    // The breach log, as CSV and as a workbook.
    await fg.press(page.getByRole('link', { name: 'Alle incidenten' }));
    await heading(page, 'Incidenten');
    const log = page.getByRole('region', { name: 'Register datalekken' });
    const csv = await downloadBy(fg, log.getByRole('button', { name: 'Download als CSV' }));
    expect(csv.suggestedFilename()).toMatch(
      /^register-datalekken-stichting-speciaal-onderwijs-de-horizon-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    await log.getByText(`Het bestand ${csv.suggestedFilename()} is gedownload.`).waitFor();
    await fg.step('breach-log-downloaded');
    const bytes = await saved(csv);
    expect(bytes.toString('utf8')).not.toMatch(UUID);
    const records = csvRecords(bytes);
    expect(records.find((r) => r.Incident === OPEN_INCIDENT)).toMatchObject({
      Ernst: 'Middel',
      'Persoonsgegevens betrokken': 'nee',
      'Uiterste melddatum AP (72 uur)': 'niet van toepassing: geen persoonsgegevens',
      'Besluit over melding aan de AP': 'Gemeld',
      'Kenmerk van de AP': 'AP-2026-0042',
      'Reden om niet te melden': '',
      'Gevolgen voor betrokkenen': 'Geen: er zijn geen gegevens ingezien.',
      'Genomen maatregelen': 'Wachtwoorden van beheerders vernieuwd.',
    });
    // The demo's breach of personal data reached this board or not (which products it concerns
    // depends on the demo's agreements); where it did, the board's FG reported it.
    for (const breach of records.filter((r) => r.Incident === RESOLVED_BREACH))
      expect(breach).toMatchObject({
        'Persoonsgegevens betrokken': 'ja',
        'Besluit over melding aan de AP': 'Gemeld',
      });

    const xlsx = await downloadBy(
      fg,
      log.getByRole('button', { name: 'Download als Excel (XLSX)' }),
    );
    const workbook = new ExcelJS.Workbook();
    const file = await saved(xlsx);
    await workbook.xlsx.load(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(1).value).toBe('Ontvangen van de leverancier');
  });

  it('does the same in English, for another board', async () => {
    const page = await journeys.newPage();
    const fg = new Journey(page, 'fg-documents-authority-en');
    await signIn(fg, 'fg@rivierenland.example.nl', { english: true });
    await fg.press(page.getByRole('link', { name: 'Incidents', exact: true }));
    await heading(page, 'Incidents');
    const row = page.getByRole('row').filter({ hasText: OPEN_INCIDENT });
    await row.getByText('No window').waitFor();
    await fg.press(row.getByRole('link', { name: OPEN_INCIDENT }));
    await heading(page, OPEN_INCIDENT);
    const section = page.getByRole('region', {
      name: 'Decision on notifying the supervisory authority',
    });
    await section.getByText('Nothing has been recorded yet.').waitFor();
    await fg.tabTo(section.getByLabel('Decision'));
    await page.keyboard.type('Not');
    expect(await section.getByLabel('Decision').inputValue()).toBe('NOT_REPORTED');
    await fg.fill(section.getByLabel('Why not notified?'), 'No account was taken over.');
    await fg.press(section.getByRole('button', { name: 'Record the decision' }));
    await section.getByText('Version 1 has been recorded.').waitFor();
    await fg.step('recorded');

    await fg.press(page.getByRole('link', { name: 'All incidents' }));
    await heading(page, 'Incidents');
    const log = page.getByRole('region', { name: 'Breach log' });
    const csv = await downloadBy(fg, log.getByRole('button', { name: 'Download as CSV' }));
    await log.getByText(`The file ${csv.suggestedFilename()} has been downloaded.`).waitFor();
    await fg.step('breach-log-downloaded');
    const records = csvRecords(await saved(csv));
    expect(records.find((r) => r.Incident === OPEN_INCIDENT)).toMatchObject({
      Severity: 'Medium',
      'Personal data involved': 'no',
      'Decision on notifying the authority': 'Not reported',
      'Reason for not notifying': 'No account was taken over.',
    });
  });

  it('downloads the processor register as a CSV that opens in the columns the page shows', async () => {
    const page = await journeys.newPage();
    const fg = new Journey(page, 'fg-documents-register');
    // The board's signatory: the FG above chose English, which the app now keeps for her.
    await signIn(fg, 'bestuurder@rivierenland.example.nl');
    await fg.press(page.getByRole('link', { name: 'Register', exact: true }));
    await heading(page, 'Verwerkingsregister');
    const table = page.getByRole('table', { name: 'Verwerkingsregister' });
    await table.getByRole('rowheader').first().waitFor();
    // The page takes the window's width, and the table scrolls within its own frame.
    const widths = await page.locator('main').evaluate((main) => ({
      main: main.getBoundingClientRect().width,
      window: main.ownerDocument.defaultView!.innerWidth,
      page: main.ownerDocument.documentElement.scrollWidth,
    }));
    expect(widths.main).toBeGreaterThan(widths.window - 80);
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    await fg.step('register');

    // What the page shows, row by row: the vendor, the products, the open deviations.
    const shown = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
        return { vendor: cells[0], products: cells[1], deviations: cells[cells.length - 1] };
      }),
    );
    const csv = await downloadBy(fg, page.getByRole('button', { name: 'Download als CSV' }));
    const bytes = await saved(csv);
    const text = bytes.toString('utf8');
    expect(text).not.toMatch(UUID);
    for (const code of ['STUDENT', 'CONTACT_DETAILS', 'NOT_APPLICABLE', 'SOC2_TYPE2'])
      expect(text).not.toContain(code);
    const records = csvRecords(bytes);
    expect(records).toHaveLength(shown.length);
    records.forEach((record, i) => {
      expect(record.Leverancier).toBe(shown[i].vendor);
      for (const product of record.Producten.split('\n'))
        expect(shown[i].products).toContain(product);
      expect(record['Open afwijkingen']).toBe(shown[i].deviations);
      expect(record.Betrokkenen.length).toBeGreaterThan(0);
    });
    await fg.step('register-downloaded');
  });

  it("lets the board and the vendor download an ACTIVE agreement's signed PDF", async () => {
    const boardPage = await journeys.newPage();
    const board = new Journey(boardPage, 'fg-documents-signed-pdf-board');
    await signIn(board, 'fg@horizon.example.nl');
    await board.press(
      boardPage.getByRole('link', { name: 'Verwerkersovereenkomsten', exact: true }),
    );
    await heading(boardPage, /Verwerkersovereenkomsten/);
    const row = boardPage
      .getByRole('row')
      .filter({ hasText: 'Toetsplein B.V.' })
      .filter({ hasText: 'Actief' })
      .first();
    await board.press(row.getByRole('link', { name: 'Toetsplein B.V.' }));
    await heading(boardPage, /Toetsplein B\.V\./);
    const agreementPath = new URL(boardPage.url()).pathname;
    const section = boardPage.getByRole('region', { name: 'Ondertekend document' });
    await board.step('agreement-signed-document');
    const fromBoard = await saved(
      await downloadBy(
        board,
        section.getByRole('link', { name: 'Ondertekend document downloaden (PDF)' }),
      ),
    );
    expect(fromBoard.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readSignedPdf(new Uint8Array(fromBoard));
    expect(sha256(pdf.printedContent)).toBe(pdf.statedHash);
    expect(pdf.text).toContain('Stichting Speciaal Onderwijs De Horizon');

    // The vendor, in English, downloads the very same document.
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'fg-documents-signed-pdf-vendor');
    await signIn(vendor, 'bestuurder@toetsplein.example.nl', { english: true });
    await vendor.press(
      vendorPage.getByRole('link', { name: 'Processing agreements', exact: true }),
    );
    await heading(vendorPage, /Processing agreements/);
    await vendor.press(vendorPage.locator(`a[href="${agreementPath}"]`));
    await heading(vendorPage, /Toetsplein B\.V\./);
    const vendorSection = vendorPage.getByRole('region', { name: 'Signed document' });
    await vendor.step('agreement-signed-document');
    const fromVendor = await saved(
      await downloadBy(
        vendor,
        vendorSection.getByRole('link', { name: 'Download the signed document (PDF)' }),
      ),
    );
    const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(digest(fromVendor)).toBe(digest(fromBoard));
  });
});
