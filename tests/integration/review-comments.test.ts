import { ZAddComment, addComment, replyToComment, setCommentResolved } from '@/lib/comments/mutations';
import { parseInput } from '@/lib/errors';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { anchorAt } from '@/lib/comments/anchor';
import { flattenDoc } from '@/lib/comments/flat-text';
import { listCommentThreads } from '@/lib/comments/queries';
import { docFromParagraphs } from '@/lib/content/document';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const PARAGRAPHS = ['The Kremlin confirmed the talks.', 'Peskov said the meeting would take place on Wednesday.', 'No agenda was published.'];

function anchorOn(paragraphs: string[], phrase: string) {
  const { text } = flattenDoc(docFromParagraphs(paragraphs));
  const start = text.indexOf(phrase);
  return anchorAt(text, start, start + phrase.length);
}

describe('review comments', () => {
  it('an anchored comment follows its phrase through edits to other paragraphs and is flagged when the phrase changes', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    let story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(PARAGRAPHS) }));
    const { id } = await addComment(reviewer, { storyId: story.id, text: 'Which Wednesday? Give the date.', anchor: anchorOn(PARAGRAPHS, 'on Wednesday') });

    const edited = [
      'A new lead paragraph goes first.',
      PARAGRAPHS[0]!.replace('confirmed', 'has confirmed'),
      PARAGRAPHS[1]!,
      'No agenda has been published yet.',
    ];
    story = await saveStoryInput(editor, storyInput({ id: story.id, baseVersion: story.version, body: docFromParagraphs(edited) }));
    let [thread] = await listCommentThreads(editor, story.id);
    expect(thread).toMatchObject({
      id,
      text: 'Which Wednesday? Give the date.',
      authorName: reviewer.name,
      detached: false,
      anchor: { quote: 'on Wednesday' },
    });

    const fixed = edited.map((p) => p.replace('on Wednesday', 'on July 7'));
    await saveStoryInput(editor, storyInput({ id: story.id, baseVersion: story.version, body: docFromParagraphs(fixed) }));
    [thread] = await listCommentThreads(editor, story.id);
    expect(thread!.detached).toBe(true);
  });

  it('threads take replies, resolve and reopen; the author hears of comments by others', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Threaded', body: docFromParagraphs(PARAGRAPHS) }));
    const { id } = await addComment(reviewer, { storyId: story.id, text: 'General: tighten the lead.' });
    await replyToComment(editor, { commentId: id, text: 'Done.' });
    await setCommentResolved(editor, { commentId: id, resolved: true });
    let [thread] = await listCommentThreads(reviewer, story.id);
    expect(thread).toMatchObject({ anchor: null, resolvedByName: editor.name, replies: [{ text: 'Done.', authorName: editor.name }] });
    expect(thread!.resolvedAt).toBeInstanceOf(Date);
    await setCommentResolved(reviewer, { commentId: id, resolved: false });
    [thread] = await listCommentThreads(reviewer, story.id);
    expect(thread!.resolvedAt).toBeNull();

    const toEditor = await prisma.notification.findMany({ where: { userId: editor.id, kind: 'comment' } });
    expect(toEditor.map((n) => n.message)).toEqual([`${reviewer.name} commented on “Threaded”: General: tighten the lead.`]);
    expect(await prisma.notification.count({ where: { userId: reviewer.id, kind: 'comment' } })).toBe(1); // the reply
  });

  it('refuses an anchor that is not in the saved text, and an empty comment, writing nothing', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(PARAGRAPHS) }));
    await expect(
      addComment(editor, { storyId: story.id, text: 'Hm', anchor: { quote: 'typed but never saved', prefix: '', suffix: '' } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(() => parseInput(ZAddComment, { storyId: story.id, text: '   ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { text: ['Write a comment.'] } }),
    );
    expect(await prisma.reviewComment.count({ where: { storyId: story.id } })).toBe(0);
  });
});
