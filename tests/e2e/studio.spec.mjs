// The studio (studio/ in the build): a consultant builds a questionnaire in forms from the
// starter template, the file it exports passes `silo-check validate` and runs in the
// widget; edits show in the live preview; problems lead to their fields; the draft
// survives a reload, and a corrupted one is kept aside with a message.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LABELS, SiloCheckPage } from './silo-check-page.mjs';
import { StudioPage } from './studio-page.mjs';

const root = new URL('../..', import.meta.url).pathname;

function validate(file) {
  return execFileSync('cargo', ['run', '-q', '-p', 'silo-check-cli', '--', 'validate', file], { cwd: root, encoding: 'utf8' });
}

test('a three-dimension bilingual questionnaire made from the template in the studio validates and runs in the widget', async ({ page }) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.axe('the studio\'s open screen');
  await studio.open('Start from the template');
  await studio.expectNoProblems();

  // General: a title of our own, and German as a second language.
  await page.getByLabel('Title', { exact: true }).fill('How well do our teams work together?');
  const add = page.getByLabel('Add a language');
  await add.fill('de');
  await add.press('Enter');
  await page.getByLabel(/^Title \(de\)/).fill('Wie gut arbeiten unsere Teams zusammen?');
  await expect(page.getByRole('button', { name: /^Translation/ })).toContainText('missing');

  // A third dimension, by keyboard: it comes with a question and a recommendation.
  await studio.section('Dimensions');
  const addDimension = studio.button('Add a dimension');
  await addDimension.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dimension 3: dimension' })).toBeVisible();
  await page.getByLabel('Id').nth(2).fill('culture');
  await page.getByLabel('Id').nth(2).press('Enter');
  await expect(page.getByRole('heading', { name: 'Dimension 3: culture' })).toBeVisible();
  // Its question followed the rename.
  await studio.section('Questions');
  await expect(page.getByLabel('Dimension', { exact: true }).nth(2)).toHaveValue('culture');
  // Reorder by keyboard: the new question moves up one place.
  await page.getByRole('button', { name: 'Move Question 3: dimension-question up' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 2: dimension-question' })).toBeVisible();

  // Translation: only what German lacks, then every empty text in both languages.
  await studio.section('Translation');
  await page.getByLabel('Texts to show').selectOption('de');
  await expect(page.locator('.sc-studio-table tbody tr').first()).toBeVisible();
  await studio.axe('the translation table');
  await page.getByLabel('Texts to show').selectOption('');
  const filled = await studio.fillEveryEmptyText((lang, i) => (lang === 'de' ? `Deutscher Text ${i}` : `English text ${i}`));
  expect(filled).toBeGreaterThan(40);
  await expect(page.getByText('de: 0 texts missing')).toBeVisible();
  await expect(page.getByText('en: 0 texts missing')).toBeVisible();
  await studio.expectNoProblems();

  // The preview runs it, in German too.
  await expect(studio.preview().getByRole('heading', { name: 'How well do our teams work together?' })).toBeVisible();

  // Export: a formatted, valid file.
  await studio.section('Export');
  await studio.axe('the export section');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    studio.button('Download my-assessment.json').click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'studio-')), 'my-assessment.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^\{\n {2}"format": 1,\n {2}"id": "my-assessment",/);
  expect(validate(file)).toContain('OK (3 dimensions, 3 questions; languages en, de)');
  const exported = JSON.parse(text);
  expect(exported.languages).toEqual(['en', 'de']);
  expect(exported.dimensions.map((d) => d.id)).toEqual(['planning', 'sharing', 'culture']);
  await expect(page.getByText('Nothing new since the last export')).toBeVisible();

  // The widget runs the exported file to its results, in English and in German.
  await page.route('**/q/my-assessment.json', (route) => route.fulfill({ contentType: 'application/json', body: text }));
  const widget = new SiloCheckPage(page);
  await widget.goto('/index.html?questionnaire=/q/my-assessment.json&storage=off');
  await expect(widget.heading('How well do our teams work together?')).toBeVisible();
  await widget.start();
  await widget.skipProfile();
  expect(await widget.answerAll(() => 3)).toBe(3);
  const german = new SiloCheckPage(page, page, LABELS.de);
  await german.goto('/index.html?questionnaire=/q/my-assessment.json&storage=off&lang=de');
  await expect(german.heading('Wie gut arbeiten unsere Teams zusammen?')).toBeVisible();
  await german.start();
});

test('editing the built-in questionnaire\'s title shows in the preview at once', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.open('Open the built-in questionnaire');
  await studio.expectNoProblems();
  await studio.axe('the studio with the built-in questionnaire');
  await page.getByLabel('Title (en)').fill('Acme: how joined up is our social media?');
  await expect(studio.preview().getByRole('heading', { name: 'Acme: how joined up is our social media?' })).toBeVisible();
  // Simulated results: every answer at level 4.
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'the results of a simulated respondent' });
  await page.getByLabel('Every dimension', { exact: true }).selectOption({ label: 'Level 4' });
  await expect(studio.preview().getByText('Level 4: Integrated').first()).toBeVisible();
  // German, dark.
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'the start screen' });
  await expect(studio.preview().getByRole('button', { name: 'Los geht’s', exact: true })).toBeVisible();
});

