import { readDoc } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { escapeHtml } from '@/lib/feeds/model';
import { env } from '@/lib/env';

export type PublicEntry = {
  id: string;
  body: unknown;
  bodyText: string;
  keyEvent: boolean;
  pinned: boolean;
  correctionNote: string;
  publishedAt: Date;
  updatedAt: Date;
  author: { name: string };
};

let clock: Intl.DateTimeFormat | undefined;
/** An entry's time for readers: "14:05 MSK" in the newsroom's zone. */
export function entryTime(date: Date) {
  clock ??= new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: env().NEWSROOM_TIMEZONE, timeZoneName: 'short' });
  return clock.format(date);
}

/** A key event's line in the summary: its first words. */
export function entrySummary(entry: Pick<PublicEntry, 'bodyText'>, max = 90) {
  const text = entry.bodyText.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * One entry as readers see it, the same HTML whether it is in the page or arrives
 * live: time, author, flags, the body through the one renderer, the correction note.
 */
export function renderEntryHtml(entry: PublicEntry): string {
  const flags = [entry.pinned ? '<span class="live-flag">Pinned</span>' : '', entry.keyEvent ? '<span class="live-flag">Key event</span>' : ''].join('');
  const correction = entry.correctionNote ? `<p class="live-correction"><strong>Correction:</strong> ${escapeHtml(entry.correctionNote)}</p>` : '';
  return (
    `<li id="entry-${entry.id}" class="live-entry" data-entry-id="${entry.id}"${entry.pinned ? ' data-pinned="true"' : ''} data-published="${entry.publishedAt.getTime()}">` +
    `<article aria-label="Update at ${escapeHtml(entryTime(entry.publishedAt))}"><p class="live-meta"><time datetime="${entry.publishedAt.toISOString()}">${escapeHtml(entryTime(entry.publishedAt))}</time>` +
    ` · ${escapeHtml(entry.author.name)}${flags}</p><div class="story-body">${renderBodyHtml(readDoc(entry.body))}</div>${correction}</article></li>`
  );
}
