import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { reviewDiff } from '@/lib/stories/review-diff';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const changedParts = (diff: NonNullable<Awaited<ReturnType<typeof reviewDiff>>>, field: string) =>
  diff.diff
    .find((f) => f.field === field)!
    .parts.filter((p) => p.change !== 'same')
    .map((p) => `${p.change}:${p.text.trim()}`);

describe('the reviewer’s diff', () => {
  it('is absent on a first submission, then measured from the version sent back, then from the approved one', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    let story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['The talks are on Wednesday.']) }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    expect(await reviewDiff(reviewer, story.id)).toBeNull();

    await transitionStory(reviewer, { storyId: story.id, action: 'requestChanges', note: 'Give the date.' });
    story = await saveStoryInput(editor, storyInput({ id: story.id, baseVersion: story.version, body: docFromParagraphs(['The talks are on July 7.']) }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    const sentBack = (await reviewDiff(reviewer, story.id))!;
    expect(sentBack.label).toBe('Changes since it was sent back');
    expect(changedParts(sentBack, 'body')).toEqual(['removed:Wednesday', 'added:July 7']);

    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    story = await saveStoryInput(
      editor,
      storyInput({ id: story.id, baseVersion: story.version + 0, body: docFromParagraphs(['The talks are on July 7, in Moscow.']) }),
    );
    const approved = (await reviewDiff(reviewer, story.id))!;
    expect(approved.kind).toBe('approved');
    expect(changedParts(approved, 'body')).toEqual(['added:, in Moscow']);
  });
});
