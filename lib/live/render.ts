import { readDoc } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { escapeHtml } from '@/lib/feeds/model';
import { env } from '@/lib/env';
import { readerMessages } from '@/lib/stories/reader-messages';

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
 * live: time, author, flags, the body through the one renderer, the correction note;
 * its labels in the language of the story's site.
 */
export function renderEntryHtml(entry: PublicEntry, language: string): string {
  const t = readerMessages(language);
  const flags = [
    entry.pinned ? `<span class="live-flag">${escapeHtml(t.pinned)}</span>` : '',
    entry.keyEvent ? `<span class="live-flag">${escapeHtml(t.keyEvent)}</span>` : '',
  ].join('');
  const correction = entry.correctionNote
    ? `<p class="live-correction"><strong>${escapeHtml(t.correction)}</strong> ${escapeHtml(entry.correctionNote)}</p>`
    : '';
  return (
    `<li id="entry-${entry.id}" class="live-entry" data-entry-id="${entry.id}"${entry.pinned ? ' data-pinned="true"' : ''} data-published="${entry.publishedAt.getTime()}">` +
    `<article aria-label="${escapeHtml(t.updateAt(entryTime(entry.publishedAt)))}"><p class="live-meta"><time datetime="${entry.publishedAt.toISOString()}">${escapeHtml(entryTime(entry.publishedAt))}</time>` +
    ` · ${escapeHtml(entry.author.name)}${flags}</p><div class="story-body">${renderBodyHtml(readDoc(entry.body))}</div>${correction}</article></li>`
  );
}
