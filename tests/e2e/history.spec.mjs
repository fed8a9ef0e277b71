// Progress over time in the visitor's browser (issue 18): each result is kept in
// localStorage, the next one is compared with it (per dimension, on the radar, by
// recommendation), the list survives a reload and goes when deleted; a result from
// elsewhere can be pasted as the earlier one, or opened from a downloaded report file; the
// visitor can choose to keep no results at all.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';
import { acme, shareCode } from './hostile-helpers.mjs';

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
  await expect(earlier(page).getByRole('row')).toHaveCount(0);
  await expect(earlier(page).getByText('No earlier result is kept in this browser yet.')).toBeVisible();
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
  await expect(earlier(page).getByRole('row')).toHaveCount(0);
  await expect(series(page)).toHaveCount(1);
  await expect(since(page).getByRole('table')).toHaveCount(0);
  await page.reload();
  expect(await app.overallScore()).toBe(second);
  await expect(earlier(page).getByRole('row')).toHaveCount(0);
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
  await expect(earlier(page).getByRole('row')).toHaveCount(0);
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

const FILE_LABEL = 'Or a report file you downloaded with \u201cDownload JSON\u201d: choose it, or drop it here';
const jsonFile = (name, document) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document, null, 2)) });

test('a downloaded report file is compared as the earlier result, and a file that is none, or of another questionnaire, says why', async ({ page }, testInfo) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await complete(app, () => 1);
  const first = await app.overallScore();
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download JSON').click()]);
  const path = testInfo.outputPath('silo-check-report.json');
  await download.saveAs(path);
  const report = JSON.parse(readFileSync(path, 'utf8'));
  // Another device: nothing kept in this browser.
  await page.evaluate(() => localStorage.clear());
  await app.goto();
  await complete(app, () => 3);
  const second = await app.overallScore();
  const region = since(page);
  const picker = region.getByLabel(FILE_LABEL);
  await expect(picker).toHaveAttribute('type', 'file');

  // A file that is no report, and one whose JSON was cut short.
  await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Quarterly notes: ask IT about listening.') });
  await expect(region.getByRole('alert')).toHaveText(
    '\u201cnotes.txt\u201d cannot be compared: This file is not a Silo Check report. Choose the JSON file that \u201cDownload JSON\u201d saved with your results.');
  const text = readFileSync(path, 'utf8');
  await picker.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
  await expect(region.getByRole('alert')).toHaveText(
    '\u201ccut.json\u201d cannot be compared: This report file is damaged (cut short or edited), so its result cannot be read.');
  // A report of another questionnaire, dropped on the box rather than picked.
  const other = acme();
  const foreign = {
    ...report,
    questionnaire: { ...report.questionnaire, id: other.id },
    share_code: shareCode({ id: other.id, revision: other.revision, answers: other.questions.map(() => 3) }),
  };
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'acme-report.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(foreign));
  await region.locator('.sc-file-drop').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(region.getByRole('alert')).toHaveText(
    '\u201cacme-report.json\u201d cannot be compared: This report answers another questionnaire, so it cannot be compared with this result.');
  // Nothing else was lost: no comparison appeared, and the box for a link is still there.
  await expect(series(page)).toHaveCount(1);
  await expect(region.getByRole('table')).toHaveCount(0);
  await expect(region.getByLabel('An earlier result from elsewhere: paste its share link or code')).toBeVisible();
  await app.expectNoAxeViolations('a report file refused');

  // The file "Download JSON" saved: compared exactly as its share link would be.
  await picker.setInputFiles(path);
  await expect(region.getByRole('alert')).toHaveCount(0);
  await expect(region.getByRole('status')).toHaveText('Compared above with the report file silo-check-report.json.');
  await expect(region.getByText(`Overall score: ${first} then, ${second} now (up ${second - first}).`)).toBeVisible();
  await expect(region.getByRole('table').locator('tbody tr')).toHaveCount(9);
  await expect(region.getByLabel('Compare with')).toHaveValue(report.share_code);
  await expect(region.getByLabel('Compare with').locator('option:checked')).toHaveText('The report file silo-check-report.json');
  await expect(series(page)).toHaveCount(2);
  await expect(page.locator('.sc-legend li').nth(1)).toHaveText('Earlier result (silo-check-report.json)');
  await app.expectNoAxeViolations('results compared with a report file');
  // A bad file after a good one leaves the comparison as it was.
  await picker.setInputFiles(jsonFile('benchmark.json', { kind: 'silo-check-benchmark' }));
  await expect(region.getByRole('alert')).toHaveText(/^\u201cbenchmark\.json\u201d cannot be compared: This file is not a Silo Check report\./);
  await expect(region.getByRole('table').locator('tbody tr')).toHaveCount(9);
  await expect(series(page)).toHaveCount(2);
});

/** The widget's history keys in localStorage, with their values. */
const historyKeys = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => /:history(\.off)?$/.test(k))));
const entries = (stored) => Object.entries(stored).filter(([k]) => k.endsWith(':history')).flatMap(([, v]) => JSON.parse(v).entries);

test('a visitor who opts out keeps nothing, sees what was kept deleted, and keeps results again after opting in', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await complete(app, () => 1);
  const list = earlier(page);
  const keep = list.getByRole('checkbox', { name: 'Keep my results in this browser' });
  await expect(keep).toBeChecked();
  await expect(keep).toHaveAccessibleDescription(/Turning this off deletes the results kept here and keeps no new ones\.$/);
  await app.button('Retake (clear my answers)').click();
  await complete(app, () => 2);
  await expect(list.getByRole('row')).toHaveCount(1);
  expect(entries(await historyKeys(page))).toHaveLength(2);
  await app.expectNoAxeViolations('the choice to keep results');

  await keep.uncheck();
  await expect(list.getByRole('status')).toHaveText(
    'Your results are no longer kept in this browser: the ones kept here were deleted, and new ones will not be added.');
  await expect(keep).toHaveAccessibleDescription(/^No results are kept in this browser\./);
  await expect(list.getByRole('row')).toHaveCount(0);
  await expect(series(page)).toHaveCount(1);
  let stored = await historyKeys(page);
  expect(entries(stored)).toHaveLength(0);
  expect(Object.keys(stored)).toEqual([expect.stringMatching(/:history\.off$/)]);
  await app.expectNoAxeViolations('results kept no more');

  // The next completion, and a reload, keep nothing; the choice is remembered.
  await app.button('Retake (clear my answers)').click();
  await complete(app, () => 3);
  await expect(keep).not.toBeChecked();
  await page.reload();
  await expect(keep).not.toBeChecked();
  expect(entries(await historyKeys(page))).toHaveLength(0);

  // Opting in again keeps this result and the next.
  await keep.check();
  await expect(list.getByRole('status')).toHaveText('Your results are kept in this browser again, starting with this one.');
  stored = await historyKeys(page);
  expect(Object.keys(stored).some((k) => k.endsWith(':history.off'))).toBe(false);
  expect(entries(stored)).toHaveLength(1);
  await app.button('Retake (clear my answers)').click();
  await complete(app, () => 1);
  await expect(keep).toBeChecked();
  expect(entries(await historyKeys(page))).toHaveLength(2);
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(since(page).getByRole('table')).toHaveCount(1);
});

test('with storage off there is no history and no choice to keep it', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto('/?storage=off');
  await complete(app, () => 1);
  await expect(earlier(page)).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  expect(await historyKeys(page)).toEqual({});
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
