import { test, expect } from '../fixtures/test';
import { DEMO_PASSWORD, PERSONAS } from '../fixtures/users';
import { LoginPage } from '../pages/login-page';

// Everyone in one office (or behind one proxy) signs in from one address. The end-to-end
// app trusts loopback as its proxy, so X-Forwarded-For names that shared address.
test('made-up emails from a shared address lock nobody out: the right password still signs in', async ({ browser }) => {
  test.setTimeout(120_000);
  const office = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': office } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  for (let i = 0; i <= 20; i++) {
    await login.signIn(`nobody-${i}@made-up.example`, 'guess');
    await expect(login.error()).toContainText('Wrong email or password.');
  }
  // The address is held now: a wrong password is told so, without saying whether the email exists ...
  await login.signIn(PERSONAS.editor.email, 'not the password');
  await expect(login.error()).toHaveText('Wrong email or password. Many sign-ins have failed from your network lately: check both carefully.');
  await login.signIn('nobody-else@made-up.example', 'guess');
  await expect(login.error()).toHaveText('Wrong email or password. Many sign-ins have failed from your network lately: check both carefully.');
  // ... and a colleague who knows her password, on a browser that never signed in before, gets in.
  await login.signIn(PERSONAS.editor.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/desk$/);
  await context.close();
});
