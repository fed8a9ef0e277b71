// Privacy, end to end: a full run (start, every answer, results, the share link, the team
// view, downloads) on the stand-alone page, inline in a blog post and framed in a portal,
// recording everything the browser does. No request may leave the page's own origin (for
// the portal: the portal's and exactly the frame's), no cookie may be set, nothing may be
// written to storage outside the widget's namespace, and nothing may be posted to a parent
// that the page did not allow.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';
import { breakSvgOnRequest, expectValidEvent, origins } from './hostile-helpers.mjs';

/** Records every request of every page and frame of the context. */
function recordRequests(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** The origin of a URL, counting blob: URLs as the origin that made them. */
function originOf(url) {
  const u = new URL(url);
  if (u.protocol === 'blob:') return new URL(u.pathname).origin;
  return u.origin;
}

/**
 * The host page keeps its own things in storage, in every frame: the widget must leave
 * them alone and write only under its namespace.
 */
async function hostUsesStorage(page) {
  await page.addInitScript(() => {
    if (localStorage.getItem('host:theme') === null) localStorage.setItem('host:theme', 'dark');
    if (sessionStorage.getItem('host:visit') === null) sessionStorage.setItem('host:visit', String(location.origin));
  });
}

/** Every key and value of both storages of a frame. */
const storageOf = (frame) => frame.evaluate(() => ({
  local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
  session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
  cookie: document.cookie,
}));

/**
 * Start, profile, every answer, results, the share link opened in a new tab, the team view
 * with the link pasted and one's own result, and every download.
 */
async function fullRun(page, app, frame, teamScope = page) {
  await app.start();
  await app.scope.getByLabel('Which department do you work in?').selectOption({ index: 2 });
  await app.button('Next').click();
  await app.answerAll((i) => i % 6);
  const link = await app.shareLink();
  expect(link).toMatch(/#r=/);
  // A link is pasted into lists split at commas (the team view below): it has none, even
  // when the page's address lists sections (?show=score,chart).
  expect(link).not.toContain(',');
  const [json] = await Promise.all([page.waitForEvent('download'), app.button('Download JSON').click()]);
  expect(await json.failure()).toBeNull();

  const viewer = await page.context().newPage();
  await viewer.goto(link);
  await expect(viewer.getByRole('heading', { name: 'A shared Silo Check report' })).toBeVisible();
  await viewer.close();

  // The team view's page opens with one's own result in its link; the share link of the
  // same answers is then left out as a repeat.
  await app.openTeamView(teamScope);
  await expect(app.scope.getByText('1 respondent counted.')).toBeVisible();
  await app.scope.getByLabel('Share codes or links, one per line').fill(link);
  await app.button('Add to the team view').click();
  await expect(app.scope.getByText(/1 respondent counted; 1 entry left out\./)).toBeVisible();
  const [csv] = await Promise.all([page.waitForEvent('download'), app.button('Download CSV').click()]);
  expect(await csv.failure()).toBeNull();
  const team = await app.scope.getByLabel('Team link').inputValue();
  const other = await page.context().newPage();
  await other.goto(team);
  await expect(other.getByText('1 respondent counted.').first()).toBeVisible();
  await other.close();
  return { link, frame };
}

/** Checks storage after a run against storage before it, in one frame. */
function expectOnlyNamespace(before, after, namespace, label) {
  for (const [key, value] of Object.entries(before.local)) {
    expect(after.local[key], `${label}: the host's ${key} is untouched`).toBe(value);
  }
  const added = Object.keys(after.local).filter((k) => !(k in before.local));
  expect(added.length, `${label}: the widget saved its progress`).toBeGreaterThan(0);
  for (const key of added) expect(key.startsWith(`${namespace}:`), `${label}: ${key} is outside ${namespace}:`).toBe(true);
  expect(after.session, `${label}: sessionStorage is the host's alone`).toEqual(before.session);
  expect(after.cookie, `${label}: no cookie`).toBe('');
}

for (const where of ['the stand-alone page', 'a blog post']) {
  test(`a full run on ${where} stays on the page's origin, sets no cookie and writes only its namespace`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const { widget } = origins(baseURL);
    await hostUsesStorage(page);
    const requests = recordRequests(context);
    const [path, scope, namespace] = where === 'a blog post'
      ? ['/examples/blog.html', page.locator('#assessment'), 'blog-demo']
      : ['/', page, 'silo-check'];
    const app = new SiloCheckPage(page, scope);
    await app.goto(path);
    const before = await storageOf(page.mainFrame());
    expect(Object.keys(before.local)).toEqual(['host:theme']);

    await fullRun(page, app);

    expectOnlyNamespace(before, await storageOf(page.mainFrame()), namespace, where);
    expect(await context.cookies()).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith('data:') && originOf(u) !== widget);
    expect(foreign, 'requests that left the page\'s origin').toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
  });
}

