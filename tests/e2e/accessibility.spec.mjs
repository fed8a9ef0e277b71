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
    // Skip to the end with most questions unanswered to reach the review screen.
    for (let i = 0; i < 8; i++) await app.button('Next').click();
    await app.button('See my results').click();
    await expect(page.getByRole('heading', { name: /still unanswered/ })).toBeVisible();
    await app.expectNoAxeViolations('review');
    await app.button('See my results').click();
    await expect(app.heading('Your Silo Check results')).toBeVisible();
    await app.expectNoAxeViolations('results');
  });
}
