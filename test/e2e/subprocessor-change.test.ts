// Journey: a vendor's editor adds a subprocessor to a product's leaflet draft while every demo
// board has an agreement in force on it; publishing is refused, so the editor announces the
// change 35 days ahead (after a date too early is refused beside its field) and confirms in a
// dialog that every board concerned is told. A board's privacy officer, working in English,
// finds it on the home page and among the notifications, reads what is added and removed and
// when, and objects with a reason; the vendor sees the objection on its home page and on the
// change. The daily job, run by hand with its clock set to the change's date, publishes the
// announced draft. Keyboard only, axe-checked, on a fresh database with the demo data.
import { addDays, amsterdamDate } from '@regie/domain';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

const EDITOR = 'redactie@leerwijs.example.nl';
const FG = 'fg@horizon.example.nl';
const BOARD = 'Stichting Speciaal Onderwijs De Horizon';
const PRODUCT = 'Leerwijs Rekenen';
const NEW_SUBPROCESSOR = 'Datacentrum Frankfurt GmbH';
const REASON = 'Onze leerlingdata mogen niet naar een nieuwe hostingpartij zonder DPIA.';

/** A calendar date as a person types it in the admin's date fields: day first. */
const typed = (date: string) => date.split('-').reverse().join('-');
const longDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(`${date}T12:00:00Z`),
  );

