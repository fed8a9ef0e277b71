import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

/** Takes the assessment as a colleague from `department`, answering with `pick`; returns the share link. */
async function colleague(browser, department, pick) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await page.getByLabel('Which department do you work in?').selectOption({ label: department });
  await app.button('Next').click();
  await app.answerAll(pick);
  const link = await app.shareLink();
  await context.close();
  return link;
}

test('five colleagues from five departments: silo signals and a workshop agenda', async ({ browser, page }) => {
  // Six whole assessments, then the team view.
  test.setTimeout(120_000);
  const departments = ['Marketing', 'Sales', 'Customer service', 'HR / recruiting', 'IT'];
  const links = [];
  for (const [i, department] of departments.entries()) {
    // Marketing sees itself as advanced; the others much less so, each a little differently.
    links.push(await colleague(browser, department, (q) => (i === 0 ? 4 : (q + i) % 3)));
  }

  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 2);
  await app.openTeamView();
  await expect(page).toHaveURL(/\/team\/\?lang=en#team=/);
  // The link carries my own result; a page just opened leaves the focus where it is.
  await expect(page.getByText('1 respondent counted.')).toBeVisible();

  const pasted = [...links, links[1], 'not-a-code', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'].join('\n');
  await page.getByLabel('Share codes or links, one per line').fill(pasted);
  await app.button('Add to the team view').click();
  await expect(page.getByText('6 respondents counted; 3 entries left out.')).toBeVisible();
  const leftOut = page.locator('.sc-left-out li');
  await expect(leftOut).toHaveCount(3);
  await expect(leftOut.nth(0)).toContainText('same answers as the entry on line 2');

  // Respondents by department, the silo map and its signals.
  for (const d of departments) await expect(page.locator('.sc-chips')).toContainText(`${d}: 1`);
  // A header, the five departments and my own result (no department given).
  await expect(page.getByRole('table', { name: /Maturity level by department/ }).getByRole('row')).toHaveCount(7);
  await expect(app.heading('Silo signals')).toBeVisible();
  expect(await page.locator('#sc-team-signals-title + ul > li').count()).toBeGreaterThan(0);
  await expect(page.locator('#sc-team-signals-title + ul > li').first()).toContainText('Marketing');
  await expect(page.getByRole('img', { name: /Radar chart overlaying each department/ })).toBeVisible();

  // The workshop agenda: seven steps, company goals first, a follow-up within two weeks.
  const steps = page.locator('.sc-agenda > li');
  await expect(steps).toHaveCount(7);
  await expect(steps.first().getByRole('heading')).toContainText(/goal/i);
  await expect(page.getByText(/^Suggested follow-up meeting: \w+ \d+ \w+ \d{4}\.$/)).toBeVisible();

  // My own result, saved in this browser, is counted once: adding it again is left out.
  await app.button('Add my own result').click();
  await expect(page.getByText('6 respondents counted; 4 entries left out.')).toBeVisible();

  await app.expectNoAxeViolations('the team view');
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await app.expectNoAxeViolations('the team view (dark)');

  // CSV export: a header, everyone, each department, lowest/highest/spread.
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download CSV').click()]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const rows = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
  expect(rows[0]).toMatch(/^group,respondents,ownership_score,ownership_level,/);
  expect(rows[1]).toMatch(/^All respondents,6,/);
  expect(rows).toHaveLength(1 + 1 + 6 + 3);

  // The team link reopens the same team view, for anyone.
  const teamLink = await page.getByLabel('Team link').inputValue();
  expect(teamLink).toMatch(/\/team\/\?lang=en#team=[A-Za-z0-9_.-]+$/);
  const other = await browser.newPage();
  await other.goto(teamLink);
  await expect(other.getByText('6 respondents counted.')).toBeVisible();
  await expect(other.locator('.sc-agenda > li')).toHaveCount(7);
  await other.close();
});

test('one respondent\'s team view equals their own report', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll((q) => q % 5);
  const own = await app.overallScore();
  await app.openTeamView();
  await expect(page.getByText('1 respondent counted.')).toBeVisible();
  await expect(page.locator('#sc-team-org-title + p')).toContainText(`${own} / 100`);
  // Back leaves the team view's page for the page that opened it.
  await app.button('Back').click();
  await page.waitForURL((url) => !url.pathname.includes('/team/'));
  await expect(page.locator('.sc-root').first()).toBeVisible();
});

test('report files can be dropped in, and unreadable files are listed', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 1);
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download JSON').click()]);
  const { readFileSync } = await import('node:fs');
  const report = readFileSync(await download.path());
  await app.openTeamView();
  await page.getByLabel('Or add report files (JSON), or drop them here').setInputFiles([
    { name: 'silo-check-report.json', mimeType: 'application/json', buffer: report },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"something else"}') },
  ]);
  // The report is the same respondent as the code the link brought: left out as a repeat.
  await expect(page.getByText('1 respondent counted; 2 entries left out.')).toBeVisible();
});

