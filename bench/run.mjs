// Silo Check against SurveyJS, side by side, in one headless Chromium run.
//
// `cargo xtask bench` builds the release widget into dist/ first, then runs this. It
// 1. builds the SurveyJS page (bench/surveyjs/make-site.mjs) for the same questionnaire;
// 2. serves dist/ and that page on 127.0.0.1 with tests/e2e/serve.mjs (no compression,
//    no caching), each on its own port;
// 3. loads each side cold RUNS times (a fresh browser context each time, the HTTP cache
//    disabled), alternating the two and which goes first, without and then with 4x CPU
//    throttling (CDP Emulation.setCPUThrottlingRate), and answers every question by script
//    (bench/driver.js measures inside the page);
// 4. prints a table of medians (min-max) and the ratio ours / SurveyJS, and writes every
//    figure to bench/results/latest.json.
//
// usage: node bench/run.mjs [--runs N] [--dist DIR]
//        (7 runs and dist/ by default; Debian's Chromium at /usr/bin/chromium)
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizes as measure } from './compress.mjs';
import { benchPage } from './page.mjs';
import { makeSite } from './surveyjs/make-site.mjs';
import { CHROMIUM, serve } from '../tests/e2e/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Math.max(1, Math.floor(Number(option('--runs') ?? 7)) || 7);
const DIST = resolve(option('--dist') ?? join(root, 'dist'));
const THROTTLING = [1, 4];
const PORTS = { ours: 4190, surveyjs: 4191 };
const LABEL = { ours: 'Silo Check', surveyjs: 'SurveyJS' };
// Compressed sizes are the same in every run: compute each body's once.
const compressed = new Map();
async function sizes(body, wasm) {
  const key = createHash('sha1').update(body).digest('hex');
  if (!compressed.has(key)) compressed.set(key, await measure(body, wasm));
  return compressed.get(key);
}

