// Journey: a board assesses its maturity against the sector's standard for boards and sees its
// gap. De Horizon's privacy officer opens Volwassenheid (no assessment yet), starts one against
// the sector body's norms for information security and privacy, answers each of the twelve
// requirements with today's level (a plan where it falls short; a plan below today's level is
// refused beside its field), submits it after the confirmation dialog, and reads on the
// Volwassenheid page "3 van 12 eisen onder het minimum", the chart and its table with the
// development line and the plans. Zuidwest's privacy officer, working in English, reads its own
// standing. Keyboard only, axe-checked, on a fresh database with the demo data.
import type { Locator } from 'playwright-core';
import { Journey } from './support/journey';
import { heading, signIn, useJourneyApp } from './support/journey-app';

jest.setTimeout(300_000);

const journeys = useJourneyApp();

const FG = 'fg@horizon.example.nl';
const FG_EN = 'fg@zuidwest.example.nl';
const STANDARD = 'Normenkader informatiebeveiliging en privacy voor besturen 2027';
/** Today's level per requirement IBP-01 … IBP-12: three below the minimum of 3. */
const LEVELS = [3, 3, 2, 3, 4, 3, 2, 3, 3, 4, 3, 2];
/** The plans for the three that fall short: to level 3 (or 4 on a development line). */
const PLANS: Record<number, { level: number; by: string }> = {
  2: { level: 4, by: '31-08-2028' },
  6: { level: 3, by: '31-12-2027' },
  11: { level: 3, by: '31-12-2027' },
};

describe('board maturity in the browser', () => {
  it('a board assesses its maturity against the board standard and sees its gap', async () => {
    const page = await journeys.newPage();
    const fg = new Journey(page, 'board-maturity');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await signIn(fg, FG);

    await fg.press(nav.getByRole('link', { name: 'Volwassenheid' }));
    await heading(page, 'Volwassenheid');
    const section = page.getByRole('region', { name: STANDARD });
    await section.getByText('Nog geen beoordeling ingediend.').waitFor();
    await fg.step('maturity-empty');

    await fg.press(section.getByRole('button', { name: 'Beoordeling starten' }));
    await heading(page, `Beoordeling: ${STANDARD}`);
    await page.getByText('0 van 12 eisen beantwoord').waitFor();
    await fg.step('assessment-draft');

    /** Chooses option `n` of a select (0: the empty choice) with the keyboard. */
    const choose = async (select: Locator, n: number) => {
      await fg.tabTo(select);
      await page.keyboard.press('Home');
      for (let i = 0; i < n; i += 1) await page.keyboard.press('ArrowDown');
    };

    for (const [i, level] of LEVELS.entries()) {
      const code = `IBP-${String(i + 1).padStart(2, '0')}`;
      const panel = page.getByRole('region', { name: new RegExp(`^${code} `) });
      await choose(panel.getByLabel('Niveau vandaag'), level);
      const plan = PLANS[i];
      if (plan) {
        if (i === 2) {
          // A plan below today's level is refused, beside its field.
          await choose(panel.getByLabel('Gepland niveau'), 1);
          await fg.fill(panel.getByLabel('Gepland uiterlijk'), plan.by);
          await fg.press(panel.getByRole('button', { name: `Antwoord op ${code} opslaan` }));
          await panel
            .getByText('Het geplande niveau ligt niet onder het niveau van vandaag.')
            .waitFor();
          expect(await panel.getByLabel('Gepland niveau').getAttribute('aria-invalid')).toBe(
            'true',
          );
          await fg.step('plan-below-today');
        }
        await choose(panel.getByLabel('Gepland niveau'), plan.level);
        await fg.fill(panel.getByLabel('Gepland uiterlijk'), plan.by);
        await fg.fill(
          panel.getByLabel('Toelichting'),
          'Rollen en rechten staan in het jaarplan; de uitvoering loopt.',
        );
      }
      await fg.press(panel.getByRole('button', { name: `Antwoord op ${code} opslaan` }));
      await panel.getByText(`Antwoord op ${code} opgeslagen.`).waitFor();
    }
    await page.getByText('12 van 12 eisen beantwoord').waitFor();
    await fg.step('all-answered');

    await fg.press(page.getByRole('button', { name: 'Beoordeling indienen' }));
    const dialog = page.getByRole('alertdialog', { name: 'Beoordeling indienen?' });
    await dialog
      .getByText(
        `Je dient namens Stichting Speciaal Onderwijs De Horizon de beoordeling tegen ${STANDARD} in: 3 van 12 eisen liggen onder het minimum.`,
      )
      .waitFor();
    expect(
      await dialog
        .getByRole('button', { name: 'Annuleren, niets vastleggen' })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    ).toBe(true);
    await fg.step('submit-confirm');
    await fg.press(
      dialog.getByRole('button', {
        name: 'Indienen namens Stichting Speciaal Onderwijs De Horizon',
      }),
    );
    await page.getByText('De beoordeling is ingediend.', { exact: false }).waitFor();
    await page
      .getByText('Deze beoordeling is ingediend en verandert niet meer.', { exact: false })
      .waitFor();
    await fg.step('submitted');

    await fg.press(nav.getByRole('link', { name: 'Volwassenheid' }));
    await heading(page, 'Volwassenheid');
    await section.getByText('3 van 12 eisen onder het minimum').waitFor();
    await section.getByText('Ontwikkellijn: 2 van 5 eisen op het doelniveau').waitFor();
    const table = section.getByRole('table', {
      name: 'Niveau per eis: nu, minimum, ontwikkellijn en plan',
    });
    const row = table.getByRole('row', { name: /IBP-03 Toegangsbeheer/ });
    await row.getByRole('cell', { name: 'onder het minimum' }).waitFor();
    await row.getByRole('cell', { name: '4 uiterlijk 31 augustus 2028' }).waitFor();
    await row.getByRole('cell', { name: '4 uiterlijk 1 september 2028' }).waitFor();
    await table
      .getByRole('row', { name: /IBP-05 Incidentbeheer/ })
      .getByRole('cell', { name: 'doelniveau gehaald' })
      .waitFor();
    // Reassessing starts a new draft; the submitted one stays as it is.
    await section.getByRole('button', { name: 'Opnieuw beoordelen' }).waitFor();
    await fg.step('maturity-gap');

    // --- Zuidwest's privacy officer, in English: its own standing ---
    const enPage = await journeys.newPage();
    const en = new Journey(enPage, 'board-maturity-en');
    await signIn(en, FG_EN, { english: true });
    await en.press(
      enPage.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Maturity' }),
    );
    await heading(enPage, 'Maturity');
    const enSection = enPage.getByRole('region', { name: STANDARD });
    await enSection
      .getByText(
        /^(All 12 requirements reach the minimum|\d+ of 12 requirements below the minimum)$/,
      )
      .waitFor();
    await enSection
      .getByRole('table', {
        name: 'Level per requirement: now, minimum, development line and plan',
      })
      .waitFor();
    await enSection.getByRole('button', { name: 'Assess again' }).waitFor();
    await en.step('maturity-en');
  });
});
