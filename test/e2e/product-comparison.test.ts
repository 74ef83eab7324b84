// Journey: a procurement officer of a primary-school board finds vendors with filters (kept in
// the URL), picks three products and compares them side by side, with the differences marked
// in words, then against the one published minimum standard the board chooses. Keyboard only,
// on a fresh database with the demo data.
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(180_000);

const journeys = useJourneyApp();

describe('finding and comparing products', () => {
  it('a procurement officer compares three products', async () => {
    const page = await journeys.newPage();
    const officer = new Journey(page, 'product-comparison');
    await signIn(officer, 'inkoop@rivierenland.example.nl');
    // The procurement officer's card: a search box straight to the vendor search.
    const card = page.getByRole('region', { name: 'Leveranciers zoeken' });
    await card.getByLabel('Zoek een leverancier of product').waitFor();
    await officer.step('home-search-card');

    await officer.press(page.getByRole('link', { name: 'Leveranciers zoeken' }));
    await heading(page, 'Leveranciers zoeken');
    await page.getByText(/^\d+ leveranciers gevonden$/).waitFor();
    await officer.step('all-vendors');

    // Filters: primary education, with an ISO 27001 certificate.
    await officer.tabTo(page.getByLabel('Sector'));
    await page.keyboard.type('Primair');
    await officer.tabTo(page.getByLabel('Beveiligingsbewijs'));
    await page.keyboard.type('ISO/IEC 27001');
    await officer.press(page.getByRole('button', { name: 'Zoeken', exact: true }));
    await page.waitForURL(/sector=PO/);
    expect(page.url()).toContain('attestationType=ISO27001');
    await page.getByText('3 leveranciers gevonden').waitFor();
    await officer.step('filtered');

    // The search survives a reload (and so can be shared as a link).
    await page.reload();
    await heading(page, 'Leveranciers zoeken');
    await page.getByText('3 leveranciers gevonden').waitFor();
    expect(await page.getByLabel('Sector').inputValue()).toBe('PO');
    expect(await page.getByLabel('Beveiligingsbewijs').inputValue()).toBe('ISO27001');
    expect(await page.getByRole('link', { name: 'Nimbus Education Inc.' }).count()).toBe(0);

    // Each result names the products that fit the filters, with their signals in words.
    const platformResult = page.getByRole('listitem', { name: 'Leerwijs Platform', exact: true });
    await platformResult.getByText('Past bij je zoekopdracht').waitFor();
    const signals = platformResult.getByRole('list', { name: 'Kenmerken van Leerwijs Platform' });
    await signals.getByText('Let op: gegevens ook buiten de EER').waitFor();
    await signals.getByText(/^Geldig bewijs: .*ISO\/IEC 27001/).waitFor();
    await signals.getByText(/^Jullie verwerkersovereenkomst: /).waitFor();
    await officer.step('result-signals');

    for (const product of [
      'Leerwijs Platform',
      'Kompas Leerlingvolgsysteem',
      'Toetsplein Adaptief',
    ]) {
      await officer.press(page.getByRole('checkbox', { name: `Vergelijk ${product}` }), 'Space');
    }
    await page.getByText('3 van maximaal 10 producten gekozen.').waitFor();
    expect(new URL(page.url()).searchParams.getAll('product')).toHaveLength(3);
    await officer.step('three-picked');

    await officer.tabTo(page.getByRole('link', { name: 'Vergelijk 3 producten' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await heading(page, 'Producten vergelijken');
    const table = page.getByRole('table', { name: 'Vergelijking van 3 producten' });
    await table.waitFor();
    const columns = await table.locator('thead th[scope="col"]').allTextContents();
    expect(columns[1]).toContain('Leerwijs Platform');
    expect(columns[2]).toContain('Kompas Leerlingvolgsysteem');
    expect(columns[3]).toContain('Toetsplein Adaptief');

    // Rows that differ say so; the worse values say why, in words.
    const eea = table.getByRole('row', { name: /Gegevens buiten de EER/ });
    await eea.getByText('Verschilt').waitFor();
    const eeaCells = await eea.getByRole('cell').allTextContents();
    // Leerwijs mails through a US sub-processor (Kompas's support in India is still a draft).
    expect(eeaCells[0]).toMatch(/^Ja.*Let op: gegevens buiten de EER/);
    expect(eeaCells[1]).toMatch(/^Nee$/);
    expect(eeaCells[2]).toMatch(/^Nee$/);
    // Without a chosen standard: each product's newest assessment, each naming its standard.
    const assessment = table.getByRole('row', { name: /Toetsing aan minimumstandaard/ });
    await assessment.getByText('Verschilt').waitFor();
    await assessment.getByText('De nieuwste toetsing per product').waitFor();
    // Without a chosen standard, no product is said to miss evidence the others hold.
    const attestations = table.getByRole('row', { name: /^Beveiligingsbewijzen/ });
    await attestations
      .getByText('Kies hierboven een minimumstandaard om te zien welk bewijs ontbreekt')
      .waitFor();
    expect(await attestations.getByText(/Let op:.*bewijs ontbreekt/).count()).toBe(0);
    const newest = await assessment.getByRole('cell').allTextContents();
    expect(newest[0]).toContain('(Minimale standaard digitale onderwijsdiensten 1.0)');
    expect(newest[2]).toContain('Let op: niet getoetst');
    const vendor = table.getByRole('row', { name: /^Leverancier/ });
    await vendor.getByText('Verschilt').waitFor();
    await page.getByText(/De producten verschillen op \d+ van 7 kenmerken\./).waitFor();
    // What boards do with each product, as bars with their numbers in words, under the rule
    // that hides counts of 1 or 2 boards, said in a line.
    const boards = table.getByRole('row', { name: /^Wat besturen doen/ });
    await boards
      .getByRole('list', { name: 'Besturen met een verwerkersovereenkomst die nu geldt' })
      .first()
      .waitFor();
    await boards
      .getByRole('rowheader')
      .getByText(/Aantallen van 1 of 2 besturen tonen we niet/)
      .waitFor();
    expect(await boards.getByRole('list', { name: /^Reviews per risiconiveau/ }).count()).toBe(3);
    await officer.step('compared');

    // The board measures every product against one published standard: a select is one Tab
    // stop, and the arrow key chooses the first standard after "newest per product".
    const standardPicker = page.getByLabel('Toetsen aan minimumstandaard');
    expect(await standardPicker.inputValue()).toBe('');
    await officer.press(standardPicker, 'ArrowDown');
    // The row of whichever comparison table is shown (its caption counts the products).
    const against = page.getByRole('row', {
      name: /Toetsing aan Minimale standaard digitale onderwijsdiensten 1\.0/,
    });
    await against.waitFor();
    expect(await table.getByText('De nieuwste toetsing per product').count()).toBe(0);
    const standardId = new URL(page.url()).searchParams.get('standard');
    expect(standardId).toBeTruthy();
    expect(await standardPicker.inputValue()).toBe(standardId);
    const assessed = await against.getByRole('cell').allTextContents();
    // The row names the standard, so the cells no longer repeat it.
    expect(assessed[0]).toMatch(/^2 van 2 verplichte eisen voldaan$/);
    expect(assessed[1]).toMatch(/^2 van 2 verplichte eisen voldaan$/);
    expect(assessed[2]).toContain('Geen ingediende toetsing aan deze standaard');
    expect(assessed[2]).toContain('Let op: niet getoetst');
    // Evidence is measured against the standard's requirements, not against the others.
    const evidence = table.getByRole('row', { name: /^Beveiligingsbewijzen/ });
    await evidence
      .getByText(
        'Gemeten aan de verplichte eisen van Minimale standaard digitale onderwijsdiensten 1.0',
      )
      .waitFor();
    await officer.step('against-standard');

    // The choice is part of the link: it survives a reload.
    await page.reload();
    await heading(page, 'Producten vergelijken');
    await against.waitFor();
    expect(await standardPicker.inputValue()).toBe(standardId);

    // One product out: the comparison and the URL follow.
    await officer.press(
      page.getByRole('button', { name: 'Toetsplein Adaptief uit de vergelijking halen' }),
    );
    await page.getByRole('table', { name: 'Vergelijking van 2 producten' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('product')).toHaveLength(2);
    await against.waitFor();
    expect(new URL(page.url()).searchParams.get('standard')).toBe(standardId);
    await officer.step('two-left');

    // Back to the search: the filters and the choice are still there.
    await officer.tabTo(page.getByRole('link', { name: 'Terug naar de zoekresultaten' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await heading(page, 'Leveranciers zoeken');
    await page.getByText('2 van maximaal 10 producten gekozen.').waitFor();
    expect(await page.getByLabel('Sector').inputValue()).toBe('PO');
    // Comparing again keeps the standard.
    expect(
      new URL(
        (await page.getByRole('link', { name: 'Vergelijk 2 producten' }).getAttribute('href'))!,
        journeys.app.url,
      ).searchParams.get('standard'),
    ).toBe(standardId);
    await officer.step('back-to-search');

    // A product from a result: its own page, with the search still in the history.
    await officer.tabTo(page.getByRole('link', { name: 'Kompas Leerlingvolgsysteem' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await heading(page, 'Kompas Leerlingvolgsysteem');
    await page.getByRole('heading', { name: /^Huidige versie/ }).waitFor();
    // The product page draws what boards do with it, and says why a count may be missing.
    const boardsDo = page.getByRole('region', { name: 'Wat besturen met dit product doen' });
    await boardsDo.getByText(/Aantallen van 1 of 2 besturen tonen we niet/).waitFor();
    await boardsDo
      .getByRole('list', { name: 'Besturen met een verwerkersovereenkomst die nu geldt' })
      .getByText(/^Met een overeenkomst die nu geldt/)
      .waitFor();
    await boardsDo.getByRole('list', { name: /^Reviews per risiconiveau/ }).waitFor();
    await officer.step('product-from-result');
    await page.goBack();
    await heading(page, 'Leveranciers zoeken');
    expect(await page.getByLabel('Sector').inputValue()).toBe('PO');

    // A vendor's page: its products with their published privacy leaflets.
    await officer.press(page.getByRole('link', { name: 'Leerwijs B.V.' }));
    await heading(page, 'Leerwijs B.V.');
    const platform = page.getByRole('region', { name: 'Leerwijs Platform' });
    // The same leaflet component (and flags) as on the product and agreement pages.
    await platform
      .getByRole('list', { name: 'Aandachtspunten' })
      .getByText('Gegevens buiten de EER')
      .waitFor();
    await platform.getByText(/Mailwise Inc\./).waitFor();
    await officer.step('vendor-page');
  });
});
