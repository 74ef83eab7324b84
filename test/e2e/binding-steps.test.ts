// Journeys: a step that binds asks first. A board's signatory opens a framework deal (whose
// facts name its deviation beside the terms), opens the confirmation, and leaves it with Escape
// and with Cancel (nothing bound, the focus back on the button), then joins and follows the
// outcome to the new agreement. A vendor's editor, in English, does the same with publishing a
// privacy leaflet. Keyboard only, axe on every step, on a fresh database with the demo data.
import type { Page } from 'playwright-core';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

const DEAL = 'Raamovereenkomst leerlingadministratie';
const BOARD = 'Vereniging Christelijk Voortgezet Onderwijs Zuidwest';
const PRODUCT = 'Kompas Ouderportaal';

const focusedName = (page: Page) =>
  page
    .locator('body')
    .evaluate((body) => body.ownerDocument.activeElement?.textContent?.trim() ?? '');

describe('binding steps ask first', () => {
  it('a board’s signatory cancels joining a framework deal twice, then joins', async () => {
    const page = await journeys.newPage();
    const signatory = new Journey(page, 'binding-join-deal');
    await signIn(signatory, 'bestuurder@zuidwest.example.nl');
    await signatory.press(page.getByRole('link', { name: 'Raamovereenkomsten', exact: true }));
    await heading(page, 'Raamovereenkomsten');
    await signatory.press(page.getByRole('link', { name: new RegExp(`^${DEAL}`) }));
    await heading(page, DEAL);
    // The deviation is named beside the terms, which no longer say "zonder afwijkingen".
    const terms = page.getByRole('region', { name: 'Voorwaarden' });
    await terms.getByRole('link', { name: 'Artikel 9 (bewaartermijnen)' }).waitFor();
    expect(await page.getByText(/zonder afwijkingen/).count()).toBe(0);
    const participants = await page.getByRole('rowheader').allTextContents();
    await signatory.step('deal');

    const join = page.getByRole('button', { name: 'Ondertekenen en deelnemen' });
    const dialog = page.getByRole('alertdialog', { name: 'Deelnemen aan de raamovereenkomst?' });
    await signatory.press(join);
    await dialog.waitFor();
    await dialog
      .getByText(
        `Je ondertekent namens ${BOARD} de raamovereenkomst “${DEAL}” met Schoolkompas Software B.V. voor Kompas Leerlingvolgsysteem.`,
      )
      .waitFor();
    await dialog.getByText(/met de afwijkingen in Artikel 9 \(bewaartermijnen\)/).waitFor();
    // The focus starts on the safe answer, and Tab keeps it inside the dialog.
    expect(await focusedName(page)).toBe('Annuleren, niets vastleggen');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(d.ownerDocument.activeElement))).toBe(true);
    }
    await signatory.step('join-confirm');

    // Escape: nothing bound, the focus back on the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await join.evaluate((b) => b === b.ownerDocument.activeElement)).toBe(true);
    // Cancel: likewise.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await signatory.press(dialog.getByRole('button', { name: 'Annuleren, niets vastleggen' }));
    await dialog.waitFor({ state: 'detached' });
    expect(await join.evaluate((b) => b === b.ownerDocument.activeElement)).toBe(true);
    // Read again from the server: still not taking part.
    await page.reload();
    await heading(page, DEAL);
    await join.waitFor();
    expect(await page.getByRole('rowheader').allTextContents()).toEqual(participants);
    await signatory.step('nothing-bound');

    await signatory.press(join);
    await signatory.press(
      dialog.getByRole('button', { name: `Deelnemen en ondertekenen namens ${BOARD}` }),
    );
    // The outcome says what happened and what next, and has the focus now the button is gone.
    const outcome = page.getByRole('status').filter({ hasText: `${BOARD} neemt deel.` });
    await outcome.waitFor();
    await outcome
      .getByText(/De verwerkersovereenkomst met Schoolkompas Software B\.V\. is actief/)
      .waitFor();
    expect(await outcome.evaluate((o) => o.contains(o.ownerDocument.activeElement))).toBe(true);
    await page.getByRole('rowheader', { name: BOARD }).waitFor();
    expect(await join.count()).toBe(0);
    await signatory.step('joined');

    await signatory.press(outcome.getByRole('link', { name: 'Naar de verwerkersovereenkomst' }));
    await heading(page, `Overeenkomst ${BOARD} – Schoolkompas Software B.V.`);
    await page.locator('.agreement-status', { hasText: 'Actief' }).waitFor();
    await signatory.step('agreement');
  });

  it('a vendor’s editor cancels publishing a leaflet, then publishes it, in English', async () => {
    const page = await journeys.newPage();
    const editor = new Journey(page, 'binding-publish-leaflet');
    await signIn(editor, 'redactie@schoolkompas.example.nl', { english: true });
    await editor.press(page.getByRole('link', { name: 'Products', exact: true }));
    await heading(page, /Products/);
    // A new version that changes no subprocessor: publishing it needs no announcement, even
    // with agreements in force on the product.
    await editor.press(page.getByRole('link', { name: PRODUCT }));
    await heading(page, PRODUCT);
    await editor.press(page.getByRole('link', { name: 'Write a new version' }));
    await heading(page, `Draft privacy leaflet: ${PRODUCT}`);
    await editor.fill(page.getByLabel('Data breaches reported within (hours)'), '12');
    await editor.press(page.getByRole('button', { name: 'Save draft' }));
    await heading(page, PRODUCT);
    await page.getByText('The draft has been saved.').waitFor();
    const publish = page.getByRole('button', { name: /^Publish the draft as version \d+$/ });
    const version = (await publish.textContent())!.match(/\d+$/)![0];
    const dialog = page.getByRole('alertdialog', { name: 'Publish the privacy leaflet?' });

    await editor.press(publish);
    await dialog
      .getByText(
        `You publish, for Schoolkompas Software B.V., version ${version} of the privacy leaflet of ${PRODUCT}.`,
      )
      .waitFor();
    await dialog.getByText(/A published version never changes/).waitFor();
    await editor.step('publish-confirm');
    await editor.press(dialog.getByRole('button', { name: 'Cancel, bind nothing' }));
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await heading(page, PRODUCT);
    await page.getByText(`There is a draft of version ${version}.`, { exact: false }).waitFor();
    await editor.step('nothing-published');

    await editor.press(publish);
    await editor.press(
      dialog.getByRole('button', {
        name: `Publish version ${version} for Schoolkompas Software B.V.`,
      }),
    );
    await page
      .getByRole('status')
      .getByText(`Version ${version} has been published and never changes.`, { exact: false })
      .waitFor();
    await page.getByRole('heading', { name: `Current version (${version})` }).waitFor();
    expect(await publish.count()).toBe(0);
    await editor.step('published');
  });
});
