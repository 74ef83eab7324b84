// Journey: the sector body's CERT imports a CSAF 2.0 document (the BSI's example from the
// standard, about CSAF Tools' CVRF-CSAF-Converter, which one demo board uses): first a broken
// copy, which the API refuses naming where the document fails the schema; then the real one,
// confirmed in a dialog. The board's security contact, in English, finds it on home and among
// the notifications, reads what to do and answers; the CERT sees the answer, counted and over
// time. Keyboard only, on a fresh database with the demo data.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganisationKind } from '@regie/domain';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { seedAgreement } from '../support/agreements-seed';
import { createProduct } from '../support/attestations';
import { createOrganisation } from '../support/identity';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

const example = join(__dirname, '..', 'fixtures', 'csaf', 'bsi-2022-0001.json');
const title = 'CVRF-CSAF-Converter: XML External Entities Vulnerability';
const board = 'Stichting Speciaal Onderwijs De Horizon';
const cert = 'Coöperatie Samen Digitaal Onderwijs';

/** No sideways scrolling of the page on a 390-pixel-wide phone. */
async function fitsPhone(page: Page): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  // Evaluated in the page (the tests' own TypeScript has no DOM types).
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  await page.setViewportSize(size);
  expect(overflow).toBe(0);
}

describe('security advisories', () => {
  let broken: string;

  beforeAll(async () => {
    // The document's product, in force at one demo board: the vendor and product as the
    // document's product tree names them.
    const app = journeys.app;
    const vendor = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'CSAF Tools',
    });
    const product = await createProduct(app, vendor, 'CVRF-CSAF-Converter');
    const [{ id: horizon }] = await app.running.app
      .get(DataSource)
      .query(`SELECT id FROM organisation WHERE name = $1`, [board]);
    await seedAgreement(app, { boardId: horizon, vendorId: vendor, productIds: [product] });
    // A copy that fails the schema: a tracking id must be text.
    const doc = JSON.parse(readFileSync(example, 'utf8'));
    doc.document.tracking.id = 42;
    broken = join(mkdtempSync(join(tmpdir(), 'regie-csaf-')), 'kapot-advies.json');
    writeFileSync(broken, JSON.stringify(doc));
  });

  it('the CERT imports a CSAF document and a board’s security contact answers it', async () => {
    // --- the CERT imports ---
    const certPage = await journeys.newPage();
    const certJourney = new Journey(certPage, 'advisory-cert');
    await signIn(certJourney, 'cert@samendigitaal.example.nl');
    const certCard = certPage.getByRole('region', { name: 'Adviezen die op antwoord wachten' });
    await certCard.getByText('Elk getroffen bestuur heeft geantwoord.').waitFor();
    await certJourney.step('home');

    await certJourney.press(certCard.getByRole('link', { name: 'CSAF-document importeren' }));
    await heading(certPage, 'CSAF-document importeren');
    await fitsPhone(certPage);
    const file = certPage.getByLabel('CSAF-document (JSON)');
    await certJourney.chooseFile(file, broken);
    await certPage.getByText('Gekozen: kapot-advies.json.').waitFor();
    await certJourney.press(certPage.getByRole('button', { name: 'Importeren', exact: true }));
    const dialog = certPage.getByRole('dialog', { name: 'Document importeren en publiceren?' });
    await dialog.waitFor();
    await certJourney.step('import-confirm');
    await certJourney.press(dialog.getByRole('button', { name: 'Ja, importeren en publiceren' }));
    // The API's refusal beside the file: where the document fails, and the schema's rule.
    await certPage
      .getByText(
        /Dit is geen geldig CSAF 2\.0-document: \/document\/tracking\/id voldoet niet aan het schema \(#\/.*tracking.*\/id.*\)\./,
      )
      .waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    await dialog.waitFor({ state: 'hidden' });
    await certJourney.step('import-refused');

    await certJourney.chooseFile(file, example);
    await certPage
      .getByText(`Gekozen: bsi-2022-0001.json, “${title}” (BSI-2022-0001, versie 1).`)
      .waitFor();
    expect(await file.getAttribute('aria-invalid')).toBeNull();
    // Escape takes the question back: nothing is published.
    await certJourney.press(certPage.getByRole('button', { name: 'Importeren', exact: true }));
    await dialog.waitFor();
    await certPage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await heading(certPage, 'CSAF-document importeren');
    await certJourney.press(certPage.getByRole('button', { name: 'Importeren', exact: true }));
    await dialog.getByText(`Regie publiceert “${title}”`, { exact: false }).waitFor();
    await certJourney.press(dialog.getByRole('button', { name: 'Ja, importeren en publiceren' }));

    await heading(certPage, title);
    await certPage
      .getByText('Het advies is gepubliceerd. Besturen die bericht kregen: 1.')
      .waitFor();
    const todo = certPage.getByRole('region', { name: 'Wat moeten we doen?' });
    await todo.getByText(/Update to the latest version of the product/).waitFor();
    const answers = certPage.getByRole('table', { name: 'Antwoorden van besturen' });
    await answers.getByRole('row', { name: new RegExp(`${board}.*Nog niet beantwoord`) }).waitFor();
    await certPage.getByText('0 van 1 getroffen besturen hebben geantwoord.').waitFor();
    await certJourney.step('imported');
    const advisoryUrl = certPage.url();

    // --- the board's security contact, in English ---
    const contactPage = await journeys.newPage();
    const contact = new Journey(contactPage, 'advisory-security-contact');
    await signIn(contact, 'beveiliging@horizon.example.nl', { english: true });
    const card = contactPage.getByRole('region', { name: 'Security advisories' });
    await card.getByRole('link', { name: title }).waitFor();
    await card.getByText('Awaiting your answer:').waitFor();
    await contact.step('home');

    // The notification says it in words, not codes (written in the account's language).
    await contact.press(contactPage.getByRole('link', { name: /^Notifications \d+ unread$/ }));
    await heading(contactPage, 'Notifications');
    const notice = contactPage.getByRole('listitem').filter({
      hasText: `Beveiligingsadvies van ${cert} (ernst gemiddeld): ${title}`,
    });
    await notice.getByText(/Delen: TLP:CLEAR, je mag het vrij delen\./).waitFor();
    await contact.step('notification');
    await contact.press(notice.getByRole('button', { name: /^Open/ }));
    await heading(contactPage, title);
    const whatToDo = contactPage.getByRole('region', { name: 'What do we do?' });
    await whatToDo.getByText(`At ${board} this concerns: CVRF-CSAF-Converter.`).waitFor();
    await whatToDo.getByText(/At least version 1\.0\.0-rc2/).waitFor();
    await contactPage.getByText('You have not answered yet.').waitFor();
    await fitsPhone(contactPage);
    await contact.step('advisory');

    // Sending without a choice: the group says what is missing.
    await contact.press(contactPage.getByRole('button', { name: 'Send answer' }));
    await contactPage.getByText('This field is required.').waitFor();
    // One group, one Tab stop: the arrow keys choose within it.
    await contact.tabTo(contactPage.getByRole('radio', { name: /^Not affected/ }));
    await contactPage.keyboard.press('ArrowDown');
    await contactPage.keyboard.press('ArrowDown');
    expect(await contactPage.getByRole('radio', { name: /^Mitigated/ }).isChecked()).toBe(true);
    await contact.fill(
      contactPage.getByLabel('Note'),
      'Updated to 1.0.0-rc2 on every machine that converts documents.',
    );
    await contact.step('answer-filled');
    await contact.press(contactPage.getByRole('button', { name: 'Send answer' }));
    await contactPage.getByText('Your answer has been saved.').waitFor();
    await contactPage.getByText(/^Mitigated, by .+ at .+$/).waitFor();
    await contactPage.getByRole('button', { name: 'Change answer' }).waitFor();
    await contact.step('answered');

    await contact.press(contactPage.getByRole('link', { name: 'All security advisories' }));
    await heading(contactPage, 'Security advisories');
    const forBoard = contactPage.getByRole('table', { name: 'All advisories for your board' });
    await forBoard.getByRole('row', { name: new RegExp(`${title}.*Mitigated`) }).waitFor();
    await contactPage.getByText('You have answered every advisory.').waitFor();
    await contact.step('list');

    // --- the CERT sees the answer, counted and over time ---
    await certPage.goto(advisoryUrl);
    await heading(certPage, title);
    await answers
      .getByRole('row', { name: new RegExp(`${board}.*Opgelost.*Updated to 1\\.0\\.0-rc2`) })
      .waitFor();
    await certPage.getByText('1 van 1 getroffen besturen hebben geantwoord.').waitFor();
    await certPage.getByRole('img', { name: /^Antwoorden in de tijd/ }).waitFor();
    await certJourney.press(certPage.locator('summary', { hasText: 'De cijfers per dag' }));
    const figures = certPage.getByRole('table', { name: 'De cijfers per dag' });
    await figures.getByRole('row', { name: /\d{4} 1 1$/ }).waitFor();
    await fitsPhone(certPage);
    await certJourney.step('answer-seen');

    await certJourney.press(certPage.getByRole('link', { name: 'Alle beveiligingsadviezen' }));
    await heading(certPage, 'Beveiligingsadviezen');
    const published = certPage.getByRole('table', { name: 'Gepubliceerde adviezen' });
    await published.getByRole('row', { name: new RegExp(`${title}.*1 van 1`) }).waitFor();
    await certJourney.step('list');
  });

  it('the CERT types an advisory in, picks the products and publishes it after the question', async () => {
    const page = await journeys.newPage();
    const journey = new Journey(page, 'advisory-cert-publish');
    await signIn(journey, 'cert@samendigitaal.example.nl');
    await journey.press(page.getByRole('link', { name: 'Beveiligingsadviezen' }));
    await heading(page, 'Beveiligingsadviezen');
    await journey.press(page.getByRole('link', { name: 'Advies publiceren' }));
    await heading(page, 'Advies publiceren');

    await journey.fill(page.getByLabel('Titel'), 'Toetsresultaten leesbaar via oude koppeling');
    await journey.fill(
      page.getByLabel('Wat is er aan de hand?'),
      'Via de oude koppeling van Toetsplein Adaptief kan een aangemelde gebruiker resultaten van andere scholen lezen.',
    );
    await journey.fill(
      page.getByLabel('Wat moeten besturen doen?'),
      'Zet de oude koppeling uit in de beheeromgeving (Instellingen, Koppelingen).',
    );
    await journey.tabTo(page.getByLabel('Ernst'));
    await page.keyboard.type('Hoog');
    expect(await page.getByLabel('Ernst').inputValue()).toBe('HIGH');
    // TLP:AMBER is chosen; the arrow keys move to TLP:AMBER+STRICT.
    expect(await page.getByRole('radio', { name: /^TLP:AMBER De leden/ }).isChecked()).toBe(true);
    await journey.tabTo(page.getByRole('radio', { name: /^TLP:AMBER De leden/ }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^TLP:AMBER\+STRICT/ }).isChecked()).toBe(true);
    await journey.fill(page.getByLabel('CVE-nummers'), 'CVE-2026-31337, CVE-12');
    await journey.fill(page.getByLabel('Zoek een product'), 'Toetsplein');
    await journey.press(
      page.getByRole('checkbox', { name: 'Toetsplein Adaptief (Toetsplein B.V.)' }),
      'Space',
    );
    // The chosen product stays listed when the search changes.
    await journey.fill(page.getByLabel('Zoek een product'), 'Kompas');
    await page
      .getByRole('checkbox', { name: 'Kompas Ouderportaal (Schoolkompas Software B.V.)' })
      .waitFor();
    expect(
      await page
        .getByRole('checkbox', { name: 'Toetsplein Adaptief (Toetsplein B.V.)' })
        .isChecked(),
    ).toBe(true);
    await journey.press(page.getByRole('button', { name: 'Publiceren', exact: true }));
    // The wrong CVE is said beside its field, before anything is asked or sent.
    const cves = page.getByLabel('CVE-nummers');
    expect(await cves.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Een CVE-nummer ziet eruit als CVE-2024-12345.').waitFor();
    await journey.step('publish-invalid');
    await journey.fill(cves, 'CVE-2026-31337');

    await journey.press(page.getByRole('button', { name: 'Publiceren', exact: true }));
    const dialog = page.getByRole('dialog', { name: 'Advies publiceren?' });
    await dialog
      .getByText(
        'Regie stuurt “Toetsresultaten leesbaar via oude koppeling” meteen naar elk bestuur met een overeenkomst van kracht op Toetsplein Adaptief (Toetsplein B.V.).',
        { exact: false },
      )
      .waitFor();
    await journey.step('publish-confirm');
    await journey.press(dialog.getByRole('button', { name: 'Ja, publiceren' }));
    await heading(page, 'Toetsresultaten leesbaar via oude koppeling');
    // Every demo board has an agreement in force on Toetsplein Adaptief.
    await page.getByText('Het advies is gepubliceerd. Besturen die bericht kregen: 3.').waitFor();
    await page.getByText('0 van 3 getroffen besturen hebben geantwoord.').waitFor();
    await page.getByText(/^TLP:AMBER\+STRICT/).waitFor();
    await journey.step('published');
  });
});
