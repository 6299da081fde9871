// Every output the newsroom writes is well-formed whatever text a story holds: a
// hostile alphabet goes through every field of a published (and corrected) story, its
// tags, section and topic, and each feed, sitemap and wire export is checked by an
// independent parser or validator.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { type AppError } from '@/lib/errors';
import { feedDocument } from '@/lib/feeds/feed-response';
import { createSection } from '@/lib/sections/mutations';
import { childSitemapResponse, newsSitemapResponse, sitemapIndexResponse } from '@/lib/sitemaps/responses';
import { transitionStory } from '@/lib/stories/transition';
import { createTag } from '@/lib/tags/mutations';
import { normalizeLine } from '@/lib/text/normalize';
import { createTopic } from '@/lib/topics/mutations';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';
import { toNinjs } from '@/lib/wire/export/ninjs';
import { prisma } from '@/lib/db';
import { entryEvent } from '@/lib/http/live-stream';
import { sseFrame } from '@/lib/live/hub';
import { addEntry, correctEntry, ZAddEntry, ZCorrectEntry } from '@/lib/live/mutations';
import { publicEntry } from '@/lib/live/queries';
import { liveBlogJsonLd, newsArticleJsonLd, scriptSafeJson } from '@/lib/stories/seo';
import { createContributor } from '@/lib/bylines/mutations';
import { resolveBylines } from '@/lib/bylines/queries';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsmlErrors, ninjsErrors } from '../support/wire-validators';

/** Controls, entity look-alikes, a CDATA end, markup, bidi controls, emoji, combining marks, astral and lone surrogates. */
const HOSTILE =
  'R&D; AT&T; &UA; &nbsp; &lpar; &#0; ]]> <script>alert(1)</script><svg onload=alert(5)> "q" \'a\' \u0007\u000b\u001f\u0085\u009f\uD800\uFFFE ' +
  '\u200F\u202Eevil\u202C 👩🏽‍💻🗞️ e\u0301 Z\u0336\u0337a\u0338 𝔘𝔫𝔦';

const EMBED_URL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

