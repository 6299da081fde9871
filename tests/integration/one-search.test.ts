import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { searchDesk } from '@/lib/stories/desk-queries';
import { forgetSearchResults, searchPublishedStories } from '@/lib/stories/search';
import { transitionStory } from '@/lib/stories/transition';
import { addAlias, createTag } from '@/lib/tags/mutations';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const unique = () => `${Date.now()}${Math.random().toString(36).slice(2, 7)}`;

async function publish(overrides: Parameters<typeof storyInput>[0]) {
  const editor = await seedUser('EDITOR');
  const reviewer = await seedUser('REVIEWER');
  const story = await saveStoryInput(editor, storyInput(overrides));
  await transitionStory(editor, { storyId: story.id, action: 'submit' });
  await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
  await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
  return story.id;
}

describe('one search behaviour for the desk and the public site', () => {
  it('finds the same stories by a tag alias in another script, by transliteration and by each language’s dictionary', async () => {
    const reviewer = await seedUser('REVIEWER');
    const surname = `Zorkaltsev${unique().replace(/\d/g, '')}`;
    const tag = await createTag(reviewer, { kind: 'PERSON', name: `Ivan ${surname}` });
    const alias = `Зоркальцев${unique().replace(/\d/g, '')}`;
    await addAlias(reviewer, { tagId: tag.id, name: alias });
    // Tagged, and never naming the alias in its text.
    const tagged = await publish({ headline: `Minister meets envoys ${unique()}`, tagIds: [tag.id], body: docFromParagraphs(['The talks lasted two hours.']) });
    // Untagged English copy naming a person the query writes in Cyrillic (a made-up
    // surname, so nothing else in the database matches it).
    const suffix = unique().replace(/\d/g, '');
    const english = await publish({
      headline: `Envoy Pashkevich${suffix} arrives ${unique()}`,
      body: docFromParagraphs([`Pashkevich${suffix} arrived on Monday.`]),
    });
    // Russian copy, found by another form of the word (the Russian dictionary's stemming).
    const russian = await publish({ headline: `Переговоры ${unique()}`, language: 'ru', body: docFromParagraphs(['Стороны провели переговоры в Женеве.']) });

    const desk = async (q: string) => (await searchDesk(reviewer, { q })).rows.map((r) => r.id);
    // The public search of the site the story's language has (English at the root, Russian under /ru).
    const site = async (q: string, language = 'en') => {
      forgetSearchResults();
      return (await searchPublishedStories(q, language)).stories.map((s) => s.storyId);
    };
    const both = async (q: string) => ({ desk: await desk(q), site: await site(q) });

    // The alias in Cyrillic finds the tagged story on both.
    expect(await both(alias)).toEqual({ desk: [tagged], site: [tagged] });
    // The tag's Latin name finds it too.
    expect(await both(`Ivan ${surname}`)).toEqual({ desk: [tagged], site: [tagged] });
    // A Cyrillic query finds the English copy through its transliteration, on both.
    expect(await both(`Пашкевич${suffix}`)).toEqual({ desk: [english], site: [english] });
    // The Russian dictionary: "переговорах" finds "переговоры" on both.
    expect((await both('переговорах')).desk).toContain(russian);
    expect(await site('переговорах', 'ru')).toContain(russian);
    expect(await site('переговорах', 'en')).not.toContain(russian);
  });
});
