// The size budget of the release build, checked by `cargo xtask test` right after its
// release build (sizes are deterministic, so this is a test, not a benchmark).
//
// Counted: what an English-speaking visitor's browser downloads on a first visit to the
// stand-alone page, as the browser itself fetches it: the page is opened in headless
// Chromium with an empty cache and `en-GB` as its language, every response is recorded
// until the page is idle (the Start button is there and no request is in flight for half a
// second), and each response body is compressed with gzip by Zopfli, the .gz that
// bench/precompress.mjs writes next to each file for hosts to serve (bench/compress.mjs).
// zlib's level 9 and brotli are printed too. What a first visit does not fetch (the team
// view's page, the German questionnaire, the widget for hosts' own questionnaires,
// examples/) is not counted: that is the decision
// on issue 7, recorded in DESIGN.md ("Size and speed").
//
// usage: node bench/size-budget.mjs [dist]
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, serve } from '../tests/e2e/chromium.mjs';
import { sizes } from './compress.mjs';

/** The goal of issue 13: 165 KB of gzip for a first visit, 0.40x of SurveyJS's 411 KB. */
const GOAL = 165_000;
/** The budget of issue 13: 185 KB of gzip for a first visit. */
const BUDGET = 185_000;
/**
 * What the test enforces until the build is within BUDGET: the size reached (186.0 KB on
 * 1 December 2026, once the built-in questionnaire was compiled at build time, the widget
 * a visitor downloads lost the validator, wasm-bindgen's names were shortened and the
 * advice came after the start; 189.4 KB before the last two steps) plus about 1.5 %, so the first visit cannot grow unnoticed;
 * lower it as the build shrinks, and it becomes BUDGET once the build meets it. DESIGN.md
 * ("Size and speed") says where the bytes go. Raised from 188,800 for issue 16's `step`
 * option (188,639 bytes before it, 189,149 with it: about 0.5 KB of WebAssembly, raw and
 * compressed alike); drop this raise if that option is not worth its bytes.
 */
const LIMIT = 189_200;
/**
 * A sentence only the questionnaire validator writes: the widget a visitor downloads must
 * not contain it, the one for hosts' own questionnaires must (so the check can fail).
 */
const VALIDATOR_ONLY = 'check the commas, quotes and brackets just before that place';
/** The port the page is served on, apart from the end-to-end tests' own. */
const PORT = 4191;

const dir = resolve(process.argv[2] ?? 'dist');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(9);

/** Every response of one first visit, as [path, body] in the order they finished. */
export async function firstVisit(folder, port = PORT, locale = 'en-GB') {
  const server = await serve(folder, port);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const bodies = [];
    const pending = new Set();
    page.on('request', (request) => pending.add(request));
    page.on('requestfailed', (request) => pending.delete(request));
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      const body = response ? await response.body().catch(() => null) : null;
      if (body) bodies.push([new URL(request.url()).pathname, body]);
      pending.delete(request);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('button', { name: /start/i }).waitFor({ timeout: 60_000 });
    // Idle: nothing in flight for half a second.
    for (let quiet = 0; quiet < 5; ) {
      await page.waitForTimeout(100);
      quiet = pending.size === 0 ? quiet + 1 : 0;
    }
    await context.close();
    return bodies;
  } finally {
    await browser.close();
    server.kill();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  let bodies;
  try {
    bodies = await firstVisit(dir);
  } catch (error) {
    console.error(`size budget: could not load the page from ${dir} (${error.message}): build it first with \`cargo xtask build\``);
    process.exit(1);
  }
  if (!bodies.some(([path]) => path.endsWith('.wasm'))) {
    console.error(`size budget: the first visit fetched no WebAssembly from ${dir}: build it first with \`cargo xtask build\``);
    process.exit(1);
  }
  const total = { raw: 0, gzip: 0, gzip9: 0, brotli: 0 };
  console.log('size budget: what an English visitor downloads on a first visit to the page');
  console.log(`  ${'response'.padEnd(48)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const [path, body] of bodies.sort(([a], [b]) => a.localeCompare(b))) {
    const s = await sizes(body, path.endsWith('.wasm'));
    for (const key of Object.keys(total)) total[key] += s[key];
    console.log(`  ${path.padEnd(48)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.gzip9)} ${kb(s.brotli)}`);
  }
  console.log(`  ${`total (${bodies.length} requests)`.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.gzip9)} ${kb(total.brotli)}`);
  for (const [name, bound] of [['budget', BUDGET], ['goal', GOAL]]) {
    const distance = total.gzip > bound ? `${kb(total.gzip - bound).trim()} over` : 'within';
    console.log(`size budget: ${distance} the ${name} of ${kb(bound).trim()} gzip`);
  }
  const carries = (file) => readFileSync(resolve(dir, file)).includes(VALIDATOR_ONLY);
  if (carries('silo-check-widget_bg.wasm') || !carries('silo-check-custom_bg.wasm')) {
    console.error('size budget: FAILED: the validator must be in silo-check-custom_bg.wasm only, not in the widget a visitor downloads (silo-check-widget_bg.wasm)');
    process.exit(1);
  }
  console.log('size budget: the validator is in silo-check-custom_bg.wasm only');
  if (total.gzip > LIMIT) {
    console.error(`size budget: FAILED: ${kb(total.gzip).trim()} gzip is over the limit of ${kb(LIMIT).trim()}`);
    process.exit(1);
  }
  console.log(`size budget: ${kb(total.gzip).trim()} gzip, within the limit of ${kb(LIMIT).trim()}`);
}
