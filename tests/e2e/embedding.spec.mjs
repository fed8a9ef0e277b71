import { test, expect } from '@playwright/test';
import Ajv from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { SiloCheckPage } from './silo-check-page.mjs';

const schema = JSON.parse(readFileSync(new URL('../../docs/events.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const expectValid = (message) => expect(validate(message), JSON.stringify(validate.errors)).toBe(true);

test('inline on a blog: mounts, completes, and hands the report to the page', async ({ page }) => {
  const app = new SiloCheckPage(page, page.locator('#assessment'));
  await app.goto('/examples/blog.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is social media still one team\'s job where you work?');
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 3);
  expect(await app.overallScore()).toBe(75);
  await expect(page.locator('#results')).toContainText('Overall 75 (Integrated)');
  const events = await page.evaluate(() => window.siloCheckEvents);
  const types = events.map((e) => e.type);
  expect(types[0]).toBe('ready');
  expect(types).toContain('progress');
  expect(types.at(-1)).toBe('complete');
  for (const e of events) expectValid(e.detail);
  const report = events.at(-1).detail.payload;
  expect(report.overall).toMatchObject({ score: 75, level: 4, level_name: 'Integrated' });
  expect(report.dimensions).toHaveLength(9);
  expect(report.dimensions.every((d) => d.score === 75 && d.level === 4)).toBe(true);
  expect(report.start_here).toHaveLength(3);
  expect(report.share_code).toMatch(/^[A-Za-z0-9_-]+$/);
  const progress = events.filter((e) => e.type === 'progress').at(-1).detail.payload;
  expect(progress).toEqual({ answered: 32, total: 32 });
  // The accent colour option reached the widget.
  const accent = await page.locator('#assessment').evaluate((el) => getComputedStyle(el).getPropertyValue('--sc-accent'));
  expect(accent.trim()).toBe('#0b6e4f');
});

test('a second completion hands the page the comparison with the first, valid against the schema', async ({ page }) => {
  const app = new SiloCheckPage(page, page.locator('#assessment'));
  await app.goto('/examples/blog.html');
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 1);
  const completed = async () => (await page.evaluate(() => window.siloCheckEvents)).filter((e) => e.type === 'complete');
  // The event follows the results' first drawing, from the results' own module.
  await expect.poll(async () => (await completed()).length).toBe(1);
  const first = (await completed()).at(-1).detail;
  expectValid(first);
  expect(first.payload.comparison).toBeUndefined();
  await app.button('Retake (clear my answers)').click();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 3);
  await expect.poll(async () => (await completed()).length).toBe(2);
  const second = (await completed()).at(-1).detail;
  expectValid(second);
  const { comparison } = second.payload;
  expect(comparison.overall).toMatchObject({ earlier: first.payload.overall.score, later: 75 });
  expect(comparison.overall.change).toBe(75 - first.payload.overall.score);
  expect(comparison.dimensions).toHaveLength(9);
  expect(comparison.dimensions.every((d) => d.score.change > 0)).toBe(true);
  expect(comparison.same_revision).toBe(true);
  expect(JSON.stringify(comparison)).not.toContain(first.payload.share_code);
});

async function completeInPortal(page, portalOrigin) {
  await page.goto(`${portalOrigin}/examples/portal.html?widget=http://127.0.0.1:4173`);
  const frame = page.frameLocator('iframe[data-silo-check-frame]');
  const app = new SiloCheckPage(page, frame);
  await expect(frame.locator('.sc-root')).toBeVisible();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 1);
  return app;
}

