import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { getPublishedStory } from '@/lib/stories/public-queries';
import { addAlias, createTag, mergeTags, updateTag } from '@/lib/tags/mutations';
import { searchTags, tagNamesByLanguage } from '@/lib/tags/queries';
import { ZTagUpdate } from '@/lib/tags/validation';
import { createTopic, updateTopic, ZTopicUpdate } from '@/lib/topics/mutations';
import { appErrorOf } from '../support/app-error';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsroomLanguagesForTests, publish, unique } from '../support/translations';

const fieldErrors = async (promise: Promise<unknown>) => (await appErrorOf(promise)).fieldErrors;

describe('tag names and topic titles per language', () => {
  newsroomLanguagesForTests('en,ru');

  it('a tag’s Russian name is kept, found by the picker, shown on a Russian story’s page, and removed when emptied', async () => {
    const [editor, reviewer, admin] = await Promise.all([seedUser('EDITOR'), seedUser('REVIEWER'), seedUser('ADMIN')]);
    const suffix = unique();
    const tag = await createTag(editor, { kind: 'PLACE', name: `Yerevan ${suffix}` });
    await updateTag(admin, parseInput(ZTagUpdate, { id: tag.id, name: `Yerevan ${suffix}`, description: '', name_ru: `  Ереван ${suffix} ` }));
    expect(await prisma.tagName.findMany({ where: { tagId: tag.id }, select: { language: true, name: true } })).toEqual([
      { language: 'ru', name: `Ереван ${suffix}` },
    ]);

    // The picker finds either name, and says which matched.
    expect((await searchTags(editor, `ерев`)).find((t) => t.id === tag.id)).toMatchObject({ name: `Yerevan ${suffix}`, matchedAlias: `Ереван ${suffix}` });
    expect((await searchTags(editor, `yerev`)).find((t) => t.id === tag.id)).toMatchObject({ matchedAlias: null });
    // For a Russian story, the tag is named in Russian; typed in English, the English name says why it matched.
    expect((await searchTags(editor, `ерев`, { language: 'ru' })).find((t) => t.id === tag.id)).toMatchObject({ name: `Ереван ${suffix}`, matchedAlias: null });
    expect((await searchTags(editor, `yerev`, { language: 'ru' })).find((t) => t.id === tag.id)).toMatchObject({
      name: `Ереван ${suffix}`,
      matchedAlias: `Yerevan ${suffix}`,
    });
    expect((await searchTags(editor, `yerev`, { language: 'de' })).find((t) => t.id === tag.id)).toMatchObject({
      name: `Yerevan ${suffix}`,
      matchedAlias: null,
    });
    expect(await tagNamesByLanguage([tag.id, tag.id])).toEqual({ ru: { [tag.id]: `Ереван ${suffix}` } });

    const topic = await createTopic(admin, { title: `Armenia ${suffix}` });
    await updateTopic(
      admin,
      parseInput(ZTopicUpdate, { id: topic.id, title: `Armenia ${suffix}`, background: docFromParagraphs(['Background.']), title_ru: `Армения ${suffix}` }),
    );

    const story = (language: 'en' | 'ru', headline: string) =>
      saveStoryInput(editor, storyInput({ headline, language, credit: language === 'ru' ? 'ТАСС' : 'TASS', tagIds: [tag.id], topicId: topic.id }));
    const russian = await story('ru', `Переговоры в Ереване ${suffix}`);
    const english = await story('en', `Talks in Yerevan ${suffix}`);
    await publish(russian.id, editor, reviewer);
    await publish(english.id, editor, reviewer);
    const russianPage = (await getPublishedStory(russian.slug))!;
    expect([russianPage.tags.map((t) => t.tag.name), russianPage.topic?.title]).toEqual([[`Ереван ${suffix}`], `Армения ${suffix}`]);
    const englishPage = (await getPublishedStory(english.slug))!;
    expect([englishPage.tags.map((t) => t.tag.name), englishPage.topic?.title]).toEqual([[`Yerevan ${suffix}`], `Armenia ${suffix}`]);

    // Emptied, the name goes; a field left out leaves it.
    await updateTag(admin, parseInput(ZTagUpdate, { id: tag.id, name: `Yerevan ${suffix}`, description: 'Capital' }));
    expect(await prisma.tagName.count({ where: { tagId: tag.id } })).toBe(1);
    await updateTag(admin, parseInput(ZTagUpdate, { id: tag.id, name: `Yerevan ${suffix}`, description: '', name_ru: '' }));
    expect(await prisma.tagName.count({ where: { tagId: tag.id } })).toBe(0);
    expect((await getPublishedStory(russian.slug))!.tags.map((t) => t.tag.name)).toEqual([`Yerevan ${suffix}`]);
  });

  it('refuses a name in a language the newsroom does not publish in, or too long, on its field, writing nothing', async () => {
    const [editor, admin] = await Promise.all([seedUser('EDITOR'), seedUser('ADMIN')]);
    const tag = await createTag(editor, { kind: 'PERSON', name: `Nikol Pashinyan ${unique()}` });
    expect(
      await fieldErrors(updateTag(admin, parseInput(ZTagUpdate, { id: tag.id, name: 'Renamed', description: '', name_ru: 'Пашинян', name_fr: 'Pachinian' }))),
    ).toEqual({
      name_fr: ['The newsroom does not publish in French: no name in it can be kept.'],
    });
    expect(await fieldErrors(Promise.resolve().then(() => parseInput(ZTagUpdate, { id: tag.id, name: 'Renamed', name_ru: 'П'.repeat(121) })))).toEqual({
      name_ru: ['Keep the name to 120 characters.'],
    });
    const row = await prisma.tag.findUniqueOrThrow({ where: { id: tag.id }, include: { names: true } });
    expect([row.name, row.names]).toEqual([tag.name, []]);

    const topic = await createTopic(admin, { title: `Talks ${unique()}` });
    expect(
      await fieldErrors(
        updateTopic(admin, parseInput(ZTopicUpdate, { id: topic.id, title: 'Talks', background: docFromParagraphs(['x']), title_de: 'Gespräche' })),
      ),
    ).toEqual({
      title_de: ['The newsroom does not publish in German: no name in it can be kept.'],
    });
  });

  it('one row per tag: a tag matching by many names does not crowd others out, and the exact name is the one shown', async () => {
    const [editor, admin] = await Promise.all([seedUser('EDITOR'), seedUser('ADMIN')]);
    const word = `Qorvex${unique()}`;
    const many = await createTag(editor, { kind: 'ORGANISATION', name: `${word} Holdings` });
    for (const alias of ['Group', 'Bank', 'Fund', 'Trust', 'Capital', 'Energy', 'Media']) await addAlias(admin, { tagId: many.id, name: `${word} ${alias}` });
    await updateTag(admin, parseInput(ZTagUpdate, { id: many.id, name: `${word} Holdings`, name_ru: `${word} Холдинг` }));
    // Longer, so it sorts after the first tag's rows: seven aliases once pushed it past the limit.
    const other = await createTag(editor, { kind: 'PERSON', name: `${word} Smithsonian Institution Fellow` });
    expect((await searchTags(editor, word, { limit: 2 })).map((t) => t.id).sort()).toEqual([many.id, other.id].sort());
    expect((await searchTags(editor, `${word} bank`)).find((t) => t.id === many.id)?.matchedAlias).toBe(`${word} Bank`);
  });

  it('merging a tag keeps its names in other languages on the tag it joins', async () => {
    const [editor, reviewer, admin] = await Promise.all([seedUser('EDITOR'), seedUser('REVIEWER'), seedUser('ADMIN')]);
    const suffix = unique();
    const duplicate = await createTag(editor, { kind: 'PLACE', name: `Erevan ${suffix}` });
    const survivor = await createTag(editor, { kind: 'PLACE', name: `Yerevan city ${suffix}` });
    await updateTag(admin, parseInput(ZTagUpdate, { id: duplicate.id, name: `Erevan ${suffix}`, name_ru: `Ереван ${suffix}` }));
    await mergeTags(reviewer, { sourceId: duplicate.id, targetId: survivor.id });
    expect(await prisma.tagName.findMany({ where: { tagId: survivor.id }, select: { language: true, name: true } })).toEqual([
      { language: 'ru', name: `Ереван ${suffix}` },
    ]);
  });
});
