// Hostile input, end to end, against the release build: questionnaires, share links,
// URL fragments and parameters, saved sessions, storage and messages, in the forms an
// attacker or an accident produces. Each must give a clear message or be ignored, run
// nothing, and leave the rest of the widget (and the page's other widgets) working. The
// native half, with the same inputs and more, is crates/assessment/tests/hostile.rs.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SiloCheckPage, STORAGE_KEY } from './silo-check-page.mjs';
import {
  PAYLOADS, acme, base64url, fromBase64url, hostileQuestionnaire, jsonForScript, origins, reseal,
  rewriteTexts, serveHostPage, shareBytes, shareCode, trapScripts,
} from './hostile-helpers.mjs';

const builtIn = JSON.parse(readFileSync(new URL('../../questionnaires/social-media-integration.json', import.meta.url), 'utf8'));

/**
 * Fails if the widget's shadow root holds anything a payload could have made: elements
 * that run or load something, event-handler attributes, script links, or images other
 * than the host's logo.
 */
async function expectNoInjectedMarkup(host, label) {
  const found = await host.evaluate((el) => {
    const root = el.shadowRoot;
    const bad = [];
    for (const e of root.querySelectorAll('*')) {
      const tag = e.tagName.toLowerCase();
      if (['script', 'iframe', 'style', 'object', 'embed', 'frame', 'link', 'meta', 'base'].includes(tag)) bad.push(tag);
      if (tag === 'img' && !e.getAttribute('src')?.endsWith('logo.svg')) bad.push(`img ${e.getAttribute('src')}`);
      for (const a of e.attributes) {
        if (a.name.startsWith('on') || a.name === 'srcdoc') bad.push(`${tag}[${a.name}]`);
        if (['href', 'src', 'action', 'xlink:href'].includes(a.name) && /^\s*(javascript|data:text|vbscript)/i.test(a.value)) bad.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    return bad;
  });
  expect(found, `markup made by a payload in ${label}`).toEqual([]);
}

/** Requests for what an `<img src=x>` payload would load, if it were ever parsed. */
function recordPayloadRequests(page) {
  const seen = [];
  page.context().on('request', (r) => {
    if (/\/x(\?|$)/.test(new URL(r.url()).pathname) || r.url().includes('example.com')) seen.push(r.url());
  });
  return seen;
}

test('markup and script in every text of a questionnaire are shown as text and never run', async ({ page }) => {
  const trap = trapScripts(page);
  const requests = recordPayloadRequests(page);
  const questionnaire = hostileQuestionnaire();
  // The example's JSON is exactly what the helpers make, so the page tests what they say.
  expect(JSON.parse(readFileSync(new URL('../../examples/hostile-questionnaire.json', import.meta.url), 'utf8'))).toEqual(questionnaire);
  await page.goto('/examples/hostile-questionnaire.html');

  for (const id of ['#from-element', '#from-url']) {
    const host = page.locator(id);
    const app = new SiloCheckPage(page, host);
    await expect(app.button('Start')).toBeVisible();
    const seen = [];
    const look = async (label) => {
      await expectNoInjectedMarkup(host, `${id}, ${label}`);
      seen.push(await app.shownText());
    };
    await look('start');
    await app.start();
    await look('profile');
    const department = host.getByRole('combobox').first();
    await department.selectOption({ index: 1 });
    await app.button('Next').click();
    await look('questions');
    await app.answerAll((i) => i % 5);
    await look('results');
    // The one methodology link is the questionnaire's https address, character for character.
    const link = host.getByRole('link', { name: /^A link /, includeHidden: true });
    await expect(link).toHaveAttribute('href', questionnaire.methodology.sources[2].url);

    const shown = seen.join('\n');
    if (id === '#from-url') {
      // The page's own options carry payloads too.
      expect(shown).toContain(`Start title ${PAYLOADS[0]}`);
      expect(shown).toContain(`Start text ${PAYLOADS[1]} ${PAYLOADS[2]}`);
      await expect(host.getByRole('img', { name: `Logo ${PAYLOADS[1]}` })).toBeVisible();
    } else {
      expect(shown).toContain(questionnaire.title);
      expect(shown).toContain(questionnaire.intro);
    }
    // Texts of every kind, shown literally: nothing escaped twice, nothing decoded.
    for (const text of [
      questionnaire.dimensions[0].name, questionnaire.questions[0].prompt, questionnaire.questions[0].options[0].label,
      questionnaire.recommendations[0].title, questionnaire.methodology.text, questionnaire.methodology.sources[0].label,
      questionnaire.scale[0].name,
    ]) {
      expect(shown, `${id} shows ${text.slice(0, 30)}… literally`).toContain(text);
    }
    for (const payload of PAYLOADS) expect(shown).toContain(payload);
    expect(shown).toContain('&lt;b&gt;not bold&lt;/b&gt;');
  }
  // The host's script got the report with the payloads as data and wrote it as text.
  await expect(page.locator('#results')).toContainText(`${questionnaire.dimensions[0].name}`);
  await trap.expectNothingRan();
  expect(requests).toEqual([]);
});

test('right-to-left, bidirectional controls and combining marks are shown exactly as written', async ({ page }) => {
  const samples = [
    'من يملك وسائل التواصل الاجتماعي في مؤسستك؟',
    'מי אחראי על הרשתות החברתיות?',
    'Owner \u202egnitekram\u202c and \u2067إدارة\u2069',
    'Z\u0351\u0352\u0353a\u0300\u0301\u0302\u0303l\u0336\u0337g\u0338o\u0301\u0301\u0301\u0301',
    'Cafe\u0301 \u200b\u200d\u2060 \u{1f469}\u200d\u{1f4bb} \u{1f1e9}\u{1f1ea}',
    '\u{1d54a}\u{1d55a}\u{1d55d}\u{1d560} \u0301',
  ];
  let n = 0;
  const q = rewriteTexts(acme(), (old) => `${samples[n++ % samples.length]} ${old}`);
  // An unterminated right-to-left override at the very end of a text.
  q.title = `${q.title} \u202e`;
  await serveHostPage(page, '**/generated/unicode.html', `
    <div data-silo-check id="unicode" data-questionnaire="#q" data-storage="off"></div>
    <script type="application/json" id="q">${jsonForScript(q)}</script>`);
  const host = page.locator('#unicode');
  const app = new SiloCheckPage(page, host);
  await app.goto('/generated/unicode.html');
  const seen = [await app.shownText()];
  // The widget's own words around the texts keep their names and order.
  await expect(app.button('Start')).toBeVisible();
  await app.start();
  seen.push(await app.shownText());
  await app.skipProfile();
  seen.push(await app.shownText());
  await app.answerAll(() => 4);
  seen.push(await app.shownText());
  expect(await app.overallScore()).toBe(100);
  const shown = seen.join('\n');
  for (const text of [q.title, q.intro, q.questions[0].prompt, q.questions[1].options[4].label, q.dimensions[1].name, q.methodology.text]) {
    expect(shown, JSON.stringify(text)).toContain(text);
  }
  // The headings keep their text direction to the text itself: the override inside a
  // title does not turn the widget's own heading around.
  await expect(app.heading('Your Silo Check results')).toBeVisible();
});

/** Questionnaire files that cannot be used, and the problem each must name. */
function unusableQuestionnaires() {
  const valid = acme();
  const cases = [
    { name: 'not JSON', text: `this is not a questionnaire ${PAYLOADS[1]}`, path: '$', words: 'not valid JSON' },
    { name: '10 MB', text: JSON.stringify(valid) + ' '.repeat(10 * 1024 * 1024), path: '$', words: 'at most 1,024 KiB' },
    { name: 'nested 10,000 deep', text: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, path: '$', words: 'more than 32 levels' },
    {
      name: '10,000 questions',
      text: JSON.stringify({ ...valid, questions: Array.from({ length: 10_000 }, (_, i) => ({ id: `q${i}`, dimension: 'ownership', prompt: '?' })) }),
      path: '$.questions',
      words: 'at most 200',
    },
    {
      name: 'duplicate ids',
      text: JSON.stringify({ ...valid, questions: valid.questions.map((q, i) => (i === 1 ? { ...q, id: valid.questions[0].id } : q)) }),
      path: '$.questions[1].id',
      words: 'already used',
    },
    {
      name: 'a javascript: source link',
      text: JSON.stringify({ ...valid, methodology: { ...valid.methodology, sources: [{ label: 'Click', url: 'javascript:alert(1)' }] } }),
      path: '$.methodology.sources[0].url',
      words: 'https://',
    },
    {
      name: 'markup in field names',
      text: JSON.stringify({ ...valid, [PAYLOADS[1]]: 1, [PAYLOADS[0]]: PAYLOADS[2] }),
      path: `$[${JSON.stringify(PAYLOADS[1])}]`,
      words: 'There is no field',
    },
    { name: 'a newer format', text: JSON.stringify({ ...valid, format: 2 }), path: '$.format', words: 'uses format 2' },
  ];
  return cases;
}

for (const via of ['a JSON element', 'a same-origin URL']) {
  test(`questionnaires that cannot be used, from ${via}, say what is wrong; the page's other widget works`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const trap = trapScripts(page);
    for (const [i, c] of unusableQuestionnaires().entries()) {
      await page.unrouteAll();
      const body = via === 'a JSON element'
        ? `<div data-silo-check id="hostile" data-questionnaire="#q"></div>
           <script type="application/json" id="q">${c.text.replace(/<\//g, '<\\/')}</script>
           <div data-silo-check id="ok" data-storage="off"></div>`
        : `<div data-silo-check id="hostile" data-questionnaire="/generated/q${i}.json"></div>
           <div data-silo-check id="ok" data-storage="off"></div>`;
      await serveHostPage(page, `**/generated/page${i}.html`, body);
      await page.route(`**/generated/q${i}.json`, (route) => route.fulfill({ body: c.text, contentType: 'application/json' }));
      const started = Date.now();
      await page.goto(`${baseURL}generated/page${i}.html`);
      const panel = page.locator('#hostile').getByRole('alert');
      await expect(panel.getByRole('heading', { name: 'This questionnaire cannot be used' }), c.name).toBeVisible();
      const problems = await panel.getByRole('listitem').allInnerTexts();
      expect(problems.some((p) => p.startsWith(`${c.path}: `) && p.includes(c.words)), `${c.name}: ${problems.join(' | ').slice(0, 500)}`).toBe(true);
      expect(problems.length).toBeLessThanOrEqual(501);
      expect(Date.now() - started, `${c.name} took too long`).toBeLessThan(15_000);
      await expectNoInjectedMarkup(page.locator('#hostile'), c.name);
      // The page's other widget is unaffected.
      const ok = new SiloCheckPage(page, page.locator('#ok'));
      await ok.start();
    }
    await trap.expectNothingRan();
  });
}

test('a questionnaire address that is not on the page\'s own site is refused without a request', async ({ page, baseURL }) => {
  const trap = trapScripts(page);
  const { other } = origins(baseURL);
  const elsewhere = [];
  page.context().on('request', (r) => { if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
  for (const [address, words] of [
    [`${other}/examples/acme-questionnaire.json`, 'must come from this site'],
    ['//evil.example/q.json', 'must come from this site'],
    ['javascript:alert(1)', 'must come from this site'],
    ['data:application/json,{}', 'must come from this site'],
    ['/examples/no-such-questionnaire.json', 'could not be loaded (HTTP 404)'],
  ]) {
    await page.goto('about:blank');
    await page.goto(`/?questionnaire=${encodeURIComponent(address)}`);
    const panel = page.getByRole('alert');
    await expect(panel, address).toContainText(words);
    await expect(panel).toContainText(address);
  }
  await trap.expectNothingRan();
  expect(elsewhere).toEqual([]);
});

test('URL parameters cannot set what only the page may set', async ({ page, baseURL }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const trap = trapScripts(page);
  const { other } = origins(baseURL);
  const params = new URLSearchParams({
    'allowed-origins': other,
    'storage-namespace': 'stolen',
    'start-title': PAYLOADS[0],
    'start-text': PAYLOADS[1],
    logo: 'javascript:alert(1)',
    'css-vars': '--sc-radius: 0; } * { display: none',
    accent: 'red; background: url(//evil.example/)',
    departments: 'Evil',
  });
  const app = new SiloCheckPage(page);
  await app.goto(`/?${params}`);
  await expect(app.heading(builtIn.title.en ?? builtIn.title)).toBeVisible();
  expect(await app.shownText()).not.toContain(PAYLOADS[0]);
  await app.start();
  await expect(page.getByLabel('Which department do you work in?').getByRole('option', { name: 'Evil' })).toHaveCount(0);
  await app.skipProfile();
  await app.answerScreen(() => 1);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([STORAGE_KEY]);
  for (const name of params.keys()) {
    expect(warnings.some((w) => w.includes(`"${name}"`)), `a warning names ${name}`).toBe(true);
  }
  await trap.expectNothingRan();
});

const built = { id: builtIn.id, revision: builtIn.revision };
const answersAll = (v) => new Array(builtIn.questions.length).fill(v);
const noProfile = () => new Array(builtIn.profile.length).fill(0);

/** Share links that must not open, and what the notice must say. */
function badShareLinks() {
  const good = shareBytes({ ...built, answers: answersAll(3), profile: noProfile() });
  const code = base64url(good);
  const flipped = (byte, bit) => {
    const b = [...good];
    b[byte] ^= 1 << bit;
    return base64url(b);
  };
  return [
    ['cut to 12 characters', `#r=${code.slice(0, 12)}`, 'incomplete'],
    ['cut by one byte', `#r=${base64url(good.slice(0, -1))}`, 'incomplete'],
    ['padded with four characters', `#r=${code}AAAA`, 'damaged'],
    ['padded with base64 =', `#r=${code}==`, 'cannot be part of a share code'],
    ['a bit flipped in an answer', `#r=${flipped(10, 3)}`, 'damaged'],
    ['a bit flipped in the checksum', `#r=${flipped(good.length - 1, 0)}`, 'damaged'],
    ['a bit flipped in the identity', `#r=${flipped(2, 7)}`, 'damaged'],
    ['from a newer format', `#r=${base64url(reseal([2, ...good.slice(1)]))}`, 'newer version'],
    ['from another questionnaire', `#r=${shareCode({ id: 'acme-quick-check', answers: [3, 3, 3], profile: [0, 0] })}`, 'different questionnaire'],
    ['from another revision', `#r=${shareCode({ ...built, revision: built.revision + 1, answers: answersAll(3), profile: noProfile() })}`, `revision ${built.revision + 1}`],
    ['an impossible answer, correctly checksummed', `#r=${shareCode({ ...built, answers: answersAll(7), profile: noProfile() })}`, 'does not exist'],
    ['an impossible profile option', `#r=${shareCode({ ...built, answers: answersAll(3), profile: [99, 0, 0, 0, 0] })}`, 'not one of its options'],
    ['markup instead of a code', `#r=${PAYLOADS[1]}`, 'cannot be part of a share code'],
    ['100 KB long', `#r=${'A'.repeat(100 * 1024)}`, 'far too long'],
  ];
}

test('share links that are damaged, forged or from elsewhere say so, and the widget still works', async ({ page }) => {
  test.setTimeout(120_000);
  const trap = trapScripts(page);
  const app = new SiloCheckPage(page);
  // The forger above is right: an honest code made the same way opens.
  await page.goto(`/#r=${shareCode({ ...built, answers: answersAll(3), profile: noProfile() })}`);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(50);
  for (const [name, fragment, words] of badShareLinks()) {
    await page.goto('about:blank');
    await page.goto(`/${fragment}`);
    const notice = page.getByRole('alert');
    await expect(notice, name).toContainText('This share link could not be opened');
    await expect(notice, name).toContainText(words);
    await expect(page.getByRole('alert')).toHaveCount(1);
    await app.start();
  }
  await trap.expectNothingRan();
});

test('markup pasted into the team view\'s page, for a hostile questionnaire, is listed as text and never runs', async ({ page }) => {
  const trap = trapScripts(page);
  const requests = recordPayloadRequests(page);
  await page.goto('/team/?questionnaire=/examples/hostile-questionnaire.json');
  const app = new SiloCheckPage(page);
  await page.getByLabel('Share codes or links, one per line').fill(PAYLOADS.join('\n'));
  await app.button('Add to the team view').click();
  // Each pasted word that is not a code is listed as left out, as text.
  await expect(page.locator('.sc-left-out li').first()).toBeAttached();
  await expect(page.locator('.sc-left-out')).toContainText('<script>window.__pwned');
  await expectNoInjectedMarkup(page.locator('[data-silo-check]'), 'the team view');
  await trap.expectNothingRan();
  expect(requests).toEqual([]);
});

test('a 100 KB team fragment is read entry by entry; a fragment over the limit is not read, and the page says so', async ({ page }) => {
  const trap = trapScripts(page);
  const app = new SiloCheckPage(page);
  const valid = shareCode({ ...built, answers: answersAll(2), profile: noProfile() });
  // About 100 KB: one real code among thousands of damaged ones and markup.
  const junk = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `${valid.slice(0, 30)}${i}` : 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
  const fragment = `#team=${[valid, ...junk, PAYLOADS[1]].join('.')}`;
  expect(fragment.length).toBeGreaterThan(100 * 1024);
  const started = Date.now();
  await page.goto(`/team/${fragment}`);
  await expect(page.getByText(/^1 respondent counted; [\d,]+ entries left out\.$/)).toBeVisible();
  expect(Date.now() - started).toBeLessThan(15_000);

  // Over the 512 KB the widget reads, the team code is not read, and the page says so.
  await page.goto('about:blank');
  await page.goto(`/team/#team=${'A'.repeat(600 * 1024)}`);
  await expect(page.getByText('Share codes or links, one per line')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This team link could not be opened');
  await expect(page.getByRole('alert')).toContainText('too long to read');
  await page.goto('about:blank');
  await page.goto(`/#r=${'A'.repeat(100 * 1024)}&team=`);
  await expect(page.getByRole('alert')).toContainText('far too long');
  await trap.expectNothingRan();
});

/** Saved texts that cannot be restored, and the reason the notice must give. */
function badSavedSessions(real) {
  const saved = JSON.parse(real);
  return [
    ['cut short', real.slice(0, Math.floor(real.length / 2)), 'damaged'],
    ['binary', '\u0000\u0001\u0002\u00ff\ufffd\ud83d', 'damaged'],
    ['a JSON list', '[1,2,3]', 'damaged'],
    ['an older format', JSON.stringify({ ...saved, format: 0 }), 'damaged'],
    ['no format', JSON.stringify({ ...saved, format: undefined }), 'damaged'],
    ['a newer format', JSON.stringify({ ...saved, format: 2, future: { anything: [1, 2, 3] } }), 'newer version'],
    ['another revision', JSON.stringify({ ...saved, revision: saved.revision + 1 }), 'earlier version'],
    ['another questionnaire', JSON.stringify({ ...saved, questionnaire: 'acme-quick-check' }), 'different questionnaire'],
    ['an impossible answer', JSON.stringify({ ...saved, answers: { ...saved.answers, [builtIn.questions[0].id]: 9 } }), 'damaged'],
    ['markup as an answer', JSON.stringify({ ...saved, answers: { [builtIn.questions[0].id]: PAYLOADS[1] } }), 'damaged'],
    ['300 KB', JSON.stringify({ ...saved, padding: 'x'.repeat(300 * 1024) }), 'damaged'],
  ];
}

test('saved sessions that cannot be restored are set aside, byte for byte, with a notice', async ({ page }) => {
  test.setTimeout(120_000);
  const trap = trapScripts(page);
  const app = new SiloCheckPage(page);
  await app.goto();
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 2);
  const real = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  expect(JSON.parse(real).format).toBe(1);
  for (const [name, text, words] of badSavedSessions(real)) {
    await page.evaluate(([k, t]) => { localStorage.clear(); localStorage.setItem(k, t); }, [STORAGE_KEY, text]);
    await page.reload();
    await expect(page.getByRole('alert'), name).toContainText(words);
    await expect(page.getByRole('alert'), name).toContainText('set aside');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const aside = keys.filter((k) => k.startsWith(`${STORAGE_KEY}:set-aside:`));
    expect(aside, name).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]), name).toBe(text);
    expect(keys, name).not.toContain(STORAGE_KEY);
    // The widget works, and saves afresh beside the copy.
    await app.start();
    await app.skipProfile();
    await app.answerScreen(() => 1);
    expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).format, name).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]), name).toBe(text);
  }
  await trap.expectNothingRan();
});

