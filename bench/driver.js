// The benchmark's in-page driver, added as an init script (bench/run.mjs) to every page
// of both sides before any of the page's own scripts run. `globalThis.__BENCH_SITE__`
// (set by an earlier init script) says which side this is: "ours" or "surveyjs".
//
// It measures inside the page, with performance.now() (0 = navigation start), so that
// Playwright's round trips are never part of a figure:
// - firstControl: the first control a respondent can use is enabled and visible (ours: the
//   Start button; SurveyJS: the first radio button of question 1, shown at once);
// - firstQuestion: the first radio button of question 1 is enabled and visible (ours: after
//   clicking Start and then Skip on "About you", each as soon as it is interactive;
//   SurveyJS: the same moment as firstControl);
// - wholeResults: every section of the results is drawn (ours draws the score and "Start
//   here" first, the rest after that paint; SurveyJS draws its results at once);
// - results: the results are visible after answering every question by script, each step
//   as soon as the previous one has rendered (ours: Start, Skip, 32 answers on 9 screens,
//   "Next" 8 times and "See my results"; SurveyJS: 32 answers on 9 pages, "Next" 9 times,
//   the last onto its "About you" page, left empty, and "See my results").
// It also keeps every WebAssembly.Memory the page instantiates, so run.mjs can read their
// sizes after the results.
(() => {
  'use strict';
  const site = globalThis.__BENCH_SITE__;
  if (!site || window !== window.top) return;

  const bench = { site, marks: {}, score: null, error: null, answered: 0, steps: 0 };
  Object.defineProperty(window, '__bench', { value: bench });

  // WebAssembly memories: wasm-bindgen's module exports its own (it imports none).
  const memories = [];
  const keep = (result) => {
    const instance = result && (result.instance || result);
    const exports = (instance && instance.exports) || {};
    for (const value of Object.values(exports)) {
      if (value instanceof WebAssembly.Memory && !memories.includes(value)) memories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep);
    };
  }
  bench.wasmMemoryBytes = () => memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);

  // Shadow roots are watched too (ours renders into one).
  const roots = [];
  const observers = new Set();
  const watchOptions = { subtree: true, childList: true, attributes: true, characterData: true };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    roots.push(shadow);
    for (const observer of observers) observer.observe(shadow, watchOptions);
    return shadow;
  };

  /** Resolves with pred()'s first truthy value, checked on every DOM change (and every 25 ms for changes no mutation reports, such as a stylesheet arriving). */
  function waitFor(pred, what, timeoutMs = 90000) {
    return new Promise((resolve, reject) => {
      let settled = false;
      const check = () => {
        if (settled) return;
        let value = null;
        try {
          value = pred();
        } catch {
          value = null;
        }
        if (value) {
          settled = true;
          cleanup();
          resolve(value);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, watchOptions);
      for (const shadow of roots) observer.observe(shadow, watchOptions);
      observers.add(observer);
      const interval = setInterval(check, 25);
      const timer = setTimeout(() => {
        settled = true;
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      function cleanup() {
        observers.delete(observer);
        observer.disconnect();
        clearInterval(interval);
        clearTimeout(timer);
      }
      check();
    });
  }

  /** Lets the page run what the last input scheduled (microtasks, then one task). */
  const yieldTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });

  function visible(element) {
    if (!element || !element.isConnected) return false;
    // Radio buttons are often visually hidden behind their label: judge the label.
    const target = element.closest('label') || element;
    if (typeof target.checkVisibility === 'function' && !target.checkVisibility({ visibilityProperty: true })) {
      return false;
    }
    const rect = target.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  }
  const interactive = (element) => (element && !element.disabled && visible(element) ? element : null);

  const byText = (scope, selector, texts) =>
    scope ? [...scope.querySelectorAll(selector)].find((b) => texts.includes(b.textContent.trim())) : null;

  /** Radio buttons of the current screen, grouped by name, in document order. */
  function groups(scope) {
    const named = new Map();
    for (const radio of scope ? scope.querySelectorAll('input[type=radio]') : []) {
      if (!named.has(radio.name)) named.set(radio.name, []);
      named.get(radio.name).push(radio);
    }
    return [...named.values()];
  }

  const adapters = {
    ours: {
      scope: () => {
        const container = document.querySelector('[data-silo-check]');
        return container && container.shadowRoot;
      },
      firstControl() {
        return interactive(byText(this.scope(), 'button', ['Start']));
      },
      async toFirstQuestion(start) {
        start.click();
        const skip = await waitFor(() => interactive(byText(this.scope(), 'button', ['Skip'])), 'Skip');
        skip.click();
        bench.steps += 2;
      },
      screen() {
        const heading = this.scope() && this.scope().querySelector('[data-step-heading]');
        return heading ? heading.textContent : '';
      },
      next() {
        const scope = this.scope();
        return interactive(scope && scope.querySelector('form button[type=submit]'));
      },
      results() {
        const number = this.scope() && this.scope().querySelector('.sc-score__number');
        return visible(number) ? number : null;
      },
      // The score and "Start here" are drawn first, the sections under them after that
      // paint: the results are whole once the last section (sharing) is laid out.
      whole() {
        return this.results() && visible(this.scope().querySelector('#sc-share-link'));
      },
    },
    surveyjs: {
      scope: () => document.getElementById('survey'),
      firstControl() {
        const radio = this.scope() && this.scope().querySelector('input[type=radio]');
        return interactive(radio);
      },
      async toFirstQuestion() {},
      screen() {
        const title = this.scope() && this.scope().querySelector('.sd-page__title');
        return title ? title.textContent : '';
      },
      next() {
        const scope = this.scope();
        if (!scope) return null;
        const buttons = [...scope.querySelectorAll('.sd-navigation__next-btn, .sd-navigation__complete-btn')];
        return buttons.map(interactive).find(Boolean) || null;
      },
      results() {
        const number = document.getElementById('bench-overall');
        return visible(number) ? number : null;
      },
      // Its results are drawn in one go.
      whole() {
        return this.results();
      },
    },
  };

  async function run() {
    const adapter = adapters[site];
    if (!adapter) throw new Error(`unknown site ${site}`);
    const first = await waitFor(() => adapter.firstControl(), 'the first control');
    bench.marks.firstControl = performance.now();
    await adapter.toFirstQuestion(first);
    await waitFor(() => {
      const all = groups(adapter.scope());
      return all.length > 0 && interactive(all[0][0]);
    }, 'the first question');
    bench.marks.firstQuestion = performance.now();
    // The same answers on both sides: question k gets option k mod 6 (the sixth is "Not sure").
    let k = 0;
    for (let screens = 0; screens < 100; screens++) {
      if (adapter.results()) break;
      for (const group of groups(adapter.scope())) {
        group[k % 6 < group.length ? k % 6 : 0].click();
        k += 1;
        await yieldTask();
      }
      const before = adapter.screen();
      // Silo Check's results may wait a moment for the rest of its questionnaire, which it
      // fetches once the visitor begins: then there is no Next, only the results to come.
      const next = await waitFor(() => adapter.results() || adapter.next(), 'the Next button');
      if (next === adapter.results()) break;
      bench.marks.lastStep = performance.now();
      next.click();
      bench.steps += 1;
      await waitFor(() => {
        if (adapter.results()) return true;
        if (adapter.screen() === before) return false;
        const all = groups(adapter.scope());
        return all.length === 0 || interactive(all[0][0]);
      }, 'the next screen');
    }
    const shown = await waitFor(() => adapter.results(), 'the results');
    bench.marks.results = performance.now();
    await waitFor(() => adapter.whole(), 'the whole results');
    bench.marks.wholeResults = performance.now();
    bench.answered = k;
    bench.score = Number(shown.textContent.trim());
  }

  bench.finished = run().then(
    () => bench,
    (error) => {
      bench.error = String((error && error.stack) || error);
      return bench;
    },
  );
  bench.finished.then((b) => {
    if (typeof window.__benchReport === 'function') {
      window.__benchReport({
        site: b.site,
        marks: b.marks,
        score: b.score,
        answered: b.answered,
        steps: b.steps,
        error: b.error,
        // When each file arrived (0 = navigation start), to see what the results waited for.
        resources: performance.getEntriesByType('resource').map((r) => ({
          name: new URL(r.name).pathname,
          start: r.startTime,
          end: r.responseEnd,
        })),
      });
    }
  });
})();
