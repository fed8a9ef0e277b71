// Takes a full-page screenshot of every screen (the team view's page too) at 375 px and
// 1280 px, light and dark, into target/screenshots/ (to look at), and the README's two
// into docs/screenshots/.
// Run after `cargo xtask build`: node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { CHROMIUM, serve } from '../tests/e2e/chromium.mjs';
import { shareCode } from '../tests/e2e/hostile-helpers.mjs';
import { mkdirSync, readFileSync } from 'node:fs';

const builtIn = JSON.parse(readFileSync('questionnaires/social-media-integration.json', 'utf8'));
/** An earlier result of the built-in questionnaire (every answer at level 2), for the history. */
const earlierEntry = {
  code: shareCode({ id: builtIn.id, revision: builtIn.revision, answers: builtIn.questions.map(() => 2), profile: builtIn.profile.map(() => 0) }),
  date: '2026-03-02',
  questionnaire: builtIn.id,
  revision: builtIn.revision,
};

mkdirSync('target/screenshots', { recursive: true });

const port = 4178;
const server = await serve('dist', port);
let browser;

async function shoot(width, scheme) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: scheme });
  const name = (step) => `target/screenshots/${step}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  await page.screenshot({ path: name('start'), fullPage: true });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByLabel('Which department do you work in?').selectOption({ label: 'Marketing' });
  await page.screenshot({ path: name('profile'), fullPage: true });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const picks = [1, 2, 1, 0, 2, 1, 3, 2, 1, 2, 3, 1, 0, 2, 1, 2, 1, 3, 2, 1, 2, 5, 1];
  let n = 0;
  let screen = 0;
  for (;;) {
    const groups = page.getByRole('group', { name: /\S/ });
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').nth(picks[n++ % picks.length]).check();
    if (screen === 0) {
      await page.screenshot({ path: name('question'), fullPage: true });
      if (width === 375 && scheme === 'light') {
        // The README's phone screenshot: the top of the step, as a visitor arrives on it.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: 'docs/screenshots/question-375.png' });
      }
    }
    screen++;
    const done = page.getByRole('button', { name: 'See my results', exact: true });
    if (await done.isVisible()) { await done.click(); break; }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Your Silo Check results' }).waitFor();
  // The sections under "Start here" are drawn after the score's first paint: the last one
  // is the share box.
  await page.getByRole('textbox', { name: 'Link to this report' }).waitFor();
  await page.screenshot({ path: name('results'), fullPage: true });
  if (width === 1280 && scheme === 'light') await page.screenshot({ path: 'docs/screenshots/results-1280.png' });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: name('print'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  // The history: an earlier result kept in this browser (added by hand, then the results
  // shown again), compared with this one, and the choice to keep results.
  await page.evaluate((entry) => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(':history'));
    const stored = JSON.parse(localStorage.getItem(key));
    stored.entries.unshift(entry);
    localStorage.setItem(key, JSON.stringify(stored));
  }, earlierEntry);
  await page.reload();
  const since = page.getByRole('region', { name: 'Since an earlier result' });
  await since.getByRole('table').waitFor();
  await since.screenshot({ path: name('history-since') });
  await page.getByRole('region', { name: 'Your earlier results' }).screenshot({ path: name('history-kept') });
  // The team view's page, opened from the results with this respondent in its link.
  await page.getByRole('link', { name: 'Open the team view', exact: true }).click();
  await page.getByText('1 respondent counted.').waitFor();
  await page.screenshot({ path: name('team'), fullPage: true });
  await page.close();
}

/** The studio at a desktop's and a tablet's width: the template with German added. */
async function shootStudio(width, scheme) {
  const page = await browser.newPage({ viewport: { width, height: width < 1000 ? 1180 : 860 }, colorScheme: scheme });
  const name = (step) => `target/screenshots/studio-${step}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
  await page.goto(`http://127.0.0.1:${port}/studio/`);
  // The built-in questionnaire's questions, with the widget running it beside them.
  await page.getByRole('button', { name: 'Open the built-in questionnaire', exact: true }).click();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: /^Questions/ }).click();
  await page.frameLocator('iframe').getByRole('button', { name: 'Start', exact: true }).waitFor();
  if (width === 1280 && scheme === 'light') await page.screenshot({ path: 'docs/screenshots/studio-1280.png' });
  await page.getByRole('button', { name: 'Start from the template', exact: true }).click();
  await page.getByLabel('Add a language').fill('de');
  await page.getByLabel('Add a language').press('Enter');
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: /^Questions/ }).click();
  await page.getByRole('heading', { name: 'Question 1: plan-owner' }).waitFor();
  await page.frameLocator('iframe').getByRole('heading', { name: 'This questionnaire cannot be used' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: name('questions') });
  await page.getByRole('navigation').getByRole('button', { name: /^Translation/ }).click();
  await page.getByLabel('Texts to show').selectOption('de');
  await page.screenshot({ path: name('translation') });
  await page.close();
}

try {
  browser = await chromium.launch(CHROMIUM);
  for (const width of [375, 1280]) for (const scheme of ['light', 'dark']) await shoot(width, scheme);
  for (const width of [820, 1280]) for (const scheme of ['light', 'dark']) await shootStudio(width, scheme);
} finally {
  await browser?.close();
  server.kill();
}
console.log('screenshots written to target/screenshots/ and docs/screenshots/');
