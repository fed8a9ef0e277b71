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
 * counts, 3-bit answers (0 none, 1-5 level, 6 not sure), profile answers, CRC-32.
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
