import 'server-only';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { ZBylines } from '@/lib/bylines/byline';
import { emptyDoc } from '@/lib/content/document';
import { Prisma } from '@/generated/prisma/client';
import type { StoryStatus } from '@/lib/enums';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { uniqueSlug } from '@/lib/text/slug';
import { createStoryIn, type SavedStory } from '@/lib/stories/mutations';
import type { Language } from '@/lib/stories/limits';
import { creditFor, parseCredits } from '@/lib/stories/dateline';
import { newsroomLanguages, languageName } from '@/lib/stories/languages';
import { readDoc, type TDocNode } from '@/lib/content/document';
import { translationEngine, type TranslationEngine } from './engine';
import { applyMachineTexts, machineTexts, type MachineText } from './machine-draft';
import { translationRefusal, translationSlug } from './rules';
import { validateBody } from '@/lib/content/validate';

/** How long Translate waits for a translation engine before starting the story empty. */
export const ENGINE_WAIT_MS = 20_000;

/** A machine draft, with the source as it was sent (what "Source text" marks later changes against). */
type MachineDraft = { text: MachineText; from: { version: number; headline: string; body: TDocNode } };

/** What the engine did for a new translation: drafted it, failed (the story starts empty), or there is none. */
export type MachineOutcome = 'drafted' | 'failed' | 'none';
export type TranslatedStory = SavedStory & { machine: MachineOutcome };

/**
 * Translate: a new draft in `into`, linked to `storyId` as its translation, with the
 * source's section, topic, tags, lead image, credit, byline, priority, dateline day and
 * embargo, and an empty headline and body for the translator (or the registered engine's draft). The source's family of
 * translations gains it (the source becomes the family's first story if it had none);
 * a family holds one story per language, which the database keeps too.
 */
export async function translateStory(
  viewer: Viewer,
  storyId: string,
  into: string,
  { engine = translationEngine(), waitMs = ENGINE_WAIT_MS }: { engine?: TranslationEngine | null; waitMs?: number } = {},
): Promise<TranslatedStory> {
  assertCan(viewer, 'story.translate');
  // The engine is asked before the transaction: no lock is held while a remote service thinks.
  const draft = engine ? await machineDraft(engine, storyId, into, waitMs) : null;
  const machine: MachineOutcome = !engine ? 'none' : draft ? 'drafted' : 'failed';
  return prisma
    .$transaction((tx) => translateIn(tx, viewer, storyId, into, draft, engine?.name ?? null))
    .then((story) => ({ ...story, machine }))
    .catch((error: unknown) => {
      // The family's unique index, or a slug taken between reading and writing: someone translated it just now.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const message = `Someone else translated this story into ${languageName(into)} at the same moment: open it from Translations.`;
        throw new AppError('CONFLICT', message, { into: [message] });
      }
      throw error;
    });
}

/** The agency's own credit in the translation's language (TASS → ТАСС); a credit someone typed stays as it is. */
function creditInto(source: { credit: string; language: string }, into: string) {
  const { NEWSROOM_AGENCY_CREDITS, NEWSROOM_AGENCY_CREDIT } = env();
  const credits = parseCredits(NEWSROOM_AGENCY_CREDITS, NEWSROOM_AGENCY_CREDIT);
  const own = !source.credit || source.credit === creditFor(source.language, credits, NEWSROOM_AGENCY_CREDIT);
  return own ? creditFor(into, credits, NEWSROOM_AGENCY_CREDIT) : source.credit;
}

/** The stories of `source`'s family of translations (none while it has none), and why translating it into `into` is refused, if it is. */
async function familyAndRefusal(db: Tx, source: { status: StoryStatus; language: string; translationRootId: string | null }, into: string) {
  const family = source.translationRootId
    ? await db.story.findMany({ where: { translationRootId: source.translationRootId }, select: { language: true, slug: true, id: true } })
    : [];
  const languages = family.map((member) => member.language);
  return { family, refusal: translationRefusal(source, into, languages, newsroomLanguages()) };
}

/**
 * The engine's draft of `storyId` in `into`, or null when it failed, was slow, or answered
 * something else than one text per text asked, or a body the editor would refuse (the
 * translation then starts empty, as without an engine). A translation the rules refuse is
 * never sent: the story stays in the newsroom (the transaction then refuses it with the reason).
 */
