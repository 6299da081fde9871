import { KEYS_META_NAME } from '@/lib/cache/surrogate-keys';

/**
 * Public pages are server-rendered React with nothing for React to do in the browser:
 * their links, search form and section menu work as plain HTML. So the front server
 * sends them without what only hydration needs: Next's script tags and bootstrap, the
 * flight data the client router would read, and script preloads. Any other inline
 * script (JSON-LD, a streamed Suspense boundary's swap, an island of our own) stays.
 * The page's cache keys, named in a meta element, come out as a list.
 *
 * The input is the framework's own serialisation: text from a story is escaped inside
 * it (`&lt;` in HTML, `\u003c` inside the flight data), so the tag patterns below can
 * only meet real tags.
 */
const ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>|<link\b([^>]*?)\/?>|<meta\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;
const FRAMEWORK_INLINE = /^\s*(?:\(?self\.__next_f\b|\(?globalThis\["TURBOPACK"\])/;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of source.matchAll(ATTRIBUTE)) found.set(name!.toLowerCase(), value ?? '');
  return found;
}

const isFrameworkAsset = (url: string | undefined) => url !== undefined && url.startsWith('/_next/') && !url.endsWith('.css');

export function staticPage(html: string): { html: string; keys: string[] } {
  // Next's error shell (a notFound() thrown after the page began) is empty until the
  // client renders the boundary from the flight data: it keeps what it needs.
  if (/^\s*<!DOCTYPE html><html id="__next_error__"/i.test(html)) return { html, keys: [] };
  const keys: string[] = [];
  const out = html.replace(
    ELEMENT,
    (element, scriptAttrs: string | undefined, scriptBody: string | undefined, linkAttrs: string | undefined, metaAttrs: string | undefined) => {
      if (scriptAttrs !== undefined) {
        const attrs = attributes(scriptAttrs);
        if (attrs.has('src')) return isFrameworkAsset(attrs.get('src')) ? '' : element;
        return FRAMEWORK_INLINE.test(scriptBody ?? '') ? '' : element;
      }
      if (linkAttrs !== undefined) {
        const attrs = attributes(linkAttrs);
        const rel = attrs.get('rel') ?? '';
        const preloadsScript = rel === 'modulepreload' || (rel === 'preload' && attrs.get('as') === 'script');
        return preloadsScript && isFrameworkAsset(attrs.get('href')) ? '' : element;
      }
      const attrs = attributes(metaAttrs ?? '');
      if (attrs.get('name') !== KEYS_META_NAME) return element;
      keys.push(...(attrs.get('content') ?? '').split(/\s+/).filter(Boolean));
      return '';
    },
  );
  return { html: out, keys };
}
