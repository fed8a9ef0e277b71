// The team view over time and its benchmark export (issue 18): an earlier team link
// against today's, and a benchmark that refuses any figure resting on fewer than five.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SiloCheckPage } from './silo-check-page.mjs';
import { shareCode } from './hostile-helpers.mjs';

const questionnaire = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../questionnaires/social-media-integration.json', import.meta.url)), 'utf8'),
);
const firstDimension = questionnaire.dimensions[0].id;

/**
 * A code of the built-in questionnaire with every question at `level` (6: not sure),
 * except the first dimension's questions at `first` when given; `department` picks the
 * department question's option (counting from 1), so each code is another respondent.
 */
function code(level, department, first = level) {
  const answers = questionnaire.questions.map((q) => (q.dimension === firstDimension ? first : level));
  const profile = questionnaire.profile.map((_, i) => (i === 0 ? department : 0));
  return shareCode({ id: questionnaire.id, revision: questionnaire.revision, answers, profile });
}

async function openTeam(page, codes) {
  const app = new SiloCheckPage(page);
  await app.goto(`/team/?lang=en#team=${codes.join('.')}`);
  await expect(app.heading('Team view: where departments agree and where they split')).toBeVisible();
  return app;
}

async function downloaded(download) {
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

test('the team over time: last quarter\'s team link against today\'s shows each change', async ({ page }) => {
  const today = [code(3, 1), code(3, 2), code(4, 3)];
  const earlier = [code(2, 1), code(2, 2)];
  const app = await openTeam(page, today);
  await expect(page.getByText('3 respondents counted.')).toBeVisible();

  await page.getByLabel('An earlier team\'s link or codes').fill(`https://example.org/team/#team=${earlier.join('.')}`);
  await app.button('Compare with today\'s team').click();
  await expect(page.getByText('Earlier: 2 respondents (0 entries left out); today: 3.')).toBeVisible();
  const table = page.getByRole('table', { name: /Mean score then and now/ });
  // Overall: 25 then, (50 + 50 + 75) / 3 = 58 now.
  await expect(table.getByRole('row', { name: /^Overall/ })).toHaveText(/Overall\s*25\s*58\s*\+33/);
  // A row for every dimension, each up by the same.
  await expect(table.getByRole('row')).toHaveCount(1 + 1 + questionnaire.dimensions.length);
  await expect(table.getByRole('row', { name: /Ownership & governance/ })).toHaveText(/25\s*58\s*\+33/);

  // Adding someone today updates the comparison at once.
  await page.getByLabel('Share codes or links, one per line').fill(code(5, 4));
  await app.button('Add to the team view').click();
  await expect(page.getByText('4 respondents counted.')).toBeVisible();
  await expect(table.getByRole('row', { name: /^Overall/ })).toHaveText(/Overall\s*25\s*69\s*\+44/);
  await app.expectNoAxeViolations('the team view over time');
});

test('the benchmark export refuses groups under five and writes one from five', async ({ page }) => {
  // Four organisations; the fifth answers the first dimension "not sure" throughout.
  const four = [1, 2, 3, 4].map((n) => code(n, n));
  const app = await openTeam(page, four);
  await expect(page.getByText('4 respondents counted.')).toBeVisible();
  const exportButton = app.button('Download benchmark');

  // Without a label and a source, nothing is written.
  await exportButton.click();
  await expect(app.alert()).toContainText('Write whose results these are');

  await page.getByLabel(/Whose results these are/).fill('Test organisations');
  await page.getByLabel(/^Source/).fill('The end-to-end tests');
  await exportButton.click();
  await expect(app.alert()).toContainText('A benchmark needs at least 5 respondents with an overall score');
  await expect(app.alert()).toContainText('there are 4');

  await page.getByLabel('Share codes or links, one per line').fill(code(5, 5, 6));
  await app.button('Add to the team view').click();
  await expect(page.getByText('5 respondents counted.')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  expect(download.suggestedFilename()).toBe('silo-check-benchmark.json');
  const status = page.getByRole('status').filter({ hasText: 'Benchmark of 5 organisations downloaded.' });
  await expect(status).toBeVisible();
  // The first dimension rests on four organisations only: left out, and said so.
  await expect(status).toContainText('Left out, because fewer than 5 organisations scored them:');
  await expect(status).toContainText('Ownership & governance (4)');

  const text = await downloaded(download);
  const benchmark = JSON.parse(text);
  expect(benchmark.overall.organisations).toBe(5);
  expect(benchmark.overall.quartiles).toEqual([25, 50, 75]);
  expect(Object.keys(benchmark.dimensions)).not.toContain(firstDimension);
  expect(Object.keys(benchmark.dimensions)).toHaveLength(questionnaire.dimensions.length - 1);
  // Anonymised: no code and no department is in it.
  for (const c of four) expect(text).not.toContain(c);
  expect(text).not.toMatch(/department/i);
  // The label and the source come once for each of the questionnaire's languages.
  expect(benchmark.label).toEqual({ en: 'Test organisations', de: 'Test organisations' });
  await app.expectNoAxeViolations('the team view after a benchmark export');
});
