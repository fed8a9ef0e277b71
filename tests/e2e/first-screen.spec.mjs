import { test, expect } from '@playwright/test';
import { SiloCheckPage } from './silo-check-page.mjs';

test('the widget mounts with the built-in questionnaire title and leads to its first question', async ({ page }) => {
  const app = new SiloCheckPage(page);
  await app.goto();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Silo Check');
  await expect(page.getByText('Your answers never leave this browser')).toBeVisible();
  await app.start();
  await app.skipProfile();
  await expect(page.getByRole('heading', { name: 'Ownership & governance' })).toBeVisible();
  const first = app.questions().first();
  await expect(first).toBeVisible();
  await expect(first.getByRole('radio')).toHaveCount(6);
  await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('aria-valuenow', '0');
});
