// A processing agreement's review and signing in the browser, keyboard only, on the demo data:
// Rivierenland's FG opens the agreement with Leerwijs that awaits review, assesses its open
// deviation, adds a review note and approves; the board's signatory signs, then the vendor's
// (a directly negotiated agreement needs both), and it shows as active. Then the board's
// processor register is downloaded as CSV. A vendor publishes a general offer that a board
// accepts, approves and signs without a new vendor signature; a board drafts an agreement and
// submits it for review.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const BOARD = 'Stichting Openbaar Primair Onderwijs Rivierenland';
const VENDOR = 'Leerwijs B.V.';
const TITLE = `Overeenkomst ${BOARD} – ${VENDOR}`;

const journeys = useJourneyApp();

describe('reviewing and signing a processing agreement', () => {
  it('takes an agreement from review to active, and exports the processor register', async () => {
    // --- the board's privacy officer (FG) ---
    const fgPage = await journeys.newPage();
    const fg = new Journey(fgPage, 'agreement-review-fg');
    await signIn(fg, 'fg@rivierenland.example.nl');
    const reviewCard = fgPage.getByRole('region', { name: 'Wachten op jouw beoordeling' });
    await reviewCard.getByRole('link', { name: VENDOR }).waitFor();
    // It says whose turn it is and since when.
    await reviewCard
      .getByText(/wacht op jou, sinds (vandaag|\d+ dagen?)/)
      .first()
      .waitFor();
    await fg.step('home-awaiting-review');

    await fg.press(reviewCard.getByRole('link', { name: VENDOR }));
    await heading(fgPage, TITLE);
    await fgPage.getByRole('listitem').filter({ hasText: 'Ter beoordeling' }).first().waitFor();
    // Approval is not offered while the deviation on clause 9.1 is unassessed.
    await fgPage
      .getByText(
        /^Goedkeuren kan pas als elke afwijking als aanvaardbaar is beoordeeld \(eventueel met maatregelen\)\. Nog 1 afwijking wacht op een oordeel of is als onaanvaardbaar beoordeeld\.$/,
      )
      .waitFor();
    expect(await fgPage.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    expect(await fgPage.getByRole('button', { name: 'Ondertekenen' }).count()).toBe(0);
    await fgPage.getByRole('heading', { name: /Leerwijs Platform, versie \d+/ }).waitFor();
    await fg.step('agreement-in-review');

    const assessment = fgPage.getByLabel('Beoordeling van artikel 9.1');
    await fg.tabTo(assessment);
    // The options: choose…, acceptable, acceptable with measures, unacceptable.
    await fgPage.keyboard.press('ArrowDown');
    await fgPage.keyboard.press('ArrowDown');
    expect(await assessment.inputValue()).toBe('ACCEPTABLE_WITH_MEASURES');
    await fg.fill(
      fgPage.getByLabel('Toelichting bij artikel 9.1'),
      'Alleen met een telefonische waarschuwing binnen 24 uur.',
    );
    await fg.press(fgPage.getByRole('button', { name: 'Beoordeling opslaan (9.1)' }));
    await fgPage.getByText('Beoordeling van artikel 9.1 opgeslagen.').waitFor();
    await fgPage.getByRole('button', { name: 'Goedkeuren' }).waitFor();
    await fg.step('deviation-assessed');

    await fg.fill(
      fgPage.getByLabel('Nieuwe notitie'),
      'Afwijkingen besproken met inkoop; akkoord met maatregelen.',
    );
    await fg.press(fgPage.getByRole('button', { name: 'Notitie toevoegen' }));
    await fgPage.getByText('Afwijkingen besproken met inkoop; akkoord met maatregelen.').waitFor();
    await fg.step('review-note-added');

    await fg.press(fgPage.getByRole('button', { name: 'Goedkeuren' }));
    // The outcome says what comes next: the two signatories.
    await fgPage
      .getByText(`Goedgekeurd. Nu zijn de tekenbevoegden van ${BOARD} en ${VENDOR} aan de beurt`, {
        exact: false,
      })
      .waitFor();
    await fgPage
      .locator('.agreement-status', { hasText: 'Goedgekeurd, te ondertekenen' })
      .waitFor();
    // The FG does not sign; the signatories do.
    expect(await fgPage.getByRole('button', { name: 'Ondertekenen' }).count()).toBe(0);
    await fg.step('approved');

    // --- the board's signatory ---
    const boardPage = await journeys.newPage();
    const signer = new Journey(boardPage, 'agreement-review-board-signatory');
    await signIn(signer, 'bestuurder@rivierenland.example.nl');
    const signCard = boardPage.getByRole('region', { name: 'Wachten op jouw handtekening' });
    await signer.step('home-awaiting-signature');
    await signer.press(signCard.getByRole('link', { name: VENDOR }));
    await heading(boardPage, TITLE);
    await signer.press(boardPage.getByRole('button', { name: 'Ondertekenen' }));
    const sign = boardPage.getByRole('alertdialog', {
      name: 'Verwerkersovereenkomst ondertekenen?',
    });
    await sign
      .getByText(`Je ondertekent namens ${BOARD} de verwerkersovereenkomst met ${VENDOR}`, {
        exact: false,
      })
      .waitFor();
    await signer.step('sign-confirm');
    // Escape leaves it unsigned; only the dialog's own button signs.
    await boardPage.keyboard.press('Escape');
    await sign.waitFor({ state: 'detached' });
    await boardPage.getByText('Nog niet ondertekend.').waitFor();
    await signer.press(boardPage.getByRole('button', { name: 'Ondertekenen' }));
    await signer.press(sign.getByRole('button', { name: `Ondertekenen namens ${BOARD}` }));
    await boardPage
      .getByText(`Nu tekent de tekenbevoegde van ${VENDOR}`, { exact: false })
      .waitFor();
    await boardPage.getByText(/^Schoolbestuur: .+, \d/).waitFor();
    // Signed by the board, still waiting for the vendor.
    await boardPage
      .locator('.agreement-status', { hasText: 'Goedgekeurd, te ondertekenen' })
      .waitFor();
    expect(await boardPage.getByRole('button', { name: 'Ondertekenen' }).count()).toBe(0);
    await signer.step('signed-by-board');

    // --- the vendor's signatory, in English ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'agreement-review-vendor-signatory');
    await signIn(vendor, 'bestuurder@leerwijs.example.nl', { english: true });
    const vendorCard = vendorPage.getByRole('region', { name: 'Awaiting your signature' });
    await vendor.step('home-awaiting-signature');
    await vendor.press(vendorCard.getByRole('link', { name: BOARD }));
    await heading(vendorPage, `Agreement ${BOARD} – ${VENDOR}`);
    await vendor.press(vendorPage.getByRole('button', { name: 'Sign' }));
    const vendorSign = vendorPage.getByRole('alertdialog', {
      name: 'Sign the processing agreement?',
    });
    await vendorSign
      .getByText(`You sign, for ${VENDOR}, the processing agreement with ${BOARD}`, {
        exact: false,
      })
      .waitFor();
    await vendor.step('sign-confirm');
    await vendor.press(vendorSign.getByRole('button', { name: `Sign for ${VENDOR}` }));
    await vendorPage
      .getByText('The agreement is now active and never changes', { exact: false })
      .waitFor();
    await vendorPage.locator('.agreement-status', { hasText: 'Active' }).waitFor();
    await vendorPage.getByText(/^Vendor: .+, \d/).waitFor();
    await vendorPage.getByText(/^School board: .+, \d/).waitFor();
    // The board's review notes stay the board's.
    expect(await vendorPage.getByText('akkoord met maatregelen').count()).toBe(0);
    await vendor.step('active');

    // --- the board sees it active, and exports the register ---
    await boardPage.reload();
    await heading(boardPage, TITLE);
    await boardPage.locator('.agreement-status', { hasText: 'Actief' }).first().waitFor();
    await boardPage.getByText('Van kracht', { exact: true }).waitFor();
    await signer.step('active-for-board');

    await signer.press(boardPage.getByRole('link', { name: 'Register', exact: true }));
    await heading(boardPage, 'Verwerkingsregister');
    await boardPage.getByRole('rowheader', { name: VENDOR }).first().waitFor();
    await signer.step('register');
    const [download] = await Promise.all([
      boardPage.waitForEvent('download'),
      signer.press(boardPage.getByRole('button', { name: 'Download als CSV' })),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^verwerkersregister-stichting-openbaar-primair-onderwijs-rivierenland-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    // The browser runs as a remote connection: the file is saved from it to read it here.
    const saved = join(await mkdtemp(join(tmpdir(), 'regie-register-')), 'register.csv');
    await download.saveAs(saved);
    const csv = await readFile(saved, 'utf8');
    expect(csv).toContain(VENDOR);
    expect(csv).toContain('Toetsplein B.V.');
    await boardPage
      .getByText(`Het bestand ${download.suggestedFilename()} is gedownload.`)
      .waitFor();
    await signer.step('register-downloaded');
  });

  it('publishes a general offer that a board accepts, and drafts an agreement for review', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regie-offer-'));
    const terms = join(dir, 'algemeen-aanbod-toetsplein.pdf');
    await writeFile(terms, '%PDF-1.7\n% Algemeen aanbod Toetsplein (test)\n%%EOF\n');

    // --- the vendor's signatory publishes standing terms ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'general-offer-vendor');
    await signIn(vendor, 'bestuurder@toetsplein.example.nl');
    await vendor.press(vendorPage.getByRole('link', { name: 'Algemene aanbiedingen' }));
    await heading(vendorPage, 'Algemene aanbiedingen');
    await vendor.press(vendorPage.getByRole('checkbox', { name: 'Toetsplein Adaptief' }), 'Space');
    const fileField = vendorPage.getByLabel('Ondertekende voorwaarden (pdf)');
    await vendor.chooseFile(fileField, terms);
    await vendorPage
      .getByText(/algemeen-aanbod-toetsplein\.pdf \(\d+ kB\) is opgeslagen\./)
      .waitFor();
    await vendor.step('offer-form');
    await vendor.press(vendorPage.getByRole('button', { name: 'Aanbod publiceren' }));
    await vendor.press(
      vendorPage
        .getByRole('alertdialog', { name: 'Algemeen aanbod publiceren en ondertekenen?' })
        .getByRole('button', { name: 'Publiceren en ondertekenen namens Toetsplein B.V.' }),
    );
    await vendorPage
      .getByText('Het aanbod is gepubliceerd en ondertekend.', { exact: false })
      .waitFor();
    await vendorPage.getByRole('rowheader', { name: 'Toetsplein B.V.' }).waitFor();
    await vendor.step('offer-published');

    // --- a board's FG accepts it and approves; its signatory signs ---
    const boardTitle = 'Overeenkomst Stichting Speciaal Onderwijs De Horizon – Toetsplein B.V.';
    const fgPage = await journeys.newPage();
    const fg = new Journey(fgPage, 'general-offer-board');
    await signIn(fg, 'fg@horizon.example.nl');
    await fg.press(fgPage.getByRole('link', { name: 'Algemene aanbiedingen' }));
    await heading(fgPage, 'Algemene aanbiedingen');
    await fgPage.getByRole('link', { name: 'Voorwaarden van Toetsplein B.V. (pdf)' }).waitFor();
    await fg.step('offers');
    await fg.press(fgPage.getByRole('button', { name: 'Aanvaard het aanbod van Toetsplein B.V.' }));
    await fg.press(
      fgPage
        .getByRole('alertdialog', { name: 'Algemeen aanbod aanvaarden?' })
        .getByRole('button', { name: 'Aanvaarden namens Stichting Speciaal Onderwijs De Horizon' }),
    );
    await heading(fgPage, boardTitle);
    await fgPage
      .getByText(/^Aanvaard\. De overeenkomst met Toetsplein B\.V\. staat nu ter beoordeling/)
      .waitFor();
    await fgPage.locator('.agreement-status', { hasText: 'Ter beoordeling' }).waitFor();
    await fgPage.getByText('Algemeen aanbod', { exact: true }).waitFor();
    await fgPage.getByRole('link', { name: /Download algemeen-aanbod-toetsplein\.pdf/ }).waitFor();
    // Standing terms: no deviations to add, no changes to ask for.
    expect(await fgPage.getByRole('button', { name: 'Afwijking toevoegen' }).count()).toBe(0);
    expect(await fgPage.getByRole('button', { name: 'Wijzigingen vragen' }).count()).toBe(0);
    await fg.step('offer-accepted');
    await fg.press(fgPage.getByRole('button', { name: 'Goedkeuren' }));
    await fgPage
      .locator('.agreement-status', { hasText: 'Goedgekeurd, te ondertekenen' })
      .waitFor();

    const signerPage = await journeys.newPage();
    const signer = new Journey(signerPage, 'general-offer-board-signatory');
    await signIn(signer, 'bestuurder@horizon.example.nl');
    await signer.press(
      signerPage
        .getByRole('region', { name: 'Wachten op jouw handtekening' })
        .getByRole('link', { name: 'Toetsplein B.V.' }),
    );
    await heading(signerPage, boardTitle);
    await signer.press(signerPage.getByRole('button', { name: 'Ondertekenen' }));
    await signer.press(
      signerPage.getByRole('button', {
        name: 'Ondertekenen namens Stichting Speciaal Onderwijs De Horizon',
      }),
    );
    await signerPage.getByText(/De overeenkomst is nu actief en verandert niet meer/).waitFor();
    // Active with the board's signature alone: the vendor signed the offer once, for all.
    await signerPage.locator('.agreement-status', { hasText: 'Actief' }).waitFor();
    await signerPage
      .getByText(/De leverancier ondertekende het algemene aanbod van .+ eenmaal/)
      .waitFor();
    await signer.step('offer-agreement-active');

    // --- a procurement officer drafts a new agreement and submits it ---
    const buyerPage = await journeys.newPage();
    const buyer = new Journey(buyerPage, 'agreement-draft');
    await signIn(buyer, 'inkoop@zuidwest.example.nl');
    await buyer.press(buyerPage.getByRole('link', { name: 'Verwerkersovereenkomsten' }));
    await heading(buyerPage, 'Verwerkersovereenkomsten');
    await buyer.step('list');
    await buyer.press(buyerPage.getByRole('link', { name: 'Nieuwe overeenkomst' }));
    await heading(buyerPage, 'Nieuwe verwerkersovereenkomst');
    await buyer.press(buyerPage.getByRole('button', { name: 'Overeenkomst aanmaken' }));
    // Nothing chosen: said beside the field, which gets the focus.
    await buyerPage.getByText('Dit veld is verplicht.').first().waitFor();
    await buyer.step('create-invalid');
    const vendorField = buyerPage.getByLabel('Leverancier');
    expect(await vendorField.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await buyerPage.keyboard.type('Toetsplein');
    await buyer.press(buyerPage.getByRole('checkbox', { name: 'Toetsplein Adaptief' }), 'Space');
    await buyer.step('create-filled');
    await buyer.press(buyerPage.getByRole('button', { name: 'Overeenkomst aanmaken' }));
    await heading(
      buyerPage,
      'Overeenkomst Vereniging Christelijk Voortgezet Onderwijs Zuidwest – Toetsplein B.V.',
    );
    await buyerPage.locator('.agreement-status', { hasText: 'Concept' }).waitFor();
    await buyer.fill(buyerPage.getByRole('textbox', { name: /^Artikel/ }), '7.4');
    await buyer.fill(
      buyerPage.getByRole('textbox', { name: /^Afwijking/ }),
      'Toetsresultaten worden na 5 jaar verwijderd in plaats van na 2 jaar.',
    );
    await buyer.press(buyerPage.getByRole('button', { name: 'Afwijking toevoegen' }));
    await buyerPage.getByRole('heading', { name: 'Artikel 7.4' }).waitFor();
    await buyer.step('deviation-added');
    const editTerms = buyerPage.getByRole('button', { name: 'Producten of looptijd wijzigen' });
    await editTerms.waitFor();
    await buyer.press(buyerPage.getByRole('button', { name: 'Ter beoordeling aanbieden' }));
    await buyerPage.locator('.agreement-status', { hasText: 'Ter beoordeling' }).waitFor();
    // What the FG reviews is what is signed: the terms no longer change.
    expect(await editTerms.count()).toBe(0);
    await buyer.step('submitted');
  });
});
