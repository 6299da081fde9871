/** Attributes that hold one address, and the one that holds a list of them with widths. */
const URL_ATTRIBUTES = new Set(['src', 'href', 'poster', 'cite']);
const SRCSET = 'srcset';

// A start tag as the one renderer writes it (lib/content/render-html.ts): text escapes
// `<` and `>`, attribute values are double-quoted with `"` escaped, so every `<` followed
// by a letter opens a tag and no value holds a `"` or a `>`.
const START_TAG = /<[a-z][a-z0-9]*(?:\s+[a-z][a-z0-9-]*="[^"]*")*\s*\/?>/g;
const ATTRIBUTE = /(\s)([a-z][a-z0-9-]*)="([^"]*)"/g;

/** `&amp;` in an attribute value back to `&` (the only entities the renderer writes in URLs), and again. */
const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One address made absolute against `base`; an address that does not parse is left as it was. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).toString();
  } catch {
    return url;
  }
}

/**
 * HTML written by the one renderer with every address in it made absolute (`/media/…`
 * → `https://site/media/…`, `srcset` candidates included): feed readers and partner
 * sites show an item away from the site, where a relative address points nowhere.
 * `base` is the item's own address, so a `#fragment` stays on the item.
 */
export function withAbsoluteUrls(html: string, base: string): string {
  return html.replace(START_TAG, (tag) =>
    tag.replace(ATTRIBUTE, (whole, space: string, name: string, value: string) => {
      if (name === SRCSET) {
        const candidates = unescape(value)
          .split(',')
          .map((candidate) => {
            const [url, ...descriptor] = candidate.trim().split(/\s+/);
            return url ? [absolute(url, base), ...descriptor].join(' ') : '';
          });
        return `${space}${name}="${escape(candidates.filter(Boolean).join(', '))}"`;
      }
      if (!URL_ATTRIBUTES.has(name)) return whole;
      return `${space}${name}="${escape(absolute(unescape(value), base))}"`;
    }),
  );
}
