// The embed configurator (configurator/ in the build): options chosen in its form show in
// the live preview at once, and the snippets it writes work when pasted into a page.
import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

test('the configurator\'s preview follows the form, and its snippets work on a page of their own', async ({ page }) => {
  await page.goto('/configurator/');
  const preview = page.locator('#preview silo-check');
  await expect(preview.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await new SiloCheckPage(page).expectNoAxeViolations('the configurator');

  const form = page.getByRole('form', { name: 'Options' });
  await form.getByLabel('Language').selectOption('de');
  await form.getByLabel('Theme').selectOption('dark');
  await form.getByLabel('30/60/90-day plan').uncheck();
  await expect(preview.getByRole('button', { name: 'Los geht’s', exact: true })).toBeVisible();
  await expect(preview).toHaveAttribute('theme', 'dark');

  const inline = await page.getByLabel('Inline, in a page of yours').inputValue();
  expect(inline).toContain('integrity="sha384-');
  expect(inline).toContain('data-lang="de"');
  expect(inline).toContain('data-show="score,chart,model,start-here,recommendations"');
  const framed = await page.getByLabel('In an iframe, on another site').inputValue();
  expect(framed).toContain('lang=de');

  // What it wrote, pasted into pages of a site: the widget runs with those options.
  for (const [path, snippet] of [['/examples/pasted-inline.html', inline], ['/examples/pasted-iframe.html', framed]]) {
    await page.route(`**${path}`, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main><h1>A page</h1>\n${snippet}\n</main></body></html>`,
    }));
  }
  await page.goto('/examples/pasted-inline.html');
  const widget = page.locator('[data-silo-check]');
  await expect(widget.getByRole('button', { name: 'Los geht’s', exact: true })).toBeVisible();
  await expect(widget).toHaveAttribute('data-sc-theme', 'dark');
  await page.goto('/examples/pasted-iframe.html');
  await expect(page.frameLocator('iframe').getByRole('button', { name: 'Los geht’s', exact: true })).toBeVisible();
});

test('a questionnaire file picked in the configurator shows in the preview, and the snippet names where to put it', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  await page.goto('/configurator/');
  const file = readFileSync(new URL('../../examples/acme-questionnaire.json', import.meta.url));
  await page.getByLabel('Or try a questionnaire file of yours').setInputFiles({ name: 'acme questionnaire.json', mimeType: 'application/json', buffer: file });
  const title = JSON.parse(file.toString('utf8')).title;
  const shown = typeof title === 'string' ? title : title.en;
  await expect(page.locator('#preview silo-check').getByRole('heading', { name: shown })).toBeVisible();
  await expect(page.getByLabel('Inline, in a page of yours')).toHaveValue(/data-questionnaire="\/questionnaires\/acme-questionnaire\.json"/);
});

test('copying a snippet copies it, or selects it where the browser has no clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/configurator/');
  await expect(page.getByLabel('Inline, in a page of yours')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Copy the inline snippet' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('Inline, in a page of yours').inputValue());

  // A plain-http intranet has no navigator.clipboard: the snippet is selected instead.
  const bare = await context.newPage();
  await bare.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); });
  await bare.goto('/configurator/');
  await expect(bare.getByLabel('In an iframe, on another site')).not.toHaveValue('');
  await bare.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await expect(bare.getByRole('status')).toHaveText(/^Selected: press (Ctrl\+C|⌘C) to copy\.$/);
  await expect(bare.getByLabel('In an iframe, on another site')).toBeFocused();
  await bare.close();
});
