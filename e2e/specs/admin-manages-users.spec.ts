import { test, expect } from '../fixtures/test';
import { LoginPage } from '../pages/login-page';

test.describe('an admin', () => {
  test.use({ persona: 'admin' });

  test('creates a user who can sign in, then deactivates them and their session ends', async ({ page, browser }) => {
    const email = `new-editor-${Date.now()}@newsroom.test`;
    await page.goto('/desk/users');
    const form = page.getByRole('form', { name: 'Create user' });
    await form.getByLabel('Name').fill('Nadia Newcomer');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption('EDITOR');
    await form.getByLabel('Password').fill('short');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
    await expect(form.getByLabel('Email')).toHaveValue(email); // nothing typed is lost

    await form.getByLabel('Password').fill('a-good-long-password');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText(email)).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const newcomer = await context.newPage();
    await new LoginPage(newcomer).goto();
    await new LoginPage(newcomer).signIn(email, 'a-good-long-password');
    await expect(newcomer.getByRole('banner').getByText('Nadia Newcomer')).toBeVisible();

    // Every row's role select stands in one column, and saving (its message) moves none of them.
    await page.setViewportSize({ width: 1366, height: 900 });
    const selectsAt = () =>
      page.getByRole('combobox', { name: /^Role of / }).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    const before = await selectsAt();
    expect(new Set(before).size).toBe(1);
    const row = page.getByRole('form', { name: 'Settings for Nadia Newcomer' });
    await row.getByRole('checkbox', { name: 'Nadia Newcomer is active' }).uncheck();
    await row.getByRole('button', { name: 'Save Nadia Newcomer' }).click();
    await expect(row.getByRole('status')).toHaveText('User saved.');
    expect(await selectsAt()).toEqual(before);

    await newcomer.goto('/desk');
    await expect(newcomer).toHaveURL(/\/login/);
    await new LoginPage(newcomer).signIn(email, 'a-good-long-password');
    await expect(new LoginPage(newcomer).error()).toHaveText('Wrong email or password.');
    await context.close();
  });
});

test.describe('an editor', () => {
  test.use({ persona: 'editor' });

  test('does not see the users page and is refused it', async ({ page }) => {
    await page.goto('/desk');
    await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
    await page.goto('/desk/users');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  });
});
