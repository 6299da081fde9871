import { docToPlainText } from '@/lib/content/text';
import { linkRoundupOutlet, withoutOutletSuffix } from './aggregator-entries';
import { parseWireDate } from './dates';
import { WireError } from './errors';
import { htmlToDoc } from './html-to-doc';
import type { XElement } from './xml/parse';
import { attr, child, children, elements, innerMarkup, NS, text } from './xml/tree';
import { normaliseLanguage, type ParsedDocument, type WireImage, type WireItemData } from './types';

const plain = (html: string) => docToPlainText(htmlToDoc(html)).replace(/\s+/g, ' ').trim();
const raw = (el: XElement | null) => (el ? el.children.map((n) => (n.kind === 'text' ? n.text : '')).join('') : '');

type Entry = {
  guid: string;
  title: string;
  summary: string;
  content: string;
  author: string;
  published: string;
  updated: string;
  categories: string[];
  images: WireImage[];
  language: string;
  /** The outlet the entry comes from, when the feed names it (RSS 2.0 `<source>`, Atom `<source><title>`). */
  source: string;
};

function item(entry: Entry, format: 'rss' | 'atom', source: string, channelLanguage: string): WireItemData {
  if (!entry.guid) throw new WireError(`Entry “${entry.title.slice(0, 60)}” has no guid, id or link to identify it.`);
  let headline = unslash(plain(entry.title));
  let body = htmlToDoc(entry.content || entry.summary);
  const summary = entry.content ? plain(entry.summary) : '';
  // An aggregator's entry: a headline pointing at another outlet's story, its "text" only links to that story and
  // others' coverage. No text of its own; the outlet (named by the feed, or beside the first link) is the credit.
  const outlet = linkRoundupOutlet(body, headline);
  if (outlet !== null) body = { type: 'doc', content: [{ type: 'paragraph' }] };
  const named = entry.source && withoutOutletSuffix(headline, entry.source) !== headline.replace(/\s+/g, ' ').trim() ? entry.source : '';
  const credit = (named || outlet || '').replace(/\s+/g, ' ').trim();
  if (credit) headline = withoutOutletSuffix(headline, credit);
  return {
    format,
    source,
    guid: entry.guid,
    version: 1,
    pubStatus: 'usable',
    signals: [],
    headline,
    subheadline: summary,
    byline: plain(entry.author),
    credit,
    datelinePlace: '',
    dateline: '',
    firstCreated: parseWireDate(entry.published) ?? parseWireDate(entry.updated),
    versionCreated: parseWireDate(entry.updated) ?? parseWireDate(entry.published),
    embargoUntil: null,
    urgency: null,
    language: normaliseLanguage(entry.language || channelLanguage),
    subjects: feedSubjects(entry.categories),
    entities: [],
    body,
    bodyText: docToPlainText(body),
    images: entry.images,
    edNote: '',
    flags: [],
  };
}

