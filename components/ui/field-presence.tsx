'use client';

import { createContext, useContext } from 'react';

/** Who else is in each field of a form, by field id (names), for forms several people edit at once. */
export const FieldPresenceContext = createContext<ReadonlyMap<string, string[]>>(new Map());

/** "Roman Reviewer is typing here": shown beside a field someone else is in. */
export function FieldPresence({ id }: { id: string }) {
  const names = useContext(FieldPresenceContext).get(id);
  if (!names?.length) return null;
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    <span data-testid={`${id}-presence`} className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">
      {who} {names.length === 1 ? 'is' : 'are'} in this field
    </span>
  );
}
