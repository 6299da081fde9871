'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import type { Suggestion } from '@/lib/tags/suggestions';
import { useStoryActions } from './story-editor/story-actions';
import type { TagOption } from './tag-picker';

type Props = { headline: string; subheadline: string; bodyText: string; topicId: string | null; tags: TagOption[]; onAccept: (tags: TagOption[]) => void };

/** Tags the text mentions, and the subjects they imply: one click adds, one dismisses. */
export function TagSuggestions({ headline, subheadline, bodyText, topicId, tags, onAccept }: Props) {
  const { suggestTags } = useStoryActions();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const tagKey = tags.map((t) => t.id).join(',');

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await suggestTags({ headline, subheadline, bodyText, topicId, tagIds: tagKey ? tagKey.split(',') : [] }).catch(() => null);
      if (!cancelled && result?.ok) setSuggestions(result.data);
    }, 600);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [headline, subheadline, bodyText, topicId, tagKey, suggestTags]);

  const visible = suggestions.filter((s) => !dismissed.has(s.tag.id) && !tags.some((t) => t.id === s.tag.id));
  const fromStory = visible.filter((s) => !s.backgroundOnly);
  const background = visible.filter((s) => s.backgroundOnly);
  const named = fromStory.filter((s) => s.occurrences.length > 0);
  const item = (s: Suggestion) => (
    <li key={s.tag.id} className="rounded border border-slate-200 p-2 text-sm">
      <div className="flex items-start justify-between gap-2">
        <p>
          <strong>{s.tag.name}</strong> <span className="text-xs text-slate-500">{TAG_KIND_NAMES[s.tag.kind]}</span>
          {s.mentions && s.mentions > 1 ? <span className="text-xs text-slate-600"> · named {s.mentions} times</span> : null}
        </p>
        <span className="flex shrink-0 gap-1">
          <Button size="sm" onClick={() => onAccept([s.tag])} aria-label={`Accept suggestion ${s.tag.name}`}>
            Accept
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDismissed(new Set(dismissed).add(s.tag.id))} aria-label={`Dismiss suggestion ${s.tag.name}`}>
            Dismiss
          </Button>
        </span>
      </div>
      {s.occurrences.map((o, i) => (
        <p key={i} className="mt-1 text-xs text-slate-600">
          <span className="font-medium">{o.field}:</span> {o.snippet.slice(0, o.start)}
          <mark className="bg-yellow-100">{o.snippet.slice(o.start, o.end)}</mark>
          {o.snippet.slice(o.end)}
        </p>
      ))}
      {s.impliedBy.length ? <p className="mt-1 text-xs text-slate-600">Implied by {s.impliedBy.join(', ')}</p> : null}
    </li>
  );
  return (
    <section aria-labelledby="suggestions-title" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="suggestions-title" className="text-sm font-semibold">
          Suggested tags
        </h2>
        {named.length > 1 ? (
          <Button size="sm" variant="secondary" onClick={() => onAccept(named.map((s) => s.tag))}>
            Accept all from the story
          </Button>
        ) : null}
      </div>
      {visible.length === 0 ? <p className="text-sm text-slate-500">No suggestions.</p> : null}
      <ul className="space-y-2" aria-label="Suggested tags">
        {fromStory.map(item)}
      </ul>
      {background.length ? (
        // Collapsed: a topic's background box names many things the story itself does not.
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-600">
            Only in the topic’s background box ({background.length})
          </summary>
          <ul className="mt-2 space-y-2" aria-label="Only in the background box">
            {background.map(item)}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
