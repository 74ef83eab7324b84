// Journey: a vendor's editor reports a data breach in a product that boards have active
// agreements on; the privacy officer (FG) of one of those boards sees it on home with the time
// left of the 72-hour window, opens it and acknowledges it; the vendor sees the acknowledgement,
// adds an update and resolves the incident. Keyboard only, on a fresh database with the demo data.
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(180_000);

const journeys = useJourneyApp();

const title = 'Toetsresultaten zichtbaar voor verkeerde school';
// Every demo board has an active agreement with Toetsplein on Toetsplein Adaptief.
const board = 'Stichting Speciaal Onderwijs De Horizon';

describe('incidents', () => {
  it('an incident is reported and acknowledged', async () => {
    // --- the vendor's editor reports ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'incident-vendor');
    await signIn(vendor, 'redactie@toetsplein.example.nl');
    await vendorPage.getByRole('region', { name: 'Open incidenten' }).waitFor();
    await vendor.step('home');

    await vendor.press(vendorPage.getByRole('link', { name: 'Incident melden' }));
    await heading(vendorPage, 'Incident melden');
    // Submitting too early: every required field says what is missing, beside it.
    await vendor.press(vendorPage.getByRole('button', { name: 'Incident melden' }));
    const titleField = vendorPage.getByLabel('Titel');
    expect(await titleField.getAttribute('aria-invalid')).toBe('true');
    await vendor.step('report-incomplete');

    await vendor.fill(titleField, title);
    await vendor.fill(
      vendorPage.getByLabel('Wat is er gebeurd?'),
      'Door een fout in een update waren toetsresultaten van enkele leerlingen kort zichtbaar voor een andere school.',
    );
    await vendor.tabTo(vendorPage.getByLabel('Ernst'));
    await vendorPage.keyboard.type('Hoog');
    expect(await vendorPage.getByLabel('Ernst').inputValue()).toBe('HIGH');
    await vendor.press(
      vendorPage.getByRole('checkbox', { name: 'Er zijn persoonsgegevens bij betrokken' }),
      'Space',
    );
    await vendor.press(vendorPage.getByRole('checkbox', { name: 'Toetsplein Adaptief' }), 'Space');
    await vendor.step('report-filled');
    await vendor.press(vendorPage.getByRole('button', { name: 'Incident melden' }));
    await heading(vendorPage, title);
    await vendorPage
      .getByText(
        /^Het incident is gemeld\. (1 schoolbestuur is|([2-9]|\d{2,}) schoolbesturen zijn) op de hoogte gebracht\.$/,
      )
      .waitFor();
    const notices = vendorPage.getByRole('table', { name: 'Getroffen schoolbesturen' });
    await notices.getByRole('row', { name: new RegExp(`${board}.*Nog niet bevestigd`) }).waitFor();
    // The 72-hour clock is the boards' own: the vendor sees none.
    expect(await vendorPage.getByText(/nog \d+ uur \d+ min/).count()).toBe(0);
    await vendor.step('reported');

    // --- the board's privacy officer ---
    const fgPage = await journeys.newPage();
    const fg = new Journey(fgPage, 'incident-board-fg');
    await signIn(fg, 'fg@horizon.example.nl');
    const card = fgPage.getByRole('region', { name: 'Open incidenten' });
    const item = card.getByRole('listitem').filter({ hasText: title });
    await item.getByText(/^nog (71|72) uur \d+ min$/).waitFor();
    await fg.step('home-countdown');

    // The notice is also among the FG's notifications, counted in the header, and leads to it.
    await fg.press(fgPage.getByRole('link', { name: /^Meldingen \d+ ongelezen$/ }));
    await heading(fgPage, 'Meldingen');
    const notice = fgPage
      .getByRole('listitem')
      .filter({ hasText: `Incident bij Toetsplein B.V.: ${title}` });
    await notice.getByText('Nieuw').waitFor();
    await fg.step('notification');
    await fg.press(notice.getByRole('button', { name: /^Openen/ }));
    await heading(fgPage, title);
    const window = fgPage.getByRole('region', { name: 'Meldtermijn Autoriteit Persoonsgegevens' });
    await window.getByText(/^nog (71|72) uur \d+ min · uiterlijk .+$/).waitFor();
    await fg.step('incident');

    await fg.press(fgPage.getByRole('button', { name: 'Melding bevestigen' }));
    await fgPage
      .getByText(`Je hebt de melding bevestigd namens ${board} op`, { exact: false })
      .waitFor();
    await fgPage.getByRole('button', { name: 'Melding bevestigen' }).waitFor({ state: 'detached' });
    await fg.step('acknowledged');

    // --- the vendor sees the acknowledgement ---
    await vendorPage.reload();
    await heading(vendorPage, title);
    await notices.getByRole('row', { name: new RegExp(`${board}.*Bevestigd door`) }).waitFor();
    await vendorPage
      .getByText(
        /^1 van (1 schoolbestuur|([2-9]|\d{2,}) schoolbesturen) heeft de melding bevestigd\.$/,
      )
      .waitFor();
    await vendor.step('sees-acknowledgement');

    await vendor.fill(
      vendorPage.getByLabel('Wat is er nieuw?'),
      'De fout is hersteld; de betrokken school heeft de gegevens niet opgeslagen.',
    );
    await vendor.press(vendorPage.getByRole('button', { name: 'Update toevoegen' }));
    await vendorPage
      .getByText('De update is toegevoegd en de schoolbesturen zijn op de hoogte gebracht.')
      .waitFor();
    await vendorPage
      .getByText('De fout is hersteld; de betrokken school heeft de gegevens niet opgeslagen.')
      .waitFor();
    await vendor.step('update-added');

    await vendor.press(vendorPage.getByRole('button', { name: 'Incident afhandelen' }));
    await vendor.press(vendorPage.getByRole('button', { name: 'Ja, afhandelen' }));
    await vendorPage.getByRole('definition').filter({ hasText: 'Afgehandeld' }).first().waitFor();
    await vendor.step('resolved');

    await vendor.press(vendorPage.getByRole('link', { name: 'Alle incidenten' }));
    await heading(vendorPage, 'Incidenten');
    const resolved = vendorPage.getByRole('region', { name: 'Afgehandelde incidenten' });
    await resolved.getByRole('link', { name: title }).waitFor();
    await vendor.step('list');
  });
});
