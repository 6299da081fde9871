import 'server-only';
import * as Y from 'yjs';
import { Prisma } from '@/generated/prisma/client';
import { prisma, type Tx } from '@/lib/db';
import { AppError, type FieldErrors } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/permissions';
import { canonicalJson } from '../content';
import type { Draft } from '../draft';
import { draftOfStory } from '../draft-of-story';
import { storyWithTags, writeWorkingCopy, type SavedStory } from '../working-copy';
import { A_STORY_THAT_IS } from '../labels';
import { isEditable } from '../workflow';
import { announceUpdate } from './channel';
import { readStoredDraft, seedSharedDoc, upgradeLegacyFields, writeSharedDraft } from './codec';
import { describeHeld } from './held';
import { openSuggestionsOf, type OpenSuggestions } from './suggestions';

/** Edits a store brings into a live document from the stored state (already known to every other instance). */
export const STORED = Symbol('stored state');
/** Edits the server makes itself (a write from elsewhere, an upgrade): passed on like anyone's. */
export const SERVER_EDIT = Symbol('server edit');

const TRANSACTION = { timeout: 20_000, maxWait: 10_000 };

type StoryRow = Prisma.StoryGetPayload<{ include: typeof storyWithTags }>;
type Locked = { story: StoryRow; state: Uint8Array; appliedVersion: number };

/**
 * Locks a story and its shared state for the rest of the transaction (the story row
 * first, as every workflow move does), making the state from the story the first time:
 * every write of a story's text happens under this lock, one at a time.
 */
async function lockStory(tx: Tx, storyId: string): Promise<Locked | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Story" WHERE "id" = ${storyId} FOR UPDATE`;
  if (!locked.length) return null;
  const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, include: storyWithTags });
  const read = () =>
    tx.$queryRaw<
      { state: Uint8Array; appliedVersion: number }[]
    >`SELECT "state", "appliedVersion" FROM "StoryCollabState" WHERE "storyId" = ${storyId} FOR UPDATE`;
  let rows = await read();
  if (!rows.length) {
    const seeded = Buffer.from(Y.encodeStateAsUpdate(seedSharedDoc(draftOfStory(story))));
    await tx.$executeRaw`INSERT INTO "StoryCollabState" ("storyId", "state", "appliedVersion", "updatedAt") VALUES (${storyId}, ${seeded}, ${story.version}, now()) ON CONFLICT ("storyId") DO NOTHING`;
    rows = await read();
  }
  return { story, state: rows[0]!.state, appliedVersion: rows[0]!.appliedVersion };
}

/**
 * Brings the stored state into `doc`, and brings `doc` up to date with the story: states
 * made before text fields were shared per character are upgraded, and a story row
 * written by something other than this path (only possible before it existed) is
 * brought in as an edit, since the row's version says it is the newer.
 */
function bringUpToDate(doc: Y.Doc, locked: Locked): boolean {
  Y.applyUpdate(doc, locked.state, STORED);
  let changed = upgradeLegacyFields(doc, SERVER_EDIT);
  if (locked.story.version > locked.appliedVersion) {
    const stored = draftOfStory(locked.story);
    if (canonicalJson(readStoredDraft(doc, stored)) !== canonicalJson(stored)) changed = writeSharedDraft(doc, stored, SERVER_EDIT).length > 0 || changed;
  }
  return changed;
}

async function writeState(tx: Tx, storyId: string, doc: Y.Doc, version: number, held: FieldErrors) {
  await tx.storyCollabState.update({
    where: { storyId },
    // Written compacted: deleted content is collected, each writer's runs merged.
    data: { state: Buffer.from(Y.encodeStateAsUpdate(doc)), appliedVersion: version, storeErrors: Object.keys(held).length ? held : Prisma.DbNull },
  });
}

/** A story's shared state, as its collaboration server opens it (made from the story the first time). */
export async function loadStoryDocument(storyId: string): Promise<Uint8Array | null> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockStory(tx, storyId);
    if (!locked) return null;
    const doc = new Y.Doc();
    if (!bringUpToDate(doc, locked)) return locked.state;
    await writeState(tx, storyId, doc, locked.story.version, {});
    return Y.encodeStateAsUpdate(doc);
  }, TRANSACTION);
}

/** What a store did: the state vector of the text it wrote (whose edits are stored), the story as it now stands, and the fields held back. */
export type StoreOutcome = { stateVector: Uint8Array; version: number; slug: string; status: string; held: FieldErrors; written: boolean };

/**
 * Stores a live shared document (the collaboration server's): the stored state comes in
 * first (so edits stored by other instances or written from elsewhere reach this
 * document and its editors), then the story is written from it by `editor` through the
 * one writer, and the merged state is kept, in one transaction. With no editor (nobody
 * here changed it), only the state is kept. Fields the rules refuse stay as typed in the
 * document and come back in `held`.
 */
export async function storeStoryDocument(
  storyId: string,
  live: Y.Doc,
  editor: Viewer | null,
  reason: 'AUTOSAVE' | 'SAVE' = 'AUTOSAVE',
): Promise<StoreOutcome | null> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockStory(tx, storyId);
    if (!locked) return null;
    bringUpToDate(live, locked);
    // The text written and the state vector saying whose edits it holds, taken together before anything else can arrive.
    const stateVector = Y.encodeStateVector(live);
    const draft = readStoredDraft(live, draftOfStory(locked.story));
    const previous = await tx.storyCollabState.findUniqueOrThrow({ where: { storyId }, select: { storeErrors: true } });
    const write = editor ? await writeWorkingCopy(tx, editor, storyId, draft, { reason }) : { saved: null, held: (previous.storeErrors ?? {}) as FieldErrors };
    const story = write.saved ?? locked.story;
    await writeState(tx, storyId, live, story.version, write.held);
    return { stateVector, version: story.version, slug: story.slug, status: story.status, held: write.held, written: !!write.saved };
  }, TRANSACTION);
}

