import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { countDeskStories, countDeskView, listDeskStories } from '@/lib/stories/desk-queries';
import { purgeEmptyDrafts } from '@/lib/stories/purge-empty-drafts';
import { transitionStory } from '@/lib/stories/transition';
import { translateStory } from '@/lib/translations/mutations';
import { followedSource, sourceTextOf, storyTranslations } from '@/lib/translations/queries';
import { appErrorOf } from '../support/app-error';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsroomLanguagesForTests, publish, unique, writeTranslation } from '../support/translations';

const refusalOf = async (promise: Promise<unknown>) => (await appErrorOf(promise)).message;

describe('translations: linked stories, one per language in a family', () => {
  newsroomLanguagesForTests('en,ru,de');

  it('Translate makes a linked draft with the source’s section, topic, tags, lead image, credit and byline, and an empty headline and body', async () => {
    const editor = await seedUser('EDITOR');
    const section = await prisma.section.create({ data: { name: `Politics ${unique()}`, slug: `politics-${unique()}` } });
    const topic = await prisma.topic.create({
      data: { title: `Talks ${unique()}`, slug: `talks-${unique()}`, background: docFromParagraphs(['Background.']) as object },
    });
    const kremlin = `Kremlin ${unique()}`;
    const tag = await prisma.tag.create({ data: { name: kremlin, normalizedName: kremlin.toLowerCase(), slug: `kremlin-${unique()}`, kind: 'ORGANISATION' } });
    const source = await saveStoryInput(
      editor,
      storyInput({
        headline: `Talks in Moscow ${unique()}`,
        sectionId: section.id,
        topicId: topic.id,
        tagIds: [tag.id],
        priority: 'URGENT',
        bylines: [{ kind: 'name', id: '', name: 'Olga Ivanova', role: 'writer' }],
      }),
    );
    const translation = await translateStory(editor, source.id, 'ru');
    const row = await prisma.story.findUniqueOrThrow({ where: { id: translation.id }, include: { tags: true } });
    const original = await prisma.story.findUniqueOrThrow({ where: { id: source.id } });
    expect({
      language: row.language,
      headline: row.headline,
      bodyText: row.bodyText,
      status: row.status,
      slug: row.slug,
      sectionId: row.sectionId,
      topicId: row.topicId,
      tags: row.tags.map((t) => t.tagId),
      priority: row.priority,
      credit: row.credit,
      bylines: row.bylines,
      translationOfId: row.translationOfId,
      translationRootId: row.translationRootId,
    }).toEqual({
      language: 'ru',
      headline: '',
      bodyText: '',
      status: 'DRAFT',
      slug: `${original.slug}-ru`,
      sectionId: section.id,
      topicId: topic.id,
      tags: [tag.id],
      priority: 'URGENT',
      credit: 'ТАСС', // the agency's own credit follows the language
      bylines: [{ kind: 'name', id: '', name: 'Olga Ivanova', role: 'writer' }],
      translationOfId: source.id,
      translationRootId: source.id,
    });
    expect(original.translationRootId).toBe(source.id);
    // Made through the one write path: a shared document, a first revision and an audit entry saying what it is.
    expect(await prisma.storyCollabState.count({ where: { storyId: translation.id } })).toBe(1);
    const created = await prisma.auditEvent.findFirstOrThrow({ where: { storyId: translation.id, action: 'story.create' } });
    expect(created.note).toBe(`Translation into Russian of “${original.headline}”`);

    // The link is seen both ways.
    expect(await storyTranslations(editor, source.id)).toEqual({
      siblings: [{ id: translation.id, language: 'ru', headline: '', status: 'DRAFT', relation: 'translation', original: false }],
      languagesLeft: ['de'],
      originalKilled: false,
    });
    expect(await storyTranslations(editor, translation.id)).toEqual({
      siblings: [{ id: source.id, language: 'en', headline: original.headline, status: 'DRAFT', relation: 'source', original: true }],
      languagesLeft: ['de'],
      originalKilled: false,
    });
    // The source beside the translator: as translated, nothing marked; once the source is corrected, what changed.
    expect(await sourceTextOf(editor, source.id)).toBeNull();
    const asTranslated = (await sourceTextOf(editor, translation.id))!;
    expect([asTranslated.changed, asTranslated.headlineBefore, asTranslated.paragraphs.map((p) => [p.text, p.change])]).toEqual([
      0,
      null,
      [['"This report is not true," Peskov replied [when asked].', 'same']],
    ]);
    const correct = (baseVersion: number, priority: 'URGENT' | 'FLASH') =>
      saveStoryInput(
        editor,
        storyInput({
          id: source.id,
          baseVersion,
          headline: `${original.headline} (corrected)`,
          sectionId: section.id,
          topicId: topic.id,
          tagIds: [tag.id],
          priority,
          body: docFromParagraphs(['"This report is false," Peskov replied [when asked].', 'He said nothing more.']),
        }),
      );
    const corrected = await correct(original.version, 'URGENT');
    const changed = (await sourceTextOf(editor, translation.id))!;
    expect([changed.changed, changed.headlineBefore]).toEqual([2, original.headline]);
    // The translator's page follows what the source shows: the correction moves it, a save that changes nothing shown does not.
    expect(changed.fingerprint).not.toBe(asTranslated.fingerprint);
    expect(await followedSource(editor, translation.id)).toEqual({ sourceId: source.id, fingerprint: changed.fingerprint });
    expect((await correct(corrected.version, 'FLASH')).version).toBeGreaterThan(corrected.version);
    expect(await followedSource(editor, translation.id)).toEqual({ sourceId: source.id, fingerprint: changed.fingerprint });
    expect(await followedSource(editor, source.id)).toBeNull();
    expect(changed.paragraphs.map((p) => [p.text, p.change])).toEqual([
      ['"This report is false," Peskov replied [when asked].', 'changed'],
      ['He said nothing more.', 'added'],
    ]);
    expect(changed.paragraphs[0]!.diff.filter((part) => part.change !== 'same')).toEqual([
      { text: 'not true', change: 'removed' },
      { text: 'false', change: 'added' },
    ]);

    // A translation of the translation joins the same family.
    const german = await translateStory(editor, translation.id, 'de');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: german.id } })).translationRootId).toBe(source.id);
    expect((await storyTranslations(editor, source.id))!.siblings.map((s) => [s.language, s.relation])).toEqual([
      ['ru', 'translation'],
      ['de', 'translation'],
    ]);
    expect((await storyTranslations(editor, german.id))!.siblings.map((s) => [s.language, s.relation])).toEqual([
      ['en', 'original'],
      ['ru', 'source'],
    ]);
    expect((await prisma.story.findUniqueOrThrow({ where: { id: german.id } })).credit).toBe('TASS');
    // Made blank for a translator: the hourly purge of untouched blank drafts leaves translations alone.
    await purgeEmptyDrafts(new Date(Date.now() + 25 * 3_600_000));
    expect(await prisma.story.count({ where: { id: { in: [translation.id, german.id] } } })).toBe(2);
    expect((await storyTranslations(editor, source.id))!.languagesLeft).toEqual([]);
  });

  it('refuses its own language, a language the family has, a language the newsroom does not publish in, and a spiked or killed story, writing nothing', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const source = await saveStoryInput(editor, storyInput({ headline: `Grain deal ${unique()}` }));
    const before = await prisma.story.count();
    expect(await refusalOf(translateStory(editor, source.id, 'en'))).toBe('This story is already in English: choose another language.');
    expect(await refusalOf(translateStory(editor, source.id, 'fr'))).toBe('The newsroom does not publish in French: choose one of its languages.');
    expect(await prisma.story.count()).toBe(before);
    const russian = await translateStory(editor, source.id, 'ru');
    expect(await refusalOf(translateStory(editor, source.id, 'ru'))).toBe('This story already has a translation into Russian: open it from Translations.');
    // From the translation, back into the family's first language: the family has it.
    expect(await refusalOf(translateStory(editor, russian.id, 'en'))).toBe('This story already has a translation into English: open it from Translations.');

    // Two people translating into one language at once: one translation, one refusal.
    const other = await saveStoryInput(editor, storyInput({ headline: `Harvest ${unique()}` }));
    const results = await Promise.allSettled([translateStory(editor, other.id, 'de'), translateStory(reviewer, other.id, 'de')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected')!.reason as unknown;
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toBe('This story already has a translation into German: open it from Translations.');
    expect(await prisma.story.count({ where: { translationOfId: other.id } })).toBe(1);
    // From two stories of one family into one language at once: the family's first story is locked too.
    process.env.NEWSROOM_LANGUAGES = 'en,ru,de,ar';
    const otherRussian = await translateStory(editor, other.id, 'ru');
    const fromBoth = await Promise.allSettled([translateStory(editor, other.id, 'ar'), translateStory(reviewer, otherRussian.id, 'ar')]);
    expect(fromBoth.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(((fromBoth.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as AppError).message).toBe(
      'This story already has a translation into Arabic: open it from Translations.',
    );

    const spiked = await saveStoryInput(editor, storyInput({ headline: `Spiked ${unique()}` }));
    await transitionStory(editor, { storyId: spiked.id, action: 'spike' });
    expect(await refusalOf(translateStory(editor, spiked.id, 'ru'))).toBe('A spiked story cannot be translated.');
  });

  it('a translation of a story with a slug near the longest gets a slug that fits, and its text is stored', async () => {
    const editor = await seedUser('EDITOR');
    const long = `Russian and Ukrainian delegations resume grain corridor talks in Istanbul after a pause ${unique()}`;
    const source = await saveStoryInput(editor, storyInput({ headline: long }));
    expect((await prisma.story.findUniqueOrThrow({ where: { id: source.id } })).slug.length).toBeGreaterThan(76);
    const russian = await translateStory(editor, source.id, 'ru');
    const row = await prisma.story.findUniqueOrThrow({ where: { id: russian.id } });
    expect(row.slug.length).toBeLessThanOrEqual(80);
    expect(row.slug).toMatch(/-ru$/);
    await writeTranslation(editor, russian.id, 'Переговоры возобновились', 'ru');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: russian.id } })).headline).toBe('Переговоры возобновились');
  });

  it('a member of a family keeps its language: a save changing it holds the language back with why', async () => {
    const editor = await seedUser('EDITOR');
    const source = await saveStoryInput(editor, storyInput({ headline: `Summit ${unique()}` }));
    const russian = await translateStory(editor, source.id, 'ru');
    await expect(writeTranslation(editor, russian.id, 'Саммит', 'en')).rejects.toThrow('A story with translations keeps its language');
    await writeTranslation(editor, russian.id, 'Саммит', 'ru');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: russian.id } })).headline).toBe('Саммит');
  });

  it('“Needs translation” lists published stories missing a newsroom language, and a killed original flags its translations without killing them', async () => {
    process.env.NEWSROOM_LANGUAGES = 'en,ru';
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const source = await saveStoryInput(editor, storyInput({ headline: `Ceasefire holds ${unique()}` }));
    const needing = async () => (await listDeskStories(editor, { needs: 'translation' }, { take: 500 })).stories.map((s) => s.id);
    expect(await needing()).not.toContain(source.id); // a draft needs nothing yet
    await publish(source.id, editor, reviewer);
    expect(await needing()).toContain(source.id);
    const russian = await translateStory(editor, source.id, 'ru');
    expect(await needing()).toContain(source.id); // a draft translation is not yet a published one
    await writeTranslation(editor, russian.id, 'Перемирие соблюдается', 'ru');
    await publish(russian.id, editor, reviewer);
    expect(await needing()).not.toContain(source.id);
    expect(await needing()).not.toContain(russian.id);
    // An update of the original in progress leaves it published (its working copy's state is not what readers see).
    const live = await prisma.story.findUniqueOrThrow({ where: { id: source.id } });
    await saveStoryInput(editor, storyInput({ id: source.id, baseVersion: live.version, headline: live.headline, body: docFromParagraphs(['An update.']) }));
    expect((await prisma.story.findUniqueOrThrow({ where: { id: source.id } })).status).not.toBe('PUBLISHED');
    expect(await needing()).not.toContain(russian.id);
    expect(await needing()).not.toContain(source.id);

    await transitionStory(reviewer, { storyId: source.id, action: 'kill', note: 'Withdrawn' });
    const after = await prisma.story.findUniqueOrThrow({ where: { id: russian.id } });
    expect(after.status).toBe('PUBLISHED');
    expect((await storyTranslations(editor, russian.id))!.originalKilled).toBe(true);
    const row = (await listDeskStories(editor, { status: 'PUBLISHED' }, { take: 500 })).stories.find((s) => s.id === russian.id);
    expect(row?.translationOf?.status).toBe('KILLED');
    // Its English story killed, the Russian one is not asked to be translated into English again (Translate would refuse).
    expect(await needing()).not.toContain(russian.id);
    expect(await refusalOf(translateStory(editor, source.id, 'ru'))).toBe('A killed story cannot be translated.');
  });

  it('“Needs translation” pages in every sort with the other filters, and its counts agree with its pages', async () => {
    process.env.NEWSROOM_LANGUAGES = 'en,ru';
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const section = await prisma.section.create({ data: { name: `Needs ${unique()}`, slug: `needs-${unique()}` } });
    const ids: string[] = [];
    for (const word of ['Charlie', 'Alpha', 'Bravo']) {
      const story = await saveStoryInput(editor, storyInput({ headline: `${word} ${unique()}`, sectionId: section.id }));
      await publish(story.id, editor, reviewer);
      ids.push(story.id);
    }
    const translated = await saveStoryInput(editor, storyInput({ headline: `Delta ${unique()}`, sectionId: section.id }));
    await publish(translated.id, editor, reviewer);
    const russian = await translateStory(editor, translated.id, 'ru');
    await writeTranslation(editor, russian.id, 'Дельта', 'ru');
    await publish(russian.id, editor, reviewer);
    await saveStoryInput(editor, storyInput({ headline: `Echo draft ${unique()}`, sectionId: section.id }));

    const filter = { needs: 'translation' as const, sectionId: section.id };
    const pages = async (sort: 'updated' | 'created' | 'headline') => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listDeskStories(editor, { ...filter, sort }, { take: 1, cursor });
        seen.push(...page.stories.map((s) => s.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await pages('headline')).toEqual([ids[1], ids[2], ids[0]]);
    expect(await pages('created')).toEqual([...ids].reverse());
    expect(await pages('updated')).toEqual([...ids].reverse());
    expect(await countDeskStories(editor, filter)).toEqual({ byStatus: { PUBLISHED: 3 }, all: 3, capped: false });
    expect(await countDeskView(editor, { ...filter, status: 'PUBLISHED' })).toEqual({ count: 3, capped: false });
    expect((await listDeskStories(editor, { ...filter, q: 'Alpha' })).stories.map((s) => s.id)).toEqual([ids[1]]);
    expect((await listDeskStories(editor, { ...filter, q: 'Delta' })).stories).toEqual([]);
  });
});
