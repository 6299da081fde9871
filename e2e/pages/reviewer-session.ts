import { expect, type Browser, type Page } from '@playwright/test';
import { storageStateFor } from '../fixtures/users';

/** A reviewer in their own browser context, working on one story. */
export class ReviewerSession {
  private constructor(
    readonly page: Page,
    private readonly close_: () => Promise<void>,
  ) {}

  static async open(browser: Browser, storyUrl: string) {
    const context = await browser.newContext({ storageState: storageStateFor('reviewer') });
    const page = await context.newPage();
    await page.goto(storyUrl);
    return new ReviewerSession(page, () => context.close());
  }

  async move(button: 'Approve' | 'Publish' | 'Unschedule', message: string) {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await expect(this.page.getByText(message)).toBeVisible();
  }

  approve() {
    return this.move('Approve', 'Story approved.');
  }
  publish() {
    return this.move('Publish', 'Story published.');
  }

  async approveAndPublish() {
    await this.approve();
    await this.publish();
  }

  close() {
    return this.close_();
  }
}
