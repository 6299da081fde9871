/** The desk filters a saved view may hold (the address bar's names), in a stable order. */
export const VIEW_PARAMS = ['status', 'mine', 'q', 'sectionId', 'priority', 'authorId', 'tag', 'from', 'to', 'sort', 'needs'] as const;

/** The filters of a desk address as a saved view keeps them: known names only, empty ones dropped. */
export function viewQueryOf(params: Record<string, string | string[] | undefined>): string {
  const out = new URLSearchParams();
  for (const name of VIEW_PARAMS) {
    const raw = params[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) out.set(name, value.slice(0, 200));
  }
  return out.toString();
}

/** A saved view's query as the address bar's parameters. */
export function viewParams(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}
