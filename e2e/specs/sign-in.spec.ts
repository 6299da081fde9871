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
      await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
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

test.describe('signed in', () => {
  test.use({ persona: 'editor' });

  test('signing out ends the session', async ({ page }) => {
    await page.goto('/desk');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/desk');
    await expect(page).toHaveURL(/\/login/);
  });
});
