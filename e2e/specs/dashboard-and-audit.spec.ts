import { test, expect } from '../fixtures/test';

test.describe('as a reviewer', () => {
  test.use({ persona: 'reviewer' });

  test('the dashboard charts publications per hour over two days and gives the median time to publication', async ({ page }) => {
    await page.goto('/desk');
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { name: 'Stories published per hour, last two days' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Stories published per hour over the last 48 hours/ })).toBeVisible();
    // The axis's name overlaps none of its numbers.
    const overlaps = await page.getByTestId('value-axis').evaluate((axis) => {
      const name = axis.querySelector('[data-testid="axis-name"]')!.getBoundingClientRect();
      return [...axis.querySelectorAll('text:not([data-testid])')]
        .filter((tick) => {
          const box = tick.getBoundingClientRect();
          return box.left < name.right && name.left < box.right && box.top < name.bottom && name.top < box.bottom;
        })
        .map((tick) => tick.textContent);
    });
    expect(overlaps).toEqual([]);
    await page.getByText('Numbers per hour').click();
    await expect(page.getByRole('table', { name: 'Stories published per hour' }).locator('tbody tr')).toHaveCount(48);
    await expect(page.getByTestId('median-submit-to-publish')).toHaveText(/\d+ (min|h|days)/);
    await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('button', { name: 'Admin' })).toHaveCount(0);
    await page.goto('/desk/audit');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  });
});

test.describe('as an admin', () => {
  test.use({ persona: 'admin' });

  test('the audit log lists the desk’s events and filters them by action', async ({ page }) => {
    await page.goto('/desk');
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('button', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Audit log' }).click();
    const rows = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    await page.getByLabel('Action').selectOption('story.publish');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/action=story\.publish/);
    const actions = await rows.locator('td:nth-child(3)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['published it']));
  });
});
