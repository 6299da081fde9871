import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { parseWireDate } from './dates';
import { WireError } from './errors';
import { subjectOfCode } from './subject-codes';
import { htmlToDoc, textToDoc, type BodyFindings } from './html-to-doc';
import { nitfBodyDoc } from './parse-nitf';
import { decodeXmlBytes } from './xml/encoding';
import { parseXml } from './xml/parse';
import {
  normaliseLanguage, normalisePubStatus, normaliseUrgency, normaliseVersion,
  type ParsedDocument, type WireEntity, type WireImage, type WireItemData, type WireSignal, type WireSubject,
} from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? Object.values(v).filter(isObject) : []);
/** ninjs 3.x is 2.x in camelCase: read either spelling. */
const get = (item: Json, lower: string, camel?: string): unknown => item[lower] ?? (camel ? item[camel] : undefined);
const stripHtml = (html: string) => docToPlainText(htmlToDoc(html)).replace(/\s+/g, ' ').trim();

export const MAX_JSON_DEPTH = 64;

/** Refuses absurdly nested JSON before parsing it (a linear scan, outside strings). */
export function assertJsonDepth(source: string, max = MAX_JSON_DEPTH) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) throw new WireError(`The JSON nests deeper than ${max} levels.`);
    } else if (c === 125 || c === 93) depth--;
  }
}

function subjectOf(s: Json): WireSubject | null {
  return subjectOfCode(str(s.code) || str(s.literal) || str(s.qcode), str(s.name), str(s.uri));
}

function entitiesOf(item: Json): WireEntity[] {
  const out: WireEntity[] = [];
  const add = (kind: WireEntity['kind'], values: Json[]) => {
    for (const v of values) {
      const name = str(v.name) || str(v.literal);
      if (name) out.push({ kind, name, code: str(v.uri) || str(v.code) || str(v.literal) });
    }
  };
  add('PERSON', list(item.people ?? item.person).filter((p) => !['creator', 'author'].includes(str(p.rel).replace(/^.*:/, ''))));
  add('ORGANISATION', list(item.organisations ?? item.organisation ?? item.organizations));
  add('PLACE', list(item.places ?? item.place));
  return out;
}

function rendition(item: Json): string {
  const renditions = list(item.renditions);
  const best = renditions.find((r) => ['original', 'baseimage', 'main', 'highres'].includes(str(r.name ?? r.rel).toLowerCase()))
    ?? [...renditions].sort((a, b) => Number(b.width ?? 0) - Number(a.width ?? 0))[0];
  return str(best?.href) || str(item.uri);
}

