import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { listDeskStories, listReviewQueue, SEARCH_WINDOW, searchDesk } from '@/lib/stories/desk-queries';
import { prisma } from '@/lib/db';
import { transitionStory } from '@/lib/stories/transition';
import { createTag } from '@/lib/tags/mutations';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

describe('desk queries', () => {
  it('full-text search ranks the headline above the body and understands Russian word forms', async () => {
    const editor = await seedUser('EDITOR');
    const inBody = await saveStoryInput(
      editor,
      storyInput({ headline: 'Exports rise', body: docFromParagraphs(['Wheat exports, including the grain corridor, rose.']) }),
    );
    const inHeadline = await saveStoryInput(editor, storyInput({ headline: 'Grain corridor extended', body: docFromParagraphs(['The deal was extended.']) }));
    const russian = await saveStoryInput(editor, storyInput({ headline: 'Урожай', language: 'ru', body: docFromParagraphs(['Экспорт зерна вырос.']) }));
    const ids = (await listDeskStories(editor, { q: 'grain corridor' })).stories.map((s) => s.id);
    expect(ids.indexOf(inHeadline.id)).toBeLessThan(ids.indexOf(inBody.id));
    expect(ids).not.toContain(russian.id);
    expect((await listDeskStories(editor, { q: 'зерно' })).stories.map((s) => s.id)).toEqual([russian.id]);
  });

  it('pages through stories with a cursor, without repeats or gaps, and combines filters', async () => {
    const editor = await seedUser('EDITOR');
    const mine = [];
    for (let i = 0; i < 5; i++) mine.push((await saveStoryInput(editor, storyInput({ headline: `Paged ${i}`, priority: i % 2 ? 'URGENT' : 'ROUTINE' }))).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listDeskStories(editor, { mine: true }, { cursor, take: 2 });
      seen.push(...page.stories.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual([...mine].sort());
    expect((await listDeskStories(editor, { mine: true, priority: 'URGENT' })).stories).toHaveLength(2);
  });

  it('a tag’s stories come newest change first from the tag index, follow edits, page with a cursor and take the other filters', async () => {
    const editor = await seedUser('EDITOR');
    const other = await seedUser('EDITOR');
    const tag = await createTag(editor, { name: `Recency ${Date.now()}`, kind: 'ORGANISATION' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await saveStoryInput(i === 4 ? other : editor, storyInput({ headline: `Tagged ${i}`, tagIds: [tag.id], priority: i % 2 ? 'URGENT' : 'ROUTINE' }))).id,
      );
    const list = async (filter: Parameters<typeof listDeskStories>[1] = {}) =>
      (await listDeskStories(editor, { tagId: tag.id, ...filter })).stories.map((s) => s.id);
    expect(await list()).toEqual([...ids].reverse());

    // An edit moves the story to the top: the copy of updatedAt on StoryTag follows it.
    const first = await prisma.story.findUniqueOrThrow({ where: { id: ids[0]! } });
    await saveStoryInput(editor, storyInput({ id: first.id, baseVersion: first.version, headline: 'Tagged 0, edited', tagIds: [tag.id] }));
    expect((await list())[0]).toBe(ids[0]);
    const copies = await prisma.storyTag.findMany({ where: { tagId: tag.id }, include: { story: { select: { updatedAt: true } } } });
    for (const copy of copies) expect(copy.storyUpdatedAt.getTime()).toBe(copy.story.updatedAt.getTime());

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listDeskStories(editor, { tagId: tag.id }, { cursor, take: 2 });
      seen.push(...page.stories.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(await list());
    expect((await list({ priority: 'URGENT' })).sort()).toEqual([ids[1]!, ids[3]!].sort());
    expect(await list({ mine: true })).not.toContain(ids[4]);
    expect(await list({ authorId: other.id })).toEqual([ids[4]]);
    await transitionStory(editor, { storyId: ids[2]!, action: 'spike' });
    expect(await list()).not.toContain(ids[2]);
    expect(await list({ status: 'SPIKED' })).toEqual([ids[2]]);
  });

  it('a common word reads the newest matches (the walk), a rare one the index, an unknown one nothing', async () => {
    const editor = await seedUser('EDITOR');
    // With a digit, the word is read word for word by every language's configuration. An all-letter one ending in "x"
    // (one time in 36) made the rare word below end in "xx", which the Danish and Finnish stemmers read as "x": it found the common one.
    const word = `quokka${Date.now().toString(36)}7`;
    const base = await saveStoryInput(
      editor,
      storyInput({ headline: `The ${word} count`, body: docFromParagraphs([`Rangers counted every ${word} on the island.`]) }),
    );
    await prisma.$executeRaw`
      INSERT INTO "Story" (id, slug, status, headline, subheadline, "datelinePlace", "datelineDate", credit, body, "bodyText", language, priority, "sectionId", "topicId", "authorId", version, "createdAt", "updatedAt")
      SELECT s.id || '-' || n, s.id || '-' || n, s.status, s.headline || ' ' || n, s.subheadline, s."datelinePlace", s."datelineDate", s.credit, s.body, s."bodyText", s.language, s.priority, s."sectionId", s."topicId", s."authorId", 1, now(), now() - n * interval '1 minute'
      FROM "Story" s, generate_series(1, ${SEARCH_WINDOW + 20}) n WHERE s.id = ${base.id}`;
    const { rows, full } = await searchDesk(editor, { q: word, mine: true });
    expect(full).toBe(true);
    expect(rows).toHaveLength(SEARCH_WINDOW);
    // The window is the most recently changed matches: the base story and copies 1..199.
    const newest = new Set([base.id, ...Array.from({ length: SEARCH_WINDOW - 1 }, (_, i) => `${base.id}-${i + 1}`)]);
    expect(rows.every((row) => newest.has(row.id))).toBe(true);
    expect((await searchDesk(editor, { q: `${word}-1 nothing-like-this-${Date.now()}`, mine: true })).rows).toEqual([]);
    const rare = await saveStoryInput(editor, storyInput({ headline: `Numbat ${word}x sighting` }));
    expect((await searchDesk(editor, { q: `${word}x` })).rows.map((row) => row.id)).toEqual([rare.id]);
  });

  it('the review queue puts FLASH, then URGENT, first and otherwise the longest waiting', async () => {
    const editor = await seedUser('EDITOR');
    const submit = async (headline: string, priority: 'FLASH' | 'URGENT' | 'ROUTINE') => {
      const story = await saveStoryInput(editor, storyInput({ headline, priority }));
      await transitionStory(editor, { storyId: story.id, action: 'submit' });
      return story.id;
    };
    const routine = await submit('Routine first in', 'ROUTINE');
    const urgent = await submit('Urgent', 'URGENT');
    const flash = await submit('Flash last in', 'FLASH');
    const queue = (await listReviewQueue(editor)).map((s) => s.id).filter((id) => [routine, urgent, flash].includes(id));
    expect(queue).toEqual([flash, urgent, routine]);
  });
});