describe('changes of subprocessors in the browser', () => {
  it('a vendor announces a change of subprocessors, a board’s FG objects, and it takes effect on its date', async () => {
    const today = amsterdamDate();
    const effectiveOn = addDays(today, 35);

    // --- the vendor's editor: a draft that adds a subprocessor ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'subprocessor-change-vendor');
    const nav = vendorPage.getByRole('navigation', { name: 'Hoofdmenu' });
    await signIn(vendor, EDITOR);
    await vendorPage
      .getByRole('region', { name: 'Bezwaren tegen je aangekondigde wijzigingen' })
      .getByText('Er is geen wijziging van subverwerkers aangekondigd.')
      .waitFor();
    await vendor.step('home');

    await vendor.press(nav.getByRole('link', { name: 'Producten' }));
    await heading(vendorPage, 'Producten');
    await vendor.press(vendorPage.getByRole('link', { name: PRODUCT }));
    await heading(vendorPage, PRODUCT);
    await vendor.press(vendorPage.getByRole('link', { name: 'Nieuwe versie opstellen' }));
    await heading(vendorPage, `Concept van de privacybijsluiter: ${PRODUCT}`);
    await vendor.press(vendorPage.getByRole('button', { name: 'Subverwerker toevoegen' }));
    const group = vendorPage.getByRole('group', { name: /^Subverwerker \d+$/ }).last();
    await group.getByLabel('Naam').waitFor();
    await vendorPage.waitForFunction("document.activeElement?.tagName === 'INPUT'");
    await vendorPage.keyboard.type(NEW_SUBPROCESSOR);
    await vendor.fill(group.getByLabel('Dienst'), 'hosting');
    await vendor.fill(group.getByLabel('Land'), 'DE');
    await vendor.step('draft-new-subprocessor');
    await vendor.press(vendorPage.getByRole('button', { name: 'Concept opslaan' }));
    await heading(vendorPage, PRODUCT);
    await vendorPage.getByText('Het concept is opgeslagen.').waitFor();

    // Publishing it as it is: boards have agreements in force, so Regie refuses and says why.
    const publish = vendorPage.getByRole('button', { name: /^Concept publiceren als versie \d+$/ });
    await vendor.press(publish);
    // Publishing asks first; only then does the API refuse, inside the question.
    const publishDialog = vendorPage.getByRole('alertdialog', {
      name: 'Privacybijsluiter publiceren?',
    });
    await vendor.press(
      publishDialog.getByRole('button', { name: /^Versie \d+ publiceren namens/ }),
    );
    await publishDialog
      .getByRole('alert')
      .getByText(/kondig de wijziging ten minste 30 dagen vooraf aan/)
      .waitFor();
    await vendor.step('publish-refused');
    await vendor.press(publishDialog.getByRole('button', { name: 'Annuleren, niets vastleggen' }));

    // --- the announcement: a date too early, then 35 days ahead, then the confirmation ---
    const announce = vendorPage.getByRole('region', {
      name: 'Gewijzigde subverwerkers aankondigen',
    });
    const diff = announce.getByRole('table', { name: 'Wat verandert aan de subverwerkers' });
    await diff.getByRole('row', { name: new RegExp(`Erbij ${NEW_SUBPROCESSOR}`) }).waitFor();
    const date = announce.getByLabel('Gaat in op');
    await vendor.fill(date, typed(addDays(today, 10)));
    await vendor.press(
      announce.getByRole('button', { name: 'Wijziging subverwerkers aankondigen' }),
    );
    await announce.getByText('Kies een datum ten minste 30 dagen na vandaag.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await vendor.step('announce-too-soon');

    await vendor.fill(date, typed(effectiveOn));
    await vendor.press(
      announce.getByRole('button', { name: 'Wijziging subverwerkers aankondigen' }),
    );
    const dialog = vendorPage.getByRole('alertdialog', {
      name: 'Wijziging subverwerkers aankondigen?',
    });
    await dialog
      .getByText(
        `Je kondigt namens Leerwijs B.V. aan dat de subverwerkers van ${PRODUCT} op ${longDate(effectiveOn, 'nl-NL')} veranderen.`,
        { exact: false },
      )
      .waitFor();
    // The safe answer has the focus first.
    expect(
      await dialog
        .getByRole('button', { name: 'Annuleren, niets vastleggen' })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    ).toBe(true);
    await vendor.step('announce-confirm');
    await vendor.press(dialog.getByRole('button', { name: 'Aankondigen namens Leerwijs B.V.' }));
    await heading(vendorPage, `Wijziging subverwerkers: ${PRODUCT}`);
    await vendorPage
      .getByText('De wijziging is aangekondigd. 3 besturen zijn ingelicht.')
      .waitFor();
    await vendorPage.getByText('Aangekondigd', { exact: true }).waitFor();
    await vendor.step('announced');

    // --- the board's privacy officer, in English ---
    const fgPage = await journeys.newPage();
    const fg = new Journey(fgPage, 'subprocessor-change-board-fg');
    await signIn(fg, FG, { english: true });
    const card = fgPage.getByRole('region', { name: 'Announced changes of subprocessors' });
    await card.getByRole('listitem').filter({ hasText: PRODUCT }).waitFor();
    await card.getByText(`takes effect on ${longDate(effectiveOn, 'en-GB')}`).waitFor();
    await fg.step('home-card');

    // The notice among the notifications (written in the account's language, Dutch) leads to it.
    await fg.press(fgPage.getByRole('link', { name: /^Notifications \d+ unread$/ }));
    await heading(fgPage, 'Notifications');
    const notice = fgPage
      .getByRole('listitem')
      .filter({ hasText: `Leerwijs B.V. wijzigt de subverwerkers van ${PRODUCT}` });
    await notice.getByText('New').waitFor();
    await fg.step('notification');
    await fg.press(notice.getByRole('button', { name: /^Open/ }));
    await heading(fgPage, `Subprocessor change: ${PRODUCT}`);
    const what = fgPage.getByRole('table', { name: 'What changes in the subprocessors' });
    await what.getByRole('row', { name: new RegExp(`Added ${NEW_SUBPROCESSOR}`) }).waitFor();
    await fgPage
      .getByText(longDate(addDays(effectiveOn, -1), 'en-GB'))
      .first()
      .waitFor();
    await fg.step('change');

    await fg.fill(fgPage.getByLabel('Reason for the objection'), REASON);
    await fg.step('objection-filled');
    await fg.press(fgPage.getByRole('button', { name: `Object for ${BOARD}` }));
    await fgPage.getByText('Your objection is on record; Leerwijs B.V. has been told.').waitFor();
    const objections = fgPage.getByRole('list').filter({ hasText: REASON });
    await objections.getByText(BOARD).waitFor();
    await fg.step('objected');

    // --- the vendor sees the objection ---
    await vendor.press(nav.getByRole('link', { name: 'Start' }));
    await heading(vendorPage, 'Overzicht');
    const vendorCard = vendorPage.getByRole('region', {
      name: 'Bezwaren tegen je aangekondigde wijzigingen',
    });
    await vendorCard.getByText(/1 bezwaar · gaat in op /).waitFor();
    await vendor.step('home-objection');
    await vendor.press(vendorCard.getByRole('link', { name: PRODUCT }));
    await heading(vendorPage, `Wijziging subverwerkers: ${PRODUCT}`);
    await vendorPage.getByText(REASON).waitFor();
    await vendorPage.getByRole('listitem').filter({ hasText: REASON }).getByText(BOARD).waitFor();
    await vendor.step('objection-seen');

    // --- its date comes: the daily job, run by hand with its clock set forward ---
    const run = await journeys.app.running.app.get(RemindersService).runOnce(effectiveOn);
    expect(run.sent['subprocessorChange.effect']).toBe(1);

    await vendor.press(nav.getByRole('link', { name: 'Producten' }));
    await heading(vendorPage, 'Producten');
    await vendor.press(vendorPage.getByRole('link', { name: PRODUCT }));
    await heading(vendorPage, PRODUCT);
    // Version 2 is the current one now, with the new subprocessor, and no draft is left.
    const current = vendorPage.getByRole('article', { name: 'Huidige versie (2)' });
    await current.getByRole('rowheader', { name: NEW_SUBPROCESSOR }).waitFor();
    await vendorPage.getByRole('link', { name: 'Nieuwe versie opstellen' }).waitFor();
    const changes = vendorPage.getByRole('region', { name: 'Wijzigingen van subverwerkers' });
    await changes.getByText('Ingegaan').waitFor();
    await vendor.step('in-effect');

    await fg.press(fgPage.getByRole('link', { name: 'Subprocessor changes' }));
    await heading(fgPage, 'Changes of subprocessors');
    await fgPage
      .getByRole('row', { name: new RegExp(`${PRODUCT}.*Leerwijs B\\.V\\..*In effect`) })
      .waitFor();
    await fg.step('list-in-effect');
  });
});