function xmllint(xml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'xml-')), 'out.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('a hostile alphabet in every field', () => {
  it('a NUL is refused with a field error, never stored', async () => {
    const editor = await seedUser('EDITOR');
    await expect(saveStoryInput(editor, storyInput({ headline: 'a\u0000b' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { headline: [expect.stringMatching(/NUL/)] },
    });
    const error = await saveStoryInput(
      editor,
      storyInput({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x\u0000' }] }] } }),
    ).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { body: [expect.stringMatching(/NUL/)] } });
  });

  it('reaches feeds, sitemaps, NewsML-G2 and ninjs as text, and each stays well-formed and valid', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const admin = await seedUser('ADMIN');
    const suffix = Math.random().toString(36).slice(2, 7);
    const person = await createTag(editor, { kind: 'PERSON', name: `${HOSTILE.slice(0, 100)} ${suffix}` });
    const place = await createTag(editor, { kind: 'PLACE', name: `&UA; <b> ]]> ${suffix}` });
    const section = await createSection(admin, { name: `S&P; <i> ${suffix}` });
    const topic = await createTopic(editor, { title: `${HOSTILE.slice(0, 120)} ${suffix}` });
    const contributor = await createContributor(reviewer, { name: `${HOSTILE.slice(0, 100)} ${suffix}`, slug: `hostile-${suffix}`, bio: HOSTILE });
    // The byline: a contributor, a typed name and a photographer, all hostile, and the with line.
    const bylines = [
      { kind: 'contributor' as const, id: contributor.id, name: contributor.name, role: 'writer' as const },
      { kind: 'name' as const, id: '', name: HOSTILE.slice(0, 110), role: 'writer' as const },
      { kind: 'name' as const, id: '', name: `]]> <b>&amp; ${suffix}`, role: 'photographer' as const },
    ];
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: HOSTILE }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: HOSTILE },
            { type: 'text', text: ' link', marks: [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b=<2>' } }] },
          ],
        },
        { type: 'figure', attrs: { src: 'https://images.example.com/p.jpg?x=1&y=2', alt: HOSTILE, caption: HOSTILE, credit: HOSTILE.slice(0, 60) } },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: HOSTILE }] }] },
        // An embed carries its caption into every output as the text of a link to its post.
        { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ', url: EMBED_URL, caption: HOSTILE } },
      ],
    };
    const saved = await saveStoryInput(
      editor,
      storyInput({
        headline: `${HOSTILE.slice(0, 140)} ${suffix}`,
        subheadline: HOSTILE,
        datelinePlace: 'R&D <City>',
        credit: '&UA; ]]>',
        body,
        tagIds: [person.id, place.id],
        sectionId: section.id,
        topicId: topic.id,
        liveCoverage: true,
        bylines,
        bylineWith: HOSTILE,
      }),
    );
    await transitionStory(editor, { storyId: saved.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: saved.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: saved.id, action: 'publish' });
    const live = await prisma.story.findUniqueOrThrow({ where: { id: saved.id } });
    await saveStoryInput(editor, {
      ...storyInput({ ...storyInputOf(live), correctionNote: HOSTILE, tagIds: [person.id, place.id], liveCoverage: true, bylines, bylineWith: HOSTILE }),
      id: saved.id,
      baseVersion: live.version,
    });
    await transitionStory(editor, { storyId: saved.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: saved.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: saved.id, action: 'publish' });

    // Live entries carry the same text: published, then corrected with a hostile note.
    // Parsed as the Server Actions parse them: the body normalised like a story's.
    const entry = await addEntry(reviewer, ZAddEntry.parse({ storyId: saved.id, body: JSON.stringify(body), keyEvent: true, pinned: true }));
    await correctEntry(reviewer, ZCorrectEntry.parse({ entryId: entry.id, body, keyEvent: true, pinned: true, note: HOSTILE }));
    const shown = (await publicEntry(entry.id))!.entry!;
    const frame = sseFrame('entry', entryEvent(shown, 'ru'), 1);
    expect(frame.split('\n').filter((line) => line.startsWith('data: '))).toHaveLength(1); // one data line, whatever the text
    const data = JSON.parse(
      frame
        .split('\n')
        .find((line) => line.startsWith('data: '))!
        .slice(6),
    );
    expect(data.html).not.toContain('<script>');
    expect(data.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const jsonLd = scriptSafeJson(
      liveBlogJsonLd(
        { ...(await prisma.publication.findUniqueOrThrow({ where: { storyId: saved.id }, include: { section: true, tags: { include: { tag: true } } } })) },
        [shown],
        { url: 'https://news.example.com', name: 'N' },
      ),
    );
    expect(jsonLd).not.toMatch(/<\/script/i);
    expect(JSON.parse(jsonLd).liveBlogUpdate[0].articleBody).toContain('<script>alert(1)</script>');

    const stored = await prisma.publication.findUniqueOrThrow({ where: { storyId: saved.id } });
    expect(stored.headline).toBe(normalizeLine(`${HOSTILE.slice(0, 140)} ${suffix}`).trim());
    expect(stored.correctionNote).not.toMatch(/[\u0007\u000b\uFFFE]/);

    expect((stored.bylines as { name: string }[]).map((b) => b.name)).toEqual([
      contributor.name,
      normalizeLine(HOSTILE.slice(0, 110)).trim(),
      `]]> <b>&amp; ${suffix}`,
    ]);
    expect(stored.bylineWith).not.toMatch(/[\u0007\u000b\uFFFE]/);
    const scopes = [
      { kind: 'contributor', slug: contributor.slug } as const,
      { kind: 'site' } as const,
      { kind: 'section', slug: (await prisma.section.findUniqueOrThrow({ where: { id: section.id } })).slug } as const,
      { kind: 'tag', slug: person.slug } as const,
    ];
    for (const scope of scopes) {
      for (const format of ['rss', 'atom'] as const) {
        const document = (await feedDocument(format, scope, 'en'))!;
        expect(xmllint(document.body), `${format} ${scope.kind}`).toBe('');
        const feed = parseFeed(document.body);
        const item = feed.items.find((i) => i.title === stored.headline);
        expect(item, `${format} ${scope.kind}: the headline arrives as the same text`).toBeDefined();
        expect(item!.description ?? '').toContain('<script>alert(1)</script>');
        expect(item!.content ?? item!.description ?? '', 'the live entry is in the item').toContain('Live updates');
        expect(item!.content ?? item!.description ?? '', 'the embed is a link to its post').toContain(
          `<a href="${EMBED_URL}" rel="noopener noreferrer nofollow">YouTube: R&D; AT&T;`,
        );
        expect(item!.content ?? item!.description ?? '', 'the byline is in the item, as text').toContain(`Photos: ]]> <b>&amp; ${suffix}`);
        expect(item!.authors.map((a) => a.name).join(', '), "the writers are the item's author").toContain(` ${suffix}, `);
      }
      const json = JSON.parse((await feedDocument('json', scope, 'en'))!.body);
      expect(json.items.map((i: { title: string }) => i.title)).toContain(stored.headline);
    }

    const index = await (await sitemapIndexResponse('en')).text();
    expect(xmllint(index)).toBe('');
    for (const name of ['pages.xml', 'stories-1.xml']) expect(xmllint(await (await childSitemapResponse('en', name))!.text()), name).toBe('');
    const news = await (await newsSitemapResponse('en')).text();
    expect(xmllint(news)).toBe('');
    expect(news).toContain('&amp;UA;');

    const found = (await getDistributed(saved.id, { subscriber: false }))!;
    const newsml = toNewsml(found.publication, 'https://news.example.com');
    expect(newsmlErrors(newsml)).toBe('');
    expect(newsml).toContain(`<a href="${EMBED_URL.replace(/&/g, '&amp;')}" rel="noopener noreferrer nofollow">YouTube: R&amp;D;`);
    expect(newsml).toContain(`<contributor role="ctrol:photographer"><name>]]&gt; &lt;b&gt;&amp;amp; ${suffix}</name></contributor>`);
    const ninjs = toNinjs(found.publication, 'https://news.example.com');
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(JSON.stringify(ninjs)).toContain(`<a href=\\"${EMBED_URL}\\"`);
    expect(JSON.stringify(ninjs)).not.toContain('<iframe');
    expect(ninjs.by).toContain(`By ${contributor.name}, `);
    expect(ninjs.by).toContain(`Photos: ]]> <b>&amp; ${suffix}`);

    // JSON-LD: the writers as Person authors, the contributor's with the address of their page; nothing can end the script element.
    const articleLd = scriptSafeJson(
      newsArticleJsonLd(
        { ...stored, section: null, tags: [], contributors: await resolveBylines(stored.bylines, 'en') },
        { url: 'https://news.example.com', name: 'N' },
      ),
    );
    expect(articleLd).not.toMatch(/<\/script/i);
    const article = JSON.parse(articleLd);
    expect(article.author).toEqual([
      { '@type': 'Person', name: contributor.name, url: `https://news.example.com/contributors/${contributor.slug}` },
      { '@type': 'Person', name: normalizeLine(HOSTILE.slice(0, 110)).trim() },
    ]);
    expect(article.contributor).toEqual([{ '@type': 'Person', name: `]]> <b>&amp; ${suffix}` }]);
  });
});

function storyInputOf(story: {
  headline: string;
  subheadline: string;
  datelinePlace: string;
  credit: string;
  body: unknown;
  sectionId: string | null;
  topicId: string | null;
}) {
  return {
    headline: story.headline,
    subheadline: story.subheadline,
    datelinePlace: story.datelinePlace,
    credit: story.credit,
    body: story.body,
    sectionId: story.sectionId,
    topicId: story.topicId,
  };
}
