import type { StoryStatus } from '@/lib/enums';
import { A_STORY_THAT_IS } from '@/lib/stories/labels';
import { languageName } from '@/lib/stories/languages';

/** The workflow states a story may be translated from: any but spiked and killed. */
const UNTRANSLATABLE: readonly StoryStatus[] = ['SPIKED', 'KILLED'];

/** A story may be translated from any state but spiked and killed. */
export function isTranslatable(status: StoryStatus): boolean {
  return !UNTRANSLATABLE.includes(status);
}

/**
 * A translation whose family's first story, or the story it was translated from, was killed: it
 * stands (killing an original does not kill its translations) and the desk flags it "Original killed".
 */
export function isOriginalKilled(story: {
  id: string;
  translationOf: { status: StoryStatus } | null;
  translationRoot: { id: string; status: StoryStatus } | null;
}): boolean {
  if (!story.translationRoot || story.translationRoot.id === story.id) return false;
  return story.translationOf?.status === 'KILLED' || story.translationRoot.status === 'KILLED';
}

/**
 * Why `source` may not be translated into `into`, or null: a spiked or killed story,
 * a language the newsroom does not publish in, the story's own language, or one its
 * family of translations already has (one story per language in a family).
 */
export function translationRefusal(
  source: { status: StoryStatus; language: string },
  into: string,
  familyLanguages: readonly string[],
  newsroomLanguages: readonly string[],
): string | null {
  if (!isTranslatable(source.status)) return `${A_STORY_THAT_IS[source.status]} cannot be translated.`;
  if (!newsroomLanguages.includes(into)) return `The newsroom does not publish in ${languageName(into)}: choose one of its languages.`;
  if (into === source.language) return `This story is already in ${languageName(into)}: choose another language.`;
  if (familyLanguages.includes(into)) return `This story already has a translation into ${languageName(into)}: open it from Translations.`;
  return null;
}

/** The languages a story may still be translated into, in the newsroom's order. */
export function languagesLeft(source: { language: string }, familyLanguages: readonly string[], newsroomLanguages: readonly string[]): string[] {
  return newsroomLanguages.filter((code) => code !== source.language && !familyLanguages.includes(code));
}

/** A slug's longest (ZStoryFields), and room kept for the "-2" a taken slug gets. */
const SLUG_MAX = 80;
const ROOM_FOR_NUMBER = 4;

/** The slug of a translation: its family's first story's, cut to fit, with the language after it ("talks-in-moscow-ru"). */
export function translationSlug(rootSlug: string, into: string): string {
  const base = rootSlug.slice(0, SLUG_MAX - into.length - 1 - ROOM_FOR_NUMBER).replace(/-+$/, '');
  return `${base}-${into}`;
}
