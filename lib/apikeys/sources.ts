// Which source an ingest key files copy under. An item is identified by (source, guid),
// so the source a document declares (its copyright holder, provider) never outranks the
// key that sent it: a key writes under its own name, or under the sources an admin
// allowed it, and never touches another source's items.

/** A key as ingest sees it: its name, and the sources an admin allowed it (none: its own name). */
export type IngestWriter = { name: string; sources: string[] };

export const MAX_KEY_SOURCES = 20;
export const MAX_SOURCE_LENGTH = 120;

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The sources an admin typed ("dpa, AFP" or one a line): trimmed, empty ones dropped, repeats (in any case) once. */
export function parseSourceList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const source = part.replace(/\s+/g, ' ').trim();
    if (source && !out.some((known) => same(known, source))) out.push(source);
  }
  return out;
}

/**
 * The source an item sent with this key is filed under, or why it is refused: a key
 * without sources files everything under its own name (whatever the document declares);
 * a key with sources files an item under the one its document names, under the first
 * when it names none, and refuses an item that names another.
 */
export function sourceForItem(writer: IngestWriter, declared: string): { source: string } | { refused: string } {
  if (!writer.sources.length) return { source: writer.name.slice(0, MAX_SOURCE_LENGTH) };
  if (!declared.trim()) return { source: writer.sources[0]! };
  const allowed = writer.sources.find((source) => same(source, declared));
  if (allowed) return { source: allowed };
  return { refused: `This key may send copy only for ${writer.sources.join(', ')}; this item names ${declared.trim().slice(0, MAX_SOURCE_LENGTH)}.` };
}
