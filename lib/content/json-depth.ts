/** Attribute values (a link's href, a figure's crop) are flat; anything nested past this is refused. */
export const MAX_ATTRIBUTE_DEPTH = 8;

/**
 * Whether a JSON value nests deeper than `max` (objects and arrays), found without
 * recursion: a value 100,000 levels deep is answered at once, where serialising it
 * would overflow the stack.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(current as Record<string, unknown>))
      if (child && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
