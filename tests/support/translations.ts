import { afterEach, beforeEach } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { transitionStory } from '@/lib/stories/transition';
import type { TSaveStoryInput } from '@/lib/stories/validation';
import type { seedUser } from './factories';
import { saveStoryInput, storyInput } from './story-input';

export type Person = Awaited<ReturnType<typeof seedUser>>;
export const unique = () => Math.random().toString(36).slice(2, 8);

export const publish = async (storyId: string, editor: Person, reviewer: Person) => {
  await transitionStory(editor, { storyId, action: 'submit' });
  await transitionStory(reviewer, { storyId, action: 'approve' });
  await transitionStory(reviewer, { storyId, action: 'publish' });
};

/** Writes a translation's text as its translator would, in its own language (`more`: other fields to set, an embargo say). */
export async function writeTranslation(editor: Person, storyId: string, headline: string, language: 'ru' | 'en' | 'de', more: Partial<TSaveStoryInput> = {}) {
  const story = await prisma.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true } });
  return saveStoryInput(
    editor,
    storyInput({
      id: storyId,
      baseVersion: story.version,
      headline,
      slug: story.slug,
      language,
      sectionId: story.sectionId,
      topicId: story.topicId,
      tagIds: story.tags.map((t) => t.tagId),
      body: docFromParagraphs([`${headline}.`]),
      ...more,
    }),
  );
}

/** The newsroom's languages for the tests of a describe block (NEWSROOM_LANGUAGES, read again when it changes). */
export function newsroomLanguagesForTests(languages: string) {
  const saved = process.env.NEWSROOM_LANGUAGES;
  beforeEach(() => {
    process.env.NEWSROOM_LANGUAGES = languages;
  });
  afterEach(() => {
    process.env.NEWSROOM_LANGUAGES = saved;
  });
}
