// Progress over time in the visitor's browser (issue 18): each result is kept in
// localStorage, the next one is compared with it (per dimension, on the radar, by
// recommendation), the list survives a reload and goes when deleted; a result from
// elsewhere can be pasted as the earlier one.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

/** Completes the assessment with the option at `pick(i)` for every question. */
async function complete(app, pick) {
  await app.start();
  await app.skipProfile();
  await app.answerAll(pick);
}

const since = (page) => page.getByRole('region', { name: 'Since an earlier result' });
const earlier = (page) => page.getByRole('region', { name: 'Your earlier results' });
const series = (page) => page.locator('.sc-radar .sc-radar__series');

test('a second result is compared with the first, the history survives a reload, and Delete all removes it', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  // Level 2 everywhere.
  await complete(app, () => 1);
  const first = await app.overallScore();
  // The first result has nothing earlier: no list, one shape on the chart, nothing compared.
  await expect(earlier(page)).toHaveCount(0);
  await expect(series(page)).toHaveCount(1);
  await expect(since(page).getByRole('table')).toHaveCount(0);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':history')));
  expect(stored).toHaveLength(1);

  await app.button('Retake (clear my answers)').click();
  // Level 4 everywhere.
  await complete(app, () => 3);
  const second = await app.overallScore();
  expect(second).toBeGreaterThan(first);

  const region = since(page);
  await expect(region.getByLabel('Compare with')).toBeVisible();
  await expect(region.getByText(`Overall score: ${first} then, ${second} now (up ${second - first}).`)).toBeVisible();
  const table = region.getByRole('table', { name: 'Scores by dimension, then and now' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(9);
  for (const row of await rows.all()) {
    await expect(row.locator('td').last()).toHaveText(/^up \d+$/);
  }
  // Advice given then and not now is done; what is given now and not then is new.
  await expect(region.getByRole('heading', { name: 'Done since then' })).toBeVisible();
  await expect(region.getByRole('heading', { name: 'New recommendations' })).toBeVisible();
  // The earlier profile on the same radar, with a legend.
  await expect(series(page)).toHaveCount(2);
  await expect(page.locator('.sc-legend li')).toHaveCount(2);
  await expect(page.locator('.sc-legend li').nth(1)).toHaveText(/^Earlier result \(/);
  // The list: the first result only (this one is not "earlier"), with its score.
  const list = earlier(page);
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(list.getByRole('row').first()).toContainText(`${first} out of 100`);
  await app.expectNoAxeViolations('results compared with an earlier result');

  // A reload shows the same results, the same comparison and no extra entry.
  await page.reload();
  expect(await app.overallScore()).toBe(second);
  await expect(earlier(page).getByRole('row')).toHaveCount(1);
  await expect(series(page)).toHaveCount(2);

  await earlier(page).getByRole('button', { name: 'Delete all earlier results' }).click();
  await expect(earlier(page)).toHaveCount(0);
  await expect(series(page)).toHaveCount(1);
  await expect(since(page).getByRole('table')).toHaveCount(0);
  await page.reload();
  expect(await app.overallScore()).toBe(second);
  await expect(earlier(page)).toHaveCount(0);
  await expect(series(page)).toHaveCount(1);
});

test('one earlier result is deleted on its own, and a damaged stored list keeps what it can and says so', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await complete(app, () => 1);
  await app.button('Retake (clear my answers)').click();
  await complete(app, () => 2);
  await app.button('Retake (clear my answers)').click();
  await complete(app, () => 3);
  const list = earlier(page);
  await expect(list.getByRole('row')).toHaveCount(2);
  await list.getByRole('row').first().getByRole('button').click();
  await expect(list.getByRole('row')).toHaveCount(1);

  // Damage one entry by hand: it is left out, the others kept, and a copy set aside.
  const key = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(':history'));
    const stored = JSON.parse(localStorage.getItem(key));
    stored.entries.unshift({ code: 'not-a-code', date: '2026-01-01', questionnaire: 'x', revision: 1 });
    localStorage.setItem(key, JSON.stringify(stored));
    return key;
  });
  await page.reload();
  await expect(earlier(page).getByRole('alert')).toHaveText(
    '1 of the 3 earlier results kept in this browser could not be read and were left out; the others are still here.');
  await expect(earlier(page).getByRole('row')).toHaveCount(1);
  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:set-aside:`)).length, key);
  expect(aside).toBe(1);
});

test('an old share link pasted as the earlier result is compared, and a bad one says why', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await complete(app, () => 1);
  const first = await app.overallScore();
  const link = await app.shareLink();
  // Another device: nothing kept in this browser.
  await page.evaluate(() => localStorage.clear());
  await app.goto();
  await complete(app, () => 3);
  const second = await app.overallScore();
  await expect(earlier(page)).toHaveCount(0);
  await expect(series(page)).toHaveCount(1);

  const region = since(page);
  const box = region.getByLabel('An earlier result from elsewhere: paste its share link or code');
  await box.fill('#r=AAAAtampered');
  await region.getByRole('button', { name: 'Compare with this result' }).click();
  await expect(region.getByRole('alert')).toHaveText(/^This result cannot be compared: /);
  await expect(series(page)).toHaveCount(1);

  await box.fill(link);
  await region.getByRole('button', { name: 'Compare with this result' }).click();
  await expect(region.getByRole('alert')).toHaveCount(0);
  await expect(region.getByText(`Overall score: ${first} then, ${second} now (up ${second - first}).`)).toBeVisible();
  await expect(region.getByRole('table').locator('tbody tr')).toHaveCount(9);
  await expect(series(page)).toHaveCount(2);
  await expect(page.locator('.sc-legend li').nth(1)).toHaveText('Earlier result (pasted)');
});

test('a shared report keeps no history and offers no comparison', async ({ page, context }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await complete(app, () => 1);
  const link = await app.shareLink();
  const other = await context.newPage();
  await other.addInitScript(() => localStorage.clear());
  const viewer = new SiloCheckPage(other);
  await viewer.goto(link);
  await expect(viewer.heading('A shared Silo Check report')).toBeVisible();
  await expect(since(other)).toHaveCount(0);
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':history')))).toHaveLength(0);
});
