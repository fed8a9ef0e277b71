// Issue 19, a black-box audit: servers that redirect, hang, stall or never stop; answers
// of the wrong media type; logos that only look same-origin; host options a questionnaire
// cannot take; elements that cannot hold the widget; share links opened in the same tab or
// buried in long fragments; copying where the browser has no clipboard; team links full of
// junk; saved answers written over by another tab, a share link or a newer questionnaire.
// Each test failed before its fix. The misbehaving servers are test routes of serve.mjs (/__redirect,
// /__hang, /__stall, /__endless).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SiloCheckPage, STORAGE_KEY } from './silo-check-page.mjs';
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

test('a questionnaire redirected to another site is refused, and nothing is asked of that site', async ({ page, baseURL }) => {
  const { other } = origins(baseURL);
  // What the other site's server was asked for (the browser's own request events also
  // list redirect hops it refused to follow).
  await fetch(`${other}/__seen?clear`);
  const app = new SiloCheckPage(page);
  const away = `/__redirect?to=${encodeURIComponent(`${other}/examples/acme-questionnaire.json`)}`;
  await app.goto(`/?questionnaire=${encodeURIComponent(away)}`);
  await expect(app.alert()).toContainText('redirects to another site');
  await expect(app.alert()).toContainText(away);
  expect(await (await fetch(`${other}/__seen`)).json()).toEqual([]);
  // A redirect on the same site is followed.
  await page.goto('about:blank');
  const here = `/__redirect?to=${encodeURIComponent('/examples/acme-questionnaire.json')}`;
  await app.goto(`/?questionnaire=${encodeURIComponent(here)}`);
  await expect(app.heading(acme().title)).toBeVisible();
});

test('a questionnaire sent as HTML or as an image is refused, naming what was sent', async ({ page, baseURL }) => {
  const text = JSON.stringify(acme());
  for (const type of ['text/html; charset=utf-8', 'image/png']) {
    await page.unrouteAll();
    await page.route((url) => url.pathname === '/generated/typed.json', (route) => route.fulfill({ body: text, contentType: type }));
    await page.goto('about:blank');
    const app = new SiloCheckPage(page);
    await app.goto('/?questionnaire=/generated/typed.json');
    await expect(app.alert(), type).toContainText(`was sent as "${type}", not as JSON`);
  }
  // A JSON type with parameters, or a +json one, is read.
  for (const type of ['application/json; charset=utf-8', 'application/vnd.acme+json']) {
    await page.unrouteAll();
    await page.route((url) => url.pathname === '/generated/typed.json', (route) => route.fulfill({ body: text, contentType: type }));
    await page.goto('about:blank');
    const app = new SiloCheckPage(page);
    await app.goto('/?questionnaire=/generated/typed.json');
    await expect(app.heading(acme().title), type).toBeVisible();
  }
  expect(baseURL).toBeTruthy();
});

test('a server that never answers, or stops after the headers, is given up on, with Try again', async ({ page }) => {
  for (const path of ['/__hang', '/__stall']) {
    await page.unrouteAll();
    await serveHostPage(page, '**/generated/hang.html', `
      <div data-silo-check id="slow" data-questionnaire="${path}" data-load-timeout-ms="1500" data-storage="off"></div>`);
    const app = new SiloCheckPage(page, page.locator('#slow'));
    await page.goto('about:blank');
    await page.goto('/generated/hang.html');
    await expect(app.alert(), path).toContainText('The questionnaire did not arrive in time.');
    // Once the server answers, Try again loads it.
    await page.route(`**${path}`, (route) => route.fulfill({ body: JSON.stringify(acme()), contentType: 'application/json' }));
    await app.button('Try again').click();
    await expect(app.heading(acme().title), path).toBeVisible();
  }
});

test('a server that never gives up the time limit is given up on after 20 seconds', async ({ page }) => {
  test.setTimeout(60_000);
  // The page's attribute can only lower the limit, never raise it.
  await serveHostPage(page, '**/generated/hang.html', `
    <div data-silo-check id="slow" data-questionnaire="/__hang" data-load-timeout-ms="600000" data-storage="off"></div>`);
  const app = new SiloCheckPage(page, page.locator('#slow'));
  const started = Date.now();
  await page.goto('/generated/hang.html');
  await expect(app.alert()).toContainText('The questionnaire did not arrive in time.', { timeout: 30_000 });
  const took = Date.now() - started;
  expect(took).toBeGreaterThan(19_000);
  expect(took).toBeLessThan(25_000);
});