test('in an iframe, results reach an allowed parent origin by postMessage, and the frame is sized', async ({ page }) => {
  const app = await completeInPortal(page, 'http://127.0.0.1:4174');
  expect(await app.overallScore()).toBe(25);
  await expect(page.locator('#results')).toHaveText('Received: overall 25, Siloed');
  const messages = await page.evaluate(() => window.siloCheckMessages);
  for (const m of messages) expectValid(m);
  expect(messages.map((m) => m.type)).toEqual(expect.arrayContaining(['ready', 'progress', 'resize', 'complete']));
  const last = messages.filter((m) => m.type === 'resize').at(-1).payload.height;
  const frameHeight = await page.locator('iframe').evaluate((f) => f.clientHeight);
  expect(Math.round(frameHeight)).toBe(last);

  // The frame follows the widget down as well as up: back from the long results to the
  // last questions, it shrinks (it used to stay as tall as the results).
  const tall = frameHeight;
  await app.button('Change answers').click();
  await expect.poll(() => page.locator('iframe').evaluate((f) => f.clientHeight)).toBeLessThan(tall - 300);
  const shrunk = await page.evaluate(() => window.siloCheckMessages.filter((m) => m.type === 'resize').at(-1).payload.height);
  expect(await page.locator('iframe').evaluate((f) => f.clientHeight)).toBe(shrunk);
  // No blank frame below the widget: its bottom is within the frame, and close to it.
  const frame = page.frames().find((f) => f.url().includes('/examples/frame.html'));
  const bottom = await frame.evaluate(() => Math.ceil(document.querySelector('[data-silo-check]').getBoundingClientRect().bottom));
  expect(shrunk - bottom).toBeLessThanOrEqual(16);
});

test('a framed widget without allowed origins says so once in the console', async ({ page }) => {
  await page.route('**/examples/framing-test.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head><body><iframe src="plain.html" title="Silo Check" style="width:100%;height:600px"></iframe></body></html>',
  }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('/examples/framing-test.html');
  await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(warnings.filter((w) => w.includes('no allowed-origins option'))).toHaveLength(1);
});

test('a parent origin that is not allowed receives nothing', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The same portal page, served from another loopback origin.
  const app = await completeInPortal(page, 'http://127.0.0.1:4175');
  // The frame says once which page it cannot talk to, for that page's developer.
  expect(warnings.filter((w) => w.includes('runs in a frame of http://127.0.0.1:4175'))).toHaveLength(1);
  expect(await app.overallScore()).toBe(25);
  expect(await page.evaluate(() => window.siloCheckMessages)).toEqual([]);
  await expect(page.locator('#results')).toHaveText('Results appear here when the assessment is complete.');
});

test('under a strict Content-Security-Policy: works, no violation, options from a JSON config', async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const app = new SiloCheckPage(page, page.locator('#strict'));
  await app.goto('/examples/csp.html');
  await expect(page.locator('#strict').getByRole('img', { name: 'Acme Consulting' })).toBeVisible();
  await expect(app.heading('Acme Consulting: social media quick check')).toBeVisible();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 4);
  expect(await app.overallScore()).toBe(100);
  // Only the sections the config asked for.
  await expect(app.heading('Start here')).toHaveCount(0);
  await expect(app.heading('How you are organised')).toHaveCount(0);
  await expect(app.heading('Share and keep')).toBeVisible();
  await expect(page.locator('#results')).toContainText('Overall 100');
  // Storage was switched off in the config.
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  await app.expectNoAxeViolations('the strict-CSP page');
});

test('two widgets on one page keep separate state and storage', async ({ page }) => {
  const first = new SiloCheckPage(page, page.locator('#first'));
  const second = new SiloCheckPage(page, page.locator('#second'));
  await page.goto('/examples/two-widgets.html');
  await expect(second.heading('Acme Consulting: social media quick check')).toBeVisible();
  await first.start();
  await first.skipProfile();
  await first.answerScreen(() => 0);
  await expect(second.button('Start')).toBeVisible();
  await second.start();
  await second.skipProfile();
  await second.answerScreen(() => 4);
  await expect(first.scope.getByText('4 of 32 answered')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['silo-check-2:acme-quick-check', 'silo-check:social-media-integration']);
  await page.reload();
  await expect(first.scope.getByText('You have answered 4 of 32 questions')).toBeVisible();
  await expect(second.scope.getByText(/You have answered \d of 3 questions/)).toBeVisible();
  // The forced dark theme applies to the second widget only.
  const bg = (el) => el.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.sc-root')).backgroundColor);
  expect(await bg(page.locator('#second'))).toBe('rgb(17, 20, 24)');
  expect(await bg(page.locator('#first'))).toBe('rgb(255, 255, 255)');
});

