import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { parseWireDate } from './dates';
import { WireError } from './errors';
import { cleanByline, isAgencyName } from './bylines';
import { kindOfConceptType, subjectOfCode } from './subject-codes';
import { htmlToDoc, textToDoc, type BodyFindings } from './html-to-doc';
import { nitfBodyDoc } from './parse-nitf';
import type { XElement } from './xml/parse';
import { attr, child, children, descendants, elements, NS, text } from './xml/tree';
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

// The G2 namespace, or none at all (TT's sample has none).
const G2 = [NS.g2, ''] as const;
const c = (el: XElement | null | undefined, name: string) => child(el, name, G2);
const cs = (el: XElement | null | undefined, name: string) => children(el, name, G2);
const lang = (el: XElement | null | undefined) => attr(el, `{${NS.xml}}lang`);

const ENTITY_TYPES: Record<string, WireEntity['kind']> = {
  'cpnat:person': 'PERSON',
  'cpnat:organisation': 'ORGANISATION',
  'cpnat:organization': 'ORGANISATION',
  'cpnat:geoArea': 'PLACE',
  'cpnat:geoarea': 'PLACE',
};

function nameOf(concept: XElement | null): string {
  return text(c(concept, 'name')) || attr(concept, 'literal');
}

/** A place named only in its code (`city:Philadelphia`; never a number like `geo:2988507`). */
function placeOf(concept: XElement | null): string {
  return nameOf(concept) || (/^[^:]+:(\p{L}[\p{L} .'-]*)$/u.exec(attr(concept, 'qcode'))?.[1] ?? '');
}

/** A creator that is an organisation (by its type, a web domain as its code, or an agency's name), not a person. */
const isOrganisation = (creator: XElement) =>
  /organi[sz]ation/i.test(attr(creator, 'type')) ||
  /^[^:]*:[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|int|edu|gov|news|media|[a-z]{2})$/i.test(attr(creator, 'qcode')) ||
  isAgencyName(nameOf(creator));

function subjectsAndEntities(meta: XElement | null): { subjects: WireSubject[]; entities: WireEntity[] } {
  const subjects: WireSubject[] = [];
  const entities: WireEntity[] = [];
  for (const subject of cs(meta, 'subject')) {
    const qcode = attr(subject, 'qcode');
    const name = nameOf(subject);
    // A point of interest (dpa: an address where something happens) is no subject of the story.
    if (/:poi$/i.test(attr(subject, 'type'))) continue;
    const kind = ENTITY_TYPES[attr(subject, 'type')] ?? kindOfConceptType(attr(subject, 'type'));
    if (kind) {
      if (name) entities.push({ kind, name, code: qcode });
      continue;
    }
    const found = subjectOfCode(qcode, name, attr(subject, 'uri'));
    if (found) subjects.push(found);
  }
  return { subjects, entities };
}

/** The body, judged by what the content really is, not by its (often wrong) content type. */
function bodyOf(item: XElement, findings: BodyFindings): TDocNode {
  const set = c(item, 'contentSet');
  const inlineXml = cs(set, 'inlineXML');
  for (const holder of inlineXml) {
    const root = elements(holder)[0];
    if (!root) continue;
    if (root.name === 'nitf') return nitfBodyDoc(root, findings);
    if (root.name === 'html' || root.ns === NS.xhtml) {
      const body = descendants(root, 'body')[0] ?? root;
      return htmlToDoc(body, findings);
    }
    return htmlToDoc(holder, findings);
  }
  const data = cs(set, 'inlineData')[0];
  if (data) {
    const raw = data.children.map((n) => (n.kind === 'text' ? n.text : '')).join('');
    return /<\/?(p|br|div|h\d)\b/i.test(raw) ? htmlToDoc(raw, findings) : textToDoc(raw);
  }
  return htmlToDoc('');
}

/** An editor's note subscribers may read: not marked non-public, not an internal closing line, contact list or notepad. */
const isPublicNote = (note: XElement) =>
  !/nonpublic|internal/i.test(attr(note, 'pubconstraint')) && !/internal|private|closingline|contacts|notepad|dpacontacts/i.test(attr(note, 'role'));

const signalOf = (qcode: string): WireSignal | null => {
  if (/correct|edStat:C$/i.test(qcode)) return 'correction';
  if (/kill|cancel|withdraw|edStat:D$/i.test(qcode)) return 'kill';
  if (/update|replace|append|edStat:U$/i.test(qcode)) return 'update';
  return null;
};

function newsItem(item: XElement, messageUrgency: string): WireItemData {
  const guid = attr(item, 'guid');
  if (!guid) throw new WireError('A newsItem has no guid.');
  const itemMeta = c(item, 'itemMeta');
  const itemClass = attr(c(itemMeta, 'itemClass'), 'qcode');
  if (itemClass && !/:(text|composite)$/.test(itemClass))
    throw new WireError(`${guid} is a ${itemClass.replace(/^.*:/, '')} item; only text items become stories.`);
  const meta = c(item, 'contentMeta');
  const headlines = cs(meta, 'headline');
  const main = headlines.find((h) => !attr(h, 'role') || /main/.test(attr(h, 'role'))) ?? headlines[0];
  // Some items carry their headline only in the inline NITF (`hl1`, `title`).
  const inlineNitf = descendants(c(item, 'contentSet'), 'nitf')[0];
  const headline = text(main) || text(descendants(inlineNitf, 'hl1')[0]) || text(descendants(inlineNitf, 'title')[0]);
  // A teaser or summary beats a subheadline, which beats a second-rank headline; a kicker (rank 3 and below) is no subheadline.
  const summary = cs(meta, 'description').find((d) => /summary|abstract|teaser|lead|intro|standfirst|^$/i.test(attr(d, 'role')));
  const secondary =
    headlines.find((h) => h !== main && /sub/i.test(attr(h, 'role'))) ??
    headlines.find((h) => h !== main && !attr(h, 'role') && Number(attr(h, 'rank') || 2) <= 2);
  const subheadline =
    text(summary ?? null) || text(secondary ?? null) || text(descendants(inlineNitf, 'hl2')[0]) || text(descendants(inlineNitf, 'abstract')[0]);
  const pubStatus = normalisePubStatus(attr(c(itemMeta, 'pubStatus'), 'qcode'));
  const signals = new Set(
    cs(itemMeta, 'signal')
      .map((s) => signalOf(attr(s, 'qcode')))
      .filter((s): s is WireSignal => !!s),
  );
  if (pubStatus === 'canceled') signals.add('kill');
  if (cs(itemMeta, 'edNote').some((n) => /correction/i.test(attr(n, 'role')))) signals.add('correction');
  const provider = c(itemMeta, 'provider');
  const located = c(meta, 'located');
  const findings: BodyFindings = { headline };
  const body = bodyOf(item, findings);
  const { subjects, entities } = subjectsAndEntities(meta);
  const images: WireImage[] = descendants(c(item, 'contentSet'), 'remoteContent')
    .map((r) => ({ href: attr(r, 'href'), caption: text(cs(meta, 'description')[0] ?? null), credit: text(c(meta, 'creditline')), alt: headline }))
    .filter((img) => /^https?:\/\//.test(img.href));
  // A creator is a byline only when it is a person's name, not a login or an operator code.
  // …nor the agency itself (Reuters names itself creator when nobody signed the story).
  const provider_ = (nameOf(c(itemMeta, 'provider')) || attr(c(itemMeta, 'provider'), 'qcode'))
    .toLowerCase()
    .replace(/^[^:]*:/, '')
    .replace(/\.[a-z]{2,3}$/, '');
  const named = cs(meta, 'creator').filter((cr) => !/source/i.test(attr(cr, 'role')) && nameOf(cr).toLowerCase() !== provider_);
  const creators = named
    .filter((cr) => !isOrganisation(cr))
    .map(nameOf)
    .filter((name) => cleanByline(name) === name.replace(/\s+/g, ' ').trim());
  const creditedTo = named.filter(isOrganisation).map(nameOf).filter(Boolean);
  // The byline's people with their roles: creators, and contributors (photographers, translators, editors) that are people.
  const people = (list: XElement[], contributor: boolean) =>
    list
      .filter((p) => !isOrganisation(p) && !/source/i.test(attr(p, 'role')))
      .map((p) => ({ name: nameOf(p), role: attr(p, 'role') || attr(p, 'jobtitle'), contributor }))
      .filter((p) => p.name);
  const contributors = [...people(named, false), ...people(cs(meta, 'contributor'), true)];
  return {
    format: 'newsml',
    source: nameOf(provider) || attr(provider, 'qcode').replace(/^[^:]*:/, ''),
    guid,
    version: normaliseVersion(attr(item, 'version')),
    pubStatus,
    signals: [...signals],
    headline,
    subheadline,
    byline: text(c(meta, 'by')) || findings.byline || creators.join(', '),
    contributors,
    credit: creditedTo.join(', '),
    datelinePlace: placeOf(located),
    dateline: text(c(meta, 'dateline')) || findings.dateline || '',
    firstCreated: parseWireDate(text(c(itemMeta, 'firstCreated'))) ?? parseWireDate(text(c(meta, 'contentCreated'))),
    versionCreated: parseWireDate(text(c(itemMeta, 'versionCreated'))),
    embargoUntil: parseWireDate(text(c(itemMeta, 'embargoed'))),
    urgency: normaliseUrgency(text(c(meta, 'urgency')) || messageUrgency),
    language: normaliseLanguage(attr(c(meta, 'language'), 'tag') || lang(item)),
    subjects,
    entities: placeOf(located) ? [...entities, { kind: 'PLACE', name: placeOf(located), code: attr(located, 'qcode') }] : entities,
    body,
    bodyText: docToPlainText(body),
    images,
    // Every public note (an internal one, by role, stays out).
    edNote: cs(itemMeta, 'edNote')
      .filter(isPublicNote)
      .map((n) => text(n))
      .filter(Boolean)
      .join('\n'),
    flags: [],
  };
}

/** A NewsML-G2 `newsItem`, or a `newsMessage` carrying several items (packages and pictures are skipped, with the reason). */
export function parseNewsml(root: XElement): ParsedDocument {
  const parsed: ParsedDocument = { format: 'newsml', items: [], skipped: [] };
  let items: XElement[];
  let urgency = '';
  if (root.name === 'newsItem' || root.name === 'packageItem') items = [root];
  else if (root.name === 'newsMessage') {
    urgency = text(c(c(root, 'header'), 'priority'));
    items = elements(c(root, 'itemSet'));
    if (!items.length) throw new WireError('The newsMessage carries no items (its itemSet is empty).');
  } else throw new WireError(`A NewsML-G2 document must be a newsItem or a newsMessage, not a ${root.name} fragment.`);
  for (const item of items) {
    const guid = attr(item, 'guid');
    if (item.name === 'packageItem') {
      const refs = descendants(item, 'itemRef').length;
      parsed.skipped.push({ guid, reason: `A package (${refs} item references); the items it references are imported on their own.` });
      continue;
    }
    if (item.name !== 'newsItem') {
      parsed.skipped.push({ guid, reason: `A ${item.name} is not news copy.` });
      continue;
    }
    try {
      parsed.items.push(newsItem(item, urgency));
    } catch (error) {
      if (!(error instanceof WireError)) throw error;
      parsed.skipped.push({ guid, reason: error.message });
    }
  }
  return parsed;
}
