// Silo Check loader. Add it to a page with
//   <script type="module" src=".../silo-check.js" integrity="sha384-..." crossorigin="anonymous"></script>
// and it mounts a widget into every <div data-silo-check> and every <silo-check> element on
// the page, including those added later (a single-page app's route); one removed is
// unmounted, and mounted again when it comes back (the widget watches the page itself).
// The build (scripts/finish-dist.mjs) writes the WebAssembly files' hashes below, so the
// browser refuses a module that was changed after the build.
//
// There are two builds of the widget: `silo-check-widget`, for the built-in questionnaire
// (what a visitor downloads: it reads the questionnaire as the build compiled it, without
// the validator), and `silo-check-custom`, the same widget with the validator, for a
// container that names a questionnaire of its own. The loader starts the one the page's
// containers need, and the second when a container added later needs it: the built-in
// widget hands such a container over with a `silo-check:own-questionnaire` event.
//
// The built-in widget's results screen is a third module, `silo-check-results`, so that a
// first visit downloads only what the questions need: the loader fetches and starts it
// with the visitor's first answer (the module then reads the whole questionnaire while the
// other questions are answered), or when a widget reaches its results step and sends
// `silo-check:results` (then the loader preloads that file too); it shows the results
// beside that widget.
//
// It also stands in for the widget when the widget cannot run: when it cannot start (no
// WebAssembly, a file that fails its integrity check or does not arrive) or stops (a
// WebAssembly trap that the widget's panic hook did not report), every widget shows a short
// panel and the host gets a `silo-check:error` event. The Restart button of every error
// panel, the widget's own included, is handled here: after a trap the WebAssembly instance
// cannot run again, so restarting means reloading the page (answers are in localStorage).

const wasm = new URL('./silo-check-widget_bg.wasm', import.meta.url);
const customWasm = new URL('./silo-check-custom_bg.wasm', import.meta.url);
const resultsWasm = new URL('./silo-check-results_bg.wasm', import.meta.url);
/** Each build: its WebAssembly, its hash, and its module (a literal, for static analysis). */
const BUILDS = {
  builtIn: { wasm, integrity: '__WASM_INTEGRITY__', module: () => import('./silo-check-widget.js') },
  custom: { wasm: customWasm, integrity: '__CUSTOM_INTEGRITY__', module: () => import('./silo-check-custom.js') },
  results: { wasm: resultsWasm, integrity: '__RESULTS_INTEGRITY__', module: () => import('./silo-check-results.js') },
};
const HANDED_OVER = 'data-silo-check-handed-over';
const ERROR = 'data-silo-check-error';
const RESTART = 'data-silo-check-restart';
// The built-in questionnaire has a file per language beside the widget's files (one folder
// up from the team view's page, which has a folder of its own).
const TEAM = wasm.pathname.endsWith('silo-check-team_bg.wasm');
const BUILT_IN = new URL(`${TEAM ? '../' : './'}questionnaires/social-media-integration.`, import.meta.url);
/**
 * Which of its files a widget reads first: the questionnaire's start (without the texts
 * only the results show, fetched when the visitor begins), or, for the team view, all of it.
 */
const FIRST_PART = TEAM ? '' : 'start.';
/** The languages the built-in questionnaire comes in, as the widget's `Lang::ALL`. */
const BUILT_IN_LANGUAGES = ['en', 'de'];

