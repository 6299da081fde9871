import { expect, type Page } from '@playwright/test';

/** The desk's story form, as a person uses it. */
export class StoryEditorPage {
  constructor(readonly page: Page) {}

  headline() {
    return this.page.getByLabel('Headline', { exact: true });
  }
  body() {
    return this.page.getByRole('textbox', { name: 'Body' });
  }
  status() {
    return this.page.getByTestId('save-status');
  }
  toolbarButton(name: string) {
    return this.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  }

  /**
   * Waits until the story can be typed in, as a person would: the form says it has the
   * story (the shared text is there, the fields take input).
   */
  async ready() {
    await expect(this.body()).toHaveAttribute('contenteditable', 'true');
    // Suggesting (a reviewer's default in someone else's story), the headline is read-only and proposed apart.
    await expect(this.headline()).toBeEnabled();
  }

  /** Suggesting on or off, by its switch. */
  async setSuggesting(on: boolean) {
    const toggle = this.page.getByRole('switch', { name: 'Suggesting' });
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', String(on));
  }

  /** Opens a story's page and waits until it can be typed in. */
  async open(url: string) {
    await this.page.goto(url);
    await this.ready();
  }

  /** Reloads the story's page and waits until it can be typed in again. */
  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** "New story": the story is made at once and its own page opens, ready to type in. */
  async startNew() {
    await this.page.goto('/desk/stories/new');
    await expect(this.page).toHaveURL(/\/desk\/stories\/(?!new$)[a-z0-9]+$/);
    await this.ready();
    return this.page.url();
  }

  async createNew(headline: string, bodyText: string) {
    await this.startNew();
    await this.headline().fill(headline);
    await this.body().click();
    await this.page.keyboard.type(bodyText);
    await this.save();
    return this.page.url();
  }

  async submitForReview() {
    await this.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(this.page.getByText('Story in review.')).toBeVisible();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status()).toHaveText('Saved');
  }

  /** Puts HTML on the clipboard of a paste into the body, as a browser does. */
  async pasteHtml(html: string, text = '') {
    await this.body().click();
    await this.body().evaluate(
      (element, data) => {
        const transfer = new DataTransfer();
        transfer.setData('text/html', data.html);
        transfer.setData('text/plain', data.text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      },
      { html, text },
    );
  }
}
