// What news sites put around a story in their feeds that is not the story: the link
// back to the site that closes an excerpt ("Read more", "Continue reading…", "Read more
// of this story at Slashdot."), counter and tracking images, and the page's own
// controls (a notice with its "Dismiss" button) carried along with the copy.

/**
 * The words of a "read more" link in the languages feeds are written in: the whole
 * phrase, never a sentence that merely contains it ("You can read more about…").
 */
const READ_MORE_WORDS = [
  'read more',
  'read the full (?:story|article|post|report)',
  'read full (?:story|article|post)',
  'read the rest(?: of (?:this|the) (?:story|article|post|entry))?',
  'continue reading',
  'keep reading',
  'more',
  'weiterlesen',
  'mehr lesen',
  'lesen sie (?:mehr|weiter)',
  'lire la suite',
  'lire plus',
  'leer más',
  'seguir leyendo',
  'sigue leyendo',
  'leggi (?:tutto|di più|l.articolo)',
  'continua a leggere',
  'leia mais',
  'ler mais',
  'continuar lendo',
  'continue lendo',
  'lees meer',
  'verder lezen',
  'läs mer',
  'läs hela (?:artikeln|texten)',
  'les mer',
  'læs mere',
  'lue lisää',
  'czytaj (?:więcej|dalej)',
  'читать (?:далее|дальше|полностью)',
  'подробнее',
].join('|');
/**
 * The phrase, then at most where the rest is ("of this story at Slashdot", "on
 * example.com", "auf SPIEGEL.de"), then only punctuation or an arrow. Each part is
 * bounded, so the test is linear in the text's length.
 */
const READ_MORE = new RegExp(
  `^[\\s»›→>\\[(]*(?:${READ_MORE_WORDS})(?:\\s+(?:of|about) (?:this|the) (?:story|article|post|entry))?(?:\\s+(?:at|on|in|from|auf|bei|sur|en|su|em|op|på|na|на)\\s+[^\\s]{1,40}(?:\\s+[^\\s]{1,40}){0,4})?[\\s.…:!»›→>\\])]*$`,
  'iu',
);

/** Whether a line of text is only a "read more" link's words (at most 160 characters: a line longer is text). */
export function isReadMoreLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 0 && line.length <= 160 && READ_MORE.test(line);
}

/** A picture's address that names an image file (a counter or tracker answers to a script's address instead). */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic)(?:$|[/?#&;])/i;

/**
 * A counter or tracking image: one with no alt attribute at all (not even an empty
 * one), no size given, and an address that is a script with a query, naming no image
 * file (Slashdot's "…/slashdot?g=1961", a page-view counter). A picture meant to be
 * seen names its file, or says what it shows, or gives its size.
 */
export function isTrackingImage(attribs: Record<string, string | undefined>): boolean {
  const src = (attribs.src ?? '').trim();
  if (attribs.alt !== undefined || attribs.width !== undefined || attribs.height !== undefined || attribs.srcset !== undefined) return false;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  return !!url.search && !IMAGE_FILE.test(url.pathname) && !IMAGE_FILE.test(url.search);
}

/** ARIA roles of a page's own controls, never of a story's text. */
const CONTROL_ROLES = new Set(['button', 'tooltip', 'toolbar', 'menu', 'menubar', 'menuitem', 'tablist', 'search', 'switch', 'slider', 'progressbar']);

/** A page's control carried into the feed with the copy ("Share", "Dismiss"): an element with a control's ARIA role. */
export function isPageControl(attribs: Record<string, string | undefined>): boolean {
  return CONTROL_ROLES.has((attribs.role ?? '').trim().toLowerCase());
}

/** Where a page shows its notices: a live region, an alert, a status line, a dialog. */
const NOTICE_ROLES = new Set(['alert', 'alertdialog', 'dialog', 'status']);
export function isNoticeRegion(attribs: Record<string, string | undefined>): boolean {
  return attribs['aria-live'] !== undefined || NOTICE_ROLES.has((attribs.role ?? '').trim().toLowerCase());
}

/**
 * The most text a notice region, or a division holding one, may have and still be the
 * page's notice with its controls ("Dismiss", "Close this message"): more is copy.
 */
export const WIDGET_TEXT_MAX = 40;
