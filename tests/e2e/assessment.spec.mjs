import { test, expect } from '@playwright/test';
import { SiloCheckPage, STORAGE_KEY } from './silo-check-page.mjs';

test('complete with the mouse: every level-3 answer scores 50, level Defined', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await page.getByLabel('Which department do you work in?').selectOption({ label: 'Sales' });
  await app.button('Next').click();
  const answered = await app.answerAll(() => 2);
  expect(answered).toBe(32);
  expect(await app.overallScore()).toBe(50);
  await expect(page.getByText('Level 3: Defined')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your 30/60/90-day plan' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scores by dimension' }).getByRole('row')).toHaveCount(10);
});

test('complete with the keyboard alone', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  // Start, then skip the profile, by keyboard (past the language switcher).
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Language')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.button('Start')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.heading('About you')).toBeFocused();
  await app.button('Skip').focus();
  await page.keyboard.press('Enter');
  // Each dimension: Tab into each group, choose with a number key, Enter goes on.
  for (let screen = 0; screen < 9; screen++) {
    await expect(page.locator('[data-step-heading]')).toBeFocused();
    const groups = await app.questions().count();
    for (let g = 0; g < groups; g++) {
      // From the heading (or the previous group's radio), Tab reaches the next group.
      await page.keyboard.press('Tab');
      await page.keyboard.press('4');
      await expect(app.questions().nth(g).getByRole('radio').nth(3)).toBeChecked();
      await expect(app.questions().nth(g).getByRole('radio').nth(3)).toBeFocused();
    }
    await page.keyboard.press('Enter');
  }
  await expect(app.heading('Your Silo Check results')).toBeFocused();
  expect(await app.overallScore()).toBe(75);
  await expect(page.getByText('Level 4: Integrated')).toBeVisible();
});

test('arrow keys move within a question and "not sure" leaves the score', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  const first = app.questions().first();
  await first.getByRole('radio').first().check();
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('6');
  await expect(first.getByRole('radio', { name: 'Not sure' })).toBeChecked();
});

test('"Does not apply to us" is offered where a department may not exist, and leaves the score', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  // Ownership's questions apply to everyone: five levels and "Not sure", nothing more.
  await expect(app.questions().first().getByRole('radio', { name: 'Does not apply to us' })).toHaveCount(0);
  await app.answerScreen(() => 2);
  await app.button('Next').click();
  // Integration: the third question asks about sales, which a firm may not have; key 7 chooses it.
  const sales = app.questions().nth(2);
  await sales.getByRole('radio').first().check();
  await page.keyboard.press('7');
  await expect(sales.getByRole('radio', { name: 'Does not apply to us' })).toBeChecked();
  // Every other answer at level 3: the score is the same as without the sales question.
  await app.button('Back').click();
  await expect(app.heading('Ownership & governance')).toBeVisible();
  const answered = await app.answerAll((i) => (i === 6 ? 6 : 2));
  expect(answered).toBe(32);
  expect(await app.overallScore()).toBe(50);
  await expect(page.getByText('1 question does not apply to you and was left out')).toBeVisible();
  await expect(page.getByText(/Confidence: high. 31 of 32 questions/)).toBeVisible();
});

test('unanswered questions are pointed out and reachable in one step', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  // Leave the first question of every screen unanswered: each Next says so, once.
  for (;;) {
    const groups = app.questions();
    const n = await groups.count();
    for (let i = 1; i < n; i++) await groups.nth(i).getByRole('radio').nth(1).check();
    const results = app.button('See my results');
    const last = await results.isVisible();
    await (last ? results : app.button('Next')).click();
    await expect(page.getByRole('alert')).toHaveText(/^One question on this step has no answer yet\./);
    await app.button('Go on anyway').click();
    if (last) break;
  }
  await expect(page.getByRole('heading', { name: '9 questions are still unanswered' })).toBeVisible();
  await page.getByRole('button', { name: /^Answer question 1:/ }).click();
  await expect(app.heading('Ownership & governance')).toBeFocused();
  await app.questions().first().getByRole('radio').nth(0).check();
  await expect(page.getByText('24 of 32 answered')).toBeVisible();
});

test('Next on a step with unanswered questions says how many, shows the first or goes on', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  // Ownership has four questions; answer the first and the last.
  await expect(app.questions()).toHaveCount(4);
  await app.questions().first().getByRole('radio').nth(2).check();
  await app.questions().nth(3).getByRole('radio').nth(2).check();
  await app.button('Next').click();
  // The step stays, and focus moves into the message, which is an alert.
  await expect(app.heading('Ownership & governance')).toBeVisible();
  const message = page.getByRole('alert');
  await expect(message).toContainText('2 questions on this step have no answer yet.');
  await expect(message).toBeFocused();
  // "Show the first one" focuses the second question's first answer and brings it into view.
  await app.button('Show the first one').click();
  const second = app.questions().nth(1);
  await expect(second.getByRole('radio').first()).toBeFocused();
  await expect(second).toBeInViewport();
  // Answering it by keyboard updates the count.
  await page.keyboard.press('3');
  await expect(message).toContainText('One question on this step has no answer yet.');
  // Enter on an answer is Next, which goes on now that the message was shown.
  await page.keyboard.press('Enter');
  await expect(app.heading('Integration across departments')).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Back, and every question answered: Next goes straight on.
  await app.button('Back').click();
  await app.questions().nth(2).getByRole('radio').nth(1).check();
  await app.button('Next').click();
  await expect(app.heading('Integration across departments')).toBeFocused();
  // A second time on a step, Go on anyway leaves it too.
  await app.button('Next').click();
  await expect(page.getByRole('alert')).toContainText('5 questions on this step have no answer yet.');
  await app.button('Go on anyway').click();
  await expect(app.heading('Leadership backing & goals')).toBeFocused();
  await expect(page.getByText('4 of 32 answered')).toBeVisible();
});

