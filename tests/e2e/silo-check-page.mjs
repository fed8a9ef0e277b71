// A page object for the Silo Check widget: every step a user takes, selecting by role
// and accessible name, never by markup details.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const axeSource = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

export const STORAGE_KEY = 'silo-check:social-media-integration';

/** The widget's words the page object clicks or waits for, by language. */
export const LABELS = {
  en: {
    start: 'Start', skip: 'Skip', next: 'Next', seeResults: 'See my results', aboutYou: 'About you', results: /results/,
    openTeam: 'Open the team view', team: 'Team view: where departments agree and where they split',
  },
  de: {
    start: 'Los geht’s', skip: 'Überspringen', next: 'Weiter', seeResults: 'Zum Ergebnis', aboutYou: 'Zu Ihrer Person', results: /Ergebnis/,
    openTeam: 'Teamansicht öffnen', team: 'Teamansicht: wo die Abteilungen übereinstimmen und wo nicht',
  },
};

export class SiloCheckPage {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {import('@playwright/test').Locator | import('@playwright/test').FrameLocator} [scope]
   *   where the widget is: the whole page by default, or one container, or a frame
   */
  constructor(page, scope = page, labels = LABELS.en) {
    this.page = page;
    this.scope = scope;
    this.labels = labels;
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.scope.locator('.sc-root').first()).toBeVisible();
  }

  heading(name) {
    return this.scope.getByRole('heading', { name });
  }

  button(name) {
    return this.scope.getByRole('button', { name, exact: true });
  }

  /**
   * Follows the results' link to the team view's page (a page of its own, with this
   * respondent's code in its team link); the page object then works on that page.
   */
  async openTeamView(after = this.page) {
    await this.scope.getByRole('link', { name: this.labels.openTeam, exact: true }).click();
    this.scope = after;
    await expect(this.heading(this.labels.team)).toBeVisible();
  }

  /**
   * The question groups on the current screen: each is named by its question (the list
   * of parts, a disclosure, is a group too, without a name).
   */
  questions() {
    return this.scope.getByRole('group', { name: /\S/ });
  }

  async start() {
    await this.button(this.labels.start).click();
    await expect(this.heading(this.labels.aboutYou)).toBeVisible();
  }

  async skipProfile() {
    await this.button(this.labels.skip).click();
  }

  /** Answers every question on screen with the option at `pick(questionIndex)` (0-4, or 5 for "Not sure"). */
  async answerScreen(pick) {
    const groups = this.questions();
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      await groups.nth(i).getByRole('radio').nth(pick(i)).check();
    }
    return count;
  }

  /** Goes through every dimension with the mouse; returns the number of questions answered. */
  async answerAll(pick = () => 2) {
    let answered = 0;
    for (;;) {
      answered += await this.answerScreen((i) => pick(answered + i));
      const results = this.button(this.labels.seeResults);
      if (await results.isVisible()) {
        await results.click();
        break;
      }
      await this.button(this.labels.next).click();
    }
    // The screen's own heading (level 2), not "Your earlier results" within it.
    await expect(this.scope.getByRole('heading', { name: this.labels.results, level: 2 })).toBeVisible();
    // The same heading is on the card shown while the results' module starts: wait for
    // the results themselves, or for the message saying why they cannot be shown.
    await expect(this.scope.locator('.sc-score__number').or(this.scope.getByRole('alert')).first()).toBeVisible();
    return answered;
  }

  /** The overall score shown on the results screen. */
  async overallScore() {
    return Number(await this.scope.locator('.sc-score__number').innerText());
  }

  async shareLink() {
    return this.scope.getByLabel('Link to this report').inputValue();
  }

  /** The panel shown when the widget stopped after an internal error. */
  errorPanel() {
    return this.scope.getByRole('alert').filter({ hasText: 'Something went wrong in Silo Check.' });
  }

  /** The notice or panel that reports a problem (a share link, saved answers, a questionnaire). */
  alert() {
    return this.scope.getByRole('alert');
  }

  /** Every text the widget shows, across its shadow root (for checking payloads are shown literally). */
  async shownText() {
    const root = this.scope.locator('.sc-root').first();
    return root.evaluate((e) => e.textContent);
  }

  /** Injects axe-core and returns its violations on the page as it is now. */
  async axeViolations() {
    await this.page.evaluate(axeSource);
    const result = await this.page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
    return result;
  }

  async expectNoAxeViolations(label) {
    const violations = await this.axeViolations();
    expect(violations, `axe violations on ${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }
}
