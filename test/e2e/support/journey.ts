// A journey is a person's way through the real app, done with the keyboard only: Tab to a
// control, type, Enter or Space. Each step is screenshotted (test/e2e/artifacts/<journey>/)
// and checked with axe-core for serious or critical WCAG 2.1 AA violations.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

export const artifactsDir = join(__dirname, '..', 'artifacts');

export class Journey {
  private count = 0;
  readonly screenshots: string[] = [];

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    const dir = join(artifactsDir, name);
    mkdirSync(dir, { recursive: true });
    // A journey's screenshots are of its latest run: an earlier run's, with other step numbers,
    // would read as steps of this one. Only this journey's own files (not nested journeys').
    for (const file of readdirSync(dir)) if (file.endsWith('.png')) rmSync(join(dir, file));
  }

  /** Screenshot and accessibility check of the page as it is now. */
  async step(label: string): Promise<void> {
    this.count += 1;
    const file = join(
      artifactsDir,
      this.name,
      `${String(this.count).padStart(2, '0')}-${label}.png`,
    );
    await this.page.screenshot({ path: file, fullPage: true });
    this.screenshots.push(file);
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    if (serious.length) {
      throw new Error(
        `axe-core on step ${this.count} "${label}" (${this.page.url()}):\n${serious.join('\n')}`,
      );
    }
  }

  /** Presses Tab (or Shift+Tab) until the control has the focus. */
  async tabTo(target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
    await target.first().waitFor({ state: 'visible' });
    const max = options.max ?? 80;
    for (let i = 0; i <= max; i += 1) {
      if (await target.first().evaluate((el) => el === el.ownerDocument.activeElement)) return;
      await this.page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`could not reach ${target.toString()} with the keyboard`);
  }

  async fill(target: Locator, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  async press(target: Locator, key = 'Enter'): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press(key);
  }

  /**
   * Opens a file input's chooser with Space and picks `path`. Playwright starts intercepting
   * the chooser only when the first wait for it begins, and that happens asynchronously: a key
   * press that wins the race opens no interceptable chooser, so the press is repeated once.
   */
  async chooseFile(target: Locator, path: string): Promise<void> {
    await this.tabTo(target);
    for (let attempt = 1; ; attempt += 1) {
      const chooser = this.page.waitForEvent('filechooser', { timeout: 5_000 });
      await this.page.keyboard.press('Space');
      try {
        await (await chooser).setFiles(path);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }
}
