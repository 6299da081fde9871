import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('an editor puts two contributors and a with line in the byline, a colleague sees it live, and readers get the byline linking to the contributor page that lists the story', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // three browsers, a review and a publication
  const editor = new StoryEditorPage(page);
  const headline = `Grain talks resume in Minsk ${Date.now()}`;
  const url = await editor.createNew(headline, 'Talks on grain exports resumed in Minsk on Monday.');

  // A colleague has the story open on the desk.
  const colleague = await ReviewerSession.open(browser, url);
  await new StoryEditorPage(colleague.page).ready();
  const theirByline = colleague.page.getByRole('group', { name: 'Byline' });
  await expect(theirByline.getByText('No byline: the story shows none.')).toBeVisible();

  const byline = page.getByRole('group', { name: 'Byline' });
  // A contributor record, as writer.
  await byline.getByLabel('Contributor', { exact: true }).selectOption({ label: 'Elena Volkova' });
  await byline.getByLabel('Role', { exact: true }).selectOption({ label: 'Writer' });
  await byline.getByRole('button', { name: 'Add contributor' }).click();
  // A typed name, as photographer.
  await byline.getByLabel('Name', { exact: true }).fill('Olga Ivanova');
  await byline.getByLabel('Role', { exact: true }).selectOption({ label: 'Photographer' });
  await byline.getByRole('button', { name: 'Add contributor' }).click();
  await byline.getByLabel('With line', { exact: true }).click();
  await page.keyboard.type('With reporting by Ivan Sidorov');

  const contributors = (group: typeof byline) => group.getByRole('list', { name: 'Contributors' }).getByRole('listitem');
  await expect(contributors(byline)).toHaveCount(2);
  // The colleague sees each change without a reload: the two contributors in order, their roles, the with line.
  await expect(contributors(theirByline)).toHaveText([/Elena Volkova/, /Olga Ivanova/]);
  await expect(theirByline.getByLabel('Role of Olga Ivanova')).toHaveValue('photographer');
  await expect(theirByline.getByLabel('With line', { exact: true })).toHaveValue('With reporting by Ivan Sidorov');
  // Reordered and back: the colleague follows.
  await byline.getByRole('button', { name: 'Move Olga Ivanova up' }).click();
  await expect(contributors(theirByline)).toHaveText([/Olga Ivanova/, /Elena Volkova/]);
  await byline.getByRole('button', { name: 'Move Olga Ivanova down' }).click();
  await expect(contributors(theirByline)).toHaveText([/Elena Volkova/, /Olga Ivanova/]);

  await editor.save();
  await editor.submitForReview();
  await colleague.page.reload();
  await colleague.approveAndPublish();
  const published = await colleague.page.getByRole('link', { name: 'View published version' }).getAttribute('href');
  await colleague.close();

  // A reader, signed in nowhere.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const story = await reader.newPage();
  await story.goto(published!);
  const shown = story.getByTestId('byline');
  await expect(shown).toContainText('By Elena Volkova · Photos: Olga Ivanova');
  await expect(shown).toContainText('With reporting by Ivan Sidorov');
  await expect(shown.getByRole('link')).toHaveCount(1); // a typed name has no page
  const jsonLd = JSON.parse((await story.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.author).toEqual([{ '@type': 'Person', name: 'Elena Volkova', url: expect.stringMatching(/\/contributors\/elena-volkova$/) }]);
  expect(jsonLd.contributor).toEqual([{ '@type': 'Person', name: 'Olga Ivanova' }]);
  // No script reached the reader for it.
  await expect(story.locator('script:not([type="application/ld+json"])[src]')).toHaveCount(0);

  await shown.getByRole('link', { name: 'Elena Volkova' }).click();
  await expect(story).toHaveURL(/\/contributors\/elena-volkova$/);
  await expect(story.getByRole('heading', { level: 1, name: 'Elena Volkova' })).toBeVisible();
  const listed = story.getByRole('link', { name: headline });
  await expect(listed).toBeVisible();
  const feed = await story.request.get('/contributors/elena-volkova/rss.xml');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(headline);
  await reader.close();
});

test('an editor has no Contributors page; a reviewer adds a contributor whose page then exists', async ({ browser, page }) => {
  await page.goto('/desk/contributors');
  await expect(page.getByRole('heading', { name: 'Contributors' })).toHaveCount(0);

  const context = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const reviewer = await context.newPage();
  await reviewer.goto('/desk/tags');
  await reviewer.getByRole('navigation', { name: 'Taxonomy' }).getByRole('link', { name: 'Contributors' }).click();
  await expect(reviewer.getByRole('heading', { name: 'Contributors', level: 1 })).toBeVisible();
  const slug = `pavel-orlov-${Date.now()}`;
  const form = reviewer.getByRole('form', { name: 'New contributor' });
  await form.getByLabel('Name', { exact: true }).fill('Pavel Orlov');
  await form.getByLabel('Address (leave empty to make it from the name)').fill(slug);
  await form.getByLabel('Short bio').fill('Stringer in Kazan');
  await form.getByRole('button', { name: 'Add contributor' }).click();
  await expect(reviewer.getByRole('link', { name: `/contributors/${slug}` })).toBeVisible();
  await reviewer.goto(`/contributors/${slug}`);
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Pavel Orlov' })).toBeVisible();
  await expect(reviewer.getByText('Stringer in Kazan')).toBeVisible();
  await expect(reviewer.getByText('No published stories yet.')).toBeVisible();
  await context.close();
});
