/**
 * Where to go after signing in: only a same-origin path is accepted, so a crafted
 * link cannot send a person elsewhere (no open redirect).
 */
export function safeCallbackPath(value: unknown, fallback = '/desk'): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  // A path, not a protocol-relative URL (`//evil.example`) or a backslash trick (`/\evil`).
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  try {
    const url = new URL(value, 'http://newsroom.invalid');
    if (url.origin !== 'http://newsroom.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
