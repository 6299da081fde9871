import { describe, expect, it } from 'vitest';
import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { prisma } from '@/lib/db';
import { buildFeed } from '@/lib/feeds/build-feed';
import { forgetSearchResults, searchPublishedStories } from '@/lib/stories/search';
import { transitionStory } from '@/lib/stories/transition';
import { suggestTags } from '@/lib/tags/suggestions';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';
import { toNinjs } from '@/lib/wire/export/ninjs';
import { parseWireDocument } from '@/lib/wire/parse';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsmlErrors, ninjsErrors } from '../support/wire-validators';

const cell = (type: 'tableHeader' | 'tableCell', text: string, attrs: Record<string, unknown> = {}): TDocNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null, ...attrs },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const RESULTS: TDocNode = {
  type: 'table',
  attrs: { caption: 'Preliminary results' },
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Party'), cell('tableHeader', 'Share, %', { align: 'right' })] },
    { type: 'tableRow', content: [cell('tableCell', 'Zyxwvut Alliance'), cell('tableCell', '49.8', { align: 'right' })] },
  ],
};
const body: TDocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The commission published the count.' }] }, RESULTS] };

describe('a table on every surface', () => {
  it('is stored, rendered in feeds and both wire formats (valid), imported back as a table, searched and read for tags', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const person = await prisma.tag.create({
      data: { kind: 'ORGANISATION', name: 'Zyxwvut Alliance', normalizedName: 'zyxwvut alliance', slug: 'zyxwvut-alliance' },
    });
    const story = await saveStoryInput(editor, storyInput({ headline: 'Count published', body }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });

    // Search and tag suggestions read the cells.
    forgetSearchResults();
    expect((await searchPublishedStories('Zyxwvut', 'en')).stories.map((s) => s.storyId)).toEqual([story.id]);
    const suggested = await suggestTags(editor, { headline: '', subheadline: '', bodyText: docToPlainText(body), topicId: null, tagIds: [] });
    expect(suggested.map((s) => s.tag.id)).toContain(person.id);

    const { publication } = (await getDistributed(story.id, { subscriber: false }))!;
    const ninjs = toNinjs(publication, 'https://news.example.com');
    expect(ninjsErrors(ninjs)).toEqual([]);
    const html = ninjs.bodies[0]!.value;
    expect(html).toContain('<caption>Preliminary results</caption>');
    expect(html).toContain('<th scope="col" class="align-right">Share, %</th>');
    expect(html).toContain('<td class="align-right">49.8</td>');
    const xml = toNewsml(publication, 'https://news.example.com');
    expect(newsmlErrors(xml)).toBe('');
    expect(xml).toContain('<th scope="col">Party</th>');

    const feed = buildFeed('rss', {
      language: 'en',
      site: { url: 'https://news.example.com', name: 'News' },
      title: 'News',
      path: '/',
      stories: [{ ...publication, storyId: story.id, firstPublishedAt: publication.publishedAt, section: null, tags: [] } as never],
    });
    expect(feed).toContain('&lt;caption&gt;Preliminary results&lt;/caption&gt;');

    // What we send, an agency reading it gets back as the same table.
    for (const document of [JSON.stringify(ninjs), xml]) {
      const [item] = parseWireDocument(new TextEncoder().encode(document)).items;
      const table = item!.body.content!.find((node) => node.type === 'table')!;
      expect(table.attrs?.caption).toBe('Preliminary results');
      expect(
        table.content!.map((row) => row.content!.map((c) => `${c.type === 'tableHeader' ? '#' : ''}${docToPlainText({ type: 'doc', content: c.content })}`)),
      ).toEqual([
        ['#Party', '#Share, %'],
        ['Zyxwvut Alliance', '49.8'],
      ]);
      expect(table.content![1]!.content![1]!.attrs?.align).toBe('right');
    }
  });
});
