// A single-page portal: widgets created after the page has loaded mount, removed ones free
// their app, and added again they work; <silo-check> has a small API (ready, report,
// reset()). examples/spa.html is the portal.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

/** The JS heap after a forced garbage collection, in bytes (Chromium's own figure). */
async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

test('a route that adds <silo-check> mounts it, leaving the route unmounts it, coming back mounts it again', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/examples/spa.html');
  await expect(page.getByRole('heading', { name: 'Welcome to the client portal' })).toBeVisible();

  await page.getByRole('link', { name: 'Assessment' }).click();
  const app = new SiloCheckPage(page);
  await expect(app.button('Start')).toBeVisible();
  await expect(page.locator('#status')).toHaveText('Ready: Silo Check: how integrated is social media in your organisation?');
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 3);
  const score = await app.overallScore();
  await expect(page.locator('#status')).toHaveText(`Your overall score: ${score}`);
  expect(await page.locator('silo-check').evaluate((e) => e.report.overall.score)).toBe(score);

  // Leaving the route removes the element: its app is destroyed and its shadow root empty.
  await page.evaluate(() => { window.lastWidget = document.querySelector('silo-check'); });
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('silo-check')).toHaveCount(0);
  expect(await page.evaluate(() => window.lastWidget.shadowRoot.childNodes.length)).toBe(0);
  expect(await page.evaluate(() => window.lastWidget.hasAttribute('data-silo-check-mounted'))).toBe(false);

  // Back again: a new element, with the saved answers offered.
  await page.getByRole('link', { name: 'Assessment' }).click();
  await expect(app.button('Resume')).toBeVisible();
  // reset() forgets them and starts afresh.
  await page.locator('silo-check').evaluate((e) => e.reset());
  await expect(app.button('Start')).toBeVisible();
  await expect(app.button('Resume')).toHaveCount(0);

  // A container made by script mounts too.
  await page.getByRole('link', { name: 'Team day' }).click();
  await expect(page.locator('[data-silo-check]').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the same element removed and added again mounts again in its own shadow root', async ({ page }) => {
  await page.goto('/examples/spa.html#/assessment');
  const app = new SiloCheckPage(page);
  await expect(app.button('Start')).toBeVisible();
  await page.evaluate(() => {
    const widget = document.querySelector('silo-check');
    window.moved = widget;
    widget.remove();
  });
  await expect(app.button('Start')).toHaveCount(0);
  await page.evaluate(() => document.querySelector('main').append(window.moved));
  await expect(app.button('Start')).toBeVisible();
  await app.start();
  await expect(app.heading('About you')).toBeVisible();
});

test('100 mount and unmount cycles leave nothing behind', async ({ page }) => {
  test.setTimeout(120_000);
  // Keeps the WebAssembly memory the page instantiates, to read its size.
  await page.addInitScript(() => {
    const original = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.wasmMemory = Object.values(result.instance.exports).find((e) => e instanceof WebAssembly.Memory);
      return result;
    };
  });
  await page.goto('/examples/spa.html');
  const wasmBytes = () => page.evaluate(() => window.wasmMemory?.buffer.byteLength ?? 0);
  const cycle = (n) => page.evaluate(async (count) => {
    for (let i = 0; i < count; i += 1) {
      const widget = document.createElement('silo-check');
      widget.setAttribute('storage', 'off');
      document.querySelector('main').append(widget);
      await widget.ready;
      widget.remove();
      // The widget unmounts when the page's observer sees the removal.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, n);
  await cycle(10);
  const before = await heapAfterGc(page);
  const wasmBefore = await wasmBytes();
  await cycle(Number(process.env.SPA_CYCLES ?? 100));
  const after = await heapAfterGc(page);
  const wasmAfter = await wasmBytes();
  console.log(`JS heap after 10 cycles ${(before / 1e6).toFixed(2)} MB, after 100 more ${(after / 1e6).toFixed(2)} MB; WebAssembly memory ${(wasmBefore / 1e6).toFixed(2)} MB, then ${(wasmAfter / 1e6).toFixed(2)} MB`);
  expect(wasmBefore).toBeGreaterThan(0);
  expect(wasmAfter - wasmBefore).toBeLessThan(1_000_000);
  // Every removed widget was unmounted: no container left marked as mounted.
  expect(await page.evaluate(() => document.querySelectorAll('[data-silo-check-mounted]').length)).toBe(0);
  expect(after - before).toBeLessThan(1_000_000);
});

test('a route with the consultant\'s own questionnaire starts the widget that validates it, once, beside the built-in one', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto('/examples/spa.html#/assessment');
  const app = new SiloCheckPage(page);
  await expect(app.button('Start')).toBeVisible();
  // The built-in questionnaire needs only the widget without the validator.
  expect(wasm).toEqual(['/silo-check-widget_bg.wasm']);
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 3);
  // The first answer fetches the results screen, so it is there when the visitor finishes.
  await expect.poll(() => wasm).toEqual(['/silo-check-widget_bg.wasm', '/silo-check-results_bg.wasm']);

  await page.getByRole('link', { name: 'Quick check' }).click();
  const widget = page.locator('silo-check');
  await expect(widget.getByRole('heading', { name: 'Acme Consulting: social media quick check' })).toBeVisible();
  expect(await widget.evaluate((e) => e.ready.then((q) => q.questionnaire.id))).toBe('acme-quick-check');
  expect(wasm).toEqual(['/silo-check-widget_bg.wasm', '/silo-check-results_bg.wasm', '/silo-check-custom_bg.wasm']);

  // Both builds now run side by side: the built-in route mounts again, the own one too,
  // and neither is fetched again.
  await page.getByRole('link', { name: 'Assessment' }).click();
  await expect(app.button('Resume')).toBeVisible();
  await page.getByRole('link', { name: 'Quick check' }).click();
  await expect(widget.getByRole('heading', { name: 'Acme Consulting: social media quick check' })).toBeVisible();
  expect(wasm).toHaveLength(3);

  // A bad option on such a container is named once, not by both builds: the built-in one
  // reads the options and hands the container over, the other mounts it quietly.
  await page.evaluate(() => {
    const widget = document.createElement('silo-check');
    widget.id = 'plaid';
    widget.setAttribute('questionnaire', 'acme-questionnaire.json');
    widget.setAttribute('theme', 'plaid');
    widget.setAttribute('storage', 'off');
    document.body.append(widget);
  });
  await expect(page.locator('#plaid').getByRole('heading', { name: 'Acme Consulting: social media quick check' })).toBeVisible();
  expect(warnings.filter((w) => w.includes('plaid'))).toHaveLength(1);
  expect(wasm).toHaveLength(3);
  expect(errors).toEqual([]);
});
