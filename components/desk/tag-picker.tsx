'use client';

import { X } from 'lucide-react';

export type TagOption = { id: string; name: string; kind: 'PERSON' | 'ORGANISATION' | 'PLACE' | 'SUBJECT' };

export const TAG_KIND_LABELS = { PERSON: 'Person', ORGANISATION: 'Organisation', PLACE: 'Place', SUBJECT: 'Subject' } as const;

/** The story's tags; each can be removed. */
export function TagPicker({ value, onChange, errors }: { value: TagOption[]; onChange: (tags: TagOption[]) => void; errors?: string[] }) {
  return (
    <div className="space-y-2">
      <span id="tags-label" className="block text-sm font-medium text-slate-800">Tags</span>
      <ul aria-labelledby="tags-label" className="flex flex-wrap gap-1.5">
        {value.map((tag) => (
          <li key={tag.id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-sm">
            <span>{tag.name}</span> <span className="text-xs text-slate-500">{TAG_KIND_LABELS[tag.kind]}</span>
            <button type="button" aria-label={`Remove tag ${tag.name}`} className="rounded-full p-0.5 hover:bg-slate-200" onClick={() => onChange(value.filter((t) => t.id !== tag.id))}>
              <X className="size-3.5" />
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="text-sm text-slate-500">No tags yet.</li> : null}
      </ul>
      <div aria-live="polite" className="text-sm text-red-700">{errors?.map((e) => <p key={e}>{e}</p>)}</div>
    </div>
  );
}
