import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { docFromParagraphs } from '@/lib/content/document';
import { transitionStory } from '@/lib/stories/transition';
import { getPublishedStory } from '@/lib/stories/public-queries';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

describe('workflow transitions on PostgreSQL', () => {
  it('refuses to submit a story with an empty body, saying which field', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['']) }));
    await expect(transitionStory(editor, { storyId: story.id, action: 'submit' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { body: [expect.stringMatching(/body/)] } });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('DRAFT');
  });

  it('runs draft → review → approved → published with audit, revisions and notifications; four eyes holds', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const other = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput());
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await expect(transitionStory(editor, { storyId: story.id, action: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await saveStoryInput(reviewer, storyInput({ id: story.id, baseVersion: 1, slug: story.slug, headline: 'Edited by the reviewer' }));
    await expect(transitionStory(reviewer, { storyId: story.id, action: 'approve' })).rejects.toThrow(/another reviewer/);
    await transitionStory(other, { storyId: story.id, action: 'approve', baseVersion: 2 });
    await transitionStory(other, { storyId: story.id, action: 'publish' });

    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.status).toBe('PUBLISHED');
    expect(row.firstPublishedAt).not.toBeNull();
    expect((await getPublishedStory(story.slug))?.headline).toBe('Edited by the reviewer');
    const audit = await prisma.auditEvent.findMany({ where: { storyId: story.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['story.create', 'story.submit', 'story.approve', 'story.publish']);
    expect(await prisma.notification.count({ where: { userId: editor.id, storyId: story.id } })).toBe(2);
  });

  it('keeps the published text while an update is pending, and a kill withdraws it', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Live text' }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    const update = await saveStoryInput(editor, storyInput({ id: story.id, baseVersion: 1, slug: story.slug, headline: 'Pending update' }));
    expect(update.status).toBe('DRAFT');
    expect((await getPublishedStory(story.slug))?.headline).toBe('Live text');

    await expect(transitionStory(reviewer, { storyId: story.id, action: 'kill' })).rejects.toThrow(/note/);
    await transitionStory(reviewer, { storyId: story.id, action: 'kill', note: 'Legal request' });
    expect(await getPublishedStory(story.slug)).toBeNull();
    expect((await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } })).killNote).toBe('Legal request');
  });

  it('an editor can neither approve, publish nor kill', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput());
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    // Approve, request changes and kill are moves an in-review story has, but not for an editor;
    // publishing is no move from review at all (it needs approval first).
    const expected = { approve: 'FORBIDDEN', requestChanges: 'FORBIDDEN', kill: 'FORBIDDEN', publish: 'INVALID_TRANSITION' } as const;
    for (const [action, code] of Object.entries(expected) as [keyof typeof expected, string][]) {
      await expect(transitionStory(editor, { storyId: story.id, action, note: 'x' }), action).rejects.toMatchObject({ code });
    }
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('IN_REVIEW');
  });
});
