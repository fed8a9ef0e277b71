// Issue 19, a black-box audit: servers that redirect, hang, stall or never stop; answers
// of the wrong media type; logos that only look same-origin; host options a questionnaire
// cannot take; elements that cannot hold the widget; share links opened in the same tab or
// buried in long fragments; copying where the browser has no clipboard. Each test failed
// before its fix. The misbehaving servers are test routes of serve.mjs (/__redirect,
// /__hang, /__stall, /__endless).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SiloCheckPage } from './silo-check-page.mjs';
import { acme, origins, serveHostPage, shareCode, trapScripts } from './hostile-helpers.mjs';

const builtIn = JSON.parse(readFileSync(new URL('../../questionnaires/social-media-integration.json', import.meta.url), 'utf8'));
const built = { id: builtIn.id, revision: builtIn.revision };
const answersAll = (v) => new Array(builtIn.questions.length).fill(v);
const noProfile = () => new Array(builtIn.profile.length).fill(0);

/** Every request the page's context makes outside `baseURL` (data: URLs aside). */
function requestsElsewhere(page, baseURL) {
  const seen = [];
  page.context().on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) seen.push(r.url());
  });
  return seen;
}

/** The console's warnings, as they come. */
function warnings(page) {
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'warning') seen.push(m.text()); });
  return seen;
}

test('a logo that only looks like a path on this site is refused, and nothing is loaded from elsewhere', async ({ page, baseURL }) => {
  const { other } = origins(baseURL);
  const elsewhere = requestsElsewhere(page, baseURL);
  const seen = warnings(page);
  const host = new URL(other).host;
  const logos = [`/\\${host}/examples/logo.svg`, `\\\\${host}\\examples\\logo.svg`, `\\/${host}/examples/logo.svg`];
  await serveHostPage(page, '**/generated/logos.html', logos.map((logo, i) => `
    <div data-silo-check id="logo${i}" data-storage="off" data-logo-alt="Logo ${i}"></div>
    <script>document.getElementById('logo${i}').dataset.logo = ${JSON.stringify(logo)};</script>`).join('')
    + '<div data-silo-check id="fine" data-storage="off" data-logo="/examples/logo.svg" data-logo-alt="Fine"></div>');
  await page.goto('/generated/logos.html');
  const fine = page.locator('#fine');
  await expect(fine.getByRole('img', { name: 'Fine' })).toBeVisible();
  for (const i of logos.keys()) {
    const app = new SiloCheckPage(page, page.locator(`#logo${i}`));
    await expect(app.button('Start')).toBeVisible();
    await expect(page.locator(`#logo${i}`).getByRole('img', { name: `Logo ${i}` })).toHaveCount(0);
  }
  expect(seen.filter((w) => w.includes('"logo"')).length, seen.join('\n')).toBe(logos.length);
  expect(elsewhere).toEqual([]);
});

test('a department list the questionnaire cannot take is ignored with a warning; the widget runs', async ({ page }) => {
  const seen = warnings(page);
  const many = Array.from({ length: 60 }, (_, i) => `D${i}`).join(',');
  await serveHostPage(page, '**/generated/departments.html', `
    <div data-silo-check id="many" data-storage="off" data-departments="${many}"></div>
    <div data-silo-check id="one" data-storage="off" data-departments="Only one"></div>`);
  await page.goto('/generated/departments.html');
  for (const id of ['#many', '#one']) {
    const app = new SiloCheckPage(page, page.locator(id));
    await expect(app.button('Start'), id).toBeVisible();
    await app.start();
    // The questionnaire's own departments.
    const department = page.locator(id).getByLabel('Which department do you work in?');
    await expect(department.getByRole('option', { name: 'D1', exact: true })).toHaveCount(0);
    await expect(department.getByRole('option', { name: 'Marketing', exact: true })).toHaveCount(1);
  }
  expect(seen.filter((w) => w.includes('"departments"')).length, seen.join('\n')).toBe(2);
});

test('elements that cannot hold the widget are left alone, and the console says why', async ({ page }) => {
  const seen = warnings(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await serveHostPage(page, '**/generated/elements.html', `
    <input data-silo-check id="field" value="the host's value">
    <img data-silo-check id="picture" alt="The host's picture" src="/examples/logo.svg">
    <div data-silo-check id="taken">The host's text</div>
    <div data-silo-check id="closed">The host's other text</div>
    <script>
      document.getElementById('taken').attachShadow({ mode: 'open' }).textContent = 'Another script\\'s widget';
      document.getElementById('closed').attachShadow({ mode: 'closed' }).textContent = 'A closed one';
    </script>
    <div data-silo-check id="ok" data-storage="off"></div>`);
  await page.goto('/generated/elements.html');
  await new SiloCheckPage(page, page.locator('#ok')).start();
  const state = await page.evaluate(() => ({
    field: [document.getElementById('field').value, document.getElementById('field').childNodes.length],
    picture: document.getElementById('picture').childNodes.length,
    taken: [document.getElementById('taken').textContent, document.getElementById('taken').shadowRoot.textContent],
    closed: document.getElementById('closed').textContent,
  }));
  expect(state).toEqual({
    field: ["the host's value", 0],
    picture: 0,
    taken: ["The host's text", "Another script's widget"],
    closed: "The host's other text",
  });
  for (const name of ['<input id="field"', '<img id="picture"', '<div id="taken"', '<div id="closed"']) {
    expect(seen.some((w) => w.includes(name) && w.includes('left as it was')), `${name}: ${seen.join('\n')}`).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('a second share link opened in the same tab opens its own report', async ({ page }) => {
  const trap = trapScripts(page);
  const app = new SiloCheckPage(page);
  const first = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  const second = shareCode({ ...built, answers: answersAll(5), profile: noProfile() });
  await app.goto(`/#r=${first}`);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  await page.evaluate((code) => { location.hash = `r=${code}`; }, second);
  await expect.poll(() => app.overallScore()).toBe(100);
  // A damaged one says so, over the report shown.
  await page.evaluate(() => { location.hash = 'r=AAAA'; });
  await expect(app.alert()).toContainText('This share link could not be opened');
  // From the start screen of a fresh visit, too.
  await page.goto('about:blank');
  await app.goto('/');
  await expect(app.button('Start')).toBeVisible();
  await page.evaluate((code) => { location.hash = `r=${code}`; }, first);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  await trap.expectNothingRan();
});

test('a share code is read whatever else the fragment holds; a code too long to read says so', async ({ page }) => {
  const app = new SiloCheckPage(page);
  const code = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  await app.goto(`/#r=${code}&utm=${'A'.repeat(600 * 1024)}`);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  await page.goto('about:blank');
  await app.goto(`/#r=${'A'.repeat(1024 * 1024)}`);
  await expect(app.alert()).toContainText('This share link could not be opened');
  await expect(app.alert()).toContainText('too long to read');
  await app.start();
});

test('Copy link where the browser has no clipboard selects the link and says which keys copy it', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // As on a page served over plain http: no navigator.clipboard at all.
  await page.addInitScript(() => { delete Navigator.prototype.clipboard; });
  const app = new SiloCheckPage(page);
  const code = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  await app.goto(`/#r=${code}`);
  expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
  await app.button('Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'press Ctrl+C to copy it' })).toBeVisible();
  const field = page.getByLabel('Link to this report');
  const [start, end, length] = await field.evaluate((e) => [e.selectionStart, e.selectionEnd, e.value.length]);
  expect([start, end]).toEqual([0, length]);
  expect(errors).toEqual([]);
});
