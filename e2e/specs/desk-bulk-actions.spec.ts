import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

const unique = () => `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

test.describe('bulk actions on the desk list', () => {
  test.use({ persona: 'editor' });

  test('nothing is preselected, each change is confirmed with its count, Undo puts it back, and the Spiked view restores in bulk', async ({ page }) => {
    test.slow(); // three stories and six bulk changes
    const run = unique();
    const editor = new StoryEditorPage(page);
    const headlines = [`Bulk undo one ${run}`, `Bulk undo two ${run}`, `Bulk undo three ${run}`];
    for (const headline of headlines) await editor.createNew(headline, 'Copy for the bulk journey.');
    await page.goto(`/desk?q=${run}`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    const bulk = page.getByRole('group', { name: 'Bulk actions' });
    const result = page.getByRole('status', { name: 'Bulk action result' });
    const selectAll = page.getByRole('checkbox', { name: 'Select all stories on this page' });

    // No action and no section is chosen by default: Apply asks for one and changes nothing.
    await selectAll.check();
    await expect(bulk).toContainText('3 selected');
    await expect(bulk.getByLabel('Action')).toHaveValue('');
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulk).toContainText('Choose an action.');
    await bulk.getByLabel('Action').selectOption({ label: 'Set section' });
    await expect(bulk.getByLabel('New section')).toHaveValue('');
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulk).toContainText('Choose the new section.');

    // Moving them is confirmed with the number of stories; Undo puts each back.
    await bulk.getByLabel('New section').selectOption({ label: 'Science' });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Move 3 stories to Science?' });
    await confirm.getByRole('button', { name: 'Move 3 stories' }).click();
    await expect(result).toContainText('Set section: done for 3 stories.');
    for (const headline of headlines) await expect(row(headline)).toContainText('Science');
    await result.getByRole('button', { name: 'Undo' }).click();
    await expect(result).toContainText('Undone');
    for (const headline of headlines) await expect(row(headline)).not.toContainText('Science');

    // Spike: Cancel changes nothing; confirmed, the stories leave the list; Undo brings them back.
    await selectAll.check();
    await bulk.getByLabel('Action').selectOption({ label: 'Spike' });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    const spike = page.getByRole('dialog', { name: 'Spike 3 stories?' });
    await expect(spike).toContainText('can be restored for 30 days');
    await spike.getByRole('button', { name: 'Cancel' }).click();
    await expect(spike).toHaveCount(0);
    for (const headline of headlines) await expect(row(headline)).toBeVisible();
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await spike.getByRole('button', { name: 'Spike 3 stories' }).click();
    await expect(result).toContainText('Spike: done for 3 stories.');
    for (const headline of headlines) await expect(row(headline)).toHaveCount(0);
    await result.getByRole('button', { name: 'Undo' }).click();
    await expect(result).toContainText('Undone');
    for (const headline of headlines) await expect(row(headline)).toBeVisible();

    // Spiked again, the Spiked view offers Restore for all of them at once.
    await selectAll.check();
    await bulk.getByLabel('Action').selectOption({ label: 'Spike' });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await spike.getByRole('button', { name: 'Spike 3 stories' }).click();
    await expect(result).toContainText('Spike: done for 3 stories.');
    await page.goto(`/desk?q=${run}&status=SPIKED`);
    for (const headline of headlines) await expect(row(headline)).toBeVisible();
    await selectAll.check();
    await expect(bulk.getByLabel('Action').locator('option:not([disabled])')).toHaveText(['Restore']);
    await bulk.getByLabel('Action').selectOption({ label: 'Restore' });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await page.getByRole('dialog', { name: 'Restore 3 stories?' }).getByRole('button', { name: 'Restore 3 stories' }).click();
    await expect(result).toContainText('Restore: done for 3 stories.');
    for (const headline of headlines) await expect(row(headline)).toHaveCount(0);
    await page.goto(`/desk?q=${run}&status=DRAFT`);
    for (const headline of headlines) await expect(row(headline)).toBeVisible();
  });
});