/** The styles of what the loader shows itself (loading text, error panel). */
const FALLBACK_CSS = `
:host { display: block; }
.sc-root, .sc-placeholder { all: initial; display: block; font: 16px/1.5 system-ui, sans-serif; color: #1d232b; }
.sc-loading { box-sizing: border-box; min-height: 30rem; margin: 0; padding: 1.25rem; color: #4a5361; }
.sc-card { padding: 1.25rem; border: 1px solid #c9ced6; border-left: 4px solid #b3261e; border-radius: 8px; background: #fff; }
.sc-heading { margin: 0 0 0.5rem; font-size: 1.25rem; }
.sc-lead { margin: 0 0 1rem; }
.sc-button { font: inherit; padding: 0.5rem 1rem; border: 0; border-radius: 6px; background: #1a56c4; color: #fff; cursor: pointer; }
.sc-button:focus-visible { outline: 3px solid #1d232b; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .sc-root, .sc-placeholder { color: #e8ebef; }
  .sc-loading { color: #b0b8c3; }
  .sc-card { background: #111418; border-color: #3a4350; }
  .sc-button { background: #8ab4ff; color: #0b1220; }
  .sc-button:focus-visible { outline-color: #e8ebef; }
}
`;

/** The elements a widget mounts in, as the widget finds them (embed/mount.rs). */
const CONTAINERS = '[data-silo-check], silo-check';

defineElement();
placeholders();

addEventListener('silo-check:error', (event) => {
  const button = event.target?.shadowRoot?.querySelector(`[${RESTART}]`);
  button?.addEventListener('click', () => location.reload(), { once: true });
}, true);

/** The build started first: the built-in widget, or the one with the validator for all. */
let first = null;
whenNear().then(() => {
  preloadBuiltIn();
  const own = [...document.querySelectorAll(CONTAINERS)].some(ownQuestionnaire);
  first = own ? BUILDS.custom : BUILDS.builtIn;
  start(first, () => true);
});
// A container with a questionnaire of its own that the built-in widget met (one added
// later to a page that had none): the widget with the validator mounts it.
addEventListener('silo-check:own-questionnaire', () => {
  start(BUILDS.custom, (container) => container.hasAttribute(HANDED_OVER));
});

// The built-in widget's results screen: fetched and started with a visitor's first
// answer, so it is ready when they finish, or when a widget reaches its results (a shared
// report, a reload on the results). The widget with the validator shows its results itself.
const builtInWidget = (container) => first === BUILDS.builtIn && !container?.hasAttribute?.(HANDED_OVER);
addEventListener('silo-check:progress', (event) => {
  if (event.detail?.payload?.answered > 0 && builtInWidget(event.target)) {
    // The module reads the whole questionnaire itself as it starts, so no prefetch of it.
    prepareResults(false);
    // Compiled and started now, while the other questions are answered: the results step
    // then waits for neither (the module only listens until a widget asks).
    start(BUILDS.results, hasRequest);
  }
});
const hasRequest = (container) => Boolean(container.shadowRoot?.querySelector('.sc-results-request'));
addEventListener('silo-check:results', () => {
  prepareResults(true);
  start(BUILDS.results, hasRequest);
});
let resultsPrepared = false;
/**
 * Fetches the results screen's module and WebAssembly ahead of its start, and with
 * `questionnaire` the whole questionnaire it will read (for a widget that asks for its
 * results at once, a reload on them: the module then fetches it only once started).
 */
function prepareResults(questionnaire) {
  if (resultsPrepared) return;
  resultsPrepared = true;
  if (questionnaire) {
    for (const tag of preloaded) preload(`${BUILT_IN.href}${tag}.compiled.json`, 'preload');
  }
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL('./silo-check-results.js', import.meta.url).href;
  document.head.append(link);
  const response = fetch(BUILDS.results.wasm, { integrity: BUILDS.results.integrity, credentials: 'same-origin' });
  response.catch(() => {});
  prefetched.set(BUILDS.results.wasm.href, response);
}
/** WebAssembly fetched ahead of its start, by address. */
const prefetched = new Map();

