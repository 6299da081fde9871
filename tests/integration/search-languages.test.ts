import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { forgetSearchResults, searchPublishedStories } from '@/lib/stories/search';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

async function publish(headline: string, language: string, paragraph: string) {
  const editor = await seedUser('EDITOR');
  const reviewer = await seedUser('REVIEWER');
  const story = await saveStoryInput(editor, storyInput({ headline, subheadline: '', language: language as never, body: docFromParagraphs([paragraph]) }));
  await transitionStory(editor, { storyId: story.id, action: 'submit' });
  await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
  await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
  return story.id;
}

/** What a query finds on one language's site (the main site, English, shows the stories in languages without a site of their own). */
const found = async (query: string, language = 'en') => {
  forgetSearchResults();
  return (await searchPublishedStories(query, language)).stories.map((s) => s.storyId);
};

describe('search in the language each story is written in', () => {
  it('stems each language by its own rules, and matches other languages word for word', async () => {
    const german = await publish('Die Grünen verlieren die Wahlen in Brandenburg', 'de', 'Nach den Wahlniederlagen tritt die Parteispitze zurück.');
    const finnish = await publish('Eduskunta hyväksyi alkoholilain', 'fi', 'Eduskunta hyväksyi alkoholilain äänin 124–65.');
    const japanese = await publish('Kyoto hosts the summit', 'ja', 'サミット は 京都 で 開かれた');
    const english = await publish('Elections in Brandenburg', 'en', 'The elections were held on Sunday.');

    // German stems: "Wahl" finds "Wahlen"; English stems: "election" finds "elections".
    expect(await found('Wahl')).toEqual([german]);
    expect(await found('election')).toEqual([english]);
    // Finnish: the lemma finds the inflected form.
    expect(await found('alkoholilaki')).toEqual([finnish]);
    // A language with no dictionary is indexed word for word, not by English rules.
    expect(await found('京都')).toEqual([japanese]);
    expect(new Set(await found('Brandenburg'))).toEqual(new Set([german, english]));
    // The Russian site (the newsroom's other language) shows none of them.
    expect(await found('Brandenburg', 'ru')).toEqual([]);
  });
});