async function once(browser, site, throttle) {
  const { context, page, cdp, reported } = await benchPage(browser, site, throttle);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));

  await page.goto(`http://127.0.0.1:${PORTS[site]}/`, { waitUntil: 'commit' });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${LABEL[site]}: no result within 180 s`)), 180_000);
  });
  const result = await Promise.race([reported, timeout]).finally(() => clearTimeout(timer));
  if (result.error) throw new Error(`${LABEL[site]} (${throttle}x): ${result.error}`);

  // Memory after the results, with throttling off so it does not slow the collection.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemory = await page.evaluate(() => window.__bench.wasmMemoryBytes());

  const bodies = [];
  for (const response of responses) {
    if (response.status() !== 200) continue;
    // A prefetched file's body is not kept by the browser's protocol: fetched again.
    const body = await response.body()
      .catch(async () => (await page.request.get(response.url())).body());
    bodies.push([new URL(response.url()).pathname, body]);
  }
  await context.close();
  const files = [];
  for (const [url, body] of bodies) files.push({ url, ...(await sizes(body, url.endsWith('.wasm'))) });
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  const m = result.marks;
  return {
    site,
    throttle,
    firstControlMs: m.firstControl,
    firstQuestionMs: m.firstQuestion,
    answerAllMs: m.results - m.firstControl,
    resultsMs: m.results,
    // From the click that asks for the results (See my results) until they are shown.
    resultsScreenMs: m.results - m.lastStep,
    // ... until every section of them is drawn; and everything from [1] until then.
    wholeResultsMs: m.wholeResults - m.lastStep,
    answerAllWholeMs: m.wholeResults - m.firstControl,
    resources: result.resources,
    jsHeapBytes: heap.usedSize,
    wasmMemoryBytes: wasmMemory,
    memoryBytes: heap.usedSize + wasmMemory,
    requests: files.length,
    rawBytes: sum('raw'),
    gzipBytes: sum('gzip'),
    gzip9Bytes: sum('gzip9'),
    brotliBytes: sum('brotli'),
    files,
    overallScore: result.score,
    answered: result.answered,
    steps: result.steps,
    pageErrors: errors,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

async function main() {
  const started = Date.now();
  const { out: surveyDir, versions } = makeSite();
  const servers = [];
  let browser;
  let chromiumVersion;
  const runs = [];
  try {
    servers.push(await serve(DIST, PORTS.ours));
    servers.push(await serve(surveyDir, PORTS.surveyjs));
    browser = await chromium.launch(CHROMIUM);
    chromiumVersion = browser.version();
    for (const throttle of THROTTLING) {
      for (let i = 0; i < RUNS; i++) {
        // Alternate the sides, and which one goes first.
        const order = i % 2 === 0 ? ['ours', 'surveyjs'] : ['surveyjs', 'ours'];
        for (const site of order) {
          const r = await once(browser, site, throttle);
          runs.push(r);
          process.stdout.write(
            `  ${throttle}x run ${i + 1}/${RUNS} ${LABEL[site].padEnd(10)} first question ${r.firstQuestionMs.toFixed(0).padStart(5)} ms, all answered ${r.answerAllMs.toFixed(0).padStart(5)} ms\n`,
          );
        }
      }
    }
  } finally {
    if (browser) await browser.close();
    for (const server of servers) server.kill();
  }

  const pick = (site, key, throttle) =>
    runs.filter((r) => r.site === site && (throttle === undefined || r.throttle === throttle)).map((r) => r[key]);
  const KB = (b) => b / 1000;
  const MB = (b) => b / 1e6;
  const rows = [
    ['transferred, raw (KB)', 'rawBytes', undefined, KB],
    ['transferred, gzip (KB) [5]', 'gzipBytes', undefined, KB],
    ['transferred, gzip -9 (KB) [5]', 'gzip9Bytes', undefined, KB],
    ['transferred, brotli (KB) [5]', 'brotliBytes', undefined, KB],
    ['requests', 'requests', undefined, (x) => x],
  ];
  for (const t of THROTTLING) {
    const cpu = t === 1 ? 'no throttling' : `${t}x CPU`;
    rows.push([`first control interactive, ${cpu} (ms) [1]`, 'firstControlMs', t, (x) => x]);
    rows.push([`first question interactive, ${cpu} (ms) [2]`, 'firstQuestionMs', t, (x) => x]);
    rows.push([`answer all until results, ${cpu} (ms) [3]`, 'answerAllMs', t, (x) => x]);
    rows.push([`  of which the results screen, ${cpu} (ms) [6]`, 'resultsScreenMs', t, (x) => x]);
    rows.push([`  the results screen whole, ${cpu} (ms) [7]`, 'wholeResultsMs', t, (x) => x]);
    rows.push([`answer all until the whole results, ${cpu} (ms) [7]`, 'answerAllWholeMs', t, (x) => x]);
  }
  rows.push(['JS heap after results (MB) [4]', 'jsHeapBytes', undefined, MB]);
  rows.push(['WebAssembly memory after results (MB)', 'wasmMemoryBytes', undefined, MB]);
  rows.push(['JS heap + WebAssembly memory (MB)', 'memoryBytes', undefined, MB]);

  const table = rows.map(([figure, key, throttle, unit]) => {
    const ours = summary(pick('ours', key, throttle).map(unit));
    const theirs = summary(pick('surveyjs', key, throttle).map(unit));
    return { figure, key, throttle: throttle ?? null, ours, surveyjs: theirs, ratio: theirs.median ? ours.median / theirs.median : null };
  });

  const digits = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
  const cell = (s) => `${digits(s.median)} (${digits(s.min)}–${digits(s.max)})`;
  const header = ['figure', 'Silo Check median (min–max)', 'SurveyJS median (min–max)', 'ours / SurveyJS'];
  const lines = table.map((r) => [r.figure, cell(r.ours), cell(r.surveyjs), r.ratio === null ? '—' : r.ratio.toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${RUNS} cold loads per side and setting, Chromium ${chromiumVersion}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`);
  console.log(`SurveyJS: survey-core ${versions['survey-core']}, survey-js-ui ${versions['survey-js-ui']}\n`);
  console.log(fmt(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(`
[1] The first control a respondent can use: Silo Check's Start button; SurveyJS's first
    radio button of question 1 (its first page shows question 1 at once).
[2] The first radio button of question 1 enabled and visible. Silo Check: after clicking
    Start and then Skip ("About you"), each as soon as it is interactive.
[3] From [1] until the overall score is visible, answering by script, each step as soon as
    the last has rendered. Silo Check: Start, Skip, 32 answers on 9 screens, 8x Next, See my
    results (results: scores, levels, radar chart, model, Start here, plan, each dimension
    closed, share link, earlier results). SurveyJS: 32 answers on 9 pages, 9x Next (the
    last to its "About you" page), See my results (results: the scores and levels only).
[4] CDP Runtime.getHeapUsage after a forced garbage collection; WebAssembly memory is the
    byte length of every WebAssembly.Memory the page instantiated.
[5] Every response body with status 200, as sent (uncompressed) and compressed here: gzip
    by Zopfli (what bench/precompress.mjs writes for hosts), gzip by zlib at level 9
    (about what on-the-fly compression sends), brotli at quality 11.
[6] From the click on See my results until the overall score is visible.
[7] Until every section of the results is drawn: from the same click, and from [1]. Silo
    Check draws the score, the level and "Start here" first and the sections under them
    after that paint; SurveyJS draws its results at once, so these are [6] and [3] there.
Memory is measured in every run, with and without throttling.`);

  const oursScores = new Set(pick('ours', 'overallScore'));
  const theirScores = new Set(pick('surveyjs', 'overallScore'));
  const same = oursScores.size === 1 && theirScores.size === 1 && [...oursScores][0] === [...theirScores][0];
  console.log(
    `\nSame answers, same overall score on both sides: ${same ? `yes (${[...oursScores][0]})` : `NO (Silo Check ${[...oursScores]}, SurveyJS ${[...theirScores]})`}`,
  );
  const errors = runs.flatMap((r) => r.pageErrors.map((e) => `${LABEL[r.site]}: ${e}`));
  if (errors.length) console.log(`Page errors:\n  ${[...new Set(errors)].join('\n  ')}`);

  const resultsDir = join(here, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        runsPerSideAndSetting: RUNS,
        throttling: THROTTLING,
        chromium: chromiumVersion,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        surveyjs: versions,
        sameOverallScore: same,
        table,
        runs,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nEvery figure: ${file} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (!same) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