test('a full run framed in a portal requests only the portal and exactly the frame\'s origin', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const { widget, allowed } = origins(baseURL);
  await hostUsesStorage(page);
  const requests = recordRequests(context);
  await page.goto(`${allowed}/examples/portal.html?widget=${widget}`);
  const frameLocator = page.frameLocator('iframe[data-silo-check-frame]');
  const app = new SiloCheckPage(page, frameLocator);
  await expect(frameLocator.locator('.sc-root')).toBeVisible();
  const frame = page.frames().find((f) => f.url().startsWith(`${widget}/examples/frame.html`));
  const portalBefore = await storageOf(page.mainFrame());
  const frameBefore = await storageOf(frame);

  await fullRun(page, app, frame, frameLocator);

  expectOnlyNamespace(frameBefore, await storageOf(frame), 'silo-check', 'the frame');
  // The portal's own storage is not the widget's: nothing there changes at all.
  expect(await storageOf(page.mainFrame())).toEqual(portalBefore);
  expect(await context.cookies()).toEqual([]);
  const seen = new Set(requests.filter((u) => !u.startsWith('data:')).map(originOf));
  expect([...seen].sort()).toEqual([allowed, widget].sort());
  // The frame's requests are the frame's origin only; the portal requested its own files and the frame.
  const portalFiles = requests.filter((u) => originOf(u) === allowed).map((u) => new URL(u).pathname);
  expect(portalFiles.every((p) => p.startsWith('/examples/') || p === '/favicon.ico'), portalFiles.join(', ')).toBe(true);
});

/**
 * A spy in the parent page records every message it receives, from any origin, before the
 * page's own script filters them.
 */
async function spyOnMessages(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.spiedMessages = [];
    addEventListener('message', (e) => window.spiedMessages.push({ origin: e.origin, data: e.data }), true);
  });
}

/** Every kind of message: ready, progress, resize, complete, and error (a panic caused by the page). */
async function everyKindOfMessage(page, frameLocator) {
  const app = new SiloCheckPage(page, frameLocator);
  await expect(frameLocator.locator('.sc-root')).toBeVisible();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 2);
  // A panic: the page refuses to draw SVG when the report is drawn again.
  const frame = page.frames().find((f) => f.url().includes('/examples/frame.html'));
  await app.button('Change answers').click();
  await frame.evaluate(() => { window.breakSvg = true; });
  await app.button('See my results').click();
  await expect(app.errorPanel()).toBeVisible();
  // The next run starts afresh.
  await frame.evaluate(() => localStorage.clear());
}

test('a parent that is not allowed receives no message of any kind, an allowed one receives each kind', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const { widget, allowed, other } = origins(baseURL);
  await breakSvgOnRequest(page);
  await spyOnMessages(page);

  await page.goto(`${other}/examples/portal.html?widget=${widget}`);
  await everyKindOfMessage(page, page.frameLocator('iframe[data-silo-check-frame]'));
  // The page's own filter saw nothing, and neither did the spy, which listens to everything.
  expect(await page.evaluate(() => window.spiedMessages)).toEqual([]);
  expect(await page.evaluate(() => window.siloCheckMessages)).toEqual([]);

  await page.goto(`${allowed}/examples/portal.html?widget=${widget}`);
  await page.frames().find((f) => f.url().includes('frame.html'))?.waitForLoadState();
  await everyKindOfMessage(page, page.frameLocator('iframe[data-silo-check-frame]'));
  // A message reaches the parent asynchronously: the error's may land just after the panel shows.
  const kinds = async () => new Set((await page.evaluate(() => window.spiedMessages)).map((m) => m.data?.type));
  await expect.poll(kinds).toEqual(new Set(['ready', 'progress', 'resize', 'complete', 'error']));
  const spied = await page.evaluate(() => window.spiedMessages);
  for (const m of spied) {
    expect(m.origin).toBe(widget);
    expectValidEvent(m.data);
  }
});

test('a widget framed without allowed origins posts nothing, even to the page that frames it', async ({ page, baseURL }) => {
  const { widget, allowed } = origins(baseURL);
  await spyOnMessages(page);
  await breakSvgOnRequest(page);
  // A page on another origin that frames the blog post, whose widget lists no origins.
  await page.goto(`${allowed}/examples/broken.html`);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.title = 'A blog post';
    frame.style.height = '900px';
    frame.style.width = '100%';
    frame.src = src;
    document.body.replaceChildren(frame);
  }, `${widget}/examples/blog.html`);
  const frameLocator = page.frameLocator('iframe').locator('#assessment');
  const app = new SiloCheckPage(page, frameLocator);
  await expect(frameLocator.locator('.sc-root')).toBeVisible();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 4);
  const frame = page.frames().find((f) => f.url().includes('blog.html'));
  await app.button('Change answers').click();
  await frame.evaluate(() => { window.breakSvg = true; });
  await app.button('See my results').click();
  await expect(app.errorPanel()).toBeVisible();
  // The blog page's own script heard every event, as DOM events inside its own page.
  const heard = await frame.evaluate(() => window.siloCheckEvents.map((e) => e.type));
  expect(heard).toEqual(expect.arrayContaining(['ready', 'progress', 'complete']));
  expect(await page.evaluate(() => window.spiedMessages)).toEqual([]);
});
