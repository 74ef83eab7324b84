// A vendor's editor keeps the registry up to date, keyboard only: edits the draft of a
// product's privacy leaflet (a new sub-processor outside the EEA, a longer breach-notification
// period); since boards have agreements in force on the product, announces the change of
// sub-processors 30 days ahead (GDPR art. 28(2)) and, once the daily job has published it on
// that date, sees what changed since the previous version; then uploads a security
// attestation whose kind is read from the PDF, finds it listed with its validity, and renews it
// with a new certificate (the old and the new one link to each other).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, amsterdamDate } from '@regie/domain';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

// The journey's 20-odd steps, each checked with axe, on a machine that may be busy.
jest.setTimeout(300_000);

const EDITOR = 'redactie@leerwijs.example.nl';

const journeys = useJourneyApp();
const dir = mkdtempSync(join(tmpdir(), 'regie-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A small but valid PDF (header, catalog, page, content stream, cross-reference table with
 * correct offsets) whose text names the standard, as a certificate's first page does.
 */
function certificatePdf(title = 'Certificaat ISO/IEC 27001:2022'): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A calendar date as a person types it in the admin's date fields: day first. */
const typed = (date: string) => date.split('-').reverse().join('-');

describe('the vendor registry in the browser', () => {
  it('lets a vendor editor publish a new leaflet version, see what changed, add an attestation and renew it', async () => {
    const page = await journeys.newPage();
    const journey = new Journey(page, 'vendor-registry');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });

    await signIn(journey, EDITOR);
    await page.getByRole('heading', { name: 'Jouw attesten die binnenkort verlopen' }).waitFor();
    await page.getByRole('img', { name: /^Tijdlijn van / }).waitFor();
    await journey.step('home');

    // --- the product and its leaflet draft ---
    await journey.press(nav.getByRole('link', { name: 'Producten' }));
    await heading(page, 'Producten');
    await journey.step('products');
    await journey.press(page.getByRole('link', { name: 'Leerwijs Platform' }));
    await heading(page, 'Leerwijs Platform');
    await page.getByRole('heading', { name: 'Huidige versie (1)' }).waitFor();
    await journey.step('product');

    await journey.press(page.getByRole('link', { name: 'Nieuwe versie opstellen' }));
    await heading(page, 'Concept van de privacybijsluiter: Leerwijs Platform');
    await page.getByText('Je bewerkt het concept van versie 2.').waitFor();
    await journey.press(page.getByRole('checkbox', { name: 'Docenten en mentoren' }), 'Space');
    await journey.press(page.getByRole('button', { name: 'Subverwerker toevoegen' }));
    const group = page.getByRole('group', { name: /^Subverwerker \d+$/ }).last();
    // The new group's first field has the focus.
    await group.getByLabel('Naam').waitFor();
    await page.waitForFunction("document.activeElement?.tagName === 'INPUT'");
    await page.keyboard.type('Helpdesk Direct Ltd.');
    await journey.fill(group.getByLabel('Dienst'), 'eerstelijns support');
    await journey.fill(group.getByLabel('Land'), 'IN');
    await journey.fill(page.getByLabel('Melding van datalekken binnen (uren)'), '48');
    await journey.press(page.getByRole('button', { name: 'Concept opslaan' }));
    // Outside the EEA "not applicable" would hide the transfer: said beside the field.
    const mechanism = group.getByLabel('Doorgiftemechanisme');
    await group
      .getByText(
        'Buiten de EER: kies een doorgiftegrondslag, of “geen waarborg” als die er niet is.',
      )
      .waitFor();
    expect(await mechanism.getAttribute('aria-invalid')).toBe('true');
    await journey.step('draft-transfer-mechanism-missing');

    await journey.press(mechanism, 'G');
    expect(await mechanism.inputValue()).toBe('NONE');
    await group
      .getByText('Buiten de EER zonder waarborg: dit mag, maar wordt overal gemarkeerd.')
      .waitFor();
    await journey.step('draft-without-safeguards');
    await journey.press(page.getByRole('button', { name: 'Concept opslaan' }));
    await heading(page, 'Leerwijs Platform');
    await page.getByText('Het concept is opgeslagen.').waitFor();
    await page.getByText('Er is een concept van versie 2.').waitFor();
    await journey.step('draft-saved');

    // --- a new sub-processor while boards have agreements in force: announced, not published ---
    await journey.press(page.getByRole('button', { name: 'Concept publiceren als versie 2' }));
    // Publishing asks first; the API then refuses: the change must be announced.
    const publishDialog = page.getByRole('alertdialog', { name: 'Privacybijsluiter publiceren?' });
    await journey.press(
      publishDialog.getByRole('button', { name: 'Versie 2 publiceren namens Leerwijs B.V.' }),
    );
    await publishDialog
      .getByRole('alert')
      .getByText(/kondig de wijziging ten minste 30 dagen vooraf aan/)
      .waitFor();
    await journey.press(publishDialog.getByRole('button', { name: 'Annuleren, niets vastleggen' }));
    const effectiveOn = addDays(amsterdamDate(), 30);
    await journey.press(page.getByRole('button', { name: 'Wijziging subverwerkers aankondigen' }));
    await journey.press(
      page
        .getByRole('alertdialog', { name: 'Wijziging subverwerkers aankondigen?' })
        .getByRole('button', { name: 'Aankondigen namens Leerwijs B.V.' }),
    );
    await heading(page, 'Wijziging subverwerkers: Leerwijs Platform');
    await journey.step('announced');
    // On its date the daily job publishes it (run here by hand, its clock set forward).
    await journeys.app.running.app.get(RemindersService).runOnce(effectiveOn);

    // --- published, then what changed ---
    await journey.press(nav.getByRole('link', { name: 'Producten' }));
    await heading(page, 'Producten');
    await journey.press(page.getByRole('link', { name: 'Leerwijs Platform' }));
    await heading(page, 'Leerwijs Platform');
    await page.getByRole('heading', { name: 'Huidige versie (2)' }).waitFor();
    const flags = page.getByRole('list', { name: 'Aandachtspunten' }).first();
    await flags.getByText('Doorgifte zonder waarborg').waitFor();
    await flags.getByText('Gegevens buiten de EER').waitFor();
    await journey.step('published');

    const diff = page.getByRole('region', { name: 'Wat is er veranderd' });
    await diff.getByText(/^Versie 1 naar versie 2: (1 wijziging|\d+ wijzigingen)\.$/).waitFor();
    const subprocessors = diff.getByRole('row', { name: /^Subverwerkers/ });
    await subprocessors.getByText(/Helpdesk Direct Ltd\./).waitFor();
    expect(await subprocessors.textContent()).toContain('Toegevoegd');
    await diff
      .getByRole('row', { name: /^Datalekmelding/ })
      .getByText('48 uur (was 24 uur)')
      .waitFor();
    await diff
      .getByRole('row', { name: /^Categorieën persoonsgegevens/ })
      .getByText('Docenten en mentoren')
      .waitFor();
    await diff.scrollIntoViewIfNeeded();
    await journey.step('diff-with-previous-version');

    // --- an attestation, its kind read from the PDF ---
    await journey.press(nav.getByRole('link', { name: 'Attesten' }));
    await heading(page, 'Attesten');
    await journey.step('attestations');
    await journey.press(page.getByRole('link', { name: 'Attest toevoegen' }));
    await heading(page, 'Attest toevoegen');

    const file = join(dir, 'certificaat-2026.pdf');
    writeFileSync(file, certificatePdf());
    const input = page.getByLabel('Document (PDF)');
    await journey.chooseFile(input, file);
    await page.getByText(/certificaat-2026\.pdf \(\d+ kB\) is opgeslagen\./).waitFor();
    // Proposed beside the field (its hint) and said to screen readers (a status message).
    await page
      .locator('.field__hint', {
        hasText:
          'Voorgesteld op grond van het bestand: ISO/IEC 27001. Pas het aan als het niet klopt.',
      })
      .waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Voorgesteld op grond van het bestand' })
      .waitFor({ state: 'attached' });
    expect(await page.getByLabel('Soort attest').inputValue()).toBe('ISO27001');
    await journey.step('uploaded-type-proposed');

    const today = amsterdamDate();
    const validUntil = addDays(today, 60);
    await journey.fill(page.getByLabel('Uitgever'), 'Certificeringsbureau Noord B.V.');
    await journey.fill(
      page.getByLabel('Reikwijdte (scope)'),
      'Ontwikkeling en beheer van het Leerwijs Platform',
    );
    await journey.fill(page.getByLabel('Uitgegeven op'), typed(addDays(today, -300)));
    await journey.fill(page.getByLabel('Geldig tot en met'), typed(validUntil));
    await journey.press(page.getByRole('checkbox', { name: 'Leerwijs Platform' }), 'Space');
    await journey.step('attestation-filled');
    await journey.press(page.getByRole('button', { name: 'Attest toevoegen' }));

    await heading(page, 'Attesten');
    await page.getByText('Het attest is toegevoegd.').waitFor();
    const row = page.getByRole('row', { name: /Certificeringsbureau Noord B\.V\./ });
    await row.getByRole('rowheader', { name: 'ISO/IEC 27001' }).waitFor();
    await row.getByText('Verloopt binnenkort').waitFor();
    await row.getByText('(nog 60 dagen)').waitFor();
    await journey.step('attestation-listed');

    // The home page's timeline shows it among those expiring.
    await journey.press(nav.getByRole('link', { name: 'Start' }));
    await heading(page, 'Overzicht');
    await page
      .getByRole('link', { name: /^ISO\/IEC 27001 van Leerwijs B\.V\.: .* \(nog 60 dagen\)$/ })
      .waitFor();
    await journey.step('home-timeline');

    // --- the new certificate: a renewal of the attestation ---
    await journey.press(nav.getByRole('link', { name: 'Attesten' }));
    await heading(page, 'Attesten');
    await journey.press(
      page
        .getByRole('row', { name: /Certificeringsbureau Noord B\.V\./ })
        .getByRole('link', { name: 'ISO/IEC 27001' }),
    );
    await heading(page, 'ISO/IEC 27001 van Leerwijs B.V.');
    const renew = page.getByRole('link', { name: 'Vernieuwen', exact: true });
    await renew.waitFor();
    await journey.step('attestation-before-renewal');
    await journey.press(renew);
    await heading(page, 'Attest vernieuwen');
    await page
      .getByText(/^Je vernieuwt ISO\/IEC 27001 van Certificeringsbureau Noord B\.V\., geldig tot/)
      .waitFor();
    // Kind, issuer, products and visibility come from the attestation it renews.
    expect(await page.getByLabel('Soort attest').inputValue()).toBe('ISO27001');
    expect(await page.getByLabel('Uitgever').inputValue()).toBe('Certificeringsbureau Noord B.V.');
    expect(await page.getByRole('checkbox', { name: 'Leerwijs Platform' }).isChecked()).toBe(true);
    const renewed = join(dir, 'certificaat-2027.pdf');
    writeFileSync(renewed, certificatePdf('Certificaat ISO/IEC 27001:2022, hercertificering'));
    await journey.chooseFile(page.getByLabel('Document (PDF)'), renewed);
    await page.getByText(/certificaat-2027\.pdf \(\d+ kB\) is opgeslagen\./).waitFor();
    await journey.fill(
      page.getByLabel('Reikwijdte (scope)'),
      'Ontwikkeling en beheer van het Leerwijs Platform, inclusief de app',
    );
    await journey.fill(page.getByLabel('Uitgegeven op'), typed(today));
    // An end before the start is said beside the field as it is typed.
    await journey.fill(page.getByLabel('Geldig tot en met'), typed(addDays(today, -1)));
    const until = page.getByLabel('Geldig tot en met');
    await page.getByText('De einddatum ligt vóór de datum van afgifte.').waitFor();
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    await journey.step('renewal-end-before-issue');
    await journey.fill(until, typed(addDays(today, 3 * 365)));
    await journey.step('renewal-filled');
    await journey.press(page.getByRole('button', { name: 'Vernieuwing opslaan' }));

    // The renewal's page says what it replaces; the old one says by what it was renewed.
    await heading(page, 'ISO/IEC 27001 van Leerwijs B.V.');
    await page.getByText('Het attest is vernieuwd.').waitFor();
    await page.getByText('Vernieuwt', { exact: true }).waitFor();
    const replaced = page.getByRole('link', { name: /^ISO\/IEC 27001, geldig tot en met / });
    await journey.step('renewal-replaces');
    await journey.press(replaced);
    await page.getByText('Vernieuwd door', { exact: true }).waitFor();
    await page.getByRole('link', { name: /^ISO\/IEC 27001, geldig tot en met / }).waitFor();
    // Renewed once: no second renewal offered.
    expect(await page.getByRole('link', { name: 'Vernieuwen', exact: true }).count()).toBe(0);
    await journey.step('renewed-attestation');

    // Renewed, it no longer waits on the home page's timeline of what expires.
    await journey.press(nav.getByRole('link', { name: 'Start' }));
    await heading(page, 'Overzicht');
    const expiring = page.getByRole('region', { name: 'Attesten die binnenkort verlopen' });
    // Loaded (its NEN 7510 still expires), and without the renewed certificate.
    await expiring.getByRole('link', { name: /^NEN 7510 van Leerwijs B\.V\.: / }).waitFor();
    expect(
      await expiring.getByRole('link', { name: /^ISO\/IEC 27001 van Leerwijs B\.V\.: / }).count(),
    ).toBe(0);
    await journey.step('home-after-renewal');
  });

  it('lets a board FG ask for a restricted document, the vendor grant it, and a reviewer verify an attestation', async () => {
    // --- a board's privacy officer looks up a vendor's attestations ---
    const fgPage = await journeys.newPage();
    const fg = new Journey(fgPage, 'attestation-access');
    await signIn(fg, 'fg@horizon.example.nl');
    await fg.press(
      fgPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Attesten' }),
    );
    await heading(fgPage, 'Attesten');
    const vendorFilter = fgPage.getByLabel('Leverancier', { exact: true });
    await fgPage.getByRole('option', { name: 'Leerwijs B.V.' }).waitFor({ state: 'attached' });
    await fg.press(vendorFilter, 'L');
    expect(await vendorFilter.locator('option:checked').textContent()).toBe('Leerwijs B.V.');
    await fg.press(fgPage.getByRole('button', { name: 'Filteren' }));
    await heading(fgPage, 'Attesten van Leerwijs B.V.');
    // Only Leerwijs's attestations are left.
    await fgPage.getByRole('row', { name: /Penetratietest Nimbus/ }).waitFor({ state: 'detached' });
    await fgPage.getByRole('row', { name: /Penetratietest Leerwijs B\.V\./ }).waitFor();
    expect(await fgPage.getByRole('row', { name: /Penetratietest/ }).count()).toBe(1);
    await fg.step('attestations-of-a-vendor');

    await fg.press(fgPage.getByRole('link', { name: 'Penetratietest' }));
    await heading(fgPage, 'Penetratietest van Leerwijs B.V.');
    await fgPage
      .getByText('Het document is beperkt zichtbaar. Vraag de leverancier om toegang.')
      .waitFor();
    await fg.press(fgPage.getByRole('button', { name: 'Toegang vragen' }));
    await fgPage.locator('.field__error', { hasText: 'Dit veld is verplicht.' }).waitFor();
    await fg.fill(
      fgPage.getByLabel('Waarom heb je het document nodig?'),
      'Voor de DPIA van het leerplatform op onze scholen.',
    );
    await fg.press(fgPage.getByRole('button', { name: 'Toegang vragen' }));
    await fgPage.getByText('Je verzoek is verstuurd naar de leverancier.').waitFor();
    await fgPage.getByRole('cell', { name: 'Wacht op besluit' }).waitFor();
    await fg.step('access-requested');

    // --- the vendor decides ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'attestation-access-vendor');
    await signIn(vendor, EDITOR);
    const requestsCard = vendorPage.getByRole('region', { name: 'Toegangsverzoeken' });
    await requestsCard.getByText('1', { exact: true }).waitFor();
    await vendor.step('home-with-request');
    await vendor.press(requestsCard.getByRole('link', { name: 'Naar de toegangsverzoeken' }));
    await heading(vendorPage, 'Toegangsverzoeken');
    await vendorPage
      .getByRole('rowheader', { name: 'Stichting Speciaal Onderwijs De Horizon' })
      .waitFor();
    await vendor.step('requests-pending');
    await vendor.press(
      vendorPage.getByRole('button', {
        name: 'Toegang van Stichting Speciaal Onderwijs De Horizon tot Penetratietest toestaan',
      }),
    );
    await vendorPage
      .getByText('Toegang van Stichting Speciaal Onderwijs De Horizon is toegestaan.')
      .waitFor();
    await vendor.step('request-granted');

    // The FG can now open the document.
    await fgPage.reload();
    await heading(fgPage, 'Penetratietest van Leerwijs B.V.');
    await fgPage
      .getByRole('link', { name: /^Document openen \(pentest-leerwijs\.pdf, \d+ kB\)$/ })
      .waitFor();
    await fgPage.getByRole('cell', { name: 'Toegestaan' }).waitFor();
    await fg.step('document-readable');

    // --- a sector body's reviewer works through the verification queue ---
    const reviewerPage = await journeys.newPage();
    const reviewer = new Journey(reviewerPage, 'attestation-verification');
    await signIn(reviewer, 'beoordelaar@samendigitaal.example.nl');
    const queueCard = reviewerPage.getByRole('region', { name: 'Verificatie van attesten' });
    await queueCard.getByText('Attesten die wachten op je verificatie.').waitFor();
    const before = Number(await queueCard.locator('.card__figure').textContent());
    expect(before).toBeGreaterThan(0);
    await reviewer.step('home-with-queue');
    await reviewer.press(queueCard.getByRole('link', { name: 'Naar de verificatie' }));
    await heading(reviewerPage, 'Attesten verifiëren');
    const first = reviewerPage.getByRole('row').nth(1);
    await reviewer.press(first.getByRole('button', { name: /^Afwijzen / }));
    await first.getByText('Geef een toelichting bij een afwijzing.').waitFor();
    await reviewer.step('rejection-needs-note');
    await reviewer.fill(
      first.getByLabel(/^Toelichting/),
      'Certificaat gecontroleerd bij de uitgever.',
    );
    await reviewer.press(first.getByRole('button', { name: /^Verifiëren / }));
    await reviewerPage.getByText(/ is geverifieerd\.$/).waitFor();
    await reviewerPage.getByText(`${before - 1} attesten wachten op verificatie`).waitFor();
    await reviewer.step('verified');
  });
});
