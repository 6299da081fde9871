// Text is normalised once, on the way in (save, paste, ingest), so that everything
// stored is text every output can carry: XML 1.0 allows no C0 control other than
// tab, newline and carriage return, and no lone surrogate, U+FFFE or U+FFFF.

/** Line breaks in all their spellings: CR LF, CR, VT (Word's manual break), FF, NEL, LS, PS. */
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
/** C0 and C1 controls other than tab and newline (NUL included), and the two non-characters. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the text holds a NUL, which fields refuse rather than silently drop. */
export const hasNul = (text: string) => text.includes('\u0000');

/**
 * Text that may span lines (a body's text, a comment, a note): line breaks become
 * `\n`, other controls and lone surrogates are removed.
 */
export function normalizeMultiline(text: string): string {
  // Lone surrogates go first: removing a control between two of them must not pair them.
  return text.replace(LONE_SURROGATES, '').replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

/** One line of text (a headline, a name): every line break and tab becomes a space. */
export function normalizeLine(text: string): string {
  return normalizeMultiline(text).replace(/[\n\t]/g, ' ');
}

/** True when the text is already normalised (cheap check before rewriting a document). */
export const isNormalized = (text: string) => normalizeMultiline(text) === text;
