// The assessment on a 375 x 812 touch phone (issue 15): the question first, no keyboard
// hints, targets a finger can hit, and motion only for those who want it.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

/** The visible controls of the widget a visitor taps, each with its name and box. */
async function targets(app) {
  return app.scope.locator('.sc-root').first().evaluate((root) => {
    const controls = root.querySelectorAll('button, summary, select, a, label.sc-choice');
    return [...controls]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { what: `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 40)}"`, width: r.width, height: r.height };
      });
  });
}

async function expectFingerSized(app, screen) {
  const small = (await targets(app)).filter((t) => t.width < 44 || t.height < 44);
  expect(small, `${screen}: targets smaller than 44 x 44 px`).toEqual([]);
}

test.describe('on a touch phone', () => {
  test.use(PHONE);

  test('the first question and its first three answers are on screen after Start', async ({ page }) => {
    const app = new SiloCheckPage(page);
    await app.goto();
    expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
    await app.start();
    await app.skipProfile();
    const first = app.questions().first();
    await expect(first).toBeVisible();
    const height = page.viewportSize().height;
    for (let i = 0; i < 3; i++) {
      const box = await first.locator('label').nth(i).boundingBox();
      expect(box.y + box.height, `answer ${i + 1} ends at ${box.y + box.height}`).toBeLessThanOrEqual(height);
    }
    await expect(first.getByRole('radio').nth(2)).toBeInViewport();
  });

  test('no keyboard hints, and every target is at least 44 px', async ({ page }) => {
    const app = new SiloCheckPage(page);
    await app.goto();
    await expectFingerSized(app, 'start');
    await app.start();
    await expectFingerSized(app, 'profile');
    await app.skipProfile();
    await expect(page.getByText(/number keys/)).toBeHidden();
    expect(await keyBadge(page)).toBe('none');
    await app.scope.getByText('All parts', { exact: true }).click();
    await expectFingerSized(app, 'questions with the parts open');
    await app.button('Next').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectFingerSized(app, 'the message about unanswered questions');
  });

  test('on the profile step, Back sits on the line of Skip and Next', async ({ page }) => {
    const app = new SiloCheckPage(page);
    await app.goto();
    await app.start();
    const middle = async (name) => {
      const b = await app.button(name).boundingBox();
      return b.y + b.height / 2;
    };
    const back = await middle('Back');
    expect(Math.abs(back - await middle('Skip'))).toBeLessThanOrEqual(1);
    expect(Math.abs(back - await middle('Next'))).toBeLessThanOrEqual(1);
  });
});

test('with a mouse, the keyboard hints are there', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await expect(page.getByText(/number keys/)).toBeVisible();
  expect(await keyBadge(page)).toBe('block');
});

/** How the first answer's key badge (drawn after its label) is displayed: `none` when hidden. */
async function keyBadge(page) {
  const label = page.locator('label.sc-choice').first();
  await expect(label).toHaveAttribute('data-key', '1');
  return label.evaluate((l) => getComputedStyle(l, '::after').display);
}

test('nothing moves for a visitor who asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.questions().first().getByRole('radio').first().check();
  await app.scope.getByText('All parts', { exact: true }).click();
  await app.button('Next').click();
  await expect(page.getByRole('alert')).toBeVisible();
  const moving = await app.scope.locator('.sc-root').first().evaluate((root) => {
    const seconds = (list) => list.split(',').map((v) => parseFloat(v) || 0);
    return [root, ...root.querySelectorAll('*')]
      .map((e) => {
        const s = getComputedStyle(e);
        const longest = Math.max(...seconds(s.transitionDuration), ...seconds(s.animationDuration));
        return { what: `${e.tagName.toLowerCase()}.${e.className.baseVal ?? e.className}`, longest };
      })
      .filter((e) => e.longest > 0);
  });
  expect(moving).toEqual([]);
});

test('the loading text keeps the height the widget will take', async ({ page }) => {
  // The container before anything of Silo Check runs: the page's own text reserves room.
  await page.route('**/silo-check.js', (route) => route.abort());
  await page.goto('/');
  const box = await page.locator('#silo-check').boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(480);
});

test('the browser\'s Back goes to the previous step, inside the widget\'s own fragment key', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto('/examples/blog.html');
  const heading = () => page.locator('#assessment [data-step-heading]');
  const scoped = new SiloCheckPage(page, page.locator('#assessment'));
  await scoped.start();
  await expect(heading()).toHaveText('About you');
  await scoped.skipProfile();
  await scoped.answerScreen(() => 2);
  await scoped.button('Next').click();
  const second = await heading().textContent();
  expect(page.url()).toMatch(/#sc\d+-step=[a-z-]+$/);

  await page.goBack();
  await expect(heading()).not.toHaveText(second);
  await expect(scoped.questions().first().getByRole('radio').nth(2)).toBeChecked();
  await page.goBack();
  await expect(heading()).toHaveText('About you');
  await page.goForward();
  await expect(scoped.questions().first().getByRole('radio').nth(2)).toBeChecked();
  // The page itself is still the blog post: only the fragment changed.
  expect(new URL(page.url()).pathname).toBe('/examples/blog.html');
});

test('a single-page app\'s own route in the fragment is left alone', async ({ page }) => {
  await page.goto('/examples/spa.html#/assessment');
  const app = new SiloCheckPage(page);
  await app.start();
  await app.skipProfile();
  expect(new URL(page.url()).hash).toBe('#/assessment');
});
