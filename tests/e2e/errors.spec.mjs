// When the widget cannot go on: a panic in the release build (which aborts, stopping the
// WebAssembly instance), a WebAssembly trap, and a widget that cannot start at all. Each
// must leave a short panel with a way to restart, and tell the host, never a frozen or
// blank box. No test hook exists in the widget: the panic is caused from outside, by a host
// page whose DOM refuses to create SVG elements, which Yew treats as a bug and panics on.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';
import { breakSvgOnRequest, recordErrorEvents, expectValidEvent, origins } from './hostile-helpers.mjs';

/** Answers every screen up to the last and stops before "See my results". */
async function answerAllButLast(app, pick) {
  for (;;) {
    await app.answerScreen(pick);
    if (await app.button('See my results').isVisible()) return;
    await app.button('Next').click();
  }
}

test('a panic shows an error panel and an error event, and Restart brings the saved answers back', async ({ page }) => {
  await breakSvgOnRequest(page);
  await recordErrorEvents(page);
  const app = new SiloCheckPage(page, page.locator('#assessment'));
  await app.goto('/examples/blog.html');
  await app.start();
  await app.skipProfile();
  await answerAllButLast(app, () => 3);
  // The results screen draws a radar chart: its SVG element cannot be created, and the
  // widget panics.
  await page.evaluate(() => { window.breakSvg = true; });
  await app.button('See my results').click();

  const panel = app.errorPanel();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Your answers are saved in this browser.');
  await expect(app.heading('Your Silo Check results')).toHaveCount(0);
  await expect(page.locator('#assessment')).toHaveAttribute('data-silo-check-error', '');
  // The rest of the page still works: the page's own script is not blocked.
  expect(await page.evaluate(() => document.title)).toContain('Silo Check');

  const events = await page.evaluate(() => window.siloCheckErrors);
  expect(events).toHaveLength(1);
  expectValidEvent(events[0]);
  expect(events[0]).toMatchObject({ source: 'silo-check', type: 'error', version: 1 });
  expect(events[0].payload.message).toMatch(/^Silo Check stopped after an internal error \(.+:\d+\)\.$/);
  // The host hears where it happened, not what the visitor answered.
  expect(events[0].payload.message).not.toContain('/root/');

  await app.expectNoAxeViolations('the error panel');
  // Restart reloads; the page no longer breaks SVG, and the answers are all there.
  // The panic was on the results screen, a module of its own: the questions had saved the
  // step, so the reload shows the results of the same answers.
  await Promise.all([page.waitForEvent('load'), app.button('Restart').click()]);
  expect(await app.overallScore()).toBe(75);
});

test('with storage switched off by the browser, the panel does not claim the answers are saved', async ({ page }) => {
  await breakSvgOnRequest(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await page.evaluate(() => { window.breakSvg = true; });
  await app.skipProfile();
  await expect(app.errorPanel()).toContainText('Your answers could not be saved in this browser.');
});

test('the Restart button works from the keyboard and takes focus when the widget had it', async ({ page }) => {
  await breakSvgOnRequest(page);
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await page.evaluate(() => { window.breakSvg = true; });
  // Skip leads to a screen with a progress bar drawn in SVG.
  await app.button('Skip').focus();
  await page.keyboard.press('Enter');
  await expect(app.errorPanel()).toBeVisible();
  await expect(app.button('Restart')).toBeFocused();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await expect(app.button('Start')).toBeVisible();
});

test('in a frame, a panic reaches the allowed parent as an error message', async ({ page, baseURL }) => {
  const { widget, allowed } = origins(baseURL);
  await breakSvgOnRequest(page);
  await page.goto(`${allowed}/examples/portal.html?widget=${widget}`);
  const frame = page.frameLocator('iframe[data-silo-check-frame]');
  const app = new SiloCheckPage(page, frame);
  await app.start();
  await page.frames().find((f) => f.url().includes('frame.html')).evaluate(() => { window.breakSvg = true; });
  await app.skipProfile();
  await expect(app.errorPanel()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.siloCheckMessages.map((m) => m.type))).toContain('error');
  const error = (await page.evaluate(() => window.siloCheckMessages)).find((m) => m.type === 'error');
  expectValidEvent(error);
  expect(error.payload.message).toMatch(/internal error/);
});