/** Starts a build once (the team view's page has one build under both names). */
const starting = new Map();
function start(build, concerned) {
  const key = build.wasm.href;
  if (!starting.has(key)) {
    // The WebAssembly, the largest file, is fetched while the module loads, not after it.
    const response = prefetched.get(key)
      ?? fetch(build.wasm, { integrity: build.integrity, credentials: 'same-origin' });
    // A failure is reported by init below, which waits for it; until then it is not lost.
    response.catch(() => {});
    prefetched.delete(key);
    starting.set(key, build.module()
      .then(({ default: init }) => init({ module_or_path: response }))
      .catch((error) => {
        // The results screen, started ahead with no widget waiting for it yet, is tried
        // again when one does, which then shows the panel if it fails again.
        if (build === BUILDS.results) starting.delete(key);
        cannotStart(error, concerned);
      }));
  }
  return starting.get(key);
}

function cannotStart(error, concerned) {
  console.error('Silo Check could not start:', error);
  // Only a browser without WebAssembly is the visitor's to change; anything else (a file
  // missing, or not matching the integrity hash the page names, as after an update whose
  // page still has the old hashes) is the site's to fix.
  if (typeof WebAssembly !== 'object') {
    stop('Silo Check cannot run in this browser: it has no WebAssembly.', {
      heading: 'Silo Check cannot run in this browser.',
      text: 'It needs WebAssembly, which this browser does not have or has switched off. Another browser will run it.',
      button: 'Try again',
    }, concerned);
  } else {
    stop(`Silo Check could not start: its files did not load, or do not match what this page expects (${error}).`, {
      heading: 'Silo Check could not start.',
      text: 'Its files on this site did not arrive, or are not the ones this page expects (as after an update, when the page still names the old files). This is for the site to fix, not for you; trying again later may help.',
      button: 'Try again',
    }, concerned);
  }
}

// A trap in the widget's WebAssembly that its panic hook did not report (the hook marks the
// widgets it stopped, so they are left as they are).
const fromWidget = (error) => typeof WebAssembly === 'object'
  && (error instanceof WebAssembly.RuntimeError || error instanceof RangeError)
  && [wasm, customWasm, resultsWasm].some((file) => String(error.stack).includes(file.pathname));
const stopped = (error) => {
  if (!fromWidget(error)) return;
  stop('Silo Check stopped after an internal error.', {
    heading: 'Something went wrong in Silo Check.',
    text: 'Your answers are saved in this browser, unless it does not let pages save anything.',
    button: 'Restart',
  });
};
addEventListener('error', (event) => stopped(event.error));
addEventListener('unhandledrejection', (event) => stopped(event.reason));

/**
 * Shows the panel in every widget that does not show one yet (of those `concerned`, when a
 * second build could not start), and tells each host.
 */
function stop(message, words, concerned = () => true) {
  for (const container of document.querySelectorAll(CONTAINERS)) {
    if (container.hasAttribute(ERROR) || !concerned(container)) continue;
    container.setAttribute(ERROR, '');
    showPanel(container, words);
    const detail = { source: 'silo-check', type: 'error', version: 1, payload: { message } };
    container.dispatchEvent(new CustomEvent('silo-check:error', { detail, bubbles: true, composed: true }));
    if (parent !== window) {
      for (const origin of allowedOrigins(container)) {
        try { parent.postMessage(detail, origin); } catch { /* an origin the browser refuses */ }
      }
    }
  }
}

/**
 * The widget's stylesheet is inside the WebAssembly: until it runs, a shadow root gets this
 * small one (a constructed sheet, which a Content-Security-Policy without 'unsafe-inline'
 * allows).
 */
function adoptFallback(root) {
  if (root.adoptedStyleSheets.length > 0) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FALLBACK_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch { /* unstyled, still readable */ }
}

/**
 * Until the widget runs, each container says that it is loading, in a box of about the
 * start screen's height, so the page does not jump when the widget appears and an empty
 * box never stays empty without a word. The shadow root is marked as the widget's, which
 * mounts in it (embed/mount.rs); an element that cannot have one is left alone.
 */
