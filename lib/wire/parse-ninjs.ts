import { createHash } from 'node:crypto';
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
  normaliseLanguage,
  normalisePubStatus,
  normaliseUrgency,
  normaliseVersion,
  type ParsedDocument,
  type WireEntity,
  type WireImage,
  type WireItemData,
  type WireSignal,
  type WireSubject,
} from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : isObject(v) ? str(v.name ?? v.value) : '');
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? Object.values(v).filter(isObject) : []);
const stripHtml = (html: string) => docToPlainText(htmlToDoc(html)).replace(/\s+/g, ' ').trim();

/**
 * A ninjs document with its keys in lower case, as deep as the parser reads them (an
 * item, its lists, their entries, an association's renditions). ninjs 1.x and 2.x spell
 * their keys so (`versioncreated`, `body_html`, `contenttype`), 3.x in camelCase
 * (`versionCreated`, `contentType`, `embargoedUntil`), and agencies' own APIs in either
 * (`headLine`, `bodyXhtml`): read in lower case, one rule reads them all. Deeper values
 * (geometry, vendor extensions) are kept as they are, uncopied.
 */
function lowerKeys(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (Array.isArray(value)) return value.map((entry) => lowerKeys(entry, depth + 1));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, inner] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (lower === '__proto__' || (out[lower] !== undefined && out[lower] !== null && out[lower] !== '')) continue;
    out[lower] = lowerKeys(inner, depth + 1);
  }
  return out;
}

export const MAX_JSON_DEPTH = 64;

/** Refuses absurdly nested JSON before parsing it (a linear scan, outside strings). */
export function assertJsonDepth(source: string, max = MAX_JSON_DEPTH) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
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

/** Subjects as objects (ninjs), as bare codes, or as lists of codes under a name (PA's `{ "code": [...] }`). */
function subjectsOf(value: unknown): WireSubject[] {
  const entries = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
  return entries
    .flatMap((entry): (WireSubject | null)[] => {
      if (typeof entry === 'string') return [subjectOfCode(entry.trim(), '', '')];
      if (Array.isArray(entry))
        return entry.map((code) => (typeof code === 'string' ? subjectOfCode(code.trim(), '', '') : isObject(code) ? subjectOf(code) : null));
      return isObject(entry) ? [subjectOf(entry)] : [];
    })
    .filter((s): s is WireSubject => !!s && !!s.code);
}

function entitiesOf(item: Json): WireEntity[] {
  const out: WireEntity[] = [];
  const add = (kind: WireEntity['kind'], values: Json[]) => {
    for (const v of values) {
      const name = str(v.name) || str(v.literal);
      if (name) out.push({ kind, name, code: str(v.uri) || str(v.code) || str(v.literal) });
    }
  };
  add(
    'PERSON',
    list(item.people ?? item.person).filter((p) => !['creator', 'author'].includes(str(p.rel).replace(/^.*:/, ''))),
  );
  add('ORGANISATION', list(item.organisations ?? item.organisation ?? item.organizations));
  add('PLACE', list(item.places ?? item.place));
  return out;
}

function rendition(item: Json): string {
  const renditions = list(item.renditions);
  const best =
    renditions.find((r) => ['original', 'baseimage', 'main', 'highres'].includes(str(r.name ?? r.rel).toLowerCase())) ??
    [...renditions].sort((a, b) => Number(b.width ?? 0) - Number(a.width ?? 0))[0];
  return str(best?.href) || str(item.uri);
}

