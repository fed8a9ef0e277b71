// A page object for the studio (studio/ in the build): what a consultant does, selecting by
// role and accessible name.
import { expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

export class StudioPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  async goto() {
    await this.page.goto('/studio/');
    await expect(this.page.getByRole('heading', { name: 'Silo Check studio', level: 1 })).toBeVisible();
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async open(name) {
    await this.button(name).click();
    await expect(this.page.getByRole('navigation', { name: 'Parts of the questionnaire' })).toBeVisible();
  }

  async section(name) {
    await this.page.getByRole('navigation', { name: 'Parts of the questionnaire' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(this.page.getByRole('heading', { name, level: 2, exact: true })).toBeVisible();
  }

  /** The live preview's frame. */
  preview() {
    return this.page.frameLocator('iframe[title="Preview of the widget with this questionnaire"]');
  }

  problems() {
    return this.page.locator('.sc-studio-problems');
  }

  async expectNoProblems() {
    await expect(this.page.getByText('No problems: this questionnaire is ready to use.')).toBeVisible();
  }

  /** Fills every empty text of the translation table, in each language, with `write(lang, i)`. */
  async fillEveryEmptyText(write) {
    await this.section('Translation');
    const areas = this.page.locator('.sc-studio-table textarea');
    const count = await areas.count();
    let filled = 0;
    for (let i = 0; i < count; i++) {
      const area = areas.nth(i);
      if ((await area.inputValue()).trim() === '') {
        await area.fill(write(await area.getAttribute('lang'), i));
        filled++;
      }
    }
    return filled;
  }

  async axe(label) {
    await new SiloCheckPage(this.page).expectNoAxeViolations(label);
  }
}
