'use client';

import { X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { cn } from '@/components/ui/cn';
import { inputClass } from '@/components/ui/field';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { useStoryActions } from './story-editor/story-actions';
import { CREATABLE_TAG_KINDS, type CreatableTagKind, type TagKind } from '@/lib/enums';
import type { Language } from '@/lib/stories/limits';

export type TagOption = { id: string; name: string; kind: TagKind };

type Option = { tag: TagOption; alias: string | null };

/** A Create button's words ("Create person"), which the message after a failed Enter names exactly. */
const createLabel = (kind: CreatableTagKind) => `Create ${TAG_KIND_NAMES[kind].toLowerCase()}`;
const createNames = CREATABLE_TAG_KINDS.map((kind) => `“${createLabel(kind)}”`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/**
 * The Tags field: an ARIA combobox with type-ahead over names and aliases (by word
 * start), each option showing its kind. Nothing is chosen until the arrow keys choose
 * it, and creating a tag is a separate, explicit button, so a half-typed name never
 * becomes a tag. Works from the keyboard alone.
 */
export function TagPicker({
  value,
  onChange,
  errors,
  language,
  names = {},
}: {
  value: TagOption[];
  onChange: (tags: TagOption[]) => void;
  errors?: string[];
  /** The story's language: tags are found and shown by their name in it, where they have one. */
  language?: Language;
  /** The chosen tags' names in that language, by id (a tag chosen here comes named in it already). */
  names?: Record<string, string>;
}) {
  const { searchTags, createTag } = useStoryActions();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setResults] = useState<{ id: string; name: string; kind: TagOption['kind']; matchedAlias: string | null }[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const request = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      const result = await searchTags({ query: q, ...(language ? { language } : {}) }).catch(() => null);
      if (ticket !== request.current) return;
      setResults(result?.ok ? result.data : []);
      setActive(-1);
    }, 120);
    return () => clearTimeout(timer);
  }, [query, searchTags, language]);

  const chosen = new Set(value.map((t) => t.id));
  const q = query.trim();
  const results = q ? found : [];
  const exact = results.some((r) => r.name.toLowerCase() === q.toLowerCase());
  const options: Option[] = results.filter((r) => !chosen.has(r.id)).map((r) => ({ tag: { id: r.id, name: r.name, kind: r.kind }, alias: r.matchedAlias }));
  const expanded = open && options.length > 0;
  const creatable = q.length > 0 && !exact;

  const done = () => {
    setQuery('');
    setResults([]);
    setOpen(false);
    setActive(-1);
  };
  const choose = (option: Option) => {
    setMessage('');
    onChange([...value, option.tag]);
    done();
  };
  const create = async (kind: CreatableTagKind) => {
    setMessage('');
    const created = await createTag({ kind, name: q });
    const existing = !created.ok && created.code === 'CONFLICT' ? (created.details as { existing?: TagOption } | undefined)?.existing : undefined;
    if (existing) {
      // It was created meanwhile (or the search had not caught up): use it.
      if (!chosen.has(existing.id)) onChange([...value, existing]);
    } else if (!created.ok) {
      return setMessage(created.message);
    } else {
      onChange([...value, created.data]);
      setMessage(`Created ${TAG_KIND_NAMES[kind].toLowerCase()} “${created.data.name}”.`);
    }
    done();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      // Enter adds only the option the arrow keys chose; it never creates a tag.
      event.preventDefault();
      if (expanded && options[active]) choose(options[active]);
      else if (q) {
        setMessage(options.length ? 'Choose a tag with the arrow keys, then press Enter.' : `No tag matches “${q}”. To create it, use ${createNames} below.`);
        // The word stays for a Create button, selected: the next word typed replaces it instead of joining it.
        event.currentTarget.select();
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
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-slate-800">
        Tags
      </label>
      <ul aria-label="Tags on this story" className="flex flex-wrap gap-1.5">
        {value
          .map(({ name, ...tag }) => ({ ...tag, name: names[tag.id] ?? name }))
          .map((tag) => (
            <li key={tag.id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-sm">
              <span>{tag.name}</span> <span className="text-xs text-slate-500">{TAG_KIND_NAMES[tag.kind]}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag.name}`}
                className="rounded-full p-0.5 hover:bg-slate-200"
                onClick={() => onChange(value.filter((t) => t.id !== tag.id))}
              >
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
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-help`}
          className={inputClass}
          placeholder="Type a name or alias"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          autoComplete="off"
        />
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Matching tags"
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {options.map((option, index) => (
            <li
              key={option.tag.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
              onMouseEnter={() => setActive(index)}
              className={cn(
                'flex cursor-pointer items-baseline justify-between gap-2 px-3 py-1.5 text-sm',
                index === active && 'bg-blue-50 outline outline-1 outline-brand',
              )}
            >
              <span>
                {option.tag.name}
                {option.alias ? <span className="text-slate-500"> ({option.alias})</span> : null}
              </span>
              <span className="text-xs text-slate-500">{TAG_KIND_NAMES[option.tag.kind]}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-help`} className="text-xs text-slate-500">
        Arrow keys choose, Enter adds, Backspace removes the last tag.
      </p>
      {creatable ? (
        <div role="group" aria-label="Create a new tag" className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
          <span>Not in the taxonomy? Create “{q}” as a new tag:</span>
          {CREATABLE_TAG_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-label={`Create ${TAG_KIND_NAMES[kind].toLowerCase()} “${q}”`}
              onClick={() => void create(kind)}
              className="rounded border border-slate-300 bg-white px-2 py-0.5 text-slate-800 hover:bg-slate-100"
            >
              {createLabel(kind)}
            </button>
          ))}
        </div>
      ) : null}
      <div aria-live="polite" className="text-sm">
        {message ? <p className={message.startsWith('Created') ? 'text-green-800' : 'text-red-700'}>{message}</p> : null}
        {errors?.map((e) => (
          <p key={e} className="text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}
