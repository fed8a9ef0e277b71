// Helpers for the hostile-input, error and privacy tests: ways a test (never the widget)
// breaks the browser, traps that make a test fail when a payload runs, a schema check for
// events, and an independent share-code writer that forges codes the way an attacker would.
import { expect } from '@playwright/test';
import Ajv from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../../docs/events.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/**
 * The three loopback origins of the end-to-end servers (playwright.config.mjs): the
 * widget's, a portal the framed widget may post to, and one it may not.
 */
export function origins(baseURL) {
  const url = new URL(baseURL);
  const at = (offset) => `${url.protocol}//${url.hostname}:${Number(url.port) + offset}`;
  return { widget: at(0), allowed: at(1), other: at(2) };
}

/** Fails unless `message` is a valid event or message (docs/events.schema.json). */
export function expectValidEvent(message) {
  expect(validate(message), `${JSON.stringify(message)}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

/**
 * The host page's DOM refuses to create SVG elements once `window.breakSvg` is true, in
 * every frame. Yew treats that as a bug and panics, which is how the tests cause a real
 * panic in the release build without any test hook in the widget.
 */
export async function breakSvgOnRequest(page) {
  await page.addInitScript(() => {
    const create = Document.prototype.createElementNS;
    Document.prototype.createElementNS = function createElementNS(...args) {
      if (window.breakSvg) throw new Error('this page refuses to create SVG elements');
      return create.apply(this, args);
    };
  });
}

/** Collects the detail of every silo-check:error event in `window.siloCheckErrors`. */
export async function recordErrorEvents(page) {
  await page.addInitScript(() => {
    window.siloCheckErrors = [];
    addEventListener('silo-check:error', (e) => window.siloCheckErrors.push(e.detail));
  });
}

/**
 * Makes the test fail if any payload runs: every dialog (alert, confirm, prompt) is
 * recorded, and the payloads set `window.__pwned`, checked by `expectNothingRan`.
 */
export function trapScripts(page) {
  const ran = [];
  page.on('dialog', async (dialog) => {
    ran.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return {
    ran,
    async expectNothingRan() {
      expect(ran, 'a dialog was opened by a payload').toEqual([]);
      for (const frame of page.frames()) {
        expect(await frame.evaluate(() => window.__pwned), `a payload ran in ${frame.url()}`).toBeUndefined();
      }
    },
  };
}

// --- Share codes, written independently of the Rust encoder (DESIGN.md, "Share codes") ---

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const be32 = (n) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

export function base64url(bytes) {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(code) {
  return [...Buffer.from(code.replace(/-/g, '+').replace(/_/g, '/'), 'base64')];
}

/**
 * The bytes of a share code: format version, questionnaire fingerprint and revision,
 * counts, 3-bit answers (0 none, 1-5 level, 6 not sure, 7 does not apply), profile answers, CRC-32.
 */
export function shareBytes({ version = 1, id, revision = 1, answers, profile = [] }) {
  const bytes = [version, ...be32(fnv1a(id)), (revision >> 8) & 0xff, revision & 0xff, answers.length, profile.length];
  const packed = new Array(Math.ceil((3 * answers.length) / 8)).fill(0);
  answers.forEach((value, i) => {
    for (let bit = 0; bit < 3; bit++) {
      const position = 3 * i + bit;
      packed[position >> 3] |= ((value >> (2 - bit)) & 1) << (7 - (position % 8));
    }
  });
  bytes.push(...packed, ...profile);
  return [...bytes, ...be32(crc32(bytes))];
}

export const shareCode = (fields) => base64url(shareBytes(fields));

/** The bytes with their checksum recomputed: a forgery that passes the CRC. */
export function reseal(bytes) {
  const body = bytes.slice(0, -4);
  return [...body, ...be32(crc32(body))];
}

// --- Questionnaires with hostile texts ---

/**
 * Markup and script in every form a text field could be misread as: each would set
 * `window.__pwned` or open a dialog if the widget ever parsed it as HTML, evaluated it, or
 * used it as a link.
 */
export const PAYLOADS = [
  `<script>window.__pwned = 'script'; alert('script')</script>`,
  `<img src=x onerror="window.__pwned = 'img'; alert('img')">`,
  `"><svg onload="window.__pwned = 'svg'">`,
  `</textarea></title><iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
  `javascript:alert('link')`,
  `{{constructor.constructor('window.__pwned = "template"')()}}`,
  `&lt;b&gt;not bold&lt;/b&gt; &amp; &#x3C;script&#x3E;`,
  `<style>:host, * { display: none !important }</style>`,
  `'; window.__pwned = 'quote'; '`,
];

/** The fields of the format that hold text for people (questionnaires/README.md). */
export const TEXT_FIELDS = ['title', 'intro', 'name', 'description', 'prompt', 'help', 'label', 'action', 'first_step', 'text', 'gap_meaning'];

/** A deep copy of `value` with every text for people replaced by `make(old text)`. */
export function rewriteTexts(value, make, key = null) {
  if (typeof value === 'string') return TEXT_FIELDS.includes(key) ? make(value) : value;
  if (Array.isArray(value)) return value.map((v) => rewriteTexts(v, make));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteTexts(v, make, k)]));
  }
  return value;
}

/** Every text for people in a questionnaire. */
export function texts(value, key = null, out = []) {
  if (typeof value === 'string' && TEXT_FIELDS.includes(key)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => texts(v, null, out));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => texts(v, k, out));
  return out;
}

/** The example consultant questionnaire (examples/acme-questionnaire.json). */
export const acme = () => JSON.parse(readFileSync(new URL('../../examples/acme-questionnaire.json', import.meta.url), 'utf8'));

/**
 * examples/hostile-questionnaire.json: the Acme questionnaire with every payload in every
 * text field, and a second methodology source whose (https) address carries markup.
 */
export function hostileQuestionnaire() {
  const q = rewriteTexts(acme(), (old) => `${old} ${PAYLOADS.join(' ')}`);
  q.id = 'hostile-texts';
  q.methodology.sources.push({ label: `A link ${PAYLOADS[1]}`, url: `https://example.com/?q="><img/src=x/onerror=window.__pwned='href'>` });
  return q;
}

/** JSON to put inside a <script> element: `</` cannot close the element. */
export const jsonForScript = (value) => JSON.stringify(value, null, 2).replace(/<\//g, '<\\/');

/**
 * A host page, served by `page.route` at `url` on the widget's origin: the loader, `body`,
 * and the page's script that records the widget's events (examples/host.js).
 */
export async function serveHostPage(page, url, body, head = '') {
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A generated host page</title>
  ${head}
  <script type="module" src="/silo-check.js"></script>
</head>
<body>
  <main>${body}</main>
  <script src="/examples/host.js" defer></script>
</body>
</html>`;
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
}