function imagesOf(item: Json): WireImage[] {
  return list(item.associations)
    .filter((a) => ['picture', 'graphic', 'image'].includes(str(a.type)))
    .map((a) => ({
      href: rendition(a),
      caption: stripHtml(str(list(get(a, 'descriptions'))[0]?.value) || str(a.description_text) || str(a.body_text) || str(list(a.headlines)[0]?.value) || str(a.headline)),
      credit: str(a.by) || str(a.byline) || str(get(a, 'copyrightholder', 'copyrightHolder')),
      alt: str(list(a.headlines)[0]?.value) || str(a.headline),
    }))
    .filter((img) => /^https?:\/\//.test(img.href));
}

const looksLikeMarkup = (value: string) => /<\/?[a-z][\s\S]*>/i.test(value);
/** How rich a body is: markup of any kind beats plain text, whatever its declared type says. */
const richness = (type: string, value: string) => (/nitf/.test(type) ? 3 : /html|xml/.test(type) || looksLikeMarkup(value) ? 2 : value.trim() ? 1 : 0);

function docOf(value: string, type: string, findings: BodyFindings): TDocNode {
  if (/nitf/.test(type) || /^\s*<nitf[\s>]/.test(value)) return nitfBodyDoc(parseXml(value), findings);
  return richness(type, value) >= 2 ? htmlToDoc(value, findings) : textToDoc(value);
}

/**
 * The richest body the item carries: of `bodies[]` (main role first), and of ninjs 1.x's
 * `body_html`/`body_xhtml`/`body_richtext`/`body_nitf`/`body_text` and pattern
 * properties, HTML, XHTML or NITF beats plain text, which is used only when nothing else exists.
 */
function bodyOf(item: Json, nitf: string | null, findings: BodyFindings): TDocNode | null {
  const candidates: { value: string; type: string; main: boolean }[] = [
    ...list(item.bodies).map((b) => ({ value: str(b.value), type: str(get(b, 'contenttype', 'contentType')).toLowerCase(), main: ['main', 'text', ''].includes(str(b.role)) })),
    ...Object.keys(item).filter((key) => /^body_/.test(key) && typeof item[key] === 'string')
      .map((key) => ({ value: item[key] as string, type: /nitf/.test(key) ? 'application/nitf+xml' : /html|xhtml|richtext/.test(key) ? 'text/html' : 'text/plain', main: true })),
  ].filter((c) => c.value.trim());
  const best = [...candidates].sort((a, b) => Number(b.main) - Number(a.main) || richness(b.type, b.value) - richness(a.type, a.value))[0];
  if (best && (richness(best.type, best.value) >= 2 || !nitf)) return docOf(best.value, best.type, findings);
  if (nitf) return nitfBodyDoc(parseXml(nitf), findings);
  return null;
}

const TEXT_TYPES = new Set(['', 'text', 'composite', 'advisory', 'story', 'article', 'news', 'textual', 'text/plain', 'text/html']);

function itemOf(item: Json, nitf: string | null): WireItemData {
  const type = str(item.type);
  if (item.$schema || item.$defs || item.definitions) throw new WireError('This is a JSON Schema, not a ninjs item.');
  if (item.eventDetails || item.planningDetails || item.eventdetails) throw new WireError('This is an event or planning document, not a story.');
  if (!TEXT_TYPES.has(type)) throw new WireError(`This is ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} item; only text items become stories.`);
  const guid = str(item.uri) || str(item.guid) || str(item.id);
  if (!guid) throw new WireError('The item has no uri (or guid) to identify it.');
  const headlines = list(item.headlines);
  const patterned = Object.keys(item).filter((k) => /^headline_/.test(k)).sort((a, b) => Number(b === 'headline_main') - Number(a === 'headline_main'));
  const headline = str(headlines.find((h) => str(h.role) === 'main')?.value) || str(headlines[0]?.value) || str(item.headline) || str(item[patterned[0] ?? '']) || str(item.title);
  const descriptions = list(item.descriptions);
  const subheadline = str(headlines.find((h) => str(h.role) && str(h.role) !== 'main')?.value)
    || stripHtml(str(descriptions.find((d) => ['summary', 'abstract', 'text', 'teaser', ''].includes(str(d.role)))?.value) || str(descriptions.find((d) => str(d.role) !== 'dateline')?.value))
    || str(item.description_text) || stripHtml(str(item.description_html))
    || str(Object.entries(item).find(([k, v]) => /^description_/.test(k) && typeof v === 'string')?.[1]);
  const pubStatus = normalisePubStatus(str(get(item, 'pubstatus', 'pubStatus')));
  const vendorSignals = (Array.isArray(item.signals) ? item.signals : []).map(str);
  const signals = new Set<WireSignal>();
  if (vendorSignals.some((s) => /correct/i.test(s))) signals.add('correction');
  if (vendorSignals.some((s) => /update/i.test(s))) signals.add('update');
  if (pubStatus === 'canceled' || vendorSignals.some((s) => /kill|withdraw/i.test(s))) signals.add('kill');
  // Some agencies send short items as a description only: that text is the body.
  const findings: BodyFindings = { headline };
  const body = bodyOf(item, nitf, findings) ?? textToDoc(subheadline);
  const byline = str(item.by) || str(item.byline) || list(item.bylines).map((b) => str(b.by)).join(', ') || findings.byline
    || list(item.people).filter((p) => ['creator', 'author'].includes(str(p.rel).replace(/^.*:/, ''))).map((p) => str(p.name)).join(', ');
  const located = str(item.located);
  const dateline = str(descriptions.find((d) => str(d.role) === 'dateline')?.value) || findings.dateline || '';
  return {
    format: 'ninjs',
    source: str(get(item, 'copyrightholder', 'copyrightHolder')) || str(item.provider),
    guid,
    version: normaliseVersion(item.version as string | number),
    pubStatus,
    signals: [...signals],
    headline,
    subheadline: subheadline.slice(0, 400),
    byline,
    datelinePlace: located,
    dateline,
    firstCreated: parseWireDate(str(get(item, 'firstcreated', 'firstCreated'))),
    versionCreated: parseWireDate(str(get(item, 'versioncreated', 'versionCreated'))),
    embargoUntil: parseWireDate(str(item.embargoed ?? item.embargoedUntil)),
    urgency: normaliseUrgency(item.urgency as number),
    language: normaliseLanguage(str(item.language)),
    subjects: list(item.subjects ?? item.subject).map(subjectOf).filter((s): s is WireSubject => !!s),
    entities: entitiesOf(item),
    body,
    bodyText: docToPlainText(body),
    images: imagesOf(item),
    edNote: (Array.isArray(get(item, 'ednote', 'edNote')) ? (get(item, 'ednote', 'edNote') as unknown[]).map(str) : [str(get(item, 'ednote', 'edNote'))]).filter(Boolean).join('\n'),
    flags: [],
  };
}

/** ninjs 1.x, 2.x and 3.x, bare, in a collection array, or in the AP or BBC envelopes. */
export function parseNinjs(bytes: Uint8Array): ParsedDocument {
  const source = decodeXmlBytes(bytes);
  assertJsonDepth(source);
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch (error) {
    throw new WireError(`Malformed JSON: ${(error as Error).message}`);
  }
  let items: unknown[];
  let nitf: string | null = null;
  if (Array.isArray(doc)) items = doc;
  else if (isObject(doc) && isObject(doc.data) && isObject(doc.data.item)) {
    items = [doc.data.item]; // AP Media API: the body as NITF XML next to the item
    const side = doc.nitf ?? doc.data.nitf;
    if (typeof side === 'string') nitf = side;
    else if (isObject(side)) items = [{ ...doc.data.item, ...Object.fromEntries(Object.entries(side).filter(([k]) => /^body_/.test(k))) }];
  } else if (isObject(doc) && Array.isArray(doc.item)) items = doc.item;
  else if (isObject(doc)) items = [doc];
  else throw new WireError('The JSON is not a ninjs item (an object), a collection or a known envelope.');

  const parsed: ParsedDocument = { format: 'ninjs', items: [], skipped: [] };
  for (const raw of items) {
    if (!isObject(raw)) {
      parsed.skipped.push({ guid: '', reason: 'An entry of the collection is not an object.' });
      continue;
    }
    try {
      parsed.items.push(itemOf(raw, nitf));
    } catch (error) {
      if (!(error instanceof WireError) && !(error instanceof Error && 'code' in error)) throw error;
      parsed.skipped.push({ guid: str(raw.uri) || str(raw.guid), reason: (error as Error).message });
    }
  }
  return parsed;
}

