import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { createSection, deleteSection, setSectionHidden } from '@/lib/sections/mutations';
import { getSectionBySlug } from '@/lib/sections/queries';
import { applyBulkAction } from '@/lib/stories/bulk';
import { countDeskStories, listDeskStories } from '@/lib/stories/desk-queries';
import { purgeSpikedStories } from '@/lib/stories/purge-spiked';
import { forgetSearchResults, searchPublishedStories } from '@/lib/stories/search';
import { transitionStory } from '@/lib/stories/transition';
import { addAlias, createTag } from '@/lib/tags/mutations';
import { saveView } from '@/lib/views/mutations';
import { listSavedViews } from '@/lib/views/queries';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const unique = () => `${Date.now()}${Math.random().toString(36).slice(2, 7)}`;

async function published(editor: Awaited<ReturnType<typeof seedUser>>, overrides: Parameters<typeof storyInput>[0]) {
  const reviewer = await seedUser('REVIEWER');
  const story = await saveStoryInput(editor, storyInput(overrides));
  await transitionStory(editor, { storyId: story.id, action: 'submit' });
  await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
  await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
  return story;
}

describe('spike', () => {
  it('sets aside a never-published story, restores it, and purges it after 30 days', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ headline: `Test draft ${unique()}` }));
    await transitionStory(editor, { storyId: story.id, action: 'spike' });
    expect((await prisma.story.findUnique({ where: { id: story.id } }))?.status).toBe('SPIKED');
    // Off the default list; on its own tab.
    expect((await listDeskStories(editor, { mine: true })).stories.map((s) => s.id)).not.toContain(story.id);
    expect((await listDeskStories(editor, { mine: true, status: 'SPIKED' })).stories.map((s) => s.id)).toContain(story.id);
    // A spiked story cannot be edited.
    const { version } = (await prisma.story.findUnique({ where: { id: story.id }, select: { version: true } }))!;
    await expect(saveStoryInput(editor, storyInput({ id: story.id, baseVersion: version }))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await transitionStory(editor, { storyId: story.id, action: 'unspike' });
    expect((await prisma.story.findUnique({ where: { id: story.id } }))?.status).toBe('DRAFT');

    await transitionStory(editor, { storyId: story.id, action: 'spike' });
    expect(await purgeSpikedStories(new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(await prisma.story.count({ where: { id: story.id } })).toBe(1);
    expect(await purgeSpikedStories(new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await prisma.story.count({ where: { id: story.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: 'story.purge', data: { path: ['storyId'], equals: story.id } } })).toBe(1);
  });

  it('never spikes a story readers have seen', async () => {
    const editor = await seedUser('EDITOR');
    const story = await published(editor, { headline: `Live ${unique()}` });
    await expect(transitionStory(editor, { storyId: story.id, action: 'spike' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('bulk actions', () => {
  it('applies each change on its own and says what was refused and why', async () => {
    const editor = await seedUser('EDITOR');
    const section = await createSection(await seedUser('ADMIN'), { name: `Bulk ${unique()}` });
    const tag = await createTag(editor, { kind: 'PERSON', name: `Bulk Person ${unique()}` });
    const a = await saveStoryInput(editor, storyInput({ headline: `Bulk A ${unique()}` }));
    const b = await saveStoryInput(editor, storyInput({ headline: `Bulk B ${unique()}` }));
    const live = await published(editor, { headline: `Bulk live ${unique()}` });

    const placed = await applyBulkAction(editor, { action: 'setSection', storyIds: [a.id, b.id], sectionId: section.id });
    expect(placed.done).toHaveLength(2);
    expect(await prisma.story.count({ where: { id: { in: [a.id, b.id] }, sectionId: section.id } })).toBe(2);

    const tagged = await applyBulkAction(editor, { action: 'addTag', storyIds: [a.id, b.id], tagId: tag.id });
    expect(tagged.done).toHaveLength(2);
    expect(await prisma.storyTag.count({ where: { tagId: tag.id } })).toBe(2);

    const spiked = await applyBulkAction(editor, { action: 'spike', storyIds: [a.id, live.id] });
    expect(spiked.done.map((d) => d.id)).toEqual([a.id]);
    expect(spiked.refused).toEqual([{ id: live.id, headline: expect.stringContaining('Bulk live'), reason: expect.stringMatching(/cannot be/) }]);

    const submitted = await applyBulkAction(editor, { action: 'submit', storyIds: [b.id] });
    expect(submitted.done).toHaveLength(1);
    expect((await prisma.story.findUnique({ where: { id: b.id } }))?.status).toBe('IN_REVIEW');
  });
});

describe('bulk undo and restore', () => {
  it('undoes a spike, a section change and an added tag exactly, and restores spiked stories in bulk', async () => {
    const editor = await seedUser('EDITOR');
    const admin = await seedUser('ADMIN');
    const [north, south] = [await createSection(admin, { name: `North ${unique()}` }), await createSection(admin, { name: `South ${unique()}` })];
    const tag = await createTag(editor, { kind: 'PERSON', name: `Undo Person ${unique()}` });
    const a = await saveStoryInput(editor, storyInput({ headline: `Undo A ${unique()}`, sectionId: north.id }));
    const b = await saveStoryInput(editor, storyInput({ headline: `Undo B ${unique()}`, sectionId: south.id, tagIds: [tag.id] }));
    const c = await saveStoryInput(editor, storyInput({ headline: `Undo C ${unique()}` }));
    const ids = [a.id, b.id, c.id];
    const sectionsOf = async () =>
      Object.fromEntries((await prisma.story.findMany({ where: { id: { in: ids } }, select: { id: true, sectionId: true } })).map((s) => [s.id, s.sectionId]));

    // Taking the section away, then undoing it, puts each story's own section back.
    const cleared = await applyBulkAction(editor, { action: 'setSection', storyIds: ids, sectionId: '' });
    expect(await sectionsOf()).toEqual({ [a.id]: null, [b.id]: null, [c.id]: null });
    for (const undo of cleared.undo) await applyBulkAction(editor, undo);
    expect(await sectionsOf()).toEqual({ [a.id]: north.id, [b.id]: south.id, [c.id]: null });

    // Undoing "add a tag" takes it only off the stories it was added to.
    const tagged = await applyBulkAction(editor, { action: 'addTag', storyIds: ids, tagId: tag.id });
    expect(tagged.undo).toEqual([{ action: 'removeTag', storyIds: [a.id, c.id], tagId: tag.id }]);
    for (const undo of tagged.undo) await applyBulkAction(editor, undo);
    expect((await prisma.storyTag.findMany({ where: { tagId: tag.id }, select: { storyId: true } })).map((t) => t.storyId)).toEqual([b.id]);

    // Spike, undo (restored as drafts), spike again, and restore in bulk from the Spiked view.
    const spiked = await applyBulkAction(editor, { action: 'spike', storyIds: ids });
    expect(spiked.undo).toEqual([{ action: 'unspike', storyIds: ids }]);
    await applyBulkAction(editor, spiked.undo[0]!);
    expect(await prisma.story.count({ where: { id: { in: ids }, status: 'DRAFT' } })).toBe(3);
    await applyBulkAction(editor, { action: 'spike', storyIds: ids });
    const restored = await applyBulkAction(editor, { action: 'unspike', storyIds: [a.id, b.id] });
    expect(restored.done.map((d) => d.id)).toEqual([a.id, b.id]);
    expect(await prisma.story.count({ where: { id: { in: ids }, status: 'SPIKED' } })).toBe(1);

    // A submission has no move back: nothing to undo.
    const submitted = await applyBulkAction(editor, { action: 'submit', storyIds: [a.id] });
    expect(submitted.undo).toEqual([]);
  });
});

describe('status counts and saved views', () => {
  it('counts each status within the active filters, and a saved view counts live', async () => {
    const editor = await seedUser('EDITOR');
    const section = await createSection(await seedUser('ADMIN'), { name: `Counted ${unique()}` });
    const one = await saveStoryInput(editor, storyInput({ headline: `Counted one ${unique()}`, sectionId: section.id }));
    await saveStoryInput(editor, storyInput({ headline: `Counted two ${unique()}`, sectionId: section.id }));
    await transitionStory(editor, { storyId: one.id, action: 'submit' });
    const counts = await countDeskStories(editor, { sectionId: section.id });
    expect(counts.byStatus).toEqual({ DRAFT: 1, IN_REVIEW: 1 });
    expect(counts.all).toBe(2);

    await saveView(editor, { name: 'My section drafts', shared: false, query: `sectionId=${section.id}&status=DRAFT&junk=1` });
    const before = (await listSavedViews(editor)).find((v) => v.name === 'My section drafts');
    expect(before).toMatchObject({ count: 1, query: `status=DRAFT&sectionId=${section.id}` });
    await saveStoryInput(editor, storyInput({ headline: `Counted three ${unique()}`, sectionId: section.id }));
    expect((await listSavedViews(editor)).find((v) => v.name === 'My section drafts')?.count).toBe(2);
    await expect(saveView(editor, { name: 'My section drafts', shared: false, query: 'status=DRAFT' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Personal views are not someone else's; shared ones are everyone's.
    const other = await seedUser('EDITOR');
    expect((await listSavedViews(other)).some((v) => v.name === 'My section drafts')).toBe(false);
    await saveView(editor, { name: `Shared ${unique()}`, shared: true, query: 'status=IN_REVIEW' });
    expect((await listSavedViews(other)).some((v) => v.shared && v.name.startsWith('Shared'))).toBe(true);
  });
});

describe('sections', () => {
  it('hides a section from readers and deletes one only after its stories move', async () => {
    const admin = await seedUser('ADMIN');
    const editor = await seedUser('EDITOR');
    const doomed = await createSection(admin, { name: `Doomed ${unique()}` });
    const heir = await createSection(admin, { name: `Heir ${unique()}` });
    const story = await saveStoryInput(editor, storyInput({ headline: `Moves ${unique()}`, sectionId: doomed.id }));
    await setSectionHidden(admin, { id: doomed.id, hidden: true });
    expect(await getSectionBySlug(doomed.slug)).toBeNull();
    await expect(deleteSection(admin, { id: doomed.id, moveTo: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await deleteSection(admin, { id: doomed.id, moveTo: heir.id });
    expect((await prisma.story.findUnique({ where: { id: story.id } }))?.sectionId).toBe(heir.id);
    expect(await prisma.section.count({ where: { id: doomed.id } })).toBe(0);
  });
});

describe('public search', () => {
  const found = async (query: string) => {
    forgetSearchResults();
    return (await searchPublishedStories(query, 'en')).stories.map((s) => s.storyId);
  };

  it('finds names joined by "&" and stories tagged with a tag named in any language', async () => {
    const editor = await seedUser('EDITOR');
    const att = await published(editor, {
      headline: `AT&T agrees to sell its stake ${unique()}`,
      body: docFromParagraphs(['The deal was announced on Monday.']),
    });
    expect(await found('AT&T')).toContain(att.id);
    expect(await found('at&t stake')).toContain(att.id);

    const name = `Nikolai Testovich ${unique()}`;
    const alias = `Тестович${unique().replace(/\d/g, '')}`;
    const tag = await createTag(editor, { kind: 'PERSON', name });
    await addAlias(editor, { tagId: tag.id, name: alias });
    const tagged = await published(editor, {
      headline: `Minister visits the capital ${unique()}`,
      tagIds: [tag.id],
      body: docFromParagraphs(['He met the president.']),
    });
    expect(await found(alias)).toEqual([tagged.id]);
  });
});