function placeholders() {
  for (const container of document.querySelectorAll(CONTAINERS)) {
    if (container.shadowRoot || container.hasAttribute('data-silo-check-mounted')) continue;
    let root;
    try {
      root = container.attachShadow({ mode: 'open' });
    } catch {
      continue;
    }
    container.setAttribute('data-silo-check-shadow', '');
    adoptFallback(root);
    const preferred = [option(container, 'lang', true), ...(navigator.languages ?? [])].filter(Boolean);
    const german = String(preferred[0] ?? '').toLowerCase().startsWith('de');
    const panel = document.createElement('div');
    // Not .sc-root, which is the widget's own: a host's script (or a test) waiting for
    // the widget must not take the loading text for it.
    panel.className = 'sc-placeholder';
    panel.lang = german ? 'de' : 'en';
    const text = document.createElement('p');
    text.className = 'sc-loading';
    text.setAttribute('role', 'status');
    text.textContent = german ? 'Silo Check wird geladen …' : 'Loading Silo Check…';
    panel.append(text);
    root.replaceChildren(panel);
  }
}

/** The panel, in the same markup as the widget's own (embed.rs, `show_error`). */
function showPanel(container, { heading, text, button }) {
  let root = container.shadowRoot;
  if (!root) {
    try {
      root = container.attachShadow({ mode: 'open' });
    } catch {
      container.textContent = `${heading} ${text}`;
      return;
    }
  }
  adoptFallback(root);
  const element = (tag, className, content) => {
    const e = document.createElement(tag);
    e.className = className;
    if (content) e.textContent = content;
    return e;
  };
  const panel = element('div', 'sc-root');
  panel.lang = 'en';
  const card = element('section', 'sc-card sc-notice sc-notice--error');
  card.setAttribute('role', 'alert');
  const actions = element('div', 'sc-actions');
  const restart = element('button', 'sc-button sc-button--primary', button);
  restart.type = 'button';
  restart.setAttribute(RESTART, '');
  actions.append(restart);
  card.append(element('h2', 'sc-heading', heading), element('p', 'sc-lead', text), actions);
  panel.append(card);
  root.replaceChildren(panel);
}

/**
 * Resolves when the widget should start: at once, unless every container on the page is
 * far below the fold, in which case the WebAssembly is fetched only when one comes within
 * a screen of the viewport, so a long blog post's own loading is not slowed. The `lazy`
 * option (`data-lazy="off"`) makes a container start at once; a page with no container
 * yet (a single-page app that adds one later) and a framed page start at once too.
 */
function whenNear() {
  const containers = [...document.querySelectorAll(CONTAINERS)];
  // In a frame the widget is what the frame is for, and a frame scrolled out of its
  // parent's view would never intersect: only inline embeds wait.
  const eager = containers.length === 0
    || window !== window.top
    || containers.some((c) => option(c, 'lazy') === 'off')
    || typeof IntersectionObserver !== 'function';
  if (eager) return Promise.resolve();
  // One already within a screen of the viewport (as the observer below would find on its
  // first callback, a frame later): start now.
  const near = (c) => {
    const r = c.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && r.bottom >= -innerHeight && r.top <= 2 * innerHeight;
  };
  if (containers.some(near)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      resolve();
    }, { rootMargin: '100% 0px' });
    for (const container of containers) observer.observe(container);
  });
}

/**
 * `<silo-check>`: the widget as an element, for pages that make their markup in script.
 * Its attributes are the options (`lang="de"`, `theme`, `accent`, `questionnaire`, …, as
 * the `data-` attributes of a container); the widget mounts when the element is added to
 * the page and unmounts when it is removed. Its API:
 * - `ready`: a promise of the `ready` event's payload (the questionnaire's id, revision,
 *   title), or rejected with the error event's message if the widget cannot start;
 * - `report`: the latest report document the `complete` event carried, or `null`;
 * - `reset()`: forgets the answers saved for it and starts it again.
 * The events are the same as on a container (`silo-check:ready`, `…:progress`,
 * `…:complete`, `…:error`).
 */
