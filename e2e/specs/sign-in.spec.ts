import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { LoginPage } from '../pages/login-page';
import { DEMO_PASSWORD, PERSONAS, type Persona } from '../fixtures/users';

test.describe('signing in', () => {
  for (const persona of Object.keys(PERSONAS) as Persona[]) {
    test(`a ${persona} signs in and sees the desk with their name and role`, async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn(PERSONAS[persona].email, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/desk$/);
      await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
      const header = page.getByRole('banner');
      await expect(header.getByText(PERSONAS[persona].name)).toBeVisible();
      await expect(header.getByText(PERSONAS[persona].role, { exact: true })).toBeVisible();
      await expect(header.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
      const session = (await page.context().cookies()).find((cookie) => cookie.name.includes('session-token'));
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    });
  }

  test('a wrong password is refused with one message that does not say which part was wrong', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(PERSONAS.editor.email, 'not-the-password');
    await expect(login.error()).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(/\/login/);
    await login.signIn('nobody@newsroom.test', DEMO_PASSWORD);
    await expect(login.error()).toHaveText('Wrong email or password.');
  });

  test('a signed-out visit to the desk goes to sign-in and comes back after it', async ({ page }) => {
    await page.goto('/desk/users');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk%2Fusers/);
    await new LoginPage(page).signIn(PERSONAS.admin.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/desk\/users$/);
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  });

  test('an outside callbackUrl is ignored (no open redirect)', async ({ page }) => {
    await new LoginPage(page).goto('https://evil.example/');
    await new LoginPage(page).signIn(PERSONAS.editor.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/desk$/);
  });

  test('repeated failures lock the account for a while', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 5; i++) {
      await login.signIn('locked-out@newsroom.test', `guess-${i}`);
      await expect(login.error()).toHaveText('Wrong email or password.');
    }
    await login.signIn('locked-out@newsroom.test', 'another-guess');
    await expect(login.error()).toContainText('Too many failed attempts');
  });
});

test.describe('sessions end on the server', () => {
  /** Signs in afresh (never the shared per-role session, which other specs use) and returns the session cookie. */
  async function freshSession(page: Page, persona: Persona) {
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn(PERSONAS[persona].email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/desk$/);
    return (await page.context().cookies()).find((cookie) => cookie.name.includes('session-token'))!;
  }

  test('signing out ends the session: a copy of the cookie taken before opens nothing after', async ({ page, browser }) => {
    const copied = await freshSession(page, 'editor');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    const thief = await browser.newContext();
    await thief.addCookies([copied]);
    const stolen = await thief.newPage();
    await stolen.goto('/desk');
    await expect(stolen).toHaveURL(/\/login/);
    await thief.close();
  });

  test('"Sign out everywhere" ends the sessions of every browser, and an admin can do it for a user', async ({ page, browser }) => {
    // A user of its own: signing everyone out must not end the shared per-role sessions.
    const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' });
    const adminPage = await admin.newPage();
    const name = `Sam Sessions ${Date.now().toString(36)}`;
    const email = `sessions-${Date.now().toString(36)}@newsroom.test`;
    await adminPage.goto('/desk/users');
    const form = adminPage.getByRole('form', { name: 'Create user' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Password').fill('a long enough password');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(adminPage.getByText('User created.')).toBeVisible();
    const signIn = async (target: Page) => {
      await new LoginPage(target).goto();
      await new LoginPage(target).signIn(email, 'a long enough password');
      await expect(target).toHaveURL(/\/desk$/);
    };

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage);
    await signIn(page);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/login/);
    await otherPage.goto('/desk');
    await expect(otherPage).toHaveURL(/\/login/);

    await signIn(otherPage);
    await adminPage.reload();
    await adminPage.getByRole('button', { name: `Sign out everywhere for ${name}` }).click();
    await expect(adminPage.getByText('Signed out everywhere.')).toBeVisible();
    await otherPage.goto('/desk');
    await expect(otherPage).toHaveURL(/\/login/);
    await Promise.all([other.close(), admin.close()]);
  });
});