test('an endless questionnaire is read only up to the size limit, while it streams', async ({ page }) => {
  const app = new SiloCheckPage(page);
  const started = Date.now();
  await app.goto('/?questionnaire=/__endless');
  // The body never ends: only a reader that stops at the limit can say this, and well
  // before the 20 s time limit.
  const panel = app.alert();
  await expect(panel.getByRole('heading', { name: 'This questionnaire cannot be used' })).toBeVisible();
  const problems = await panel.getByRole('listitem').allInnerTexts();
  expect(problems.some((p) => p.startsWith('$: ') && p.includes('at most 1,024 KiB')), problems.join(' | ')).toBe(true);
  expect(Date.now() - started).toBeLessThan(10_000);
});

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

test('data-step opens the step it names, a step the questionnaire lacks is ignored with a warning, and saved answers come first', async ({ page }) => {
  const seen = warnings(page);
  await serveHostPage(page, '**/generated/steps.html', `
    <div data-silo-check id="dimension" data-storage="off" data-step="integration"></div>
    <div data-silo-check id="review" data-storage="off" data-step="review"></div>
    <div data-silo-check id="unknown" data-storage="off" data-step="nowhere"></div>
    <div data-silo-check id="results" data-storage="off" data-step="results"></div>`);
  await page.goto('/generated/steps.html');
  const dimension = page.locator('#dimension');
  await expect(dimension.getByRole('group', { name: /How do departments coordinate their social media work\?/ })).toBeVisible();
  await expect(page.locator('#review').getByText('Answer them for a fuller picture')).toBeVisible();
  for (const id of ['#unknown', '#results']) {
    await expect(new SiloCheckPage(page, page.locator(id)).button('Start'), id).toBeVisible();
  }
  expect(seen.filter((w) => w.includes('"step" cannot be "nowhere"')), seen.join('\n')).toHaveLength(1);
  expect(seen.filter((w) => w.includes('"step" cannot be "results"')), seen.join('\n')).toHaveLength(1);

  // From the address too; with answers saved, the start screen offers them instead.
  const app = new SiloCheckPage(page);
  await page.goto('about:blank');
  await app.goto('/?step=integration');
  await app.questions().first().getByRole('radio').first().check();
  await app.goto('/?step=integration');
  await expect(app.button('Resume')).toBeVisible();
  await app.button('Resume').click();
  await expect(app.questions().first().getByRole('radio').first()).toBeChecked();
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

test('a second team link opened in the same tab gives a new team view', async ({ page }) => {
  const one = shareCode({ ...built, answers: answersAll(2), profile: noProfile() });
  const two = shareCode({ ...built, answers: answersAll(4), profile: noProfile() });
  await page.goto(`/team/#team=${one}`);
  await expect(page.getByText(/^1 respondent counted/)).toBeVisible();
  await page.evaluate((codes) => { location.hash = `team=${codes}`; }, `${one}.${two}`);
  await expect(page.getByText(/^2 respondents counted/)).toBeVisible();
  await page.evaluate((code) => { location.hash = `team=${code}`; }, two);
  await expect(page.getByText(/^1 respondent counted/)).toBeVisible();
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

test('a team link that is mostly junk says so at the top, and its entries can be removed to make room', async ({ page }) => {
  const real = shareCode({ ...built, answers: answersAll(3), profile: noProfile() });
  const other = shareCode({ ...built, answers: answersAll(5), profile: noProfile() });
  const junk = Array.from({ length: 10_000 }, (_, i) => `junk${i}`).join('.');
  await page.goto(`/team/#team=${junk}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Most of this team link could not be read: 10,000 of its 10,000 entries are left out.');
  await expect(page.getByText(/^No respondents yet; 10,000 entries left out\./)).toBeVisible();
  // Full: a real code pasted now is left out too…
  const codes = page.getByLabel('Share codes or links, one per line');
  await codes.fill(real);
  await page.getByRole('button', { name: 'Add to the team view' }).click();
  await expect(page.getByText(/^No respondents yet; 10,001 entries left out\./)).toBeVisible();
  // …until the entries left out are removed.
  await alert.getByRole('button', { name: 'Remove the entries left out' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/^No respondents yet\.$/)).toBeVisible();
  await codes.fill(real);
  await page.getByRole('button', { name: 'Add to the team view' }).click();
  await expect(page.getByText(/^1 respondent counted\.$/)).toBeVisible();

  // A real code among the junk is kept when the junk goes; "Start a new team view" empties it.
  await page.goto('about:blank');
  await page.goto(`/team/#team=${real}.${junk}`);
  await expect(page.getByText(/^1 respondent counted; 10,000 entries left out\./)).toBeVisible();
  await page.getByRole('alert').getByRole('button', { name: 'Remove the entries left out' }).click();
  await expect(page.getByText(/^1 respondent counted\.$/)).toBeVisible();
  await codes.fill(other);
  await page.getByRole('button', { name: 'Add to the team view' }).click();
  await expect(page.getByText(/^2 respondents counted\.$/)).toBeVisible();
  await page.goto('about:blank');
  await page.goto(`/team/#team=${junk}`);
  await page.getByRole('alert').getByRole('button', { name: 'Start a new team view' }).click();
  await expect(page.getByText(/^No respondents yet\.$/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // A link that reads well raises no alert.
  await page.goto('about:blank');
  await page.goto(`/team/#team=${real}.${other}.junk`);
  await expect(page.getByText(/^2 respondents counted; 1 entry left out\./)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** The widget's saved text and its set-aside copies, in this page's storage. */
async function saved(page) {
  return page.evaluate((key) => ({
    main: localStorage.getItem(key),
    aside: Object.keys(localStorage).filter((k) => k.startsWith(`${key}:set-aside:`)).sort().map((k) => localStorage.getItem(k)),
  }), STORAGE_KEY);
}

test('two tabs: answers another tab saved are set aside, not overwritten, and the visitor is told', async ({ context }) => {
  const one = await context.newPage();
  const first = new SiloCheckPage(one);
  await first.goto();
  await first.start();
  await first.skipProfile();
  await first.answerScreen(() => 1);
  const three = (await saved(one)).main;
  expect(three).not.toBeNull();
  // Tab 2 resumes and answers more.
  const two = await context.newPage();
  const second = new SiloCheckPage(two);
  await second.goto();
  await second.button('Resume').click();
  await second.answerScreen(() => 3);
  await second.button('Next').click();
  await second.answerScreen(() => 3);
  const six = (await saved(two)).main;
  expect(six).not.toEqual(three);
  // Tab 1 hears of it at once (the storage event)…
  await expect(one.getByRole('alert')).toContainText('just saved in another tab or window');
  // …and when it answers one more, tab 2's answers are kept aside, and tab 1 says so.
  await first.questions().first().getByRole('radio').nth(4).check();
  await expect(one.getByRole('alert')).toContainText('Answers saved in another tab or window differed from these; they have been set aside');
  const after = await saved(one);
  expect(after.aside).toEqual([six]);
  expect(after.main).not.toEqual(six);
  await context.close();
});

test('"Take it yourself" after a share link offers the saved answers, and Start over sets them aside', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 1);
  await app.button('Next').click();
  await app.answerScreen(() => 1);
  const mine = (await saved(page)).main;
  const code = shareCode({ ...built, answers: answersAll(5), profile: noProfile() });
  await page.goto('about:blank');
  await app.goto(`/#r=${code}`);
  await app.button('Take it yourself').click();
  await expect(page.getByText(/You have answered \d+ of 32 questions/)).toBeVisible();
  expect((await saved(page)).main).toBe(mine);
  // Starting over is a choice: the answers are set aside first, never just dropped.
  await app.button('Start over').click();
  await expect(app.heading('About you')).toBeVisible();
  await app.skipProfile();
  await app.answerScreen(() => 4);
  const after = await saved(page);
  expect(after.aside).toEqual([mine]);
  expect(after.main).not.toBe(mine);
});

test('saved answers to questions the questionnaire no longer has are kept aside, with a notice', async ({ page }) => {
  const known = builtIn.questions[0].id;
  const text = JSON.stringify({
    answers: { [known]: 2, 'a-question-since-removed': 4, 'another-one-removed': 1 },
    format: 1, profile: {}, questionnaire: built.id, revision: built.revision, step: 'profile',
  });
  await page.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', '1');
    }
  }, [STORAGE_KEY, text]);
  const app = new SiloCheckPage(page);
  await app.goto();
  await expect(page.getByRole('alert')).toContainText('2 saved answers are for questions this questionnaire no longer has');
  await expect(page.getByText('You have answered 1 of 32 questions')).toBeVisible();
  expect((await saved(page)).aside).toEqual([text]);
  // Resuming and answering writes the answers it could keep, beside the copy.
  await app.button('Resume').click();
  await app.skipProfile();
  await app.answerScreen(() => 2);
  const after = await saved(page);
  expect(after.aside).toEqual([text]);
  expect(JSON.parse(after.main).answers).not.toHaveProperty('a-question-since-removed');
});
