/**
 * Takes secrets out of free text before it is logged: passwords in URLs
 * (`postgresql://user:secret@host`), cookie values, bearer tokens and the like. The
 * structured fields the newsroom logs never hold them; this is for messages written by
 * others (libraries, errors) that might.
 */
const RULES: [RegExp, string][] = [
  // user:password@ in any URL
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, '$1[redacted]@'],
  // Cookie and Set-Cookie values: every name=value pair after the header name
  [/\b((?:set-)?cookie\b["']?\s*[:=]\s*["']?)[^\r\n"']*/gi, '$1[redacted]'],
  // authjs / next-auth cookies and the device cookie wherever they appear
  [/\b((?:__Secure-|__Host-)?(?:authjs|next-auth)\.[a-z-]+(?:\.\d+)?=)[^;\s"']+/gi, '$1[redacted]'],
  [/\b(newsroom-device=)[^;\s"']+/gi, '$1[redacted]'],
  // Authorization headers and bearer tokens
  [/\b(authorization\b["']?\s*[:=]\s*["']?)(?:bearer|basic)?\s*[^\s"',;]+/gi, '$1[redacted]'],
  [/\b(bearer\s+)[a-z0-9._~+/=-]{8,}/gi, '$1[redacted]'],
  // name=value pairs whose name says they are secret (a quoted value whole, spaces and all)
  [/\b((?:password|passwd|secret|token|api[_-]?key|access[_-]?key)\b["']?\s*[:=]\s*)"[^"]*"/gi, '$1"[redacted]"'],
  [/\b((?:password|passwd|secret|token|api[_-]?key|access[_-]?key)\b["']?\s*[:=]\s*)'[^']*'/gi, "$1'[redacted]'"],
  [/\b((?:password|passwd|secret|token|api[_-]?key|access[_-]?key)\b["']?\s*[:=]\s*)(?!["'[])[^\s"',;&]+/gi, '$1[redacted]'],
];

export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