/**
 * After a store failed (the database refused the story, or went away mid-way), the typed
 * text is still kept: the merged state alone is written, marked as not stored, so a
 * restart loses nothing and no move takes the text on until a store succeeds.
 */
export async function keepUnstoredState(storyId: string, live: Y.Doc, why: string) {
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ state: Uint8Array }[]>`SELECT "state" FROM "StoryCollabState" WHERE "storyId" = ${storyId} FOR UPDATE`;
    if (!rows.length) return;
    Y.applyUpdate(live, rows[0]!.state, STORED);
    await tx.storyCollabState.update({ where: { storyId }, data: { state: Buffer.from(Y.encodeStateAsUpdate(live)), storeErrors: { document: [why] } } });
  }, TRANSACTION);
}

type EditOptions = {
  /** Refuse with CONFLICT when the story is no longer at this version (a program's stale save). */
  baseVersion?: number;
  reason?: 'RESTORE' | 'SAVE' | 'AUTOSAVE';
  note?: string;
  /**
   * Follow the change in the shared document of a story the workflow holds read-only
   * (killed, spiked, scheduled) too, writing nothing to the story: a merged tag or a
   * deleted section. Otherwise an edit of such a story is refused.
   */
  readOnlyToo?: boolean;
  /** Written in the same transaction once the story is written (an audit entry saying what the edit was). */
  afterWrite?: (tx: Tx, story: SavedStory) => Promise<void>;
};

/** A story as an edit of its shared document wrote it, and that edit as a Yjs update (empty when the edit changed nothing). */
export type EditedStory = { story: SavedStory; sharedUpdate: Uint8Array };

/**
 * A write made somewhere other than an open editor (a restore, a bulk change, a program's
 * save) goes through the shared document like typing: `change` edits the stored document
 * (and returns the names of the fields it changed), the story is written from it by the
 * one writer, and the edit reaches every instance that has the story open. What the
 * change itself set must be accepted whole: a refusal there writes nothing.
 */
export async function editStoryDocument(
  viewer: Viewer,
  storyId: string,
  change: (doc: Y.Doc, current: Draft) => string[],
  options: EditOptions = {},
): Promise<EditedStory> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockStory(tx, storyId);
    if (!locked) throw new AppError('NOT_FOUND', 'This story no longer exists.');
    if (options.baseVersion !== undefined && locked.story.version !== options.baseVersion) {
      throw new AppError('CONFLICT', 'Someone else changed this story after you opened it. Reload to see it as it is now.');
    }
    if (!options.readOnlyToo && !isEditable(locked.story.status)) {
      throw new AppError('INVALID_TRANSITION', `${A_STORY_THAT_IS[locked.story.status]} cannot be edited.`);
    }
    const doc = new Y.Doc();
    bringUpToDate(doc, locked);
    const before = Y.encodeStateVector(doc);
    const stored = draftOfStory(locked.story);
    let changed: string[] = [];
    doc.transact(() => {
      changed = change(doc, readStoredDraft(doc, stored));
    }, SERVER_EDIT);
    const write = await writeWorkingCopy(tx, viewer, storyId, readStoredDraft(doc, stored), { reason: options.reason ?? 'SAVE', note: options.note });
    const refused = Object.fromEntries(Object.entries(write.held).filter(([field]) => changed.includes(field)));
    if (Object.keys(refused).length) throw new AppError('INVALID_INPUT', describeHeld(refused), refused);
    const story = write.saved ?? {
      id: storyId,
      version: locked.story.version,
      slug: locked.story.slug,
      status: locked.story.status,
      updatedAt: locked.story.updatedAt,
      changed: false,
    };
    await writeState(tx, storyId, doc, story.version, write.held);
    await options.afterWrite?.(tx, story);
    const update = Y.encodeStateAsUpdate(doc, before);
    const edited = update.byteLength > 2;
    if (edited) await announceUpdate(tx, { origin: 'app', storyId, kind: 'doc' }, update);
    return { story, sharedUpdate: edited ? update : new Uint8Array() };
  }, TRANSACTION);
}

/**
 * Why a story's shared text is not stored as it stands (fields its last store held
 * back), or null: a move that takes the text on (submit, approve, publish, schedule)
 * is refused while it is not.
 */
export async function unstoredFields(tx: Tx, storyId: string): Promise<FieldErrors | null> {
  const row = await tx.storyCollabState.findUnique({ where: { storyId }, select: { storeErrors: true } });
  const errors = (row?.storeErrors ?? null) as FieldErrors | null;
  return errors && Object.keys(errors).length ? errors : null;
}

/** A story's open suggestions as its stored shared state holds them (none before it has one). */
export async function storedSuggestions(tx: Tx, storyId: string): Promise<OpenSuggestions> {
  const row = await tx.storyCollabState.findUnique({ where: { storyId }, select: { state: true } });
  if (!row) return { body: [], fields: [] };
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state, STORED);
  return openSuggestionsOf(doc);
}
