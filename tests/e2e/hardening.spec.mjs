// Issue 19, a black-box audit: servers that redirect, hang, stall or never stop; answers
// of the wrong media type; logos that only look same-origin; host options a questionnaire
// cannot take; elements that cannot hold the widget; share links opened in the same tab or
// buried in long fragments; copying where the browser has no clipboard. Each test failed
// before its fix. The misbehaving servers are test routes of serve.mjs (/__redirect,
// /__hang, /__stall, /__endless).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SiloCheckPage } from './silo-check-page.mjs';
import { acme, origins, serveHostPage, shareCode, trapScripts } from './hostile-helpers.mjs';

const builtIn = JSON.parse(readFileSync(new URL('../../questionnaires/social-media-integration.json', import.meta.url), 'utf8'));
const built = { id: builtIn.id, revision: builtIn.revision };
const answersAll = (v) => new Array(builtIn.questions.length).fill(v);
const noProfile = () => new Array(builtIn.profile.length).fill(0);

/** Every request the page's context makes outside `baseURL` (data: URLs aside). */
function requestsElsewhere(page, baseURL) {
  const seen = [];
  page.context().on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) seen.push(r.url());
  });
  return seen;
}

/** The console's warnings, as they come. */
function warnings(page) {
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'warning') seen.push(m.text()); });
  return seen;
}

test('a second share link opened in the same tab opens its own report', async ({ page }) => {
  const trap = trapScripts(page);
  const app = new SiloCheckPage(page);
  const first = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  const second = shareCode({ ...built, answers: answersAll(5), profile: noProfile() });
  await app.goto(`/#r=${first}`);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  await page.evaluate((code) => { location.hash = `r=${code}`; }, second);
  await expect.poll(() => app.overallScore()).toBe(100);
  // A damaged one says so, over the report shown.
  await page.evaluate(() => { location.hash = 'r=AAAA'; });
  await expect(app.alert()).toContainText('This share link could not be opened');
  // From the start screen of a fresh visit, too.
  await page.goto('about:blank');
  await app.goto('/');
  await expect(app.button('Start')).toBeVisible();
  await page.evaluate((code) => { location.hash = `r=${code}`; }, first);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  await trap.expectNothingRan();
});

test('a share code is read whatever else the fragment holds; a code too long to read says so', async ({ page }) => {
  const app = new SiloCheckPage(page);
  const code = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  await app.goto(`/#r=${code}&utm=${'A'.repeat(600 * 1024)}`);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  await page.goto('about:blank');
  await app.goto(`/#r=${'A'.repeat(1024 * 1024)}`);
  await expect(app.alert()).toContainText('This share link could not be opened');
  await expect(app.alert()).toContainText('too long to read');
  await app.start();
});

test('Copy link where the browser has no clipboard selects the link and says which keys copy it', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // As on a page served over plain http: no navigator.clipboard at all.
  await page.addInitScript(() => { delete Navigator.prototype.clipboard; });
  const app = new SiloCheckPage(page);
  const code = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  await app.goto(`/#r=${code}`);
  expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
  await app.button('Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'press Ctrl+C to copy it' })).toBeVisible();
  const field = page.getByLabel('Link to this report');
  const [start, end, length] = await field.evaluate((e) => [e.selectionStart, e.selectionEnd, e.value.length]);
  expect([start, end]).toEqual([0, length]);
  expect(errors).toEqual([]);
});
