// Two or more builds of the widget side by side: which is faster, on this machine, now?
//
// Timings on these shared machines vary with their load by a factor of two or more, so a
// figure from another day cannot tell whether a change made the widget slower. This loads
// each build's page (a dist/ folder) cold in turn, alternating which goes first, with the
// benchmark's own driver (bench/driver.js: Start, Skip, every answer by script, See my
// results), and prints each build's medians: the first question, answering, the results
// screen (from See my results to the score, and to every section drawn) and everything
// from the first control.
//
// A folder named `surveyjs:DIR` is a SurveyJS page (bench/surveyjs/make-site.mjs writes
// one) run by the same driver; each build followed by its SurveyJS page gets the ratios
// `cargo xtask bench` prints, measured in the same minutes: two builds of different days,
// each against the SurveyJS page of its own questionnaire, compared without the machine's
// load of each day in the way.
//
// usage: node bench/ab.mjs [--runs N] [--throttle X] [surveyjs:]DIST [surveyjs:]DIST…
//        (7 runs and 4x CPU by default; run it in the same network namespace as the tests)
import { chromium } from '@playwright/test';
import { CHROMIUM, serve } from '../tests/e2e/chromium.mjs';
import { benchPage } from './page.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return Number(value) || fallback;
};
const RUNS = option('--runs', 7);
const THROTTLE = option('--throttle', 4);
const sites = args.map((arg) =>
  arg.startsWith('surveyjs:') ? { site: 'surveyjs', dist: arg.slice('surveyjs:'.length) } : { site: 'ours', dist: arg },
);
const dists = sites.map((s) => s.dist);
if (dists.length < 2) {
  console.error('usage: node bench/ab.mjs [--runs N] [--throttle X] [surveyjs:]DIST [surveyjs:]DIST…');
  process.exit(2);
}
const PORT = 4300;

async function once(browser, port, site) {
  const { context, page, reported } = await benchPage(browser, site, THROTTLE);
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
  const result = await reported;
  await context.close();
  if (result.error) throw new Error(result.error);
  const m = result.marks;
  return {
    'first question': m.firstQuestion,
    answering: m.lastStep - m.firstQuestion,
    'results screen': m.results - m.lastStep,
    'whole results': m.wholeResults - m.lastStep,
    'answer all': m.results - m.firstControl,
    'answer all, whole': m.wholeResults - m.firstControl,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const servers = await Promise.all(dists.map((dist, i) => serve(dist, PORT + i)));
const browser = await chromium.launch(CHROMIUM);
const runs = dists.map(() => []);
try {
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < dists.length; k++) {
      const i = (k + r) % dists.length;
      runs[i].push(await once(browser, PORT + i, sites[i].site));
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
console.log(`${RUNS} cold runs each at ${THROTTLE}x CPU, medians in ms (min-max):`);
for (const [i, dist] of dists.entries()) {
  const cells = Object.keys(runs[i][0]).map((key) => {
    const xs = runs[i].map((run) => run[key]);
    return `${key} ${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  });
  console.log(`${sites[i].site === 'surveyjs' ? 'surveyjs:' : ''}${dist}\n  ${cells.join(', ')}`);
}
// Each build followed by a SurveyJS page: the ratios of `cargo xtask bench`.
for (let i = 0; i + 1 < sites.length; i++) {
  if (sites[i].site !== 'ours' || sites[i + 1].site !== 'surveyjs') continue;
  const ratio = (key) => {
    const of = (k) => median(runs[k].map((run) => run[key]));
    return (of(i) / of(i + 1)).toFixed(2);
  };
  console.log(
    `${dists[i]} / SurveyJS: first question ${ratio('first question')}, answer all ${ratio('answer all')}, ` +
      `answer all until the whole results ${ratio('answer all, whole')}`,
  );
}