/** Quotes a script escaped with backslashes (PHP's addslashes: "angie\\'s list") read as quotes. */
const unslash = (text: string) => text.replace(/\\(['"])/g, '$1');
/** A category as its slug ("Muslim women" → "muslim-women"): a feed listing both means one subject. */
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * Categories that say an entry has none: WordPress's default category in the languages it ships in, and its post
 * type ("post") that some sites send as a category. No subject to tag a story with.
 */
const PLACEHOLDER_CATEGORIES = new Set([
  'uncategorized',
  'uncategorised',
  'non classé',
  'senza categoria',
  'sin categoría',
  'sem categoria',
  'geen categorie',
  'nicht kategorisiert',
  'okategoriserade',
  'ukategorisert',
  'ikke kategoriseret',
  'luokittelematon',
  'bez kategorii',
  'без рубрики',
  'post',
]);

/** Categories as subjects: escaped markup read as text (WordPress escapes names), one per name whatever its case or slug, placeholders left out. */
function feedSubjects(categories: string[]): WireItemData['subjects'] {
  const bySlug = new Map<string, string>();
  for (const category of categories) {
    const name = unslash(category.includes('&') || category.includes('<') ? plain(category) : category)
      .replace(/\s+/g, ' ')
      .trim();
    if (PLACEHOLDER_CATEGORIES.has(name.toLowerCase())) continue;
    const slug = slugOf(name) || name.toLowerCase();
    const known = bySlug.get(slug);
    // The name as written beats its slug form.
    if (name && (!known || (known === slug && name !== slug))) bySlug.set(slug, name);
  }
  return [...bySlug.values()].map((name) => ({ scheme: 'other', code: name, name }));
}

function mediaImages(el: XElement): WireImage[] {
  const seen = new Set<string>();
  return [...children(el, 'content', [NS.media]), ...children(el, 'thumbnail', [NS.media]), ...children(el, 'enclosure')]
    .filter((m) => /^image\//.test(attr(m, 'type')) || attr(m, 'medium') === 'image' || m.name === 'thumbnail')
    .map((m) => ({ href: attr(m, 'url'), caption: text(child(m, 'description', [NS.media])), credit: text(child(m, 'credit', [NS.media])), alt: '' }))
    .filter((img) => /^https?:\/\//.test(img.href) && !seen.has(img.href) && seen.add(img.href));
}

function rssEntry(el: XElement, ns: string): Entry {
  const c = (name: string) => child(el, name, [ns]);
  return {
    guid: text(c('guid')) || text(c('link')) || attr(el, `{${NS.rdf}}about`),
    title: raw(c('title')),
    summary: raw(c('description')),
    content: raw(child(el, 'encoded', [NS.content])),
    author: text(c('author')) || text(child(el, 'creator', [NS.dc])),
    published: text(c('pubDate')) || text(child(el, 'date', [NS.dc])),
    updated: '',
    // Some feeds wrap their categories in a <categories> element.
    categories: [...children(el, 'category', [ns]), ...children(child(el, 'categories', [ns]), 'category', [ns]), ...children(el, 'subject', [NS.dc])].map(
      text,
    ),
    images: mediaImages(el),
    language: text(child(el, 'language', [NS.dc])),
    source: text(c('source')),
  };
}

function atomText(el: XElement | null): string {
  if (!el) return '';
  if (attr(el, 'type') === 'xhtml') return innerMarkup(elements(el)[0] ?? el);
  return raw(el);
}

function atomEntry(el: XElement): Entry {
  const c = (name: string) => child(el, name, [NS.atom]);
  const link = children(el, 'link', [NS.atom]).find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate');
  return {
    guid: text(c('id')) || attr(link, 'href'),
    title: atomText(c('title')),
    summary: atomText(c('summary')),
    content: atomText(c('content')),
    author: children(el, 'author', [NS.atom])
      .map((a) => text(child(a, 'name', [NS.atom])))
      .join(', '),
    published: text(c('published')),
    updated: text(c('updated')),
    categories: children(el, 'category', [NS.atom]).map((cat) => attr(cat, 'label') || attr(cat, 'term')),
    images: mediaImages(el),
    language: attr(el, `{${NS.xml}}lang`),
    source: text(child(child(el, 'source', [NS.atom]), 'title', [NS.atom])),
  };
}

/** RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom: one wire item per entry. */
export function parseFeed(root: XElement): ParsedDocument {
  let format: 'rss' | 'atom';
  let entries: Entry[];
  let source: string;
  let language: string;
  if (root.name === 'feed' && root.ns === NS.atom) {
    format = 'atom';
    source = text(child(root, 'title', [NS.atom]));
    language = attr(root, `{${NS.xml}}lang`);
    entries = children(root, 'entry', [NS.atom]).map(atomEntry);
  } else if (root.name === 'rss') {
    format = 'rss';
    const channel = child(root, 'channel');
    source = text(child(channel, 'title'));
    language = text(child(channel, 'language'));
    entries = children(channel, 'item').map((el) => rssEntry(el, root.ns)); // RSS 2.0 is un-namespaced, except Userland's
  } else if (root.name === 'RDF' && root.ns === NS.rdf) {
    format = 'rss';
    const channel = child(root, 'channel', [NS.rss1]);
    source = text(child(channel, 'title', [NS.rss1]));
    language = text(child(channel, 'language', [NS.dc]));
    entries = children(root, 'item', [NS.rss1]).map((el) => rssEntry(el, NS.rss1));
  } else throw new WireError(`Not a feed: the root element is ${root.name}.`);

  const parsed: ParsedDocument = { format, items: [], skipped: [] };
  for (const entry of entries) {
    try {
      parsed.items.push(item(entry, format, source, language));
    } catch (error) {
      if (!(error instanceof WireError)) throw error;
      parsed.skipped.push({ guid: entry.guid, reason: error.message });
    }
  }
  return parsed;
}
