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
    await expect(transitionStory(editor, { storyId: story.id, action: 'submit' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { body: [expect.stringMatching(/body/)] },
    });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('DRAFT');
  });

  it('Publish now: a reviewer’s FLASH goes from draft to readers in one move, headline and dateline only, audited as published without review', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const flash = await saveStoryInput(
      reviewer,
      storyInput({ headline: `Explosion reported near the border ${Date.now()}`, priority: 'FLASH', body: docFromParagraphs(['']) }),
    );
    const result = await transitionStory(reviewer, { storyId: flash.id, action: 'publishNow' });
    expect(result).toMatchObject({ status: 'PUBLISHED', public: true });
    expect((await getPublishedStory(flash.slug))?.headline).toMatch(/^Explosion reported near the border/);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { storyId: flash.id, action: 'story.publishNow' } });
    expect(event).toMatchObject({ actorId: reviewer.id, fromStatus: 'DRAFT', toStatus: 'PUBLISHED' });
    expect(event.note).toContain(`Published without review by ${reviewer.name} (FLASH).`);

    // An URGENT story still needs its body; a routine one cannot skip review; an editor cannot at all.
    const urgent = await saveStoryInput(reviewer, storyInput({ priority: 'URGENT', body: docFromParagraphs(['']) }));
    await expect(transitionStory(reviewer, { storyId: urgent.id, action: 'publishNow' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { body: [expect.any(String)] },
    });
    const routine = await saveStoryInput(reviewer, storyInput({ priority: 'ROUTINE' }));
    await expect(transitionStory(reviewer, { storyId: routine.id, action: 'publishNow' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const editors = await saveStoryInput(editor, storyInput({ priority: 'FLASH' }));
    await expect(transitionStory(editor, { storyId: editors.id, action: 'publishNow' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const noDateline = await saveStoryInput(reviewer, storyInput({ priority: 'FLASH', datelinePlace: '', body: docFromParagraphs(['']) }));
    await expect(transitionStory(reviewer, { storyId: noDateline.id, action: 'publishNow' })).rejects.toMatchObject({
      fieldErrors: { datelinePlace: [expect.stringMatching(/dateline/)] },
    });
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
  it('a reviewer who fixed a typo may still approve, audited as a small fix; one who rewrote the text may not, and is told why', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Peskov siad the talks went well.']) }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    let row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    await saveStoryInput(
      reviewer,
      storyInput({ id: story.id, baseVersion: row.version, slug: row.slug, body: docFromParagraphs(['Peskov said the talks went well.']) }),
    );
    row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row).toMatchObject({ lastEditorId: reviewer.id, textEditorId: editor.id, smallEditChars: 2 });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { storyId: story.id, action: 'story.approve' } });
    expect(audit.note).toMatch(/small fix \(2 characters\)/);

    const other = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['The talks went well.']) }));
    await transitionStory(editor, { storyId: other.id, action: 'submit' });
    row = await prisma.story.findUniqueOrThrow({ where: { id: other.id } });
    await saveStoryInput(
      reviewer,
      storyInput({
        id: other.id,
        baseVersion: row.version,
        slug: row.slug,
        body: docFromParagraphs(['The talks, which lasted four hours in the Kremlin, went well, both sides said.']),
      }),
    );
    await expect(transitionStory(reviewer, { storyId: other.id, action: 'approve' })).rejects.toThrow(/You wrote this text \(more than a small fix\)/);
  });
});
