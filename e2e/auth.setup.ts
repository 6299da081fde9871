import { expect, test as setup } from '@playwright/test';
import { LoginPage } from './pages/login-page';
import { DEMO_PASSWORD, PERSONAS, storageStateFor, type Persona } from './fixtures/users';

// Signs in once per role and saves the session for the specs that use it.
for (const persona of Object.keys(PERSONAS) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(PERSONAS[persona].email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/desk$/);
    await page.context().storageState({ path: storageStateFor(persona) });
  });
}
