'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { createContext, useContext, useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { SelectInput, TextInput } from '@/components/ui/field';
import { DAY_PATTERN } from '@/lib/time/newsroom-day';
import { viewQueryOf } from '@/lib/views/query';
import { DayInput } from '../day-input';

/** What the filter form shows (as a saved view's query), and the applied filters it was changed from. */
type Shown = { query: string; basis: string };
const FormQuery = createContext<{ shown: Shown | null; set: (shown: Shown) => void }>({ shown: null, set: () => {} });

/** Shares the filter form's state with "Save view" beside the list. */
export function DeskFilterProvider({ children }: { children: ReactNode }) {
  const [shown, set] = useState<Shown | null>(null);
  return <FormQuery.Provider value={{ shown, set }}>{children}</FormQuery.Provider>;
}

/** The filters the form shows, given the applied ones (`current`): what a saved view should keep. */
export function useShownFilters(current: string): string {
  const { shown } = useContext(FormQuery);
  // A change made from the applied filters the list still shows; else (a tab, a view, Clear) those.
  return shown && shown.basis === current ? shown.query : current;
}

export type FilterValues = {
  q: string;
  sectionId: string;
  priority: string;
  authorId: string;
  tag: string;
  from: string;
  to: string;
  sort: string;
  /** 'translation': published in one language, not yet in another. */
  needs: string;
};
type Option = { value: string; label: string };

type Props = {
  /** The filters as applied (from the address) and as a saved view's query, and the tab's own (status, mine), kept as they are. */
  applied: FilterValues;
  current: string;
  keep: { status?: string; mine?: string };
  sections: Option[];
  priorities: Option[];
  authors: Option[];
};

const BLANK: FilterValues = { q: '', sectionId: '', priority: '', authorId: '', tag: '', from: '', to: '', sort: 'updated', needs: '' };
/** Typing waits this long for the next keystroke before the list follows. */
const TYPING_MS = 500;
const label = 'block text-xs font-medium text-slate-700';

const queryOf = (values: FilterValues, keep: Props['keep']) => viewQueryOf({ ...keep, ...values, sort: values.sort === 'updated' ? '' : values.sort });
/** A day field half typed ("2026-11") is not applied yet; empty or whole, it is. */
const daysReady = (values: FilterValues) => [values.from, values.to].every((day) => !day.trim() || DAY_PATTERN.test(day.trim()));

/**
 * The desk's search and filters. A change applies itself, as in a mail client: a
 * choice at once, typing once it pauses (a half-typed day waits). "Apply filters" (or
 * Enter) applies at once. "Save view" saves what the form shows.
 */
export function DeskFilters({ applied, current, keep, sections, priorities, authors }: Props) {
  const router = useRouter();
  const { set: share } = useContext(FormQuery);
  const [values, setValues] = useState(applied);
  const [seen, setSeen] = useState(current);
  const [pushed, setPushed] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // Filters changed from outside the form (a tab, a saved view, Clear): show them.
  if (current !== seen) {
    setSeen(current);
    if (current !== pushed) setValues(applied);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);
  // Following a link (Clear, a tab, a saved view) or going back drops a typed change not yet
  // applied: else it would land after that navigation began and take the list back.
  useEffect(() => {
    const drop = (event: Event) => {
      if (event.type === 'popstate' || (event.target instanceof Element && event.target.closest('a[href]'))) window.clearTimeout(timer.current);
    };
    document.addEventListener('click', drop, true);
    window.addEventListener('popstate', drop);
    return () => {
      document.removeEventListener('click', drop, true);
      window.removeEventListener('popstate', drop);
    };
  }, []);

  const go = (next: FilterValues) => {
    window.clearTimeout(timer.current);
    if (!daysReady(next)) return;
    const query = queryOf(next, keep);
    setPushed(query);
    router.replace(query ? `/desk?${query}` : '/desk');
  };
  const change = (name: keyof FilterValues, value: string, typed: boolean) => {
    const next = { ...values, [name]: value };
    setValues(next);
    share({ query: queryOf(next, keep), basis: current });
    window.clearTimeout(timer.current);
    if (typed) timer.current = window.setTimeout(() => go(next), TYPING_MS);
    else go(next);
  };
  const onTyped = (event: ChangeEvent<HTMLInputElement>) => change(event.target.name as keyof FilterValues, event.target.value, true);
  const onChosen = (event: ChangeEvent<HTMLSelectElement>) => change(event.target.name as keyof FilterValues, event.target.value, false);

  return (
    <form
      role="search"
      aria-label="Search and filter stories"
      className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
      onSubmit={(event) => {
        event.preventDefault();
        go(values);
      }}
    >
      <label className={cn(label, 'sm:col-span-2')}>
        Search
        <TextInput id="desk-q" type="search" name="q" value={values.q} onChange={onTyped} />
      </label>
      <label className={label}>
        Section
        <SelectInput id="desk-section" name="sectionId" value={values.sectionId} onChange={onChosen}>
          <option value="">Any</option>
          {sections.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectInput>
      </label>
      <label className={label}>
        Priority
        <SelectInput id="desk-priority" name="priority" value={values.priority} onChange={onChosen}>
          <option value="">Any</option>
          {priorities.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectInput>
      </label>
      <label className={label}>
        Author
        <SelectInput id="desk-author" name="authorId" value={values.authorId} onChange={onChosen}>
          <option value="">Anyone</option>
          {authors.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </SelectInput>
      </label>
      <label className={label}>
        Tag
        <TextInput id="desk-tag" placeholder="Name or alias" autoComplete="off" className="min-w-[9rem]" name="tag" value={values.tag} onChange={onTyped} />
      </label>
      <label className={label}>
        Changed from
        <DayInput id="desk-from" name="from" value={values.from} onChange={onTyped} />
      </label>
      <label className={label}>
        Changed to
        <DayInput id="desk-to" name="to" value={values.to} onChange={onTyped} />
      </label>
      <label className={label}>
        Sort
        <SelectInput id="desk-sort" name="sort" value={values.sort} onChange={onChosen}>
          <option value="updated">Last changed</option>
          <option value="created">Newest</option>
          <option value="headline">Headline</option>
        </SelectInput>
      </label>
      <label className={cn(label, 'flex items-center gap-2 self-end py-2')}>
        <input
          type="checkbox"
          name="needs"
          value="translation"
          checked={values.needs === 'translation'}
          onChange={(event) => change('needs', event.target.checked ? 'translation' : '', false)}
        />
        Needs translation
      </label>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-2">
        <Button type="submit" variant="secondary" size="sm">
          Apply filters
        </Button>
        <Link
          href="/desk"
          className="text-sm text-brand underline"
          onClick={() => {
            // Cleared at once, even when the address is already /desk (only a typed word not yet applied differs).
            setValues(BLANK);
            share({ query: '', basis: current });
          }}
        >
          Clear
        </Link>
        {!daysReady(values) ? <p className="text-xs text-amber-800">Type the day whole: YYYY-MM-DD.</p> : null}
      </div>
    </form>
  );
}
