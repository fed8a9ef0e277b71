// The results screen in layers (issue 15): the essentials first, each recommendation
// written out once, every dimension's ladder on demand, and a print of only the widget.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';
import { acme } from './hostile-helpers.mjs';

/** Answers that vary by question, so dimensions land on different levels. */
const varied = (i) => [1, 2, 3, 2, 4][i % 5];

test('each recommendation is written out once, and Start here is referred to, not repeated', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll(varied);
  await expect(page.locator('.sc-score__number')).toBeVisible();
  // A dimension's detail is drawn when it is opened: open them all.
  const details = page.locator('details.sc-dimension');
  await expect(details).toHaveCount(9);
  await expect(details.locator('.sc-recs')).toHaveCount(0);
  for (const summary of await details.locator('summary').all()) await summary.click();
  await expect(details.locator('.sc-recs')).toHaveCount(9);

  const titles = await page.locator('.sc-rec__title').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  expect(new Set(titles).size).toBe(titles.length);
  // The three of Start here are named under their dimensions instead.
  const start = await page.locator('#sc-start-here-title + p + ol .sc-rec__title').allTextContents();
  expect(start).toHaveLength(3);
  const refs = await page.locator('.sc-rec--ref').allTextContents();
  for (const title of start) expect(refs.some((r) => r.includes(title))).toBe(true);
  // The plan has no empty horizon.
  for (const column of await page.locator('.sc-plan__column').all()) {
    await expect(column.locator('li').first()).toBeVisible();
  }
});

test('on a phone the essentials come first, and a dimension opens on its ladder and next level', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  // The second answer of each question: level 2, Siloed.
  await app.answerAll(() => 1);
  await expect(page.locator('.sc-score__number')).toBeVisible();
  // The score, the level, Start here and the chart within the first three screens.
  const bottom = async (locator) => {
    const box = await locator.boundingBox();
    const scroll = await page.evaluate(() => window.scrollY);
    return box.y + box.height + scroll;
  };
  expect(await bottom(page.locator('.sc-level-text'))).toBeLessThan(812);
  expect(await bottom(page.locator('.sc-radar'))).toBeLessThan(3 * 812);
  // The chart's labels are readable: its axes' numbers, at least 12 px as drawn, with the
  // names listed beside it (too long to be read around the chart at this width).
  const sizes = await page.locator('.sc-radar').evaluate((svg) => [...svg.querySelectorAll('text')]
    .filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => svg.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)));
  expect(sizes).toHaveLength(9);
  for (const px of sizes) expect(px).toBeGreaterThanOrEqual(12);
  await expect(page.locator('.sc-radar__keys li').first()).toBeVisible();

  const details = page.locator('details.sc-dimension');
  await expect(details).toHaveCount(9);
  await expect(details.first().locator('.sc-ladder')).toBeHidden();
  await details.first().locator('summary').click();
  const ladder = details.first().locator('.sc-ladder');
  await expect(ladder).toBeVisible();
  await expect(ladder.locator('li')).toHaveCount(5);
  await expect(ladder.locator('[aria-current="step"]')).toHaveText(/2\s*Siloed/);
  // What level 3 looks like, in the questionnaire's words: the level-3 answers.
  await expect(details.first().getByRole('heading', { name: 'What level 3, Defined, looks like here' })).toBeVisible();
  await expect(details.first().locator('.sc-next-level li').first()).toBeVisible();
  // Its targets are large enough to tap.
  const summary = await details.nth(1).locator('summary').boundingBox();
  expect(summary.height).toBeGreaterThanOrEqual(44);
  await app.expectNoAxeViolations('results with a dimension open');
});

test('Print shows only the widget, with the date and the way back, every section open, on at most four A4 pages', async ({ page }) => {
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  const app = new SiloCheckPage(page, page.locator('#assessment'));
  await app.goto('/examples/blog.html');
  await app.start();
  await app.skipProfile();
  await app.answerAll(varied);
  await expect(page.locator('.sc-score__number')).toBeVisible();
  await app.button('Print or save as PDF').click();
  // Once every dimension's detail is drawn.
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  await expect(page.locator('#assessment details.sc-dimension .sc-ladder')).toHaveCount(9);
  await expect(page.locator('html')).toHaveAttribute('data-silo-check-printing', '');
  await expect(page.locator('#assessment')).toHaveAttribute('data-silo-check-printing', '');
  expect(await page.locator('#assessment details:not([open])').count()).toBe(0);

  await page.emulateMedia({ media: 'print' });
  // The blog's own header and article are not printed; the widget's print line is.
  await expect(page.locator('body > header, article > p').first()).toBeHidden();
  const line = page.locator('#assessment .sc-print-only');
  await expect(line).toBeVisible();
  await expect(line).toContainText('revision 2');
  await expect(line).toContainText('#r=');
  // With the margins a browser prints with by default.
  const margin = '1cm';
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: margin, right: margin, bottom: margin, left: margin } });
  if (process.env.SILO_CHECK_PDF) (await import('node:fs')).writeFileSync(process.env.SILO_CHECK_PDF, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`printed results: ${pages} A4 pages`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);

  // After the dialog, the page and the widget are as they were.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-silo-check-printing', '');
  expect(await page.locator('#assessment details[open]').count()).toBe(0);
});

test('a reload on the results shows the results, and Change answers goes back to the questions', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll(varied);
  const score = await app.overallScore();
  await page.reload();
  expect(await app.overallScore()).toBe(score);
  await expect(app.button('Resume')).toHaveCount(0);
  await app.button('Change answers').click();
  await expect(app.button('See my results')).toBeVisible();
  await expect(page.locator('.sc-score__number')).toHaveCount(0);
});

test('a questionnaire with a benchmark shows where the visitor stands; one without shows nothing', async ({ page }) => {
  const withBenchmark = {
    ...acme(),
    benchmark: {
      label: "Acme's 2026 client base",
      date: '2026-06-30',
      source: 'Figures written for this test, not a real survey',
      overall: { organisations: 48, quartiles: [25, 50, 75] },
      dimensions: { ownership: { organisations: 48, quartiles: [20, 40, 60] } },
    },
  };
  await page.route((url) => url.pathname === '/generated/benchmark.json',
    (route) => route.fulfill({ body: JSON.stringify(withBenchmark), contentType: 'application/json' }));
  const app = new SiloCheckPage(page);
  await app.goto(`/?questionnaire=${encodeURIComponent('/generated/benchmark.json')}&storage=off`);
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 2);
  const section = page.getByRole('region', { name: 'How you compare with others' });
  await expect(section).toContainText('48 organisations');
  await expect(section).toContainText("Acme's 2026 client base");
  await expect(section).toContainText('Ownership');
  await expect(section).toContainText('Figures written for this test');

  // The built-in questionnaire has no benchmark: nothing is shown.
  const plain = new SiloCheckPage(page);
  await plain.goto('/?storage=off');
  await plain.start();
  await plain.skipProfile();
  await plain.answerAll(() => 2);
  await expect(page.locator('.sc-score__number')).toBeVisible();
  await expect(page.getByRole('region', { name: 'How you compare with others' })).toHaveCount(0);
});
