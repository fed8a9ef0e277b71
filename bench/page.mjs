// One cold page of a benchmark run, shared by run.mjs and ab.mjs: a fresh browser context
// at 1280 x 800 with the benchmark's driver (driver.js) for `site` ("ours" or "surveyjs"),
// the HTTP cache off and the CPU throttled `throttle` times. `reported` resolves with what
// the driver reports once the results are shown; the caller navigates.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function benchPage(browser, site, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let report;
  const reported = new Promise((resolve) => {
    report = resolve;
  });
  await context.exposeFunction('__benchReport', (data) => report(data));
  await context.addInitScript({ content: `globalThis.__BENCH_SITE__ = ${JSON.stringify(site)};` });
  await context.addInitScript({ path: join(here, 'driver.js') });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp, reported };
}
