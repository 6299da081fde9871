import type { Locator } from '@playwright/test';

/**
 * Selects a phrase inside the body editor, as dragging the mouse over it would: a
 * DOM selection that ProseMirror reads on `selectionchange`.
 */
export async function selectPhrase(body: Locator, phrase: string) {
  await body.click();
  await body.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the body`);
  }, phrase);
}
