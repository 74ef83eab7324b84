// Board and vendor close the loop on an agreement, in the browser, keyboard only, on the demo
// data: Zuidwest's FG asks Leerwijs for a change to the deviation it proposed; the vendor's
// editor (in English) reads the request on the agreement page, changes its deviation, answers
// with a message and submits again; the FG reads the answer, assesses the new text and
// approves; the board's signatory signs, then the vendor's. Every page says whose turn it is.
import type { Page } from 'playwright-core';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(360_000);

const BOARD = 'Vereniging Christelijk Voortgezet Onderwijs Zuidwest';
const VENDOR = 'Leerwijs B.V.';
const TITLE = `Overeenkomst ${BOARD} – ${VENDOR}`;
const TITLE_EN = `Agreement ${BOARD} – ${VENDOR}`;
const REQUEST = 'Meld datalekken binnen 24 uur, zoals het model vraagt.';
const NEW_TEXT = 'Datalekken binnen 24 uur melden, met een volledig rapport binnen 72 uur.';
const ANSWER = 'Aangepast: eerste melding binnen 24 uur, het volledige rapport binnen 72 uur.';

const journeys = useJourneyApp();

/** How far the page scrolls sideways; evaluated in the page (the tests have no DOM types). */
const sidewaysScroll = (page: Page) =>
  page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );

