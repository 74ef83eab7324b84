// A collective tender in the browser, keyboard only, from the demo data: the sector body's
// negotiator runs a tender from draft to award, a board registers its demand, a vendor makes a
// sealed offer, the vendor's signatory accepts the deal, and a board's signatory joins it. The
// other ways out: a vendor withdraws its sealed offer, and the negotiator cancels a tender with
// a reason, its offers sealed for good.
import { addDays, amsterdamDate } from '@regie/domain';
import { passDeadline } from '../support/procurement';
import type { Page } from 'playwright-core';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(240_000);

const journeys = useJourneyApp();

/** One person: signs in on a fresh page, in Dutch, and waits for the home page. */
async function person(email: string, name: string): Promise<{ page: Page; journey: Journey }> {
  const page = await journeys.newPage();
  const journey = new Journey(page, `collective-tender/${name}`);
  await signIn(journey, email);
  return { page, journey };
}

const TITLE = 'Leerplatform speciaal onderwijs 2027';

describe('collective procurement in the browser', () => {
  it('a sector body runs a tender to a deal that a board joins', async () => {
    // --- the sector body's negotiator drafts the tender and opens it for interest ---
    const { page: sb, journey: negotiator } = await person(
      'onderhandelaar@samendigitaal.example.nl',
      'negotiator',
    );
    await sb.getByRole('heading', { name: 'Termijnen van aanbestedingen' }).waitFor();
    await sb.getByRole('heading', { name: 'Gebundelde vraag' }).waitFor();
    await negotiator.step('home-deadlines-and-demand');

    await negotiator.press(sb.getByRole('link', { name: 'Aanbestedingen', exact: true }));
    await heading(sb, 'Aanbestedingen');
    await negotiator.press(sb.getByRole('link', { name: 'Nieuwe aanbesteding' }));
    await heading(sb, 'Nieuwe aanbesteding');
    await negotiator.fill(sb.getByLabel('Titel'), TITLE);
    await negotiator.fill(
      sb.getByLabel('Omschrijving'),
      'Een leerplatform voor de besturen in het speciaal onderwijs.',
    );
    // A weight that does not add up is named as the person types.
    const weight = sb.getByLabel('Gewicht van criterium 1 (%)');
    await negotiator.fill(weight, '50');
    await sb.getByText('Samen: 110%').waitFor();
    await negotiator.step('tender-weights-not-100');
    await negotiator.fill(weight, '40');
    await sb.getByText('Samen: 100%').waitFor();
    // A deadline is typed on the Dutch clock, whatever the browser's time zone.
    const offerDay = addDays(amsterdamDate(), 40);
    await negotiator.fill(
      sb.getByLabel('Termijn voor offertes'),
      `${offerDay.split('-').reverse().join('-')} 17:00`,
    );
    await negotiator.press(sb.getByRole('button', { name: 'Concept aanmaken' }));
    await heading(sb, TITLE);
    await sb.getByText('De aanbesteding is aangemaakt als concept.').waitFor();
    // The deadline to the minute: "… om 17:00", never with seconds.
    await sb
      .getByRole('definition')
      .filter({ hasText: /om 17:00(?!:\d)/ })
      .waitFor();
    await negotiator.step('tender-draft');
    const tenderId = sb.url().split('/').pop()!;

    await negotiator.press(sb.getByRole('button', { name: 'Openen voor belangstelling' }));
    await sb.getByText('De aanbesteding is open: besturen kunnen hun vraag melden.').waitFor();
    // Opening for offers waits for the interest deadline: no button yet, and why.
    expect(await sb.getByRole('button', { name: 'Openen voor offertes' }).count()).toBe(0);
    await sb.getByText(/Openen voor offertes kan zodra/).waitFor();
    await negotiator.step('tender-open-for-interest');

    // --- a board's procurement officer registers its demand ---
    const { page: bp, journey: procurement } = await person(
      'inkoop@horizon.example.nl',
      'board-procurement',
    );
    await procurement.press(bp.getByRole('link', { name: 'Aanbestedingen', exact: true }));
    await heading(bp, 'Aanbestedingen');
    await procurement.press(bp.getByRole('link', { name: TITLE }));
    await heading(bp, TITLE);
    await procurement.fill(bp.getByLabel('Aantal leerlingen'), '640');
    await procurement.fill(bp.getByLabel('Aantal scholen'), '4');
    await procurement.press(bp.getByRole('button', { name: 'Belangstelling melden' }));
    await bp.getByText('Jullie belangstelling is vastgelegd.').waitFor();
    await bp.getByText('Besturen: 1 · leerlingen: 640').waitFor();
    await procurement.step('interest-registered');

    // The interest deadline passes: moved to an hour ago in the database rather than waited
    // for (the API refuses to open for offers before it), as the api tests do.
    await passDeadline(journeys.app, tenderId, 'interest');
    await sb.reload();
    await heading(sb, TITLE);
    await sb.getByText('Stichting Speciaal Onderwijs De Horizon').first().waitFor();
    await negotiator.press(sb.getByRole('button', { name: 'Openen voor offertes' }));
    await sb.getByText('De aanbesteding is open voor offertes.').waitFor();
    await negotiator.step('tender-open-for-offers');

    // --- a vendor's editor makes a sealed offer with price tiers ---
    const { page: vp, journey: editor } = await person(
      'redactie@leerwijs.example.nl',
      'vendor-editor',
    );
    await vp.getByRole('heading', { name: 'Aanbestedingen open voor jullie offerte' }).waitFor();
    await editor.step('home-tenders-to-offer-in');
    await editor.press(vp.getByRole('link', { name: TITLE }));
    await heading(vp, TITLE);
    await editor.fill(vp.getByLabel('Staffel 1: prijs per leerling (€)'), '14,50');
    await editor.press(vp.getByRole('button', { name: 'Staffel toevoegen' }));
    await editor.fill(vp.getByLabel('Staffel 2: vanaf aantal leerlingen'), '0');
    await editor.press(vp.getByRole('button', { name: 'Verzegelde offerte indienen' }));
    // The second tier must start at more students than the first.
    await vp.getByText('Elke prijsstaffel begint bij meer leerlingen dan de vorige.').waitFor();
    await editor.step('offer-tiers-invalid');
    await editor.fill(vp.getByLabel('Staffel 2: vanaf aantal leerlingen'), '1000');
    await editor.fill(vp.getByLabel('Staffel 2: prijs per leerling (€)'), '12,00');
    await editor.fill(
      vp.getByLabel('Voorwaarden'),
      'Verwerkersovereenkomst volgens Model 4.0, zonder afwijkingen.',
    );
    await editor.press(vp.getByRole('button', { name: 'Verzegelde offerte indienen' }));
    await vp.getByText('Jullie offerte is verzegeld ingediend.').waitFor();
    await editor.step('offer-sealed');

    // The negotiator sees that offers exist only as sealed.
    await sb.reload();
    await heading(sb, TITLE);
    await sb.getByText(/De offertes zijn verzegeld/).waitFor();
    expect(await sb.getByText(/14,50/).count()).toBe(0);
    await negotiator.step('offers-sealed');

    // The offer deadline passes (moved in the database, as above); closing opens the offers.
    await passDeadline(journeys.app, tenderId, 'offer');
    await sb.reload();
    await heading(sb, TITLE);
    await negotiator.press(
      sb.getByRole('button', { name: 'Offertetermijn sluiten en offertes openen' }),
    );
    await sb.getByText('De offertes zijn geopend en kunnen worden beoordeeld.').waitFor();
    await sb.getByText(/14,50/).first().waitFor();
    await negotiator.step('offers-unsealed');

    const scoreOf = (criterion: string) =>
      sb.getByLabel(`Score voor ${criterion} van Leerwijs Platform (0–10)`);
    await negotiator.fill(scoreOf('prijs'), '8');
    await negotiator.fill(scoreOf('kwaliteit'), '7');
    await negotiator.fill(scoreOf('privacy'), '9');
    // 8 × 40% + 7 × 35% + 9 × 25%
    await sb.getByText('Totaalscore: 7,9').first().waitFor();
    await negotiator.press(sb.getByRole('button', { name: /Scores opslaan/ }));
    await sb.getByText('De scores zijn opgeslagen.').waitFor();
    await negotiator.step('offer-scored');

    await negotiator.press(sb.getByRole('button', { name: 'Aanbesteding gunnen' }));
    await sb.getByText(/De aanbesteding is gegund\./).waitFor();
    await negotiator.step('tender-awarded');

    // --- the vendor's signatory accepts the deal's terms ---
    const { page: vs, journey: vendorSignatory } = await person(
      'bestuurder@leerwijs.example.nl',
      'vendor-signatory',
    );
    await vs.getByRole('heading', { name: 'Raamovereenkomsten te accepteren' }).waitFor();
    await vendorSignatory.step('home-deal-to-accept');
    await vendorSignatory.press(vs.getByRole('link', { name: TITLE }));
    await heading(vs, TITLE);
    await vendorSignatory.press(
      vs.getByRole('button', { name: 'Voorwaarden accepteren en ondertekenen' }),
    );
    await vs.getByText(/De voorwaarden zijn geaccepteerd\./).waitFor();
    await vendorSignatory.step('deal-accepted');

    // --- the negotiator publishes it ---
    await sb.reload();
    await heading(sb, TITLE);
    await negotiator.press(sb.getByRole('link', { name: new RegExp(`^${TITLE} — Leerwijs`) }));
    await heading(sb, TITLE);
    await negotiator.press(sb.getByRole('button', { name: 'Raamovereenkomst publiceren' }));
    await sb.getByText('De raamovereenkomst is gepubliceerd.').waitFor();
    await negotiator.step('deal-published');

    // --- a board's signatory joins with one signature ---
    const { page: bs, journey: boardSignatory } = await person(
      'bestuurder@horizon.example.nl',
      'board-signatory',
    );
    await bs.getByRole('heading', { name: 'Raamovereenkomsten om aan deel te nemen' }).waitFor();
    await boardSignatory.step('home-deals-to-join');
    await boardSignatory.press(bs.getByRole('link', { name: TITLE }));
    await heading(bs, TITLE);
    await boardSignatory.step('deal-before-joining');
    await boardSignatory.press(bs.getByRole('button', { name: 'Ondertekenen en deelnemen' }));
    await bs.getByText(/Jullie nemen deel\./).waitFor();
    await bs.getByRole('rowheader', { name: 'Stichting Speciaal Onderwijs De Horizon' }).waitFor();
    expect(await bs.getByRole('button', { name: 'Ondertekenen en deelnemen' }).count()).toBe(0);
    await boardSignatory.step('deal-joined');
  });

  it('a sector body publishes a minimum standard and reviews a vendor’s self-assessment', async () => {
    const { page, journey } = await person('beoordelaar@samendigitaal.example.nl', 'reviewer');
    await journey.press(page.getByRole('link', { name: 'Minimumnormen', exact: true }));
    await heading(page, 'Minimumnormen');
    await page.getByRole('heading', { name: 'Te beoordelen zelfevaluaties' }).waitFor();
    await journey.step('standards-and-review-queue');

    await journey.press(page.getByRole('link', { name: 'Nieuwe minimumnorm' }));
    await heading(page, 'Nieuwe minimumnorm');
    await journey.fill(page.getByLabel('Naam'), 'Minimale standaard toetssystemen');
    await journey.fill(page.getByLabel('Code'), 'TOE-01');
    await journey.fill(page.getByLabel('Titel'), 'Toetsgegevens binnen de EER');
    await journey.fill(
      page.getByLabel('Omschrijving'),
      'Toetsresultaten worden binnen de EER opgeslagen en verwerkt.',
    );
    await journey.step('standard-form');
    await journey.press(page.getByRole('button', { name: 'Concept aanmaken' }));
    await heading(page, 'Minimale standaard toetssystemen 1.0');
    await journey.press(page.getByRole('button', { name: 'Minimumnorm publiceren' }));
    await page.getByText('De minimumnorm is gepubliceerd.').waitFor();
    // Published: read-only, no second publish once the page shows the new state.
    await page
      .getByRole('button', { name: 'Minimumnorm publiceren' })
      .waitFor({ state: 'detached' });
    await journey.step('standard-published');

    await journey.press(page.getByRole('link', { name: 'Minimumnormen', exact: true }));
    await heading(page, 'Minimumnormen');
    await journey.press(
      page.getByRole('link', { name: 'Kompas Leerlingvolgsysteem — Schoolkompas Software B.V.' }),
    );
    await heading(page, /Kompas Leerlingvolgsysteem tegen/);
    // The evidence the vendor linked is shown beside its answer.
    await page
      .getByText(/ISO\/IEC 27001 ·/)
      .first()
      .waitFor();
    // A radio group is one Tab stop: the arrow keys choose (from "not yet reviewed", the last,
    // down wraps to "confirmed", the first).
    await journey.press(
      page.getByRole('radio', { name: 'Nog niet beoordeeld' }).first(),
      'ArrowDown',
    );
    expect(await page.getByRole('radio', { name: 'Bevestigd' }).first().isChecked()).toBe(true);
    await journey.press(page.getByRole('button', { name: 'Oordeel over BEV-01 opslaan' }));
    await page.getByText('Opgeslagen.').first().waitFor();
    await page.getByText('Bevestigde antwoorden: 1').waitFor();
    await journey.step('answer-confirmed');
  });

  it('a vendor assesses its product against a published standard', async () => {
    const { page, journey } = await person('redactie@toetsplein.example.nl', 'vendor-assessment');
    await journey.press(page.getByRole('link', { name: 'Minimumnormen', exact: true }));
    await heading(page, 'Minimumnormen');
    await page.getByRole('heading', { name: 'Zelfevaluaties van jullie producten' }).waitFor();
    // A select is one Tab stop; the arrow key chooses the first product.
    await journey.press(page.getByRole('combobox', { name: /^Product/ }), 'ArrowDown');
    await journey.step('start-assessment');
    await journey.press(page.getByRole('button', { name: 'Beginnen' }));
    await heading(page, /^Toetsplein Adaptief tegen /);
    const saves = page.getByRole('button', { name: /^Antwoord op .+ opslaan$/ });
    const count = await saves.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      await journey.press(saves.nth(i));
      await page.getByText('Opgeslagen.').nth(i).waitFor();
    }
    await journey.step('requirements-answered');
    await journey.press(page.getByRole('button', { name: 'Zelfevaluatie indienen' }));
    await page.getByText('De zelfevaluatie is ingediend.').waitFor();
    await page
      .getByRole('button', { name: 'Zelfevaluatie indienen' })
      .waitFor({ state: 'detached' });
    await journey.step('assessment-submitted');
  });

  it('a vendor withdraws its sealed offer and the negotiator cancels the tender with a reason', async () => {
    // The demo's tender open for offers holds one sealed offer, Toetsplein's.
    const TENDER = 'Toetsing en analyse';
    const REASON = 'De besturen stellen de aanschaf van een nieuw toetssysteem een jaar uit.';
    const { page: vp, journey: vendor } = await person(
      'redactie@toetsplein.example.nl',
      'withdraw-and-cancel/vendor',
    );
    await vendor.press(vp.getByRole('link', { name: 'Aanbestedingen', exact: true }));
    await heading(vp, 'Aanbestedingen');
    await vendor.press(vp.getByRole('link', { name: TENDER, exact: true }));
    await heading(vp, TENDER);
    const own = vp.getByRole('region', { name: 'Jullie offerte' });
    await own.getByRole('heading', { name: 'Toetsplein Adaptief' }).waitFor();
    await own.getByText(/14,50/).first().waitFor();
    await vendor.step('offer-before-withdrawing');

    await vendor.press(own.getByRole('button', { name: 'Offerte intrekken Toetsplein Adaptief' }));
    await vp.getByText('De offerte is ingetrokken.').waitFor();
    // Kept for the vendor, marked withdrawn: nothing left to withdraw, and the form to offer anew.
    await own.getByText(/^Ingetrokken op /).waitFor();
    expect(await own.getByRole('button', { name: /Offerte intrekken/ }).count()).toBe(0);
    await vendor.step('offer-withdrawn');

    // A new, lower offer: the one the cancelled tender will keep sealed.
    await vendor.fill(vp.getByLabel('Staffel 1: prijs per leerling (€)'), '13,25');
    await vendor.fill(
      vp.getByLabel('Voorwaarden'),
      'Verwerkersovereenkomst volgens Model 4.0, zonder afwijkingen.',
    );
    await vendor.press(vp.getByRole('button', { name: 'Verzegelde offerte indienen' }));
    await vp.getByText('Jullie offerte is verzegeld ingediend.').waitFor();
    await own.getByText(/13,25/).first().waitFor();
    await vendor.step('new-offer-sealed');

    // --- the negotiator cancels the tender, with the reason the boards and vendors will read ---
    const { page: sb, journey: negotiator } = await person(
      'onderhandelaar@samendigitaal.example.nl',
      'withdraw-and-cancel/negotiator',
    );
    await negotiator.press(sb.getByRole('link', { name: 'Aanbestedingen', exact: true }));
    await heading(sb, 'Aanbestedingen');
    await negotiator.press(sb.getByRole('link', { name: TENDER, exact: true }));
    await heading(sb, TENDER);
    await sb.getByText(/De offertes zijn verzegeld/).waitFor();
    await negotiator.press(sb.getByRole('button', { name: 'Aanbesteding intrekken…' }));
    // A cancellation without a reason is not sent: the field says why.
    const reason = sb.getByRole('textbox', { name: /^Reden/ });
    await negotiator.press(sb.getByRole('button', { name: 'Definitief intrekken' }));
    await sb.getByText('Dit veld is verplicht.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await sb.getByText('Deze aanbesteding is ingetrokken.').count()).toBe(0);
    await negotiator.step('cancel-without-reason');
    await negotiator.fill(reason, REASON);
    await negotiator.press(sb.getByRole('button', { name: 'Definitief intrekken' }));
    await sb.getByText('De aanbesteding is ingetrokken.').waitFor();
    await sb.getByText('Deze aanbesteding is ingetrokken.').waitFor();
    await sb.getByText(REASON).waitFor();
    // Cancelled once and for good: no second cancellation, and the offers stay sealed.
    expect(await sb.getByRole('button', { name: 'Aanbesteding intrekken…' }).count()).toBe(0);
    const offers = sb.getByRole('region', { name: 'Offertes', exact: true });
    await offers
      .getByText(
        'De aanbesteding is ingetrokken: de offertes blijven verzegeld. Niemand kan ze inzien.',
      )
      .waitFor();
    // No deadline counts down any more.
    expect(await sb.locator('.procurement-countdown--running').count()).toBe(0);
    expect(await sb.getByText(/13,25/).count()).toBe(0);
    expect(await sb.getByText('Toetsplein Adaptief').count()).toBe(0);
    await negotiator.step('tender-cancelled');

    // --- the vendor sees why, and can no longer offer or withdraw ---
    await vp.reload();
    await heading(vp, TENDER);
    await vp.getByText('Deze aanbesteding is ingetrokken.').waitFor();
    await vp.getByText(REASON).waitFor();
    expect(await vp.getByRole('button', { name: /Offerte intrekken/ }).count()).toBe(0);
    expect(await vp.getByRole('button', { name: 'Verzegelde offerte indienen' }).count()).toBe(0);
    await vp
      .getByText(
        'De aanbesteding is ingetrokken: jullie offerte blijft verzegeld en niemand anders ziet haar.',
      )
      .waitFor();
    await vendor.step('vendor-sees-cancellation');
  });
});