/** Every element of the widget: its box relative to the widget's root, and its font and colour. */
function layout(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot.querySelector('.sc-root');
    const origin = root.getBoundingClientRect();
    // Options of a closed <select> have no layout of their own.
    return [...root.querySelectorAll('*:not(option)')].map((e) => {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return {
        what: `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`,
        box: [r.x - origin.x, r.y - origin.y, r.width, r.height],
        font: `${cs.fontFamily} ${cs.fontSize} ${cs.fontWeight} ${cs.textTransform} ${cs.letterSpacing}`,
        color: cs.color,
      };
    });
  });
}

function expectSameLayout(actual, expected) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    expect(a.what).toBe(e.what);
    expect(a.font, a.what).toBe(e.font);
    expect(a.color, a.what).toBe(e.color);
    a.box.forEach((v, k) => expect(Math.abs(v - e.box[k]), `${a.what} box[${k}]: ${v} vs ${e.box[k]}`).toBeLessThanOrEqual(1));
  });
}

test('hostile host CSS does not change the widget', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  // Layouts are compared at rest: without motion, the progress bar does not grow over
  // 160 ms after an answer, so both pages are measured in the same state.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const seen = {};
  for (const name of ['plain', 'hostile']) {
    const host = page.locator('#isolated');
    const app = new SiloCheckPage(page, host);
    await app.goto(`/examples/${name}.html`);
    seen[`${name}-start`] = await layout(host);
    test.info().attach(`${name}-start.png`, { body: await host.locator('.sc-root').screenshot(), contentType: 'image/png' });
    await app.start();
    await app.skipProfile();
    await app.questions().first().getByRole('radio').nth(2).check();
    await expect(host.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    await page.mouse.move(0, 0);
    seen[`${name}-question`] = await layout(host);
    test.info().attach(`${name}-question.png`, { body: await host.locator('.sc-root').screenshot(), contentType: 'image/png' });
  }
  expect(seen['plain-start'].length).toBeGreaterThan(10);
  expectSameLayout(seen['hostile-start'], seen['plain-start']);
  expectSameLayout(seen['hostile-question'], seen['plain-question']);
});

test('a questionnaire with mistakes shows every problem with its path, never a blank box', async ({ page }) => {
  await page.goto('/examples/broken.html');
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading', { name: 'This questionnaire cannot be used' })).toBeVisible();
  await expect(panel).toContainText('$.scale');
  await expect(panel).toContainText('$.dimensions');
  await expect(panel).toContainText('$.questions');
  expect(await panel.getByRole('listitem').count()).toBeGreaterThan(2);
});

test('a widget far below the fold fetches its WebAssembly only when it comes near, unless lazy is off', async ({ page }) => {
  const page_ = (lazy) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long post</title>
    <script type="module" src="../silo-check.js"></script></head>
    <body><main><h1>A long blog post</h1><div style="height: 4000px">The post.</div>
    <div data-silo-check data-storage="off" ${lazy}></div></main></body></html>`;
  await page.route('**/examples/long-post.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page_('') }));
  await page.route('**/examples/long-post-eager.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page_('data-lazy="off"') }));
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });

  await page.goto('/examples/long-post.html');
  await page.waitForLoadState('networkidle');
  expect(wasm, 'nothing fetched while the widget is far below').toEqual([]);
  await page.locator('[data-silo-check]').scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(wasm).toHaveLength(1);

  wasm.length = 0;
  await page.goto('/examples/long-post-eager.html');
  await page.waitForLoadState('networkidle');
  expect(wasm, 'lazy off: fetched at once').toHaveLength(1);
});

test('in a frame whose browser blocks third-party storage, the widget says that, not that storage is full', async ({ page }) => {
  await page.addInitScript(() => {
    if (window === window.top) return;
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('third-party storage is blocked', 'SecurityError'); } });
  });
  await page.goto('/examples/portal.html');
  const frame = page.frameLocator('iframe[data-silo-check-frame]');
  await expect(frame.getByRole('status').filter({ hasText: 'third-party storage is blocked' })).toBeVisible();
  await expect(frame.getByText('full or switched off')).toHaveCount(0);
  // It still works: the assessment can be taken.
  const app = new SiloCheckPage(page, frame);
  await app.start();
  await expect(app.heading('About you')).toBeVisible();
});
