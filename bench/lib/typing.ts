import type { Page } from '@playwright/test';

/** Records each keystroke's time from keydown to the frame after the editor changed, in `window.typingSamples`. */
export async function listenToKeys(page: Page) {
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { typingSamples: number[] }).typingSamples = samples;
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
      },
      true,
    );
  });
}
