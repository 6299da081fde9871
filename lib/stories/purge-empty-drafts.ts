import 'server-only';
import * as Y from 'yjs';
import { prisma } from '@/lib/db';
import { docToPlainText } from '@/lib/content/text';
import { readSharedDraft } from './shared-doc/codec';
import { blankDraft } from './mutations';

/** The graphile-worker task that removes stories made by "New story" and never touched. */
export const PURGE_EMPTY_DRAFTS_TASK = 'purge-empty-drafts';
/** A blank story is kept this long (someone may have opened it to write later). */
export const EMPTY_DRAFT_KEEP_HOURS = 24;

/**
 * "New story" makes the story at once; one nobody wrote anything in is removed after
 * EMPTY_DRAFT_KEEP_HOURS: still a blank draft at its first version (headline,
 * subheadline and body empty in the story and in its shared document, nothing held
 * back), not from wire copy nor a translation (made blank on purpose, for a translator),
 * with no comments, live entries or anyone on it now.
 */
export async function purgeEmptyDrafts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - EMPTY_DRAFT_KEEP_HOURS * 3_600_000);
  const candidates = await prisma.story.findMany({
    where: {
      status: 'DRAFT',
      version: 1,
      headline: '',
      subheadline: '',
      bodyText: '',
      createdAt: { lt: cutoff },
      wireItemId: null,
      translationOfId: null,
      translationRootId: null,
      firstPublishedAt: null,
      comments: { none: {} },
      liveEntries: { none: {} },
      presence: { none: {} },
    },
    select: { id: true, collabState: { select: { state: true } } },
    take: 500,
  });
  const blank = blankDraft(now);
  const empty = candidates
    .filter(({ collabState }) => {
      if (!collabState) return true;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, collabState.state);
      const draft = readSharedDraft(doc, blank);
      return !draft.headline.trim() && !draft.subheadline.trim() && !docToPlainText(draft.body).trim();
    })
    .map((story) => story.id);
  if (!empty.length) return 0;
  const removed = await prisma.story.deleteMany({ where: { id: { in: empty }, version: 1, status: 'DRAFT' } });
  return removed.count;
}