test('the live region says where the visitor is after each step change', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
  await app.start();
  await expect(live).toHaveText('About you: optional questions.');
  await app.skipProfile();
  await expect(live).toHaveText('Part 1 of 9: Ownership & governance. 0 of 32 questions answered.');
  await app.answerScreen(() => 1);
  await app.button('Next').click();
  await expect(live).toHaveText('Part 2 of 9: Integration across departments. 4 of 32 questions answered.');
});

test('the list of parts is one tap away and goes to any part', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  const nav = page.getByRole('navigation', { name: 'Progress' });
  await expect(nav).toContainText('Part 1 of 9: Ownership & governance');
  await expect(nav).toContainText('0 of 32 answered');
  // Closed at first: no part's button is shown.
  const toggle = nav.getByText('All parts', { exact: true });
  await expect(nav.getByRole('button', { name: /^Editorial process/ })).toBeHidden();
  // By keyboard: the disclosure opens with Enter, and a part's button goes there.
  await toggle.focus();
  await page.keyboard.press('Enter');
  const editorial = nav.getByRole('button', { name: /^Editorial process/ });
  await expect(editorial).toBeVisible();
  await expect(nav.getByRole('button')).toHaveCount(9);
  await editorial.focus();
  await page.keyboard.press('Enter');
  await expect(app.heading('Editorial process')).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Progress' })).toContainText('Part 4 of 9: Editorial process');
});

test('progress survives a reload, and "Start over" forgets it', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 4);
  await app.button('Next').click();
  await app.answerScreen(() => 0);
  await page.reload();
  await expect(page.getByText('You have answered 9 of 32 questions')).toBeVisible();
  await app.button('Resume').click();
  await expect(page.getByText('9 of 32 answered')).toBeVisible();
  await page.reload();
  await app.button('Start over').click();
  await expect(app.heading('About you')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
});

test('"Clear my answers" empties the saved progress', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 1);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).not.toBeNull();
  await app.button('Clear my answers').click();
  await expect(app.button('Start')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
});

test('a corrupted saved session is set aside with a notice, never deleted', async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{"format":1,"answers":{"owner":');
      sessionStorage.setItem('seeded', '1');
    }
  }, STORAGE_KEY);
  const app = new SiloCheckPage(page);
  await app.goto();
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(app.button('Start')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith('silo-check:social-media-integration:set-aside:'));
  expect(aside).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k), aside)).toBe('{"format":1,"answers":{"owner":');
  // The widget still works.
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 0);
});

test('a share link reopens the same report read-only, with "Take it yourself"', async ({ page, context }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll((i) => i % 5);
  const score = await app.overallScore();
  const link = await app.shareLink();
  expect(link).toMatch(/#r=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.addInitScript(() => localStorage.clear());
  const viewer = new SiloCheckPage(other);
  await viewer.goto(link);
  await expect(viewer.heading('A shared Silo Check report')).toBeVisible();
  expect(await viewer.overallScore()).toBe(score);
  await expect(viewer.button('Retake (clear my answers)')).toHaveCount(0);
  await viewer.button('Take it yourself').click();
  await expect(viewer.button('Start')).toBeVisible();
  expect(other.url()).not.toContain('#r=');
});

test('a tampered share link says what is wrong and the widget still works', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto('/#r=AAAAbroken');
  await expect(page.getByRole('alert')).toContainText('This share link could not be opened');
  await app.start();
});

test('download JSON gives the versioned report', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 2);
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download JSON').click()]);
  expect(download.suggestedFilename()).toBe('silo-check-report.json');
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(doc.kind).toBe('silo-check-report');
  expect(doc.version).toBe(1);
  expect(doc.overall.score).toBe(50);
  expect(doc.dimensions).toHaveLength(9);
});

for (const [label, breakStorage] of [
  ['full', () => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; }],
  ['disabled', () => { Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }); }],
]) {
  test(`with storage ${label}, the widget says so once and still works`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    const app = new SiloCheckPage(page);
    await app.goto();
    const notice = page.getByText('not letting Silo Check save your answers');
    await expect(notice).toHaveCount(1);
    await app.start();
    await app.skipProfile();
    await app.answerAll(() => 1);
    await expect(notice).toHaveCount(1);
    expect(await app.overallScore()).toBe(25);
  });
}
