import { formatByline, readBylines } from '@/lib/bylines/byline';
import { renderBodyHtml } from '@/lib/content/render-html';
import { readDoc } from '@/lib/content/document';
import { formatDateline } from '@/lib/stories/dateline';
import { siteOf } from '@/lib/stories/public-paths';
import { renderEntryHtml, type PublicEntry } from '@/lib/live/render';
import type { DistributedPublication, DistributedSibling } from './distribution-queries';

const URGENCY = { FLASH: 1, URGENT: 3, ROUTINE: 5 } as const;
export const MEDIATOPIC_URI = 'http://cv.iptc.org/newscodes/mediatopic/';

export const storyUri = (siteUrl: string, storyId: string) => `urn:newsroom:${new URL(siteUrl).host}:story:${storyId}`;

/** The version a subscriber sees: each publication (correction) raises it, and so does a kill. */
export const distributedVersion = (p: { storyVersion: number; killedAt: Date | null }) => p.storyVersion + (p.killedAt ? 1 : 0);

/** A published story as ninjs 2.2 (valid against IPTC's schema). */
export function toNinjs(p: DistributedPublication, siteUrl: string) {
  const tags = p.tags.map((t) => t.tag);
  const named = (kind: string) => tags.filter((t) => t.kind === kind).map((t) => ({ name: t.name, literal: t.slug }));
  const dateline = formatDateline({ place: p.datelinePlace, date: p.datelineDate, credit: p.credit, language: p.language });
  const descriptions = [
    ...(p.subheadline ? [{ role: 'summary', contenttype: 'text/plain', value: p.subheadline }] : []),
    ...(dateline ? [{ role: 'dateline', contenttype: 'text/plain', value: dateline }] : []),
  ];
  return {
    uri: storyUri(siteUrl, p.storyId),
    standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
    type: 'text',
    version: String(distributedVersion(p)),
    firstcreated: p.firstPublishedAt.toISOString(),
    versioncreated: (p.killedAt ?? p.publishedAt).toISOString(),
    ...(p.datelineDate ? { contentcreated: p.datelineDate.toISOString() } : {}),
    pubstatus: 'usable' as const,
    ...(p.embargoUntil && p.embargoUntil > p.publishedAt ? { embargoed: p.embargoUntil.toISOString() } : {}),
    urgency: URGENCY[p.priority],
    language: p.language,
    copyrightholder: p.credit,
    // ninjs 2.2 has `by` (a statement about the creators) and no structured byline: the byline as readers see it, with the with line.
    ...(byOf(p) ? { by: byOf(p) } : {}),
    ...(editorialNote(p) ? { ednote: editorialNote(p) } : {}),
    headlines: [{ role: 'main', contenttype: 'text/plain', value: p.headline }],
    ...(descriptions.length ? { descriptions } : {}),
    ...(p.datelinePlace ? { located: p.datelinePlace } : {}),
    bodies: [
      { role: 'main', contenttype: 'text/html', value: renderBodyHtml(readDoc(p.body)) },
      ...(p.liveCoverage ? [{ role: 'live', contenttype: 'text/html', value: liveEntriesHtml(p.story.liveEntries, siteOf(p.language)) }] : []),
    ],
    subjects: tags
      .filter((t) => t.kind === 'SUBJECT')
      .map((t) => ({
        name: t.name,
        ...(t.code?.startsWith('medtop:') ? { uri: `${MEDIATOPIC_URI}${t.code.slice(7)}` } : { literal: t.slug }),
      })),
    people: named('PERSON'),
    organisations: named('ORGANISATION'),
    places: named('PLACE'),
    ...(p.siblings.length ? { associations: p.siblings.map((s) => siblingAssociation(s, siteUrl)) } : {}),
  };
}

const ASSOCIATION_NAME = { source: 'translatedfrom', original: 'original' } as const;

/**
 * Another language's published story of the same news, as a ninjs association (ninjs 2.2 has no
 * link type): named `translatedfrom` for the story this one was translated from, `original` for its
 * family's first story, `translation-<language>` for the others; with its uri, version, language and headline.
 */
export function siblingAssociation(s: DistributedSibling, siteUrl: string) {
  return {
    name: s.relation === 'translation' ? `translation-${s.language}` : ASSOCIATION_NAME[s.relation],
    uri: storyUri(siteUrl, s.storyId),
    type: 'text',
    version: String(s.storyVersion),
    language: s.language,
    ...(s.heldUntil ? { embargoed: s.heldUntil.toISOString() } : {}),
    headlines: [{ role: 'main', contenttype: 'text/plain', value: s.headline }],
  };
}

/** The byline and its "with" line as one statement ("By A, B. Photos: C. With reporting by D"), or ''. */
export function byOf(p: { bylines: unknown; bylineWith: string }) {
  return [formatByline(readBylines(p.bylines)), p.bylineWith].filter(Boolean).join('. ');
}

/** "UPDATE 2. Correction: …": the update's number and the correction note, for the receiving desk. */
function editorialNote(p: DistributedPublication) {
  return [p.updateNumber > 0 ? `UPDATE ${p.updateNumber}.` : '', p.correctionNote ? `Correction: ${p.correctionNote}` : ''].filter(Boolean).join(' ');
}

/** A live story's entries, newest first, as the page shows them (the one renderer). */
function liveEntriesHtml(entries: (Omit<PublicEntry, 'publishedAt'> & { publishedAt: Date | null })[], language: string) {
  const published = entries.filter((entry): entry is PublicEntry => entry.publishedAt !== null);
  return `<ol class="live-entries">${published.map((entry) => renderEntryHtml(entry, language)).join('')}</ol>`;
}

/** A killed story: identity and status only, never its withdrawn content. */
export function canceledNinjs(p: DistributedPublication, siteUrl: string) {
  return {
    uri: storyUri(siteUrl, p.storyId),
    standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
    type: 'text',
    version: String(distributedVersion(p)),
    versioncreated: (p.killedAt ?? p.publishedAt).toISOString(),
    pubstatus: 'canceled' as const,
    ...(p.killNote ? { ednote: `Withdrawn: ${p.killNote}` } : {}),
  };
}
