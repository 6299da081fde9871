import { Prisma } from '@/generated/prisma/client';
import { prisma, type Tx } from '@/lib/db';
import { docJson } from '@/lib/content/document';
import { notify } from '@/lib/notifications/notify';
import { addJobs } from '@/lib/jobs/queue';
import { WireError } from './errors';
import { FETCH_WIRE_IMAGES_TASK, hasRemoteImages } from './fetch-images';
import { insertWireItems } from './insert-items';
import { parseWireDocumentOffThread, parseWireDocumentsOffThread } from './parse-pool';
import { TagResolver, type ResolvedTags } from './tag-resolver';
import type { ParsedDocument, WireItemData } from './types';

export type IngestStatus = 'imported' | 'updated' | 'unchanged' | 'failed' | 'refused';
export type IngestOutcome = { source: string; guid: string; version: number; status: IngestStatus; id?: string; reason?: string };

type Existing = {
  id: string;
  source: string;
  guid: string;
  version: number;
  versionCreatedAt: Date | null;
  headline: string;
  subheadline: string;
  bodyText: string;
  killedAt: Date | null;
};

const isNewer = (item: WireItemData, old: Existing) =>
  item.version > old.version || (item.version === old.version && !!item.versionCreated && !!old.versionCreatedAt && item.versionCreated > old.versionCreatedAt);

/**
 * Which source an item is filed under (it and its guid identify it), or why it is
 * refused. Without a rule, the source the document declares, else the caller's.
 */
export type SourceRule = (item: WireItemData) => { source: string } | { refused: string };

function columns(item: WireItemData, source: string, tags: ResolvedTags) {
  // The agency the document itself declares is kept as the credit when it is filed under another source (a key's own name).
  const declared = item.source && item.source.toLowerCase() !== source.toLowerCase() ? item.source : '';
  return {
    source,
    guid: item.guid.slice(0, 500),
    version: item.version,
    format: item.format,
    pubStatus: item.pubStatus,
    urgency: item.urgency,
    headline: item.headline.slice(0, 500),
    subheadline: item.subheadline,
    byline: item.byline.slice(0, 300),
    credit: (item.credit || declared).slice(0, 120),
    datelinePlace: item.datelinePlace.slice(0, 120),
    language: item.language,
    body: docJson(item.body),
    bodyText: item.bodyText,
    versionCreatedAt: item.versionCreated,
    embargoUntil: item.embargoUntil,
    signals: item.signals,
    flags: item.flags,
    edNote: item.edNote.slice(0, 2000),
    tagIds: tags.tagIds,
    meta: {
      dateline: item.dateline,
      firstCreated: item.firstCreated?.toISOString() ?? null,
      images: item.images,
      declaredSource: item.source,
      subjects: item.subjects,
      entities: item.entities,
      literals: tags.literals,
      contributors: (item.contributors ?? []).slice(0, 40),
    } as Prisma.InputJsonObject,
  };
}

/** What a client is told when an item could not be written: words, never the database's internals (those go to the log). */
function storageFailure(item: WireItemData, error: unknown): string {
  console.error(`[wire] could not store ${item.guid}:`, error);
  return 'The item could not be stored; the newsroom has logged why.';
}

/** A newer version of an item: keep what it replaces for the diff, and tell whoever made a draft from it. */
async function applyUpdate(tx: Tx, old: Existing, item: WireItemData, data: ReturnType<typeof columns>, now: Date) {
  const killed = item.pubStatus === 'canceled' || item.signals.includes('kill');
  await tx.wireItem.update({
    where: { id: old.id },
    data: {
      ...data,
      receivedAt: now,
      killedAt: killed ? (old.killedAt ?? now) : null,
      previous: { version: old.version, headline: old.headline, subheadline: old.subheadline, bodyText: old.bodyText },
    },
  });
  const story = await tx.story.findUnique({ where: { wireItemId: old.id }, select: { id: true, authorId: true, headline: true } });
  if (story) {
    const message = killed
      ? `The agency killed the wire copy behind “${story.headline || 'Untitled story'}” (${data.source}). Do not publish it as it stands.`
      : `A newer version (${item.version}) of the wire copy behind “${story.headline || 'Untitled story'}” arrived from ${data.source}.`;
    await notify(tx, { userId: story.authorId, storyId: story.id, kind: killed ? 'wireKill' : 'wireUpdate', message });
  }
}

