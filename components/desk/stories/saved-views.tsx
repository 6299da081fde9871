'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import { useShownFilters } from './desk-filters';

export type SavedViewItem = {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
  owner: string;
  count: number;
  capped: boolean;
  active: boolean;
};

type Props = {
  views: SavedViewItem[];
  /** The applied filters (query string); '' when none is set. */
  current: string;
  canDeleteShared: boolean;
  save: (input: { name: string; shared: boolean; query: string }) => Promise<ActionResult<{ id: string; name: string; query: string }>>;
  remove: (input: { id: string }) => Promise<ActionResult<void>>;
};

/** Named sets of filters beside the list, each with how many stories it shows now; save the current filters as one. */
export function SavedViews({ views, current: applied, canDeleteShared, save, remove }: Props) {
  const router = useRouter();
  // What the filter form shows, typed or chosen but perhaps not applied yet: what the person sees is what is saved.
  const current = useShownFilters(applied);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    setError(undefined);
    const result = await save({ name, shared, query: current });
    if (!result.ok) {
      setError(result.fieldErrors.name?.[0]);
      return setState({ ok: false, message: result.message });
    }
    setName('');
    setShared(false);
    setState({ ok: true, message: `View “${result.data.name}” saved.` });
    router.refresh();
  };
  const del = async (view: SavedViewItem) => {
    const result = await remove({ id: view.id });
    setState(result.ok ? { ok: true, message: `View “${view.name}” deleted.` } : { ok: false, message: result.message });
    router.refresh();
  };
  const group = (title: string, items: SavedViewItem[]) => (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {items.length ? (
        <ul className="mt-1 space-y-1">
          {items.map((view) => (
            <li key={view.id} className="flex items-center justify-between gap-2 text-sm">
              <Link
                href={`/desk?${view.query}`}
                aria-current={view.active ? 'page' : undefined}
                className={view.active ? 'font-semibold text-brand' : 'text-slate-800 hover:text-brand hover:underline'}
              >
                {view.name}{' '}
                <span className="text-slate-500">
                  ({view.count.toLocaleString('en')}
                  {view.capped ? '+' : ''})
                </span>
              </Link>
              {view.mine || (view.shared && canDeleteShared) ? (
                <button
                  type="button"
                  aria-label={`Delete view ${view.name}`}
                  onClick={() => void del(view)}
                  className="text-xs text-slate-500 hover:text-red-700"
                >
                  Delete
                </button>
              ) : (
                <span className="text-xs text-slate-500">{view.owner}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-xs text-slate-500">None yet.</p>
      )}
    </div>
  );
  return (
    <section aria-labelledby="saved-views-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="saved-views-title" className="text-sm font-semibold">
        Saved views
      </h2>
      {group(
        'My views',
        views.filter((v) => v.mine && !v.shared),
      )}
      {group(
        'Shared with the desk',
        views.filter((v) => v.shared),
      )}
      <form
        className="space-y-2 border-t border-slate-100 pt-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="view-name" className="block text-xs font-medium text-slate-700">
          View name
        </label>
        <TextInput
          id="view-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          invalid={!!error}
          aria-describedby="view-name-error"
          disabled={!current}
        />
        <p id="view-name-error" className="text-xs text-red-700">
          {error}
        </p>
        <label className="flex items-center gap-1.5 text-xs">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} disabled={!current} /> Share with the desk
        </label>
        <Button type="submit" size="sm" variant="secondary" disabled={!current || !name.trim()}>
          Save view
        </Button>
        {!current ? <p className="text-xs text-slate-500">Filter the list first, then save the filters as a view.</p> : null}
        <FormMessage state={state} />
      </form>
    </section>
  );
}
