import 'server-only';
import { assertCan, can, type Viewer } from '@/lib/auth/permissions';
import type { StoryStatus } from '@/lib/enums';
import { readDoc } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { newsroomLanguages } from '@/lib/stories/languages';
import { relationTo, type FamilyRelation } from '@/lib/stories/translation-family';
import { sourceFingerprint } from './fingerprint';
import { isOriginalKilled, isTranslatable, languagesLeft } from './rules';
import { sourceParagraphs, type SourceParagraph } from './source-text';

/** Another story of the family, and how it relates to the one shown (`original`: it is the family's first story, whatever its relation). */
export type TranslationSibling = { id: string; language: string; headline: string; status: StoryStatus; relation: FamilyRelation; original: boolean };

export type StoryTranslations = {
  /** The other stories of its family, in the newsroom's language order, each with how it relates to this one. */
  siblings: TranslationSibling[];
  /** The languages it may still be translated into (none when the story itself may not be translated). */
  languagesLeft: string[];
  /** Its family's first story, or the story it was translated from, was killed: the translation stands, flagged on the desk. */
  originalKilled: boolean;
};

/** A story's translations and its source, for the desk's "Translations" panel. */
export async function storyTranslations(viewer: Viewer, storyId: string): Promise<StoryTranslations | null> {
  assertCan(viewer, 'desk.view');
  const story = await prisma.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      language: true,
      status: true,
      translationRootId: true,
      translationOfId: true,
      translationOf: { select: { status: true } },
      translationRoot: { select: { id: true, status: true } },
    },
  });
  if (!story) return null;
  const family = story.translationRootId
    ? await prisma.story.findMany({
        where: { translationRootId: story.translationRootId, NOT: { id: story.id } },
        select: { id: true, language: true, headline: true, status: true, translationOfId: true },
      })
    : [];
  const order: string[] = newsroomLanguages();
  const rank = (language: string) => (order.includes(language) ? order.indexOf(language) : order.length);
  const siblings = family
    .map((member) => ({
      id: member.id,
      language: member.language,
      headline: member.headline,
      status: member.status,
      relation: relationTo(member.id, story),
      original: member.id === story.translationRootId,
    }))
    .sort((a, b) => rank(a.language) - rank(b.language) || a.language.localeCompare(b.language));
  const translatable = isTranslatable(story.status) && can(viewer, 'story.translate');
  return {
    siblings,
    languagesLeft: translatable
      ? languagesLeft(
          story,
          family.map((m) => m.language),
          order,
        )
      : [],
    originalKilled: isOriginalKilled(story),
  };
}

/** A translation's source as its translator reads it: the source now, each paragraph marked if it changed after translating. */
export type SourceText = {
  id: string;
  /** What is shown of the source, as a hash: another one means the source has changed since (followedSource). */
  fingerprint: string;
  language: string;
  headline: string;
  status: StoryStatus;
  paragraphs: SourceParagraph[];
  /** Paragraphs changed, added or removed since the translation was made. */
  changed: number;
  /** The headline as translated, when it has changed since. */
  headlineBefore: string | null;
  /** The translation engine asked for the first draft, and whether it gave one (null: none was asked). */
  machine: { engine: string; drafted: boolean } | null;
};

/** The source text beside a translation, or null for a story that is not one (or whose source is gone). */
export async function sourceTextOf(viewer: Viewer, storyId: string): Promise<SourceText | null> {
  assertCan(viewer, 'desk.view');
  const story = await prisma.story.findUnique({
    where: { id: storyId },
    select: { translationOfId: true, translationSource: { select: { headline: true, body: true, machineEngine: true, machineDrafted: true } } },
  });
  if (!story?.translationOfId) return null;
  const source = await prisma.story.findUnique({
    where: { id: story.translationOfId },
    select: { id: true, language: true, headline: true, status: true, body: true },
  });
  if (!source) return null;
  const translated = story.translationSource;
  const paragraphs = sourceParagraphs(readDoc(source.body), translated ? readDoc(translated.body) : null);
  return {
    id: source.id,
    fingerprint: sourceFingerprint(source),
    language: source.language,
    headline: source.headline,
    status: source.status,
    paragraphs,
    changed: paragraphs.filter((p) => p.change !== 'same').length,
    headlineBefore: translated && translated.headline !== source.headline ? translated.headline : null,
    machine: translated?.machineEngine ? { engine: translated.machineEngine, drafted: translated.machineDrafted } : null,
  };
}

/** What a translation's source shows now, as sourceTextOf's fingerprint, and which story that is (null for a story that is not a translation): how its page knows the source changed. */
export async function followedSource(viewer: Viewer, storyId: string): Promise<{ sourceId: string; fingerprint: string } | null> {
  assertCan(viewer, 'desk.view');
  const story = await prisma.story.findUnique({
    where: { id: storyId },
    select: { translationOf: { select: { id: true, headline: true, status: true, body: true } } },
  });
  return story?.translationOf ? { sourceId: story.translationOf.id, fingerprint: sourceFingerprint(story.translationOf) } : null;
}