test('the preview opens any step, and a simulated profile gets the recommendations meant for it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.open('Open the built-in questionnaire');
  const show = page.getByLabel('Show', { exact: true });
  // Every step is offered: the start, the profile, each dimension by its name, the review, the results.
  await expect(show.getByRole('option')).toHaveText([
    'the start screen', 'the profile questions',
    'the questions of Ownership & governance', 'the questions of Integration across departments',
    'the questions of Leadership backing & goals', 'the questions of Editorial process',
    'the questions of Measurement & reporting', 'the questions of Staffing & skills',
    'the questions of Listening & insight', 'the questions of Social care & crisis readiness',
    'the questions of Employees & culture',
    'the review of unanswered questions', 'the results of a simulated respondent',
  ]);
  await show.selectOption({ label: 'the questions of Integration across departments' });
  await expect(studio.preview().locator('fieldset').first()).toContainText('How do departments coordinate their social media work?');
  await show.selectOption({ label: 'the profile questions' });
  await expect(studio.preview().getByLabel('How many people work in the organisation?')).toBeVisible();
  // With the preview in German, the dimensions go by their German names.
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  await expect(show.getByRole('option', { name: 'the questions of Zusammenarbeit der Abteilungen' })).toHaveCount(1);
  await page.getByLabel('Language', { exact: true }).selectOption('en');

  // Results at level 3: the general advice on ownership, until the respondent is a small company.
  await show.selectOption({ label: 'the results of a simulated respondent' });
  const preview = studio.preview();
  await expect(preview.getByText('Extend the mandate to every department').first()).toBeVisible();
  await expect(preview.getByText('Keep one owner and add a stand-in')).toHaveCount(0);
  const size = page.getByLabel('How many people work in the organisation?');
  await expect(size).toHaveValue('');
  await size.selectOption({ label: '1-49' });
  await expect(preview.getByText('Keep one owner and add a stand-in').first()).toBeVisible();
  await expect(preview.getByText('Extend the mandate to every department')).toHaveCount(0);
  // One dimension at a level of its own: ownership at level 1, the rest still at 3.
  await page.getByLabel('Ownership & governance', { exact: true }).selectOption({ label: 'Level 1' });
  await expect(preview.getByText('Keep one owner and add a stand-in')).toHaveCount(0);
  await studio.axe('the studio with a simulated respondent');
});

test('a language added clears its field, and a refused id rename shows why and the real id again', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.open('Start from the template');
  const add = page.getByLabel('Add a language');
  await add.fill('de');
  await add.press('Enter');
  await expect(page.getByLabel(/^Title \(de\)/)).toBeVisible();
  await expect(add).toHaveValue('');
  await studio.section('Dimensions');
  const ids = page.getByLabel('Id');
  const first = await ids.nth(0).inputValue();
  const second = await ids.nth(1).inputValue();
  await ids.nth(1).fill(first);
  await ids.nth(1).press('Enter');
  await expect(page.getByRole('alert')).toContainText(first);
  await expect(ids.nth(1)).toHaveValue(second);
});

test('a problem leads to its field, undo brings the text back, and the draft survives a reload', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.open('Start from the template');
  await studio.section('Recommendations');
  await page.getByLabel('Level 3').first().uncheck();
  await expect(studio.problems()).toContainText('1 problem to fix');
  await studio.section('General');
  await page.getByRole('button', { name: /has no recommendation for level 3/ }).click();
  await expect(page.getByRole('heading', { name: 'Recommendations', level: 2 })).toBeVisible();
  await page.keyboard.press('Control+z');
  await studio.expectNoProblems();

  await studio.section('General');
  const title = page.getByLabel(/^Title( missing)?$/);
  await title.fill('');
  await studio.section('Scale');
  await page.getByRole('button', { name: /^\$\.title: / }).click();
  await expect(title).toBeFocused();
  await title.fill('A draft kept in this browser');

  await page.reload();
  await studio.button('Continue your draft: A draft kept in this browser').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('A draft kept in this browser');

  // A corrupted draft is set aside with a message, never thrown away.
  await page.evaluate(() => localStorage.setItem('silo-check-studio:draft', '{"title": [1, 2'));
  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('silo-check-studio:draft:set-aside:')).map((k) => localStorage.getItem(k)));
  expect(kept).toContain('{"title": [1, 2');
});

test('a hand-written file with JSON mistakes is explained in plain words, and nothing open is lost', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await studio.open('Start from the template');
  const broken = '{\n  "format": 1,\n  // my notes\n  "id": "x"\n}';
  await page.getByLabel('Open a file…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(page.getByRole('alert')).toContainText('line 3, column 3: there is a comment');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('How well do your teams work together?');
  const curly = '{ \u201cformat\u201d: 1 }';
  await page.getByLabel('Open a file…').setInputFiles({ name: 'curly.json', mimeType: 'application/json', buffer: Buffer.from(curly) });
  await expect(page.getByRole('alert')).toContainText('curly or typographic quotation mark');
});

for (const scheme of ['light', 'dark']) {
  test(`every section of the studio passes axe in ${scheme} mode, and its navigation works by keyboard`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const studio = new StudioPage(page);
    await studio.goto();
    await studio.open('Open the built-in questionnaire');
    const nav = page.getByRole('navigation', { name: 'Parts of the questionnaire' });
    for (const name of ['General', 'Scale', 'Dimensions', 'Questions', 'Profile questions', 'Recommendations', 'Models', 'Methodology', 'Translation', 'Export']) {
      await nav.getByRole('button', { name: new RegExp(`^${name}`) }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name, level: 2, exact: true })).toBeVisible();
      await studio.axe(`the studio's ${name} section (${scheme})`);
    }
  });
}
