import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { docFromParagraphs } from '@/lib/content/document';
import { restoreRevision } from '@/lib/stories/mutations';
import { AppError } from '@/lib/errors';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

describe('saving a story', () => {
  it('creates a draft with a transliterated unique slug, a revision and an audit event', async () => {
    const editor = await seedUser('EDITOR');
    const first = await saveStoryInput(editor, storyInput({ headline: 'Путин и Пашинян обсудят Карабах' }));
    const second = await saveStoryInput(editor, storyInput({ headline: 'Путин и Пашинян обсудят Карабах' }));
    expect(first.slug).toBe('putin-i-pashinyan-obsudyat-karabah');
    expect(second.slug).toBe('putin-i-pashinyan-obsudyat-karabah-2');
    const story = await prisma.story.findUniqueOrThrow({ where: { id: first.id } });
    expect(story).toMatchObject({
      status: 'DRAFT',
      version: 1,
      authorId: editor.id,
      credit: 'TASS',
      bodyText: '"This report is not true," Peskov replied [when asked].',
    });
    expect(await prisma.storyRevision.count({ where: { storyId: first.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { storyId: first.id, action: 'story.create' } })).toBe(1);
  });

  it('bumps the version on a change and refuses a save based on a stale version, keeping the newer text', async () => {
    const editor = await seedUser('EDITOR');
    const other = await seedUser('EDITOR');
    const created = await saveStoryInput(editor, storyInput());
    const mine = await saveStoryInput(editor, storyInput({ id: created.id, baseVersion: 1, headline: 'Mine' }));
    expect(mine.version).toBe(2);
    let error: unknown;
    try {
      await saveStoryInput(other, storyInput({ id: created.id, baseVersion: 1, headline: 'Theirs' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: created.id } })).headline).toBe('Mine');
  });

  it('does not bump the version when nothing changed', async () => {
    const editor = await seedUser('EDITOR');
    const created = await saveStoryInput(editor, storyInput());
    const again = await saveStoryInput(editor, storyInput({ id: created.id, baseVersion: 1, slug: created.slug, autosave: true }));
    expect(again).toMatchObject({ version: 1, changed: false });
  });

  it('coalesces an author’s saves into one revision and starts a new one for another author', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const created = await saveStoryInput(editor, storyInput());
    let version = created.version;
    for (const headline of ['One', 'Two', 'Three'])
      version = (await saveStoryInput(editor, storyInput({ id: created.id, baseVersion: version, slug: created.slug, headline, autosave: true }))).version;
    let revisions = await prisma.storyRevision.findMany({ where: { storyId: created.id }, orderBy: { number: 'asc' } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ headline: 'Three', storyVersion: 4 });
    await saveStoryInput(reviewer, storyInput({ id: created.id, baseVersion: version, slug: created.slug, headline: 'Four' }));
    revisions = await prisma.storyRevision.findMany({ where: { storyId: created.id }, orderBy: { number: 'asc' } });
    expect(revisions.map((r) => [r.number, r.headline, r.authorId])).toEqual([
      [1, 'Three', editor.id],
      [2, 'Four', reviewer.id],
    ]);
  });

  it('restores a revision as a new revision', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const created = await saveStoryInput(editor, storyInput({ headline: 'Original' }));
    const changed = await saveStoryInput(
      reviewer,
      storyInput({ id: created.id, baseVersion: 1, slug: created.slug, headline: 'Changed', body: docFromParagraphs(['Rewritten.']) }),
    );
    const first = await prisma.storyRevision.findFirstOrThrow({ where: { storyId: created.id, number: 1 } });
    const restored = await restoreRevision(editor, { storyId: created.id, revisionId: first.id, baseVersion: changed.version });
    const story = await prisma.story.findUniqueOrThrow({ where: { id: created.id } });
    expect(story).toMatchObject({ headline: 'Original', bodyText: '"This report is not true," Peskov replied [when asked].', version: restored.version });
    const revisions = await prisma.storyRevision.findMany({ where: { storyId: created.id }, orderBy: { number: 'asc' } });
    expect(revisions.map((r) => [r.number, r.reason, r.headline])).toEqual([
      [1, 'SAVE', 'Original'],
      [2, 'SAVE', 'Changed'],
      [3, 'RESTORE', 'Original'],
    ]);
    expect(await prisma.auditEvent.count({ where: { storyId: created.id, action: 'story.restore' } })).toBe(1);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const editor = await seedUser('EDITOR');
    const created = await saveStoryInput(editor, storyInput({ headline: 'Before' }));
    const cases: [Partial<Parameters<typeof storyInput>[0]>, string, RegExp][] = [
      [{ headline: 'x'.repeat(161) }, 'headline', /^Keep the headline to 160 characters\.$/],
      [{ body: '{"type":"doc","content":[' }, 'body', /^The body is not valid JSON\.$/],
      [
        {
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
          },
        },
        'body',
        /^This link is not allowed: javascript:alert\(1\) \(on “x”\)$/,
      ],
      [{ body: { type: 'doc', content: [{ type: 'script' }] } }, 'body', /script/i],
      [{ datelineDate: '2021-02-30x' }, 'datelineDate', /^Use a date like 2021-07-07\.$/],
      [{ tagIds: ['no-such-tag'] }, 'tags', /^A tag no longer exists\. Remove it and choose another\.$/],
    ];
    for (const [override, field, message] of cases) {
      const attempt = saveStoryInput(editor, storyInput({ id: created.id, baseVersion: 1, slug: created.slug, ...override }));
      await expect(attempt, field).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { [field]: [expect.stringMatching(message)] } });
    }
    const story = await prisma.story.findUniqueOrThrow({ where: { id: created.id } });
    expect(story).toMatchObject({ headline: 'Before', version: 1 });
    expect(await prisma.storyRevision.count({ where: { storyId: created.id } })).toBe(1);
  });

  it('refuses a slug used by another story, and freezes the slug after first publication', async () => {
    const editor = await seedUser('EDITOR');
    const a = await saveStoryInput(editor, storyInput({ headline: 'Alpha' }));
    const b = await saveStoryInput(editor, storyInput({ headline: 'Beta' }));
    await expect(saveStoryInput(editor, storyInput({ id: b.id, baseVersion: 1, headline: 'Beta', slug: a.slug }))).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringMatching(/already used/)] },
    });
    await prisma.story.update({ where: { id: a.id }, data: { firstPublishedAt: new Date() } });
    await expect(saveStoryInput(editor, storyInput({ id: a.id, baseVersion: 1, headline: 'Alpha', slug: 'new-slug' }))).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringMatching(/frozen/)] },
    });
  });

  it('refuses a correction note on a story that was never published', async () => {
    const editor = await seedUser('EDITOR');
    await expect(saveStoryInput(editor, storyInput({ correctionNote: 'An earlier version said otherwise.' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { correctionNote: [expect.stringMatching(/published/)] },
    });
    const draft = await saveStoryInput(editor, storyInput());
    await expect(saveStoryInput(editor, storyInput({ id: draft.id, baseVersion: 1, slug: draft.slug, correctionNote: 'Too early.' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: draft.id } })).correctionNote).toBe('');
  });
});
