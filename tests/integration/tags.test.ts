import { ZTagCreate } from '@/lib/tags/validation';
import { parseInput } from '@/lib/errors';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { transitionStory } from '@/lib/stories/transition';
import { listPublishedStories } from '@/lib/stories/public-queries';
import { addAlias, createTag, deleteTag, mergeTags } from '@/lib/tags/mutations';
import { getTagBySlug, searchTags } from '@/lib/tags/queries';
import { suggestTags } from '@/lib/tags/suggestions';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { seedDemoDesk } from '../../prisma/seed/seed-demo-desk';
import { readSeedStory } from '../../prisma/seed/demo-content';

describe('taxonomy', () => {
  it('an editor creates people, organisations and places, but not subjects', async () => {
    const editor = await seedUser('EDITOR');
    const tag = await createTag(editor, { kind: 'PERSON', name: 'Sergey Lavrov' });
    expect(tag).toMatchObject({ kind: 'PERSON', slug: 'sergey-lavrov' });
    expect(() => parseInput(ZTagCreate, { kind: 'SUBJECT', name: 'New subject' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { kind: [expect.stringMatching(/IPTC vocabulary/)] } }),
    );
    expect(await prisma.tag.count({ where: { name: 'New subject' } })).toBe(0);
  });

  it('refuses a duplicate name within a kind, whatever the case or accents, with a clear message', async () => {
    const editor = await seedUser('EDITOR');
    await createTag(editor, { kind: 'PLACE', name: 'Yerevan' });
    await expect(createTag(editor, { kind: 'PLACE', name: '  yérevan ' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { name: ['Place “Yerevan” already exists.'] },
    });
    await expect(createTag(editor, { kind: 'ORGANISATION', name: 'Yerevan' })).resolves.toMatchObject({ kind: 'ORGANISATION' });
  });

  it('finds tags by name or alias, ignoring case and accents, in Cyrillic too', async () => {
    const editor = await seedUser('EDITOR');
    const tag = await createTag(editor, { kind: 'PERSON', name: 'Maria Zakharova' });
    await addAlias(editor, { tagId: tag.id, name: 'Захарова' });
    expect((await searchTags(editor, 'zakh')).map((t) => t.name)).toContain('Maria Zakharova');
    expect((await searchTags(editor, 'ЗАХАР'))[0]).toMatchObject({ name: 'Maria Zakharova', matchedAlias: 'Захарова' });
    expect((await searchTags(editor, 'MARÍA'))[0]?.name).toBe('Maria Zakharova');
  });

  it('matches where a word starts, never inside a word', async () => {
    const editor = await seedUser('EDITOR');
    const putin = await createTag(editor, { kind: 'PERSON', name: `Vladimir Putinov ${Date.now()}` });
    const computing = await createTag(editor, { kind: 'ORGANISATION', name: `Computing Putinovx Institute ${Date.now()}`.replace('Putinovx', 'computinov') });
    const armenia = await createTag(editor, { kind: 'PLACE', name: `Armeniaville ${Date.now()}` });
    const pharma = await createTag(editor, { kind: 'ORGANISATION', name: `Pharmarmeniaville Ltd ${Date.now()}` });
    await addAlias(editor, { tagId: putin.id, name: 'Путиновъ' });
    const ids = async (q: string) => (await searchTags(editor, q, { limit: 50 })).map((t) => t.id);
    expect(await ids('putinov')).toContain(putin.id);
    expect(await ids('putinov')).not.toContain(computing.id);
    expect(await ids('armeniavil')).toContain(armenia.id);
    expect(await ids('armeniavil')).not.toContain(pharma.id);
    expect(await ids('путинов')).toContain(putin.id);
    expect(await ids('(putinov')).toEqual([]);
  });

  it('merging moves stories (working and published) to the survivor and redirects the old slug', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const duplicate = await createTag(editor, { kind: 'PERSON', name: 'V. Putin' });
    const survivor = await createTag(editor, { kind: 'PERSON', name: 'Vladimir V. Putin' });
    const story = await saveStoryInput(editor, storyInput({ tagIds: [duplicate.id] }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });

    await expect(mergeTags(editor, { sourceId: duplicate.id, targetId: survivor.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const result = await mergeTags(reviewer, { sourceId: duplicate.id, targetId: survivor.id });
    expect(result.movedStories).toBe(1);
    expect(await prisma.storyTag.findMany({ where: { storyId: story.id }, select: { tagId: true } })).toEqual([{ tagId: survivor.id }]);
    expect((await listPublishedStories({ language: 'en', tagId: survivor.id })).stories.map((s) => s.storyId)).toEqual([story.id]);
    expect(await getTagBySlug(duplicate.slug)).toEqual({ tag: null, redirectTo: survivor.slug });
    expect((await prisma.tagAlias.findMany({ where: { tagId: survivor.id } })).map((a) => a.name)).toContain('V. Putin');
    expect(await prisma.tag.findUnique({ where: { id: duplicate.id } })).toBeNull();
  });

  it('deletes only unused tags, and only for reviewers and admins', async () => {
    const editor = await seedUser('EDITOR');
    const admin = await seedUser('ADMIN');
    const unused = await createTag(editor, { kind: 'PLACE', name: 'Gyumri' });
    const used = await createTag(editor, { kind: 'PLACE', name: 'Vanadzor' });
    await saveStoryInput(editor, storyInput({ tagIds: [used.id] }));
    await expect(deleteTag(editor, { id: unused.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteTag(admin, { id: used.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/used by 1 story/) });
    await deleteTag(admin, { id: unused.id });
    expect(await prisma.tag.findUnique({ where: { id: unused.id } })).toBeNull();
  });

  it('suggests every seed-story tag, with where it occurs, and the subjects they imply', async () => {
    await seedDemoDesk();
    const editor = await seedUser('EDITOR');
    const seed = readSeedStory();
    const topic = await prisma.topic.findFirstOrThrow();
    const suggestions = await suggestTags(editor, {
      headline: seed.headline,
      subheadline: seed.subheadline,
      bodyText: seed.paragraphs.join('\n\n'),
      topicId: topic.id,
      tagIds: [],
    });
    const names = suggestions.map((s) => s.tag.name);
    for (const name of [
      'Vladimir Putin',
      'Nikol Pashinyan',
      'Dmitry Peskov',
      'Ilham Aliyev',
      'Kremlin',
      'Russia',
      'Armenia',
      'Azerbaijan',
      'Nagorno-Karabakh',
      'Lachin Corridor',
      'Syunik',
      'Gegharkunik',
      'politics',
      'diplomacy',
      'armed conflict',
    ]) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain('Moscow');
    const putin = suggestions.find((s) => s.tag.name === 'Vladimir Putin')!;
    expect(putin.occurrences[0]).toMatchObject({ field: 'Headline' });
    expect(putin.occurrences[0]!.snippet.slice(putin.occurrences[0]!.start, putin.occurrences[0]!.end)).toBe('Putin');
    expect(suggestions.find((s) => s.tag.name === 'armed conflict')!.impliedBy).toEqual(expect.arrayContaining(['Nagorno-Karabakh']));

    // Ranked by where the story names a tag (headline first), then how often; background-only ones last, marked.
    const people = suggestions.filter((s) => s.occurrences.length);
    const rank = { Headline: 0, Subheadline: 1, Body: 2, 'Background box': 3 } as const;
    const firstFields = people.map((s) => rank[s.occurrences[0]!.field]);
    expect(firstFields).toEqual([...firstFields].sort((a, b) => a - b));
    expect(people[0]!.occurrences[0]!.field).toBe('Headline');
    for (const s of people) expect(s.backgroundOnly).toBe(s.occurrences.every((o) => o.field === 'Background box'));

    // Tags already on the story are not suggested again; a new alias is picked up at once.
    const kremlin = await prisma.tag.findFirstOrThrow({ where: { name: 'Kremlin' } });
    const again = await suggestTags(editor, { headline: 'Кремль и Ереван', subheadline: '', bodyText: '', topicId: null, tagIds: [kremlin.id] });
    expect(again.map((s) => s.tag.name)).not.toContain('Kremlin');
    const armenia = await prisma.tag.findFirstOrThrow({ where: { name: 'Armenia' } });
    await addAlias(editor, { tagId: armenia.id, name: 'Ереван' });
    const after = await suggestTags(editor, { headline: 'Кремль и Ереван', subheadline: '', bodyText: '', topicId: null, tagIds: [] });
    expect(after.map((s) => s.tag.name)).toEqual(expect.arrayContaining(['Kremlin', 'Armenia']));
  });
});