test('a team link made before the team view had its own page opens that page', async ({ page }) => {
  const link = await colleague(page.context().browser(), 'Sales', () => 3);
  const code = new URL(link).hash.slice('#r='.length);
  await page.goto(`/#team=${code}`);
  await page.waitForURL(/\/team\/\?lang=en#team=/);
  await expect(page.getByText('1 respondent counted.')).toBeVisible();
});

test('the team view\'s WebAssembly is not part of the widget\'s page', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const app = new SiloCheckPage(page);
  await app.goto();
  await expect(app.button('Start')).toBeVisible();
  expect(fetched.filter((p) => p.endsWith('.wasm'))).toEqual(['/silo-check-widget_bg.wasm']);
  // The start screen and the first question need only the questionnaire's start; the rest
  // (the advice, the models) comes with the first answer, while the others are given.
  const json = () => fetched.filter((p) => p.endsWith('.json'));
  const start = ['/questionnaires/social-media-integration.en.start.compiled.json'];
  expect(json()).toEqual(start);
  await app.start();
  await app.skipProfile();
  await expect(app.scope.getByRole('radio').first()).toBeVisible();
  expect(json()).toEqual(start);
  await app.answerScreen(() => 3);
  await expect.poll(json).toEqual([
    '/questionnaires/social-media-integration.en.start.compiled.json',
    '/questionnaires/social-media-integration.en.compiled.json',
  ]);
  // With it comes the results screen's WebAssembly (a module of its own), never the team view's.
  await expect.poll(() => fetched.filter((p) => p.endsWith('.wasm')))
    .toEqual(['/silo-check-widget_bg.wasm', '/silo-check-results_bg.wasm']);
});

test('results wait for the rest of the questionnaire, say when it does not arrive, and Try again gets it', async ({ page }) => {
  let block = true;
  let asked = 0;
  await page.route('**/questionnaires/social-media-integration.en.compiled.json', (route) => {
    asked += 1;
    return block ? route.fulfill({ status: 503, body: 'busy' }) : route.continue();
  });
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  // Asked for with the first answer, while the other questions are answered.
  await app.answerScreen(() => 4);
  await expect.poll(() => asked).toBe(1);
  await app.button('Next').click();
  await app.answerAll(() => 4);
  const alert = app.alert();
  await expect(alert).toContainText('Your results need the rest of the questionnaire, which could not be loaded');
  await expect(alert).toContainText('HTTP 503');
  block = false;
  await app.button('Try again').click();
  await expect(page.locator('.sc-score__number')).toBeVisible();
  const score = await app.overallScore();
  expect(score).toBeGreaterThan(0);
  // The advice has its texts: the whole questionnaire is what the results show.
  // Each dimension's advice is drawn when its detail is opened.
  for (const summary of await page.locator('details.sc-dimension summary').all()) await summary.click();
  await expect(page.locator('details.sc-dimension .sc-recs')).toHaveCount(9);
  const titles = await page.locator('.sc-rec__title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.every((t) => t.trim().length > 0)).toBe(true);
});