/**
 * Stores parsed wire items as incoming copy (never as stories), each filed under the
 * source the rule gives (an API key's: see lib/apikeys/sources.ts) or refused. New
 * items are written in one multi-row statement; a newer version of a known (source,
 * guid) replaces it, in its own transaction; an older or equal version is an unchanged
 * duplicate. If the batch statement fails, each item is retried on its own, so one
 * bad item never loses the others and nothing is half-written.
 */
export async function ingestItems(
  items: WireItemData[],
  options: { source?: string; sourceRule?: SourceRule; resolver?: TagResolver; now?: Date } = {},
): Promise<IngestOutcome[]> {
  const now = options.now ?? new Date();
  const resolver = options.resolver ?? new TagResolver();
  const rule: SourceRule = options.sourceRule ?? ((item) => ({ source: item.source || options.source || 'wire' }));
  const filed = items.map(rule);
  const sources = filed.map((f) => ('source' in f ? f.source.slice(0, 120) : ''));
  const outcomes: IngestOutcome[] = items.map((item, i) => {
    const f = filed[i]!;
    return 'refused' in f
      ? { source: item.source, guid: item.guid, version: item.version, status: 'refused', reason: f.refused }
      : { source: sources[i]!, guid: item.guid, version: item.version, status: 'unchanged' };
  });

  // Within one batch, only the newest version of a key counts; a refused item counts for nothing.
  const newest = new Map<string, number>();
  items.forEach((item, i) => {
    if ('refused' in filed[i]!) return;
    const key = `${sources[i]}\u0000${item.guid}`;
    const seen = newest.get(key);
    if (seen === undefined || item.version >= items[seen]!.version) newest.set(key, i);
  });
  const chosen = [...newest.values()];
  const tags = await resolver.resolve(chosen.map((i) => items[i]!));
  const tagsOf = new Map(chosen.map((i, n) => [i, tags[n]!]));

  const existing = await prisma.$queryRaw<Existing[]>`
    SELECT w.id, w.source, w.guid, w.version, w."versionCreatedAt", w.headline, w.subheadline, w."bodyText", w."killedAt"
    FROM "WireItem" w
    JOIN unnest(${chosen.map((i) => sources[i]!)}::text[], ${chosen.map((i) => items[i]!.guid)}::text[]) AS k(source, guid)
      ON w.source = k.source AND w.guid = k.guid`;
  const known = new Map(existing.map((e) => [`${e.source}\u0000${e.guid}`, e]));

  const fresh: number[] = [];
  for (const i of chosen) {
    const item = items[i]!;
    const old = known.get(`${sources[i]}\u0000${item.guid}`);
    if (!old) fresh.push(i);
    else if (isNewer(item, old)) {
      try {
        await prisma.$transaction((tx) => applyUpdate(tx, old, item, columns(item, sources[i]!, tagsOf.get(i)!), now));
        Object.assign(outcomes[i]!, { status: 'updated', id: old.id });
      } catch (error) {
        Object.assign(outcomes[i]!, { status: 'failed', reason: storageFailure(item, error) });
      }
    } else Object.assign(outcomes[i]!, { id: old.id });
  }

  const rows = fresh.map((i) => ({
    ...columns(items[i]!, sources[i]!, tagsOf.get(i)!),
    receivedAt: now,
    killedAt: items[i]!.pubStatus === 'canceled' ? now : null,
  }));
  if (rows.length) {
    try {
      const created = await insertWireItems(rows);
      const ids = new Map(created.map((c) => [`${c.source}\u0000${c.guid}`, c.id]));
      for (const i of fresh) Object.assign(outcomes[i]!, { status: 'imported', id: ids.get(`${sources[i]}\u0000${items[i]!.guid}`) });
    } catch {
      // One item made the batch fail (or another ingest won a race): write them one by one.
      for (const [n, i] of fresh.entries()) {
        try {
          const row = await prisma.wireItem.create({ data: rows[n]!, select: { id: true } });
          Object.assign(outcomes[i]!, { status: 'imported', id: row.id });
        } catch (error) {
          const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
          Object.assign(outcomes[i]!, duplicate ? { status: 'unchanged' } : { status: 'failed', reason: storageFailure(items[i]!, error) });
        }
      }
    }
  }
  await queueImageFetches(items, outcomes);
  return outcomes;
}

