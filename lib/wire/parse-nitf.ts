import { createHash } from 'node:crypto';
import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { parseWireDate } from './dates';
import { WireError } from './errors';
import { htmlToDoc, type BodyFindings } from './html-to-doc';
import type { XElement } from './xml/parse';
import { attr, child, children, descendants, path, text } from './xml/tree';
import {
  normaliseLanguage,
  normalisePubStatus,
  normaliseUrgency,
  normaliseVersion,
  type ParsedDocument,
  type WireEntity,
  type WireImage,
  type WireItemData,
  type WireSignal,
} from './types';

/** NITF's body.content (namespaced or not) as an editor document. */
export function nitfBodyDoc(nitf: XElement, findings: BodyFindings = {}): TDocNode {
  const content = descendants(nitf, 'body.content')[0];
  return htmlToDoc(content ?? '', findings);
}

/** The byline's name(s), without the title (`byttl`) that follows them. */
function bylineOf(byline: XElement | null): string {
  if (!byline) return '';
  const parts = byline.children.map((n) => (n.kind === 'text' ? n.text : n.name === 'byttl' ? ' ' : text(n)));
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/,$/, '');
}

const ENTITY_ELEMENTS: [string, WireEntity['kind']][] = [
  ['person', 'PERSON'],
  ['org', 'ORGANISATION'],
  ['location', 'PLACE'],
];

/** NITF 3.x (DTD-era, un-namespaced, or in the 3.6 namespace) as one wire item. */
export function nitfItem(nitf: XElement): WireItemData {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const bodyHead = path(nitf, ['body', 'body.head']);
  const headline = text(path(bodyHead, ['hedline', 'hl1'])) || text(child(head, 'title'));
  const issuedRaw = attr(child(docdata, 'date.issue'), 'norm');
  const docId = child(docdata, 'doc-id');
  // Without an id-string, the issuer, issue time and headline identify the document (AP sends such NITF).
  const guid =
    attr(docId, 'id-string') ||
    attr(child(docdata, 'du-key'), 'key') ||
    (headline && issuedRaw ? `${attr(docId, 'regsrc') || 'nitf'}:${createHash('sha1').update(`${issuedRaw}\n${headline}`).digest('hex').slice(0, 20)}` : '');
  if (!guid) throw new WireError('The NITF document has no doc-id, and no issue date and headline to identify it by.');
  const status = attr(docdata, 'management-status');
  const pubStatus = normalisePubStatus(status);
  const signals = new Set<WireSignal>();
  const correction = child(docdata, 'correction');
  if (correction && (attr(correction, 'info') || attr(correction, 'id-string'))) signals.add('correction');
  if (pubStatus === 'canceled') signals.add('kill');
  const release = parseWireDate(attr(child(docdata, 'date.release'), 'norm'));
  const issued = parseWireDate(issuedRaw);
  const findings: BodyFindings = { headline };
  const body = nitfBodyDoc(nitf, findings);
  const dateline = child(bodyHead, 'dateline');
  const images: WireImage[] = descendants(nitf, 'media').flatMap((media) => {
    const ref = child(media, 'media-reference');
    const href = attr(ref, 'source');
    return /^https?:\/\//.test(href)
      ? [{ href, caption: text(child(media, 'media-caption')), credit: text(child(media, 'media-producer')), alt: attr(ref, 'alternate-text') }]
      : [];
  });
  // Entities the story is about; the distributor named in the head is metadata, not one of them.
  const distributor = child(bodyHead, 'distributor');
  const entities: WireEntity[] = ENTITY_ELEMENTS.flatMap(([name, kind]) =>
    descendants(child(nitf, 'body'), name)
      .filter((el) => !descendants(distributor, name).includes(el))
      .map((el) => ({ kind, name: text(el), code: attr(el, 'idsrc') ? `${attr(el, 'idsrc')}:${attr(el, 'value')}` : '' }))
      .filter((e) => e.name),
  );
  return {
    format: 'nitf',
    source: attr(child(docdata, 'doc.copyright'), 'holder') || attr(child(docdata, 'doc-id'), 'regsrc'),
    guid,
    version: normaliseVersion(attr(child(docdata, 'du-key'), 'version')),
    pubStatus: status === 'embargoed' ? (release ? 'usable' : 'withheld') : pubStatus, // NITF's "embargoed" is usable after date.release
    signals: [...signals],
    headline,
    subheadline: text(path(bodyHead, ['hedline', 'hl2'])) || text(child(bodyHead, 'abstract')),
    byline: bylineOf(child(bodyHead, 'byline')) || findings.byline || '',
    credit: '',
    datelinePlace: text(child(dateline, 'location')),
    dateline: text(dateline) || findings.dateline || '',
    firstCreated: issued,
    versionCreated: issued,
    embargoUntil: status === 'embargoed' ? release : null,
    urgency: normaliseUrgency(attr(child(docdata, 'urgency'), 'ed-urg')),
    language: normaliseLanguage(attr(nitf, 'baselang') || attr(nitf, '{http://www.w3.org/XML/1998/namespace}lang')),
    subjects: children(child(head, 'tobject'), 'tobject.subject')
      .map((s) => ({
        scheme: 'subj' as const,
        code: attr(s, 'tobject.subject.refnum'),
        name: attr(s, 'tobject.subject.detail') || attr(s, 'tobject.subject.matter') || attr(s, 'tobject.subject.type'),
      }))
      .filter((s) => /^\d{8}$/.test(s.code)),
    entities,
    body,
    bodyText: docToPlainText(body),
    images,
    edNote: children(docdata, 'ed-msg')
      .map((m) => attr(m, 'info') || text(m))
      .filter(Boolean)
      .join('\n'),
    flags: [],
  };
}

export function parseNitf(root: XElement): ParsedDocument {
  return { format: 'nitf', items: [nitfItem(root)], skipped: [] };
}