async function machineDraft(engine: TranslationEngine, storyId: string, into: string, waitMs: number): Promise<MachineDraft | null> {
  const source = await prisma.story.findUnique({
    where: { id: storyId },
    select: { version: true, language: true, status: true, headline: true, subheadline: true, body: true, translationRootId: true },
  });
  if (!source || (await familyAndRefusal(prisma, source, into)).refusal) return null;
  const text: MachineText = { headline: source.headline, subheadline: source.subheadline, body: readDoc(source.body) };
  const signal = AbortSignal.timeout(waitMs);
  const gaveUp = new Promise<null>((resolve) => signal.addEventListener('abort', () => resolve(null), { once: true }));
  try {
    // Raced as well as signalled: an engine that ignores the signal still cannot hold Translate.
    const translated = await Promise.race([engine.translate(machineTexts(text), source.language, into, signal), gaveUp]);
    const drafted = Array.isArray(translated) ? applyMachineTexts(text, translated) : null;
    if (!drafted) return null;
    // Held to the editor's rules like anything typed or pasted (size, depth, nodes): a refusal is a failed draft.
    const body = validateBody(drafted.body);
    return { text: { ...drafted, body }, from: { version: source.version, headline: source.headline, body: text.body } };
  } catch {
    return null;
  }
}

async function translateIn(tx: Tx, viewer: Viewer, storyId: string, into: string, draft: MachineDraft | null, engineName: string | null): Promise<SavedStory> {
  const now = new Date();
  const note = engineName === null ? '' : draft ? ` (machine draft by ${engineName})` : ` (${engineName} gave no draft: started empty)`;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Story" WHERE "id" = ${storyId} FOR UPDATE`;
  if (!locked.length) throw new AppError('NOT_FOUND', 'This story no longer exists.');
  const source = await tx.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: { select: { tagId: true }, orderBy: { position: 'asc' } } } });
  const rootId = source.translationRootId ?? source.id;
  // The family's first story is locked too: two translations into one language from two members wait for each other.
  if (rootId !== source.id) await tx.$queryRaw`SELECT "id" FROM "Story" WHERE "id" = ${rootId} FOR UPDATE`;
  const { family, refusal } = await familyAndRefusal(tx, source, into);
  if (refusal) throw new AppError('INVALID_INPUT', refusal, { into: [refusal] });
  if (!source.translationRootId) await tx.story.update({ where: { id: source.id }, data: { translationRootId: source.id } });
  const rootSlug = family.find((member) => member.id === rootId)?.slug ?? source.slug;
  const base = translationSlug(rootSlug, into);
  const taken = await tx.story.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const bylines = ZBylines.safeParse(source.bylines);
  const translation = await createStoryIn(
    tx,
    viewer,
    {
      headline: draft?.text.headline ?? '',
      subheadline: draft?.text.subheadline ?? '',
      slug: uniqueSlug(base, new Set(taken.map((t) => t.slug))),
      datelinePlace: '',
      datelineDate: source.datelineDate,
      credit: creditInto(source, into),
      sectionId: source.sectionId,
      topicId: source.topicId,
      priority: source.priority,
      language: into as Language,
      tagIds: source.tags.map((t) => t.tagId),
      body: draft?.text.body ?? emptyDoc(),
      correctionNote: '',
      embargoUntil: source.embargoUntil && source.embargoUntil > now ? source.embargoUntil : null,
      liveCoverage: false,
      leadImageId: source.leadImageId,
      bylines: bylines.success ? bylines.data : [],
      bylineWith: source.bylineWith,
    },
    {
      translation: {
        ofId: source.id,
        rootId,
        note: `Translation into ${languageName(into)} of “${source.headline || source.slug}”${note}`,
      },
    },
  );
  // The source as translated (as sent to the engine, if it drafted): what "Source text" marks changes against.
  const translatedFrom = draft?.from ?? { version: source.version, headline: source.headline, body: source.body ?? {} };
  await tx.translationSource.create({
    data: {
      storyId: translation.id,
      sourceVersion: translatedFrom.version,
      headline: translatedFrom.headline,
      body: translatedFrom.body as object,
      machineEngine: engineName,
      machineDrafted: !!draft,
    },
  });
  return translation;
}