/** Items new or updated that refer to pictures elsewhere get a job that copies them into storage. */
async function queueImageFetches(items: WireItemData[], outcomes: IngestOutcome[]) {
  const ids = outcomes.flatMap((outcome, i) =>
    outcome.id && (outcome.status === 'imported' || outcome.status === 'updated') && hasRemoteImages(items[i]!.body, items[i]!.images) ? [outcome.id] : [],
  );
  await addJobs(
    prisma,
    FETCH_WIRE_IMAGES_TASK,
    ids.map((id) => ({ payload: { wireItemId: id }, jobKey: `wire-images:${id}` })),
    { maxAttempts: 3 },
  );
}

/** Parses one document and stores its items; a document nothing can be taken from throws a WireError. */
export async function ingestDocument(
  bytes: Uint8Array,
  options: { contentType?: string; source?: string; sourceRule?: SourceRule; resolver?: TagResolver } = {},
) {
  const parsed = await parseWireDocumentOffThread(bytes, options.contentType);
  const outcomes = await ingestItems(parsed.items, options);
  return { format: parsed.format, outcomes, skipped: parsed.skipped };
}

export type DocumentResult = { name: string; format?: string; outcomes: IngestOutcome[]; skipped: { guid: string; reason: string }[]; error?: string };

/**
 * Many documents at once (the CLI, benchmarks): each is parsed on its own (a bad one
 * is reported and the rest go on), then their items are written in batches. Parsing
 * runs on the worker threads a group ahead of the writes, so both go on at once.
 */
export async function ingestBatch(
  documents: { name: string; bytes: Uint8Array; contentType?: string }[],
  options: { source?: string; sourceRule?: SourceRule; resolver?: TagResolver; batchSize?: number } = {},
): Promise<DocumentResult[]> {
  const resolver = options.resolver ?? new TagResolver();
  const size = options.batchSize ?? 500;
  const results: DocumentResult[] = documents.map((document) => ({ name: document.name, outcomes: [], skipped: [] }));

  // Parses documents [from, to) on the worker threads; a refusal is reported with the document.
  const parseGroup = async (from: number, to: number) => {
    const answers = await parseWireDocumentsOffThread(documents.slice(from, to).map((d) => ({ bytes: d.bytes, contentType: d.contentType ?? '' })));
    return answers.map((answer, n) => {
      if (!(answer instanceof WireError)) return answer;
      results[from + n]!.error = answer.message;
      return null;
    });
  };

  const writeGroup = async (from: number, parsed: (ParsedDocument | null)[]) => {
    const pending: { item: WireItemData; result: DocumentResult; index: number }[] = [];
    parsed.forEach((document, n) => {
      if (!document) return;
      Object.assign(results[from + n]!, { format: document.format, skipped: document.skipped });
      document.items.forEach((item, index) => pending.push({ item, result: results[from + n]!, index }));
    });
    for (let start = 0; start < pending.length; start += size) {
      const chunk = pending.slice(start, start + size);
      const outcomes = await ingestItems(
        chunk.map((p) => p.item),
        { source: options.source, sourceRule: options.sourceRule, resolver },
      );
      chunk.forEach((p, i) => {
        p.result.outcomes[p.index] = outcomes[i]!;
      });
    }
  };

  let parsing = parseGroup(0, Math.min(size, documents.length));
  for (let from = 0; from < documents.length; from += size) {
    const parsed = await parsing;
    const to = Math.min(from + size, documents.length);
    if (to < documents.length) {
      parsing = parseGroup(to, Math.min(to + size, documents.length));
      parsing.catch(() => {}); // awaited on the next turn; a failure then is the caller's
    }
    await writeGroup(from, parsed);
  }
  return results;
}
