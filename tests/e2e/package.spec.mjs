// The installable package, as a blog owner without Rust would use it: npm installs the
// tarball that `cargo xtask package` made into an empty folder, the versioned folder is
// copied to a site, and a plain HTML page with exactly the package README's snippet shows a
// working widget. The zip holds the same files.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { serve } from './chromium.mjs';
import { NAME, SNIPPET_END, SNIPPET_START, sitePath, version } from '../../scripts/package.mjs';
import { SiloCheckPage } from './silo-check-page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = join(root, 'target', 'package');
const PORT = 4177;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The HTML between the snippet markers of a README, without the code fence. */
function snippetOf(readme) {
  const start = readme.indexOf(SNIPPET_START);
  const end = readme.indexOf(SNIPPET_END);
  expect(start, 'the README marks its snippet').toBeGreaterThan(-1);
  return readme.slice(start + SNIPPET_START.length, end).replace(/```html|```/g, '').trim();
}

let work;
let server;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'silo-check-package-'));
});
test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

test('installs with npm into an empty folder and runs on a plain page with the README\'s snippet', async ({ page }) => {
  const v = version();
  const project = join(work, 'blog');
  mkdirSync(project);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(built, `${NAME}-${v}.tgz`)], {
    cwd: project,
    stdio: 'ignore',
  });
  const installed = join(project, 'node_modules', NAME);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  expect(manifest).toMatchObject({ name: NAME, version: v, license: 'MIT OR Apache-2.0' });
  expect(manifest.private).toBeUndefined();
  readFileSync(join(installed, 'LICENSE'), 'utf8');

  // The site: the versioned folder where the snippet expects it, and a page of the blog's.
  const site = join(work, 'site');
  cpSync(join(installed, `v${v}`), join(site, ...sitePath(v).split('/').filter(Boolean)), { recursive: true });
  const snippet = snippetOf(readFileSync(join(installed, 'README.md'), 'utf8'));
  expect(snippet).toContain('integrity="sha384-');
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>\n<body><h1>A blog post</h1>\n${snippet}\n</body></html>\n`,
  );
  server = await serve(site, PORT);

  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text()); });
  // Every file the page asks for is there (a browser asks for /favicon.ico on its own).
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) missing.push(r.url()); });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const app = new SiloCheckPage(page);
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 2);
  await expect(app.heading('Your Silo Check results')).toBeVisible();
  // The results link to the team view's page inside the same versioned folder.
  await app.openTeamView();
  await expect(page).toHaveURL(new RegExp(`${sitePath(v)}team/`));
  // The stand-alone page in the same folder works there too: its links are relative.
  await page.goto(`http://127.0.0.1:${PORT}${sitePath(v)}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  expect(errors).toEqual([]);
  expect(missing).toEqual([]);
});

test('the zip holds the package\'s files', async () => {
  const v = version();
  const zipped = Object.keys(unzipSync(readFileSync(join(built, `${NAME}-${v}.zip`)))).sort();
  const folder = join(built, NAME);
  const expected = files(folder).map((f) => `${NAME}/${relative(folder, f).split(sep).join('/')}`).sort();
  expect(zipped).toEqual(expected);
  expect(zipped).toContain(`${NAME}/v${v}/silo-check-widget_bg.wasm`);
  expect(zipped.some((f) => f.includes('/examples/'))).toBe(false);
});
