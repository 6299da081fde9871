// How agencies mark up the parts of a story body beyond plain HTML: TT and NTB send
// NITF paragraphs with classes (INGRESS, BRODTEXT, MELLIS, CITAT, BYLINE, RUBRIK, DAT,
// BILD), others use English names. Each class maps to what the part is in a story.

export type BodyRole =
  /** Repeats a field already taken from the metadata (headline, dateline, section vignette): not body text. */
  | 'drop'
  /** The byline: it fills the byline field and leaves the body. */
  | 'byline'
  /** The dateline: it fills the dateline and leaves the body. */
  | 'dateline'
  /** A subheading inside the story. */
  | 'subheading'
  /** A quotation set apart. */
  | 'quote'
  /** A picture: a figure (its caption never becomes body text). */
  | 'picture';

const CLASS_ROLES: [RegExp, BodyRole][] = [
  [/^(rubrik|headline|hl1|title|vignette|source|kicker|overline|tagline)$/, 'drop'],
  [/^(byline|by|author|bylines?)$/, 'byline'],
  [/^(dat|dateline|place-?line)$/, 'dateline'],
  [/^(mellis|mellanrubrik|subhead(ing|line)?|crosshead|intertitle|zwischentitel|mellomtittel|h2|h3)$/, 'subheading'],
  [/^(citat|sitat|quote|pull-?quote|blockquote)$/, 'quote'],
  [/^(bild|image|photo|picture|figure|media)$/, 'picture'],
];

/** What an element's class says it is, if anything (the first class that means something wins). */
export function roleOfClass(className: string | undefined): BodyRole | null {
  for (const name of (className ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    for (const [pattern, role] of CLASS_ROLES) if (pattern.test(name)) return role;
    // A byline or dateline also names itself as part of a longer class ("byline-author", "article__dateline").
    const part = /(?:^|[-_])(byline|dateline)(?:[-_]|$)/.exec(name)?.[1];
    if (part) return part as BodyRole;
    if (MODULE_CLASS.test(name)) return 'drop';
  }
  return null;
}

/** A module, widget or promotion embedded in the copy ("module-crunchbase", "related-links") is not the story. */
const MODULE_CLASS = /^(?:module|widget|promo|related|sidebar|newsletter|advert|advertisement|ads?|sharing|share|social|feedflare)(?:[-_]|$)/;

/** Whether a class names a module, widget or promotion set into the copy (not a part of the story). */
export function isModuleClass(className: string | undefined): boolean {
  return (className ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((name) => MODULE_CLASS.test(name));
}

/** HTML and NITF elements whose own meaning stands, whatever a class name of the same word would say. */
const STANDARD_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hl1',
  'hl2',
  'blockquote',
  'bq',
  'figure',
  'img',
  'media',
  'title',
  'source',
  'picture',
  'image',
]);

/** What an element's own name says it is in an agency dialect (TT's RUBRIK, DAT, MELLIS, CITAT, BYLINE, BILD). */
export function roleOfElement(name: string): BodyRole | null {
  return STANDARD_ELEMENTS.has(name) ? null : roleOfClass(name);
}

/** Known WordPress shortcodes that wrap text (kept) or stand alone (dropped). */
const SHORTCODE = /\[(\/?)([a-z][a-z0-9_-]*)((?:\s+[^[\]]*)?)\]/gi;
const STANDALONE = new Set(['contact_form', 'contact-form', 'gallery', 'embed', 'video', 'audio', 'playlist', 'ad', 'adsense', 'button', 'more']);

/**
 * WordPress shortcodes unwrapped (their text kept) or dropped when they stand alone;
 * bracketed words that are no shortcode (`[when asked]`) stay as they are.
 */
export function stripShortcodes(html: string): string {
  const closed = new Set([...html.matchAll(/\[\/([a-z][a-z0-9_-]*)\]/gi)].map((m) => m[1]!.toLowerCase()));
  return html.replace(SHORTCODE, (match, _slash: string, name: string, attrs: string) => {
    const key = name.toLowerCase();
    if (closed.has(key) || STANDALONE.has(key) || /=/.test(attrs)) return '';
    return match;
  });
}

/**
 * HTML that separates paragraphs with blank lines and has no `<p>` (WordPress exports,
 * some feeds) gets paragraphs the way WordPress's `wpautop` makes them: a blank line
 * ends a paragraph, a single line break is a line break.
 */
export function autoParagraphs(html: string): string {
  if (/<p[\s>]/i.test(html) || !/\n\s*\n/.test(html)) return html;
  const BLOCK =
    /^<(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)[\s/>]/i;
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}