for (const [label, breakIt] of [
  ['the WebAssembly file fails its integrity check', async (page) => {
    await page.route('**/silo-check-*_bg.wasm', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[Math.floor(body.length / 2)] ^= 0x01;
      await route.fulfill({ response, body });
    });
  }],
  ['the widget\'s script fails its integrity check', async (page) => {
    await page.route('**/silo-check-*.js', async (route) => {
      const response = await route.fetch();
      const body = `${await response.text()}\nwindow.__pwned = 'tampered';\n`;
      await route.fulfill({ response, body });
    });
  }],
  ['the widget\'s script does not arrive', async (page) => {
    await page.route('**/silo-check-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  }],
  ['the browser has no WebAssembly', async (page) => {
    await page.addInitScript(() => { delete globalThis.WebAssembly; });
  }],
]) {
  test(`when ${label}, every widget says it could not start and the host hears of it`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await recordErrorEvents(page);
    await breakIt(page);
    await page.goto('/examples/two-widgets.html');
    // Only a missing WebAssembly is put down to the browser; a file that did not arrive or
    // does not match is the site's to fix, and the panel says so.
    const noWasm = label.includes('no WebAssembly');
    for (const id of ['#first', '#second']) {
      const panel = page.locator(id).getByRole('alert');
      if (noWasm) {
        await expect(panel).toContainText('Silo Check cannot run in this browser.');
      } else {
        await expect(panel).toContainText('Silo Check could not start.');
        await expect(panel).toContainText('This is for the site to fix, not for you');
        await expect(panel).not.toContainText('another browser');
      }
      await expect(page.locator(id).getByRole('button', { name: 'Try again' })).toBeVisible();
    }
    const events = await page.evaluate(() => window.siloCheckErrors);
    expect(events).toHaveLength(2);
    for (const e of events) {
      expectValidEvent(e);
      expect(e.payload.message).toMatch(noWasm
        ? /^Silo Check cannot run in this browser: it has no WebAssembly\.$/
        : /^Silo Check could not start: its files did not load, or do not match what this page expects \(.+\)\.$/);
    }
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    // Once the cause is gone, "Try again" starts the widget.
    await page.unrouteAll();
    if (label.includes('no WebAssembly')) return;
    await Promise.all([page.waitForEvent('load'), page.locator('#first').getByRole('button', { name: 'Try again' }).click()]);
    await expect(page.locator('#first').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  });
}

test('a WebAssembly trap that is not a panic stops the widget with the panel; another module\'s trap does not', async ({ page, baseURL }) => {
  const { widget } = origins(baseURL);
  await recordErrorEvents(page);
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  // A trap in someone else's WebAssembly on the page is none of the widget's business.
  const trap = (where) => page.evaluate((where) => {
    const error = new WebAssembly.RuntimeError('unreachable');
    Object.defineProperty(error, 'stack', { value: `RuntimeError: unreachable\n    at ${where}:wasm-function[42]:0x1234` });
    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  }, where);
  await trap(`${widget}/other-library.wasm`);
  await app.skipProfile();
  await expect(app.heading('Ownership & governance')).toBeVisible();
  expect(await page.evaluate(() => window.siloCheckErrors)).toEqual([]);
  // A trap in the widget's own module (an abort that did not come from a panic).
  await trap(`${widget}/silo-check-widget_bg.wasm`);
  await expect(app.errorPanel()).toBeVisible();
  const events = await page.evaluate(() => window.siloCheckErrors);
  expect(events).toHaveLength(1);
  expectValidEvent(events[0]);
  await Promise.all([page.waitForEvent('load'), app.button('Restart').click()]);
  await expect(page.getByText('You have answered')).toHaveCount(0);
  await expect(app.button('Start')).toBeVisible();
});

test('until the widget runs, each container says it is loading, in a box of the start screen\'s height', async ({ page }) => {
  // The WebAssembly takes its time: the loader's text stands in, and the page does not jump.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/silo-check-*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/examples/two-widgets.html');
  for (const id of ['#first', '#second']) {
    const loading = page.locator(id).getByRole('status');
    await expect(loading).toHaveText('Loading Silo Check…');
    expect((await page.locator(id).boundingBox()).height).toBeGreaterThan(400);
  }
  release();
  for (const id of ['#first', '#second']) {
    await expect(page.locator(id).getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(page.locator(id).getByText('Loading Silo Check…')).toHaveCount(0);
  }
});

test('framed in a sandbox without allow-same-origin, where nothing of Silo Check can load, the page still says why', async ({ page }) => {
  await page.route('**/examples/sandboxed.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title></head><body><iframe sandbox="allow-scripts" src="/" title="Silo Check" style="width:100%;height:600px"></iframe></body></html>',
  }));
  await page.goto('/examples/sandboxed.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByText('If this text stays, Silo Check could not start here.')).toBeVisible({ timeout: 15_000 });
  await expect(frame.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
});

test('where Silo Check runs, the stand-alone page\'s own fallback text is hidden', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByText('If this text stays')).toBeHidden();
});

for (const [label, damage] of [
  ['cut short', (text) => text.slice(0, text.length / 2)],
  ['of another build', (text) => text.replace(/"compiled":"[0-9a-f]+"/, '"compiled":"0123456789abcdef"')],
  // Each part is a list of its fields' values: a scale level is [level, name, description,
  // lowest score], a question [id, dimension, …].
  ['with a broken scale', (text) => text.replace(/,0\],\[2,/, ',9],[2,')],
  ['with a question of no dimension', (text) => text.replace('["owner","ownership"', '["owner","nowhere"')],
]) {
  test(`the built-in questionnaire's compiled file ${label} is refused with a message naming what is wrong`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.route('**/questionnaires/*.compiled.json', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      const damaged = damage(text);
      expect(damaged).not.toBe(text);
      await route.fulfill({ response, body: damaged });
    });
    const app = new SiloCheckPage(page);
    await app.goto();
    const alert = app.alert();
    await expect(alert).toContainText('The built-in questionnaire\'s file cannot be used');
    await expect(alert).toContainText('The site must publish every file of one build of Silo Check together.');
    if (label.includes('another build')) await expect(alert).toContainText('written by another build of Silo Check (types 0123456789abcdef');
    if (label.includes('dimension')) await expect(alert).toContainText('"nowhere"');
    await expect(app.button('Start')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
