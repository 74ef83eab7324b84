// Journey: De Horizon's FG opens the agreement with Leerwijs that awaits review and shares a
// review of Leerwijs Platform from its assessed deviations, anonymously (the form warns that
// the vendor may still guess the author, and publishing asks first). Rivierenland's FG, working
// in English, sees beside its own agreement that a board reviewed this version, and reads the
// review on the product page without learning which board wrote it. Leerwijs' editor responds
// once on the product page, and the reader sees the response. Keyboard only, axe-checked, on a
// fresh database with the demo data.
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

const AUTHOR_BOARD = 'Stichting Speciaal Onderwijs De Horizon';
const VENDOR = 'Leerwijs B.V.';
const PRODUCT = 'Leerwijs Platform';
const SUMMARY = 'Aansprakelijkheid en meldtermijn wijken af; bruikbaar met aanvullende afspraken.';
const RESPONSE = 'Vanaf 1 maart melden we datalekken binnen 24 uur.';

describe('reviews boards share, in the browser', () => {
  it('an FG shares an anonymous review from an agreement; another board reads it; the vendor responds', async () => {
    // --- De Horizon's FG: from the agreement in review to a shared review ---
    const authorPage = await journeys.newPage();
    const author = new Journey(authorPage, 'product-review-author');
    await signIn(author, 'fg@horizon.example.nl');
    const reviewCard = authorPage.getByRole('region', { name: 'Wachten op jouw beoordeling' });
    await author.press(reviewCard.getByRole('link', { name: VENDOR }));
    await heading(authorPage, `Overeenkomst ${AUTHOR_BOARD} – ${VENDOR}`);
    const beside = authorPage.getByRole('region', { name: 'Beoordelingen door besturen' });
    await beside.getByText(`Nog geen bestuur beoordeelde deze versie van ${PRODUCT}.`).waitFor();
    await author.step('agreement');
    await author.press(
      beside.getByRole('link', {
        name: `Beoordeling van ${PRODUCT} delen vanuit deze afwijkingen`,
      }),
    );
    await heading(authorPage, `Beoordeling van ${PRODUCT} delen`);
    // The assessed deviation (11.2, liability, acceptable with measures) is the first finding.
    const finding = authorPage.getByRole('group', { name: 'Bevinding 1' });
    expect(await finding.getByLabel('Onderwerp').inputValue()).toBe('LIABILITY');
    expect(await finding.getByLabel('Oordeel').inputValue()).toBe('DEVIATES_ACCEPTABLY');
    expect(await finding.getByLabel('Toelichting').inputValue()).toBe(
      '11.2: Alleen met een cyberverzekering van ten minste € 1 mln.',
    );
    // The unassessed deviation (9.1) is not: the FG adds it as a finding of its own.
    expect(await authorPage.getByRole('group', { name: 'Bevinding 2' }).count()).toBe(0);
    await author.step('prefilled');

    // Sent without a risk level: the field says so.
    await author.press(authorPage.getByRole('button', { name: 'Beoordeling delen' }));
    await authorPage.getByText('Dit veld is verplicht.').first().waitFor();
    await author.step('missing-risk');

    const low = authorPage.getByRole('radio', { name: 'Laag risico' });
    await author.press(low, 'Space');
    await authorPage.keyboard.press('ArrowDown');
    expect(await authorPage.getByRole('radio', { name: 'Gemiddeld risico' }).isChecked()).toBe(
      true,
    );
    await author.fill(authorPage.getByLabel('Samenvatting'), SUMMARY);
    await author.press(authorPage.getByRole('button', { name: 'Bevinding toevoegen' }));
    const second = authorPage.getByRole('group', { name: 'Bevinding 2' });
    // A new finding takes the first topic not used yet; six down is breach notification.
    const topic = second.getByLabel('Onderwerp');
    await author.tabTo(topic);
    expect(await topic.inputValue()).toBe('SUBJECT_AND_DURATION');
    for (let i = 0; i < 6; i += 1) await authorPage.keyboard.press('ArrowDown');
    expect(await topic.inputValue()).toBe('BREACH_NOTIFICATION');
    const verdict = second.getByLabel('Oordeel');
    await author.tabTo(verdict);
    await authorPage.keyboard.press('ArrowDown');
    await authorPage.keyboard.press('ArrowDown');
    expect(await verdict.inputValue()).toBe('DEVIATES_UNACCEPTABLY');
    await author.fill(second.getByLabel('Toelichting'), '9.1: melden binnen 72 uur is te laat.');

    // Anonymous, with the warning that the vendor may still guess the author.
    await author.press(authorPage.getByRole('checkbox', { name: 'Anoniem delen' }), 'Space');
    await authorPage
      .getByText(/ook anoniem kan Leerwijs B\.V\. uit de inhoud misschien afleiden/)
      .first()
      .waitFor();
    await author.step('filled-anonymous');
    await author.press(authorPage.getByRole('button', { name: 'Beoordeling delen' }));
    const dialog = authorPage.getByRole('alertdialog', {
      name: 'Beoordeling delen met de sector?',
    });
    await dialog
      .getByText(`Buiten ${AUTHOR_BOARD} ziet niemand welk bestuur haar schreef.`, { exact: false })
      .waitFor();
    await dialog.getByText(/ook anoniem kan Leerwijs B\.V\./).waitFor();
    await author.step('confirm');
    await author.press(dialog.getByRole('button', { name: 'Anoniem delen' }));
    await heading(authorPage, PRODUCT);
    await authorPage.getByText(`Je beoordeling van ${PRODUCT} is gedeeld.`).waitFor();
    const own = authorPage.getByRole('article', { name: /Beoordeling door/ });
    // The author's own board sees it is theirs, and that others do not.
    await own
      .getByText(`Anoniem gedeeld: buiten ${AUTHOR_BOARD} ziet niemand`, { exact: false })
      .waitFor();
    await author.step('shared');

    // --- Rivierenland's FG, in English: beside its own agreement, then on the product page ---
    const readerPage = await journeys.newPage();
    const reader = new Journey(readerPage, 'product-review-reader');
    await signIn(reader, 'fg@rivierenland.example.nl', { english: true });
    const awaiting = readerPage.getByRole('region', { name: 'Awaiting your review' });
    await reader.press(awaiting.getByRole('link', { name: VENDOR }));
    await heading(readerPage, /Agreement .* – Leerwijs B\.V\./);
    const reviews = readerPage.getByRole('region', { name: 'Reviews by boards' });
    await reviews.getByText(`1 board reviewed this version of ${PRODUCT}: 1 medium.`).waitFor();
    await reader.step('agreement-side');
    await reader.press(reviews.getByRole('link', { name: `Read the reviews of ${PRODUCT}` }));
    await heading(readerPage, PRODUCT);
    const read = readerPage.getByRole('article', { name: /Review by an anonymous board/ });
    await read.getByText(SUMMARY).waitFor();
    await read.getByRole('row', { name: /Liability Deviates acceptably/ }).waitFor();
    await read
      .getByRole('row', { name: /Notifying data breaches Deviates unacceptably/ })
      .waitFor();
    await read.getByText(`${VENDOR} has not responded yet.`).waitFor();
    expect(await readerPage.getByText(AUTHOR_BOARD).count()).toBe(0);
    await reader.step('reads-anonymous');

    // --- Leerwijs' editor responds, once ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'product-review-vendor');
    await signIn(vendor, 'redactie@leerwijs.example.nl');
    await vendor.press(
      vendorPage
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Producten' }),
    );
    await heading(vendorPage, 'Producten');
    await vendor.press(vendorPage.getByRole('link', { name: PRODUCT }));
    await heading(vendorPage, PRODUCT);
    const toAnswer = vendorPage.getByRole('article', {
      name: /Beoordeling door een anoniem bestuur/,
    });
    const field = toAnswer.getByLabel(`Je reactie namens ${VENDOR}`);
    await vendor.tabTo(field, { max: 300 });
    await vendorPage.keyboard.type(RESPONSE);
    expect(await vendorPage.getByText(AUTHOR_BOARD).count()).toBe(0);
    await vendor.step('respond');
    await vendor.press(toAnswer.getByRole('button', { name: 'Reactie plaatsen' }));
    const confirm = vendorPage.getByRole('alertdialog', { name: 'Reactie plaatsen?' });
    await vendor.press(confirm.getByRole('button', { name: `Reactie plaatsen namens ${VENDOR}` }));
    await toAnswer.getByText(RESPONSE).waitFor();
    // Once: no second response is offered (the form goes once the page has the response).
    await toAnswer.getByLabel(`Je reactie namens ${VENDOR}`).waitFor({ state: 'detached' });
    await vendor.step('responded');

    // --- the reader sees the response ---
    await readerPage.reload();
    await heading(readerPage, PRODUCT);
    const again = readerPage.getByRole('article', { name: /Review by an anonymous board/ });
    await again.getByRole('heading', { name: `Response of ${VENDOR}` }).waitFor();
    await again.getByText(RESPONSE).waitFor();
    await reader.step('reads-response');
  });
});
