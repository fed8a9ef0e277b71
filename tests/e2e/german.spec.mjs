import { test, expect } from '@playwright/test';
import { SiloCheckPage, LABELS } from './silo-check-page.mjs';

/** Fails if anything inside the widget sticks out of a `width`-pixel viewport. */
async function expectNoOverflow(page, width, label) {
  const wide = await page.evaluate((w) => {
    const out = [];
    if (document.documentElement.scrollWidth > w) out.push(`document ${document.documentElement.scrollWidth}`);
    const root = document.querySelector('[data-silo-check]')?.shadowRoot;
    for (const e of root?.querySelectorAll('*') ?? []) {
      if (e.closest('.sc-visually-hidden, .sc-table-wrap')) continue;
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 0.5) out.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  }, width);
  expect(wide, `${label}: wider than ${width}px`).toEqual([]);
}

test('the whole flow in German at 320 px, with axe on every screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const app = new SiloCheckPage(page, page, LABELS.de);
  const shot = async (name) => test.info().attach(`${name}-320-de.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await app.goto('/?lang=de');
  await expect(page.locator('[data-silo-check]').locator('.sc-root')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Silo Check');
  await expect(page.getByText('Ihre Antworten verlassen diesen Browser nicht')).toBeVisible();
  await app.expectNoAxeViolations('Start (de)');
  await expectNoOverflow(page, 320, 'Start');
  await shot('start');
  await app.start();
  await app.expectNoAxeViolations('Zu Ihrer Person');
  await expectNoOverflow(page, 320, 'Zu Ihrer Person');
  await app.skipProfile();
  await expect(page.getByText('Teil 1 von 9: Zuständigkeit & Governance', { exact: true })).toBeVisible();
  await expect(app.questions().first().getByRole('radio', { name: 'Weiß nicht' })).toBeVisible();
  await app.questions().first().getByRole('radio').first().check();
  await app.expectNoAxeViolations('Fragen');
  await expectNoOverflow(page, 320, 'Fragen');
  await shot('question');
  // Leave the rest unanswered to see the review, then the results: each step says how
  // many are left, once.
  await app.button('Weiter').click();
  await expect(page.getByRole('alert')).toContainText('3 Fragen auf dieser Seite sind noch nicht beantwortet.');
  await app.expectNoAxeViolations('Offene Fragen auf der Seite');
  await expectNoOverflow(page, 320, 'Offene Fragen auf der Seite');
  await app.button('Trotzdem weiter').click();
  for (let i = 0; i < 7; i++) {
    await app.button('Weiter').click();
    await app.button('Trotzdem weiter').click();
  }
  await app.button('Zum Ergebnis').click();
  await app.button('Trotzdem weiter').click();
  await expect(page.getByRole('heading', { name: /noch offen/ })).toBeVisible();
  await app.expectNoAxeViolations('Offene Fragen');
  await app.button('Zum Ergebnis').click();
  await expect(app.heading('Ihr Silo-Check-Ergebnis')).toBeVisible();
  await expect(page.getByText('Aussagekraft: gering.', { exact: false })).toBeVisible();
  // Every section, not only the first pass (the score and "Start here").
  await expect(app.scope.getByLabel('Link zu diesem Ergebnis')).toBeVisible();
  await app.expectNoAxeViolations('Ergebnis');
  await expectNoOverflow(page, 320, 'Ergebnis');
  await shot('results');
  // The team view's page opens in German, with this result in its link.
  await app.openTeamView();
  await expect(page).toHaveURL(/\/team\/\?lang=de#team=/);
  await expect(page.getByText('1 Teilnehmende gezählt.')).toBeVisible();
  await expect(page.getByText(/^Vorschlag für das Folgetreffen: \w+, \d+\. \S+ \d{4}\.$/)).toBeVisible();
  await app.expectNoAxeViolations('Teamansicht');
  await expectNoOverflow(page, 320, 'Teamansicht');
  await shot('team');
});

test('the browser\'s language is used when the host names none', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-AT' });
  const page = await context.newPage();
  const app = new SiloCheckPage(page, page, LABELS.de);
  await app.goto('/');
  await expect(app.button('Los geht’s')).toBeVisible();
  await context.close();
});

test('the language switcher changes every word and keeps the answers', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto('/?lang=en');
  await app.start();
  await app.skipProfile();
  await app.answerScreen(() => 3);
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByText('Teil 1 von 9: Zuständigkeit & Governance', { exact: true })).toBeVisible();
  await expect(page.getByText('4 von 32 beantwortet')).toBeVisible();
  await expect(page.locator('[data-silo-check]').locator('.sc-root')).toHaveAttribute('lang', 'de');
  const first = app.questions().first();
  await expect(first.getByRole('radio').nth(3)).toBeChecked();
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByText('4 of 32 answered')).toBeVisible();
});

test('a start title given per language shows the one of the language shown, never another', async ({ page }) => {
  await page.route('**/examples/start-texts.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Start texts</title>
      <script type="module" src="../silo-check.js"></script></head>
      <body><main><h1>A host page</h1>
      <div data-silo-check data-storage="off" data-lang="de" data-start-text-de="Nur auf Deutsch.">
        <script type="application/json" data-silo-check-config>{ "start-title": { "en": "How social is Acme?", "de": "Wie sozial ist Acme?" } }</script>
      </div></main></body></html>`,
  }));
  await page.goto('/examples/start-texts.html');
  await expect(page.getByRole('heading', { name: 'Wie sozial ist Acme?' })).toBeVisible();
  await expect(page.getByText('Nur auf Deutsch.')).toBeVisible();
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { name: 'How social is Acme?' })).toBeVisible();
  // No English start text was given: the questionnaire's own introduction, not the German.
  await expect(page.getByText('Nur auf Deutsch.')).toHaveCount(0);
});
