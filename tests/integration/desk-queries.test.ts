import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { listDeskStories, listReviewQueue } from '@/lib/stories/desk-queries';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

describe('desk queries', () => {
  it('full-text search ranks the headline above the body and understands Russian word forms', async () => {
    const editor = await seedUser('EDITOR');
    const inBody = await saveStoryInput(editor, storyInput({ headline: 'Exports rise', body: docFromParagraphs(['Wheat exports, including the grain corridor, rose.']) }));
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