function imagesOf(item: Json): WireImage[] {
  return list(item.associations)
    .filter((a) => ['picture', 'graphic', 'image'].includes(str(a.type)))
    .map((a) => ({
      href: rendition(a),
      caption: stripHtml(
        str(list(a.descriptions)[0]?.value) || str(a.description_text) || str(a.body_text) || str(list(a.headlines)[0]?.value) || str(a.headline),
      ),
      credit: str(a.by) || str(a.byline) || str(a.copyrightholder),
      alt: str(list(a.headlines)[0]?.value) || str(a.headline),
    }))
    .filter((img) => /^https?:\/\//.test(img.href));
}

const looksLikeMarkup = (value: string) => /<\/?[a-z][^<>]*>/i.test(value);
/** How rich a body is: NITF, then declared (X)HTML, then any other markup, then plain text, whatever its declared type says. */
const richness = (type: string, value: string) =>
  /nitf/.test(type) || /^\s*(<\?xml[^>]*>\s*)?<nitf[\s>]/.test(value)
    ? 3
    : /html/.test(type)
      ? 2.5
      : /xml/.test(type) || looksLikeMarkup(value)
        ? 2
        : value.trim()
          ? 1
          : 0;

function docOf(value: string, type: string, findings: BodyFindings): TDocNode {
  if (/nitf/.test(type) || /^\s*(<\?xml[^>]*>\s*)?<nitf[\s>]/.test(value)) return nitfBodyDoc(parseXml(value), findings);
  return richness(type, value) >= 2 ? htmlToDoc(value, findings) : textToDoc(value);
}

/** Bodies that are something beside the story (a summary, live entries, a caption): used only when there is nothing else. */
const ASIDE_ROLES = /live|summary|abstract|teaser|caption|intro|standfirst|description|preview|note|correction|sidebar|box|fact/;
/** ninjs 1.x's body properties (`body_html`, `body_xhtml`, `body_richtext`, `body_main`…) and agencies' spellings of them (`bodyXhtml`), not 2.x's `bodies`. */
const BODY_KEY = /^body(?!ies$)(?:_?[a-z0-9_]*)$/;

/**
 * The richest body the item carries, of `bodies[]` (any role but an aside's) and the
 * `body_*` properties: NITF beats (X)HTML, which beats other markup, which beats plain
 * text, used only when nothing else exists.
 */
function bodyOf(item: Json, nitf: string | null, findings: BodyFindings): TDocNode | null {
  const candidates: { value: string; type: string; aside: boolean }[] = [
    ...list(item.bodies).map((b) => ({ value: str(b.value), type: str(b.contenttype).toLowerCase(), aside: ASIDE_ROLES.test(str(b.role).toLowerCase()) })),
    ...Object.keys(item)
      .filter((key) => BODY_KEY.test(key) && typeof item[key] === 'string')
      .map((key) => ({
        value: item[key] as string,
        type: /nitf/.test(key) ? 'application/nitf+xml' : /html|richtext/.test(key) ? 'text/html' : '',
        aside: false,
      })),
  ].filter((c) => c.value.trim());
  const best = [...candidates].sort((a, b) => Number(a.aside) - Number(b.aside) || richness(b.type, b.value) - richness(a.type, a.value))[0];
  if (best && (richness(best.type, best.value) >= 2 || !nitf)) return docOf(best.value, best.type, findings);
  if (nitf) return nitfBodyDoc(parseXml(nitf), findings);
  return null;
}

const TEXT_TYPES = new Set(['', 'text', 'composite', 'advisory', 'story', 'article', 'news', 'textual', 'text/plain', 'text/html']);
/** Summaries among `descriptions` (a caption or dateline is none). */
const SUMMARY_ROLES = /^(?:summary|abstract|text|teaser|lead|intro|standfirst|description|)$/;

/** One ninjs item of any version, its keys already in lower case. */
function itemOf(item: Json, nitf: string | null): WireItemData {
  const type = str(item.type);
  if (item.$schema || item.$defs || item.definitions) throw new WireError('This is a JSON Schema, not a ninjs item.');
  if (item.eventdetails || item.planningdetails) throw new WireError('This is an event or planning document, not a story.');
  if (!TEXT_TYPES.has(type)) throw new WireError(`This is ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} item; only text items become stories.`);
  const headlines = list(item.headlines);
  const patterned = Object.keys(item)
    .filter((k) => /^headline_/.test(k))
    .sort((a, b) => Number(b === 'headline_main') - Number(a === 'headline_main'));
  const headline =
    str(headlines.find((h) => str(h.role) === 'main')?.value) ||
    str(headlines[0]?.value) ||
    str(item.headline) ||
    str(item[patterned[0] ?? '']) ||
    str(item.title);
  // Without an identifier, its first creation time and headline identify it (as AP's NITF without doc-id).
  const created = str(item.firstcreated) || str(item.versioncreated);
  const guid =
    str(item.uri) ||
    str(item.guid) ||
    str(item.id) ||
    str(item._id) ||
    (created && headline ? `ninjs:${createHash('sha1').update(`${created}\n${headline}`).digest('hex').slice(0, 20)}` : '');
  if (!guid) throw new WireError('The item has no uri (or guid) to identify it, nor a creation time and headline to identify it by.');
  const descriptions = list(item.descriptions);
  const description =
    descriptions.find((d) => SUMMARY_ROLES.test(str(d.role).toLowerCase())) ?? descriptions.find((d) => !/dateline|caption/.test(str(d.role)));
  const subheadline =
    str(headlines.find((h) => str(h.role) && str(h.role) !== 'main')?.value) ||
    stripHtml(str(description?.value)) ||
    str(item.description_text) ||
    stripHtml(str(item.description_html)) ||
    str(Object.entries(item).find(([k, v]) => /^description_/.test(k) && typeof v === 'string')?.[1]) ||
    (typeof item.description === 'string' ? stripHtml(item.description) : '') ||
    // A subtitle field by name, at the top or among a CMS's custom fields (Superdesk's `extra`).
    str(item.subheadline ?? item.subtitle ?? (isObject(item.extra) ? (item.extra.subheadline ?? item.extra.subtitle) : undefined));
  const pubStatus = normalisePubStatus(str(item.pubstatus));
  const vendorSignals = (Array.isArray(item.signals) ? item.signals : []).map(str);
  const signals = new Set<WireSignal>();
  if (vendorSignals.some((s) => /correct/i.test(s))) signals.add('correction');
  if (vendorSignals.some((s) => /update/i.test(s))) signals.add('update');
  if (pubStatus === 'canceled' || vendorSignals.some((s) => /kill|withdraw/i.test(s))) signals.add('kill');
  // An item that names the earlier items it replaces (TT's `replacing`) is their update.
  if ([item.replacing, item.replaces].some((r) => (Array.isArray(r) ? r.length > 0 : !!str(r)))) signals.add('update');
  // Some agencies send short items as a description only: that text is the body.
  const findings: BodyFindings = { headline };
  const body = bodyOf(item, nitf, findings) ?? textToDoc(subheadline);
  const by = Array.isArray(item.by) ? item.by.map(str).filter(Boolean).join(', ') : str(item.by);
  const byline =
    by ||
    str(item.byline) ||
    list(item.bylines)
      .map((b) => str(b.by) || str(b.name))
      .filter(Boolean)
      .join(', ') ||
    findings.byline ||
    list(item.people ?? item.person)
      .filter((p) => ['creator', 'author'].includes(str(p.rel).replace(/^.*:/, '')))
      .map((p) => str(p.name))
      .join(', ');
  const contributors = list(item.bylines)
    .map((b) => ({ name: str(b.by) || str(b.name) || str(b.byline), role: str(b.role) || str(b.title), contributor: false }))
    .filter((c) => c.name);
  const dateline = str(descriptions.find((d) => str(d.role) === 'dateline')?.value) || findings.dateline || '';
  const ednote = item.ednote ?? item.ednotes;
  return {
    format: 'ninjs',
    source: str(item.copyrightholder) || str(item.provider),
    guid,
    version: normaliseVersion(item.version as string | number),
    pubStatus,
    signals: [...signals],
    headline,
    subheadline,
    byline,
    contributors,
    credit: '',
    datelinePlace: str(item.located),
    dateline,
    firstCreated: parseWireDate(str(item.firstcreated)),
    versionCreated: parseWireDate(str(item.versioncreated)),
    embargoUntil: parseWireDate(str(item.embargoed ?? item.embargoeduntil)),
    urgency: normaliseUrgency(item.urgency as number),
    language: normaliseLanguage(str(item.language)),
    subjects: subjectsOf(item.subjects ?? item.subject),
    entities: entitiesOf(item),
    body,
    bodyText: docToPlainText(body),
    images: imagesOf(item),
    edNote: (Array.isArray(ednote) ? ednote.map(str) : [str(ednote)]).filter(Boolean).join('\n'),
    flags: [],
  };
}

/** ninjs 1.x, 2.x and 3.x, bare, in a collection array, or in the AP or BBC envelopes. */
export function parseNinjs(bytes: Uint8Array): ParsedDocument {
  const source = decodeXmlBytes(bytes);
  assertJsonDepth(source);
  let doc: unknown;
  try {
    doc = lowerKeys(JSON.parse(source));
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
    else if (isObject(side)) items = [{ ...doc.data.item, ...Object.fromEntries(Object.entries(side).filter(([k]) => BODY_KEY.test(k))) }];
  } else if (isObject(doc) && isObject(doc.data) && Array.isArray(doc.data.items))
    items = doc.data.items.map((entry) => (isObject(entry) && isObject(entry.item) ? entry.item : entry)); // AP Media API feed
  else if (isObject(doc) && Array.isArray(doc.item)) items = doc.item;
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