describe('the conversation on an agreement', () => {
  it('takes a requested change from the FG to the vendor and back, to both signatures', async () => {
    // --- the board's FG asks for a change ---
    const fgPage = await journeys.newPage();
    const fg = new Journey(fgPage, 'agreement-conversation-fg');
    await signIn(fg, 'fg@zuidwest.example.nl');
    const reviewCard = fgPage.getByRole('region', { name: 'Wachten op jouw beoordeling' });
    await reviewCard
      .getByText(/wacht op jou, sinds vandaag/)
      .first()
      .waitFor();
    await fg.step('home');
    await fg.press(reviewCard.getByRole('link', { name: VENDOR }));
    await heading(fgPage, TITLE);
    await fgPage.getByText('Wacht op jou', { exact: true }).waitFor();
    await fgPage.getByText('Voorgesteld door Leerwijs B.V.', { exact: false }).first().waitFor();
    await fg.step('in-review');

    await fg.press(fgPage.getByRole('button', { name: 'Wijzigingen vragen' }));
    await fg.fill(fgPage.getByLabel('Wat moet er anders?'), REQUEST);
    await fg.press(fgPage.getByRole('button', { name: 'Wijzigingen vragen versturen' }));
    await fgPage.getByText('Je verzoek om wijzigingen is vastgelegd.', { exact: false }).waitFor();
    await fgPage.locator('.agreement-status', { hasText: 'Wijzigingen gevraagd' }).waitFor();
    // Now the vendor's turn; the request is a message in the conversation, not a board note.
    await fgPage.getByText('Wacht op de leverancier', { exact: true }).waitFor();
    const fgConversation = fgPage.getByRole('list', { name: 'Berichten, de nieuwste onderaan' });
    await fgConversation.getByText(REQUEST).waitFor();
    await fg.step('changes-requested');

    // --- the vendor's editor, in English, reads it and changes its deviation ---
    const editorPage = await journeys.newPage();
    const editor = new Journey(editorPage, 'agreement-conversation-vendor');
    await signIn(editor, 'redactie@leerwijs.example.nl', { english: true });
    const vendorCard = editorPage.getByRole('region', { name: 'Agreements awaiting you' });
    await vendorCard.getByText(/waiting for you, since today/).waitFor();
    await editor.step('home');
    await editor.press(vendorCard.getByRole('link', { name: BOARD }));
    await heading(editorPage, TITLE_EN);
    await editorPage.getByText('Waiting for you', { exact: true }).waitFor();
    const conversation = editorPage.getByRole('list', { name: 'Messages, newest last' });
    await conversation.getByText(REQUEST).waitFor();
    await editor.step('reads-request');

    await editor.press(editorPage.getByRole('button', { name: /^Change ?\(9\.1\)$/ }));
    await editor.fill(editorPage.getByLabel('Text of the deviation at clause 9.1'), NEW_TEXT);
    await editor.step('changing-deviation');
    await editor.press(editorPage.getByRole('button', { name: 'Save the change' }));
    await editorPage.getByText('The deviation at clause 9.1 was changed.').waitFor();
    await editorPage.getByText(NEW_TEXT).waitFor();

    await editor.fill(editorPage.getByLabel(`New message to ${BOARD}`), ANSWER);
    await editor.press(editorPage.getByRole('button', { name: 'Send message' }));
    await conversation.getByText(ANSWER).waitFor();
    // Newest last.
    const bodies = await conversation.locator('.conversation__body').allTextContents();
    expect(bodies).toEqual([REQUEST, ANSWER]);
    await editor.step('answered');

    await editor.press(editorPage.getByRole('button', { name: 'Submit for review' }));
    await editorPage.locator('.agreement-status', { hasText: 'In review' }).waitFor();
    await editorPage.getByText('Waiting for the school board', { exact: true }).waitFor();
    await editorPage
      .getByText('There is no step for you now: the agreement is waiting for the school board.')
      .waitFor();
    await editor.step('resubmitted');

    // --- the FG reads the answer, assesses the new text and approves ---
    await fgPage.reload();
    await heading(fgPage, TITLE);
    await fgConversation.getByText(ANSWER).waitFor();
    await fgPage.getByText(NEW_TEXT).waitFor();
    const assessment = fgPage.getByLabel('Beoordeling van artikel 9.1');
    await fg.tabTo(assessment);
    // The change cleared the old assessment: choose…, then acceptable.
    expect(await assessment.inputValue()).toBe('');
    await fgPage.keyboard.press('ArrowDown');
    expect(await assessment.inputValue()).toBe('ACCEPTABLE');
    await fg.press(fgPage.getByRole('button', { name: /^Beoordeling opslaan ?\(9\.1\)$/ }));
    await fgPage.getByText('Beoordeling van artikel 9.1 opgeslagen.').waitFor();
    await fg.step('reassessed');
    await fg.press(fgPage.getByRole('button', { name: 'Goedkeuren' }));
    await fgPage
      .locator('.agreement-status', { hasText: 'Goedgekeurd, te ondertekenen' })
      .waitFor();
    await fgPage.getByText('Wacht op jou en de leverancier', { exact: true }).waitFor();
    await fg.step('approved');

    // --- the board's signatory signs ---
    const boardPage = await journeys.newPage();
    const signer = new Journey(boardPage, 'agreement-conversation-board-signatory');
    await signIn(signer, 'bestuurder@zuidwest.example.nl');
    const signCard = boardPage.getByRole('region', { name: 'Wachten op jouw handtekening' });
    await signer.press(signCard.getByRole('link', { name: VENDOR }));
    await heading(boardPage, TITLE);
    await signer.press(boardPage.getByRole('button', { name: 'Ondertekenen' }));
    await signer.press(
      boardPage.getByRole('alertdialog').getByRole('button', { name: /^Ondertekenen namens/ }),
    );
    await boardPage.getByText('Wacht op de leverancier', { exact: true }).waitFor();
    await signer.step('signed-by-board');

    // --- the vendor's signatory signs, in English ---
    const vendorPage = await journeys.newPage();
    const vendor = new Journey(vendorPage, 'agreement-conversation-vendor-signatory');
    await signIn(vendor, 'bestuurder@leerwijs.example.nl', { english: true });
    const vendorSignCard = vendorPage.getByRole('region', { name: 'Awaiting your signature' });
    await vendorSignCard
      .getByText(/waiting for you/)
      .first()
      .waitFor();
    await vendor.press(vendorSignCard.getByRole('link', { name: BOARD }));
    await heading(vendorPage, TITLE_EN);
    await vendor.press(vendorPage.getByRole('button', { name: 'Sign' }));
    await vendor.press(
      vendorPage.getByRole('alertdialog').getByRole('button', { name: /^Sign for/ }),
    );
    await vendorPage.locator('.agreement-status', { hasText: 'Active' }).waitFor();
    await vendorPage.getByText('Nothing to do for anyone', { exact: true }).waitFor();
    // Both read the whole conversation on the signed agreement.
    await vendorPage
      .getByRole('list', { name: 'Messages, newest last' })
      .getByText(REQUEST)
      .waitFor();
    await vendor.step('active');

    // On a phone (390 px) the page does not scroll sideways: the hashes and messages wrap.
    await vendorPage.setViewportSize({ width: 390, height: 844 });
    await heading(vendorPage, TITLE_EN);
    expect(await sidewaysScroll(vendorPage)).toBe(0);
    await vendor.step('active-390px');
    await vendor.press(vendorPage.getByRole('link', { name: 'Back to the agreements' }));
    await heading(vendorPage, 'Processing agreements');
    await vendorPage.getByRole('columnheader', { name: 'Whose turn' }).waitFor();
    expect(await sidewaysScroll(vendorPage)).toBe(0);
    await vendor.step('list-390px');
  });
});