test('with storage really full, a saved session that cannot be restored stays where it is until it can be set aside', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  const damaged = `{"format":1,"answers":${'x'.repeat(200 * 1024)}`;
  // Fill this origin's storage to the quota, leaving less room than a copy needs.
  const filled = await page.evaluate(([key, text]) => {
    localStorage.clear();
    localStorage.setItem(key, text);
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8]) {
      try {
        for (;;) localStorage.setItem(`host-filler:${n++}`, 'f'.repeat(size));
      } catch { /* full at this size; try smaller */ }
    }
    return n;
  }, [STORAGE_KEY, damaged]);
  expect(filled).toBeGreaterThan(4);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('damaged');
  // Nothing was lost: the copy could not be written, so the original was not removed.
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(damaged);
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 3);
  // Saving would write over it, so the widget does not save, and says so once.
  await expect(page.getByText('not letting Silo Check save your answers')).toHaveCount(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(damaged);
  await app.button('Clear my answers').click();
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(damaged);
  // Once there is room, the next change sets it aside first, then saves.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('host-filler:')) localStorage.removeItem(k); });
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 3);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith(`${STORAGE_KEY}:set-aside:`));
  expect(aside).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k), aside)).toBe(damaged);
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).format).toBe(1);
});

test('with storage switched off by the browser, a share link and the team view still work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const app = new SiloCheckPage(page);
  await page.goto(`/#r=${shareCode({ ...built, answers: answersAll(4), profile: noProfile() })}`);
  await expect(app.heading('A shared Silo Check report')).toBeVisible();
  expect(await app.overallScore()).toBe(75);
  await expect(page.getByText('not letting Silo Check save your answers')).toHaveCount(1);
  await app.button('Take it yourself').click();
  await app.start();
  await app.skipProfile();
  await app.answerAll(() => 0);
  await app.openTeamView();
  await expect(page.getByText('1 respondent counted.')).toBeVisible();
});

