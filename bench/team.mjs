// The team view with many respondents: is it still responsive in the browser?
//
// `cargo xtask bench` runs this after bench/run.mjs. It writes 1,000 share codes of the
// built-in questionnaire (varied answers, departments and roles, made with the test
// suite's independent share-code writer), then, in headless Chromium against dist/,
// without and with 4x CPU throttling, RUNS times each:
// 1. opens a team link carrying all 1,000 codes and times it until the team view says
//    "1,000 respondents counted." (reading, aggregating and rendering everything);
// 2. pastes one more code, clicks "Add to the team view" and times it until the count
//    says 1,001 (the latency of one interaction at that size), twice over: from outside,
//    as Playwright sees the text (which includes its polling), and inside the page, from
//    the click event to the end of the next frame after the count changed (a
//    MutationObserver on the count, then requestAnimationFrame and a message, which runs
//    once that frame's style, layout and paint are done);
// 3. reads the JS heap afterwards.
// It prints medians (min-max) and writes bench/results/team.json.
//
// usage: node bench/team.mjs [--runs N] [--respondents N] [--dist FOLDER]
// (--dist: another build than dist/, such as an earlier commit's, to compare with.)
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, serve } from '../tests/e2e/chromium.mjs';
import { shareCode } from '../tests/e2e/hostile-helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Math.max(1, Number(process.argv[at + 1]) || fallback) : fallback;
};
const RUNS = option('--runs', 5);
const RESPONDENTS = option('--respondents', 1000);
const at = process.argv.indexOf('--dist');
const DIST = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist');
const PORT = 4192;
// The built-in questionnaire's shape, read from its file so the codes follow its revision.
const BUILT_IN = JSON.parse(readFileSync(join(root, 'questionnaires/social-media-integration.json'), 'utf8'));
const QUESTIONS = BUILT_IN.questions.length;
// The options of each profile question (department first).
const PROFILE = BUILT_IN.profile.map((p) => p.options.length);

/** A deterministic pseudo-random stream, so every run uses the same respondents. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

function codes(n) {
  const next = random(20261123);
  const out = [];
  for (let i = 0; i < n; i++) {
    const department = i % PROFILE[0];
    // Each department leans to its own level, so the silo map has something to show.
    const lean = 1 + (department % 5);
    const answers = Array.from({ length: QUESTIONS }, () => {
      const r = next();
      if (r < 0.05) return 6; // not sure
      return Math.min(5, Math.max(1, lean + Math.round((next() - 0.5) * 3)));
    });
    const profile = PROFILE.map((options, k) => (k === 0 ? department + 1 : Math.floor(next() * (options + 1))));
    out.push(shareCode({ id: BUILT_IN.id, revision: BUILT_IN.revision, answers, profile }));
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const count = (n) => n.toLocaleString('en-GB');

async function once(browser, link, extra, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const started = Date.now();
  await page.goto(link);
  await page.getByText(`${count(RESPONDENTS)} respondents counted.`).waitFor({ timeout: 120_000 });
  const openMs = Date.now() - started;
  await page.getByLabel('Share codes or links, one per line').fill(extra);
  await page.evaluate(watchTheCount, `${count(RESPONDENTS + 1)} respondents counted.`);
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Add to the team view' }).click();
  await page.getByText(`${count(RESPONDENTS + 1)} respondents counted.`).waitFor({ timeout: 120_000 });
  const addMs = Date.now() - clicked;
  const inPageMs = await page.evaluate(() => window.__scTeamAdd);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { throttle, openMs, addMs, inPageMs, jsHeapBytes: heap.usedSize };
}

/**
 * Runs in the page: sets `window.__scTeamAdd` to a promise of the milliseconds from the
 * next click on "Add to the team view" to the end of the first frame drawn after the
 * count says `expected`.
 */
function watchTheCount(expected) {
  const root = document.querySelector('[data-silo-check]').shadowRoot;
  const status = root.querySelector('.sc-team__status');
  window.__scTeamAdd = new Promise((resolve) => {
    let clicked;
    root.addEventListener(
      'click',
      (event) => {
        if (event.target.closest('button[type=submit]') && clicked === undefined) clicked = performance.now();
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (clicked === undefined || !status.textContent.includes(expected)) return;
      observer.disconnect();
      // requestAnimationFrame runs before the frame's style, layout and paint; a message
      // posted there is handled after them.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - clicked);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(status, { subtree: true, childList: true, characterData: true });
  });
}

async function main() {
  const all = codes(RESPONDENTS + 1);
  const extra = all.pop();
  const link = `http://127.0.0.1:${PORT}/team/?lang=en#team=${all.join('.')}`;
  const server = await serve(DIST, PORT);
  const browser = await chromium.launch(CHROMIUM);
  const runs = [];
  try {
    for (const throttle of [1, 4]) {
      for (let i = 0; i < RUNS; i++) {
        const r = await once(browser, link, extra, throttle);
        runs.push(r);
        process.stdout.write(
          `  ${throttle}x run ${i + 1}/${RUNS}: open ${r.openMs} ms, add one ${r.addMs} ms (in the page ${r.inPageMs.toFixed(1)} ms)\n`,
        );
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(`\nTeam view with ${count(RESPONDENTS)} respondents (team link of ${(link.length / 1000).toFixed(0)} KB), ${RUNS} runs each, median (min–max):`);
  const cell = (s, unit = '', digits = 0) =>
    `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  const table = [];
  for (const throttle of [1, 4]) {
    const mine = runs.filter((r) => r.throttle === throttle);
    const row = {
      throttle,
      openMs: summary(mine.map((r) => r.openMs)),
      addMs: summary(mine.map((r) => r.addMs)),
      inPageMs: summary(mine.map((r) => r.inPageMs)),
      jsHeapMB: summary(mine.map((r) => r.jsHeapBytes / 1e6)),
    };
    table.push(row);
    const cpu = throttle === 1 ? 'no throttling' : `${throttle}x CPU`;
    console.log(`| ${cpu.padEnd(13)} | open the team link ${cell(row.openMs, ' ms')} | add one respondent ${cell(row.addMs, ' ms')}, in the page ${cell(row.inPageMs, ' ms', 1)} | JS heap ${row.jsHeapMB.median.toFixed(1)} MB |`);
  }
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'team.json'), `${JSON.stringify({ date: new Date().toISOString(), dist: DIST, respondents: RESPONDENTS, table, runs }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
