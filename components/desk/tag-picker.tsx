'use client';

import { X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { cn } from '@/components/ui/cn';
import { inputClass } from '@/components/ui/field';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { useStoryActions } from './story-editor/story-actions';
import { CREATABLE_TAG_KINDS, type CreatableTagKind, type TagKind } from '@/lib/enums';

export type TagOption = { id: string; name: string; kind: TagKind };

type Option = { type: 'tag'; tag: TagOption; alias: string | null } | { type: 'create'; kind: CreatableTagKind; name: string };


/**
 * The Tags field: an ARIA combobox with type-ahead over names and aliases, each
 * option showing its kind, and options to create a person, organisation or place
 * that does not exist yet. Works from the keyboard alone.
 */
export function TagPicker({ value, onChange, errors }: { value: TagOption[]; onChange: (tags: TagOption[]) => void; errors?: string[] }) {
  const { searchTags, createTag } = useStoryActions();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setResults] = useState<{ id: string; name: string; kind: TagOption['kind']; matchedAlias: string | null }[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');
  const request = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      const result = await searchTags({ query: q }).catch(() => null);
      if (ticket !== request.current) return;
      setResults(result?.ok ? result.data : []);
      setActive(0);
    }, 120);
    return () => clearTimeout(timer);
  }, [query, searchTags]);

  const chosen = new Set(value.map((t) => t.id));
  const q = query.trim();
  const results = q ? found : [];
  const exact = results.some((r) => r.name.toLowerCase() === q.toLowerCase());
  const options: Option[] = [
    ...results.filter((r) => !chosen.has(r.id)).map((r) => ({ type: 'tag' as const, tag: { id: r.id, name: r.name, kind: r.kind }, alias: r.matchedAlias })),
    ...(q && !exact ? CREATABLE_TAG_KINDS.map((kind) => ({ type: 'create' as const, kind, name: q })) : []),
  ];
  const expanded = open && options.length > 0;

  const choose = async (option: Option) => {
    setMessage('');
    if (option.type === 'tag') onChange([...value, option.tag]);
    else {
      const created = await createTag({ kind: option.kind, name: option.name });
      const existing = !created.ok && created.code === 'CONFLICT' ? (created.details as { existing?: TagOption } | undefined)?.existing : undefined;
      if (existing) {
        // It was created meanwhile (or the search had not caught up): use it.
        if (!chosen.has(existing.id)) onChange([...value, existing]);
      } else if (!created.ok) {
        return setMessage(created.message);
      } else {
        onChange([...value, created.data]);
        setMessage(`Created ${TAG_KIND_NAMES[option.kind].toLowerCase()} “${created.data.name}”.`);
      }
    }
    setQuery('');
    setResults([]);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length ? (i - 1 + options.length) % options.length : 0));
    } else if (event.key === 'Enter') {
      if (expanded && options[active]) {
        event.preventDefault();
        void choose(options[active]);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Backspace' && !query && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-slate-800">Tags</label>
      <ul aria-label="Tags on this story" className="flex flex-wrap gap-1.5">
        {value.map((tag) => (
          <li key={tag.id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-sm">
            <span>{tag.name}</span> <span className="text-xs text-slate-500">{TAG_KIND_NAMES[tag.kind]}</span>
            <button type="button" aria-label={`Remove tag ${tag.name}`} className="rounded-full p-0.5 hover:bg-slate-200" onClick={() => onChange(value.filter((t) => t.id !== tag.id))}>
              <X className="size-3.5" />
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="text-sm text-slate-500">No tags yet.</li> : null}
      </ul>
      <div className="relative">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${id}-help`}
          className={inputClass}
          placeholder="Type a name or alias"
          value={query}
          onChange={(e) => { setQuery(e.target.value); setOpen(true); }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          autoComplete="off"
        />
        <ul id={`${id}-listbox`} role="listbox" aria-label="Matching tags" hidden={!expanded}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {options.map((option, index) => (
            <li key={option.type === 'tag' ? option.tag.id : `create-${option.kind}`} id={optionId(index)} role="option" aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()} onClick={() => void choose(option)} onMouseEnter={() => setActive(index)}
              className={cn('flex cursor-pointer items-baseline justify-between gap-2 px-3 py-1.5 text-sm', index === active && 'bg-blue-50')}>
              {option.type === 'tag' ? (
                <>
                  <span>{option.tag.name}{option.alias ? <span className="text-slate-500"> ({option.alias})</span> : null}</span>
                  <span className="text-xs text-slate-500">{TAG_KIND_NAMES[option.tag.kind]}</span>
                </>
              ) : (
                <span>Create {TAG_KIND_NAMES[option.kind].toLowerCase()} “{option.name}”</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-help`} className="text-xs text-slate-500">Arrow keys choose, Enter adds, Backspace removes the last tag.</p>
      <div aria-live="polite" className="text-sm">
        {message ? <p className={message.startsWith('Created') ? 'text-green-800' : 'text-red-700'}>{message}</p> : null}
        {errors?.map((e) => <p key={e} className="text-red-700">{e}</p>)}
      </div>
    </div>
  );
}