test('messages posted into the framed widget, from any origin, are ignored', async ({ page, baseURL }) => {
  const { widget, allowed, other } = origins(baseURL);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  for (const parent of [other, allowed]) {
    await page.goto(`${parent}/examples/portal.html?widget=${widget}`);
    const frame = page.frameLocator('iframe[data-silo-check-frame]');
    const app = new SiloCheckPage(page, frame);
    await app.start();
    await app.skipProfile();
    await app.answerScreen(() => 2);
    const before = await app.shownText();
    const frameHandle = page.frames().find((f) => f.url().includes('frame.html'));
    const storageBefore = await frameHandle.evaluate(() => JSON.stringify(localStorage));
    // A listener of the test's own in the frame counts arrivals, so the test knows when
    // every message has been delivered (to the widget too, had it listened).
    await frameHandle.evaluate(() => {
      window.arrived = 0;
      addEventListener('message', () => { window.arrived += 1; });
    });
    const sent = await page.evaluate((target) => {
      const w = document.querySelector('iframe[data-silo-check-frame]').contentWindow;
      const messages = [
        'reset', 'complete', { source: 'silo-check', type: 'reset', version: 1 },
        { source: 'silo-check', type: 'complete', version: 1, payload: { overall: { score: 100 } } },
        { source: 'silo-check', type: 'answer', payload: { question: 0, level: 5 } },
        { type: 'storage', key: 'silo-check:social-media-integration', value: '{}' },
        { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
        '<img src=x onerror="window.__pwned=1">',
        new Array(100_000).fill('x').join(''),
        null, 42, [1, 2, 3], new Blob(['x']),
      ];
      for (const m of messages) w.postMessage(m, target);
      return messages.length;
    }, widget);
    await expect.poll(() => frameHandle.evaluate(() => window.arrived)).toBe(sent);
    // Nothing changed in the widget or its storage.
    expect(await app.shownText()).toBe(before);
    expect(await frameHandle.evaluate(() => JSON.stringify(localStorage))).toBe(storageBefore);
    expect(await frameHandle.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await frameHandle.evaluate(() => ({}).polluted)).toBeUndefined();
    await app.button('Next').click();
    await expect(frame.getByText('4 of 32 answered')).toBeVisible();
    await frameHandle.evaluate(() => localStorage.clear());
  }
  expect(errors.filter((e) => !e.includes('favicon') && !e.includes('404'))).toEqual([]);
});