function defineElement() {
  if (typeof customElements !== 'object' || customElements.get('silo-check')) return;
  customElements.define('silo-check', class extends HTMLElement {
    #report = null;
    #ready;
    #settle;
    constructor() {
      super();
      this.#ready = new Promise((resolve, reject) => { this.#settle = { resolve, reject }; });
      // A rejection nobody waits for is not an error of the page's.
      this.#ready.catch(() => {});
      this.addEventListener('silo-check:ready', (event) => this.#settle.resolve(event.detail?.payload));
      this.addEventListener('silo-check:error', (event) => this.#settle.reject(new Error(event.detail?.payload?.message)));
      this.addEventListener('silo-check:complete', (event) => { this.#report = event.detail?.payload ?? null; });
    }

    get ready() { return this.#ready; }

    get report() { return this.#report; }

    reset() {
      this.#report = null;
      this.dispatchEvent(new CustomEvent('silo-check:reset', { bubbles: true }));
    }
  });
}

/**
 * Starts fetching the built-in questionnaire in the language the widget will choose, while
 * the WebAssembly downloads: a `<link rel="preload">` whose request is the one the widget
 * makes (CORS mode, cookies for the same origin only), so the browser hands it over. Only
 * for containers without a questionnaire of their own, once per language.
 */
function preloadBuiltIn() {
  const wanted = new Set();
  for (const container of document.querySelectorAll(CONTAINERS)) {
    if (ownQuestionnaire(container)) continue;
    const preferred = [option(container, 'lang', true), ...(navigator.languages ?? []), navigator.language];
    const primary = preferred.filter(Boolean).map((tag) => String(tag).split(/[-_]/)[0].toLowerCase());
    wanted.add(primary.find((tag) => BUILT_IN_LANGUAGES.includes(tag)) ?? 'en');
  }
  for (const tag of wanted) {
    preloaded.add(tag);
    preload(`${BUILT_IN.href}${tag}.${FIRST_PART}compiled.json`);
  }
}
/** The languages of the built-in questionnaire preloaded for the page's widgets. */
const preloaded = new Set();

/** Preloads (or prefetches) a questionnaire file as the widget fetches it. */
function preload(href, rel = 'preload') {
  const link = document.createElement('link');
  link.rel = rel;
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Whether a container names a questionnaire of its own (embed/mount.rs hands it over). */
function ownQuestionnaire(container) {
  return Boolean(option(container, 'questionnaire', true));
}

/**
 * A container's option as embed/host_options.rs reads it: the JSON config, then the data
 * attribute, then (when `fromUrl`) the page's URL parameter; the last one given wins.
 */
function option(container, name, fromUrl = false) {
  let value;
  try {
    const id = container.dataset.config?.startsWith('#') ? container.dataset.config.slice(1) : null;
    const config = id
      ? document.getElementById(id)
      : container.querySelector("script[type='application/json'][data-silo-check-config]");
    const configured = config ? JSON.parse(config.textContent)[name] : undefined;
    if (Array.isArray(configured)) value = configured.join(',');
    else if (typeof configured === 'string') value = configured;
  } catch { /* a config that cannot be read is ignored, as the widget does */ }
  value = container.getAttribute(`data-${name}`) ?? value;
  if (container.localName === 'silo-check') value = container.getAttribute(name) ?? value;
  if (fromUrl) value = new URLSearchParams(location.search).get(name) ?? value;
  return value;
}

/** The container's allowed-origins option, read as embed.rs reads it (page only, never *). */
function allowedOrigins(container) {
  const value = option(container, 'allowed-origins') ?? '';
  const origins = value.split(/[ ,]/).map((o) => o.trim()).filter(Boolean);
  const valid = origins.every((o) => /^https?:\/\/[A-Za-z0-9.\-:[\]]+\/?$/.test(o));
  return valid ? origins.map((o) => o.replace(/\/+$/, '')) : [];
}

