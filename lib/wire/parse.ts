import { WireError } from './errors';
import { parseFeed } from './parse-feed';
import { parseNewsml } from './parse-newsml';
import { parseNinjs } from './parse-ninjs';
import { parseNitf } from './parse-nitf';
import { normalizeLine, normalizeMultiline } from '@/lib/text/normalize';
import { refineItem } from './refine';
import type { ParsedDocument, WireItemData } from './types';
import { decodeXmlBytes } from './xml/encoding';
import { parseXml } from './xml/parse';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const JSON_TYPES = /^application\/([a-z.+-]*\+)?json$/;
const XML_TYPES = /^(application|text)\/([a-z0-9.+-]*\+)?xml$/;
const SNIFF_TYPES = new Set(['', 'application/octet-stream', 'text/plain']);

/** Which parser a document needs: from its content type when it says, else from its first byte. */
export function detectSyntax(bytes: Uint8Array, contentType = ''): 'json' | 'xml' {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (JSON_TYPES.test(type)) return 'json';
  if (XML_TYPES.test(type)) return 'xml';
  if (!SNIFF_TYPES.has(type))
    throw new WireError(`Unsupported content type ${type}: send ninjs as application/json, NewsML-G2, NITF, RSS or Atom as XML.`, 415);
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i]!)) i++;
  if (bytes[i] === 0x7b || bytes[i] === 0x5b) return 'json';
  if (bytes[i] === 0x3c) return 'xml';
  throw new WireError('This is neither JSON (ninjs) nor XML (NewsML-G2, NITF, RSS, Atom).', 415);
}

/**
 * Any supported wire document → its text items. Throws a WireError saying exactly
 * why when nothing in it can be used; never touches the network or the database.
 */
export function parseWireDocument(bytes: Uint8Array, contentType = ''): ParsedDocument {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new WireError(`The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, 413);
  if (bytes.byteLength === 0) throw new WireError('The document is empty.');
  let parsed: ParsedDocument;
  if (detectSyntax(bytes, contentType) === 'json') parsed = parseNinjs(bytes);
  else {
    // Control characters make XML malformed; agencies still send them, so they go first (the text would lose
    // them on the way in anyway). Feeds written by scripts often open with a blank line before the XML
    // declaration, which XML forbids: it goes too.
    const text = decodeXmlBytes(bytes).replace(/^\s+(?=<\?xml[\s?])/, '');
    const root = parseXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : '')));
    if (['newsItem', 'newsMessage', 'packageItem', 'contentSet', 'contentMeta', 'conceptItem', 'planningItem', 'knowledgeItem'].includes(root.name))
      parsed = parseNewsml(root);
    else if (root.name === 'nitf') parsed = parseNitf(root);
    else if (['rss', 'RDF', 'feed'].includes(root.name)) parsed = parseFeed(root);
    else throw new WireError(`Unknown document: the root element <${root.name}> is not NewsML-G2, NITF, RSS or Atom.`);
  }
  const refined: ParsedDocument['items'] = [];
  for (const item of parsed.items) {
    try {
      refined.push(refineItem(item));
    } catch (error) {
      if (!(error instanceof WireError)) throw error;
      parsed.skipped.push({ guid: item.guid, reason: error.message });
    }
  }
  parsed.items = refined;
  for (const item of parsed.items) {
    normaliseItemText(item);
    item.entities = [...new Map(item.entities.map((e) => [`${e.kind}:${e.name.toLowerCase()}`, e])).values()];
    item.subjects = [...new Map(item.subjects.map((s) => [`${s.scheme}:${s.code}:${s.name}`, s])).values()];
  }
  if (!parsed.items.length) {
    const reasons = [...new Set(parsed.skipped.map((s) => s.reason))];
    const listed = reasons.slice(0, 3).join(' ') + (reasons.length > 3 ? ` (and ${reasons.length - 3} more items like these)` : '');
    throw new WireError(reasons.length ? `Nothing to import: ${listed}` : 'Nothing to import: the document holds no items.');
  }
  return parsed;
}

/** Agency text normalised like text typed on the desk (controls and NULs removed, one-line fields on one line). */
function normaliseItemText(item: WireItemData) {
  for (const key of ['source', 'guid', 'headline', 'subheadline', 'byline', 'credit', 'datelinePlace', 'dateline', 'language'] as const)
    item[key] = normalizeLine(item[key]).trim();
  item.edNote = normalizeMultiline(item.edNote).trim();
  item.bodyText = normalizeMultiline(item.bodyText);
  item.subjects = item.subjects.map((s) => ({ ...s, code: normalizeLine(s.code), name: normalizeLine(s.name).trim() }));
  item.entities = item.entities.map((e) => ({ ...e, code: normalizeLine(e.code), name: normalizeLine(e.name).trim() })).filter((e) => e.name);
  item.images = item.images.map((i) => ({
    href: normalizeLine(i.href),
    caption: normalizeLine(i.caption),
    credit: normalizeLine(i.credit),
    alt: normalizeLine(i.alt),
  }));
}
