/**
 * Where to go after signing in: only a same-origin path is accepted, so a crafted
 * link cannot send a person elsewhere (no open redirect). The value is normalised
 * first (dot segments, backslashes, escapes) and checked after, so `/..//evil.example`
 * cannot become `//evil.example` once the browser resolves it.
 */
export function safeCallbackPath(value: unknown, fallback = '/desk'): string {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/')) return fallback;
  try {
    const url = new URL(value, 'http://newsroom.invalid');
    if (url.origin !== 'http://newsroom.invalid') return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // A path, never a protocol-relative URL (`//evil`) or a backslash trick (`/\evil`), however it was spelled.
    if (!path.startsWith('/') || /^\/[/\\]/.test(path) || /^\/[/\\]/.test(decodeURIComponent(url.pathname))) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
