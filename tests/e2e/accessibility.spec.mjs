import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on any screen (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const app = new SiloCheckPage(page);
    await app.goto();
    await app.expectNoAxeViolations('start');
    await app.start();
    await app.expectNoAxeViolations('profile');
    await app.skipProfile();
    await app.questions().first().getByRole('radio').first().check();
    await app.expectNoAxeViolations('questions');
    // The list of parts, opened.
    await app.scope.getByText('All parts', { exact: true }).click();
    await expect(app.button('Leadership backing & goals')).toBeVisible();
    await app.expectNoAxeViolations('questions with the list of parts');
    // Next with questions unanswered: the message about them.
    await app.button('Next').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await app.expectNoAxeViolations('the message about unanswered questions');
    await app.button('Go on anyway').click();
    // Skip to the end with most questions unanswered to reach the review screen.
    for (let i = 0; i < 7; i++) {
      await app.button('Next').click();
      await app.button('Go on anyway').click();
    }
    await app.button('See my results').click();
    await app.button('Go on anyway').click();
    await expect(page.getByRole('heading', { name: /still unanswered/ })).toBeVisible();
    await app.expectNoAxeViolations('review');
    await app.button('See my results').click();
    await expect(app.heading('Your Silo Check results')).toBeVisible();
    // Every section, not only the first pass (the score and "Start here").
    await expect(app.scope.getByLabel('Link to this report')).toBeVisible();
    await app.expectNoAxeViolations('results');
  });
}

/** A page of the widget's own origin with one widget given `accent`, in `theme`. */
async function pageWithAccent(page, accent, theme) {
  await page.route('**/examples/accent-test.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accent</title>
      <script type="module" src="../silo-check.js"></script></head>
      <body><main><h1>A host page</h1><div data-silo-check data-storage="off" data-accent="${accent}" data-theme="${theme}"></div></main></body></html>`,
  }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('/examples/accent-test.html');
  return warnings;
}

for (const [accent, theme, adjusted] of [
  ['#8a1538', 'dark', true],
  ['#8a1538', 'light', false],
  ['#ffff00', 'light', true],
  ['#0b1220', 'dark', true],
]) {
  test(`a host accent ${accent} stays readable in the ${theme} theme`, async ({ page }) => {
    const warnings = await pageWithAccent(page, accent, theme);
    const app = new SiloCheckPage(page);
    await expect(app.button('Start')).toBeVisible();
    await app.expectNoAxeViolations(`the start screen, accent ${accent}, ${theme}`);
    await app.start();
    await app.skipProfile();
    await app.questions().first().getByRole('radio').first().check();
    await app.expectNoAxeViolations(`a question, accent ${accent}, ${theme}`);
    const said = warnings.filter((w) => w.includes(`accent colour ${accent}`) && w.includes(`${theme} theme`));
    expect(said, warnings.join('\n')).toHaveLength(adjusted ? 1 : 0);
  });
}
