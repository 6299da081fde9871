'use client';

import { useEffect, useState } from 'react';
import type { Activity } from '@/lib/collab/messages';
import type { TextCaret } from './shared-text-input';
import type { SharedStory } from './use-shared-story';

export type Person = { id: string; name: string; color: string; activity: Activity; field: string | null; caret: TextCaret | null };
type AwarenessState = { user?: { id?: string; name?: string; color?: string }; activity?: Activity; field?: string | null; caret?: TextCaret | null };

const IDLE_AFTER_MS = 60_000;
const TYPING_FOR_MS = 3_000;
const RANK: Activity[] = ['typing', 'reviewing', 'viewing', 'idle'];
const RESEND_EVERY_TICKS = 5;

/**
 * Everyone else on this story and what they are doing, from the shared document's
 * presence (awareness); this person's own activity is worked out here and shared.
 */
export function usePeopleOnStory(shared: SharedStory | null, me: { id: string }, reviewing: boolean): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  const provider = shared?.provider;
  const setActivity = shared?.setActivity;
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!provider || !awareness || !setActivity) return;
    let lastInput = Date.now();
    let typingUntil = 0;
    const current = (): Activity =>
      Date.now() < typingUntil ? 'typing' : Date.now() - lastInput > IDLE_AFTER_MS ? 'idle' : reviewing ? 'reviewing' : 'viewing';
    const publish = () => setActivity(current());
    const inText = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]');
    const onKey = (event: KeyboardEvent) => {
      lastInput = Date.now();
      if (inText(event.target)) typingUntil = Date.now() + TYPING_FOR_MS;
      publish();
    };
    const onPointer = () => {
      lastInput = Date.now();
      publish();
    };
    // Which field this person is in (the body or a form field), for the others' "is in this field".
    const onFocus = (event: FocusEvent) => {
      const element = event.target instanceof HTMLElement ? event.target : null;
      const field = element?.closest('[contenteditable="true"]') ? 'body' : element?.id && inText(element) ? element.id : null;
      provider.setAwarenessField('field', field);
    };
    const onBlur = () => provider.setAwarenessField('field', null);
    const render = () => {
      const byId = new Map<string, Person>();
      for (const [clientId, raw] of awareness.getStates()) {
        const state = raw as AwarenessState;
        if (clientId === awareness.clientID || !state.user?.id || state.user.id === me.id) continue;
        const person: Person = {
          id: state.user.id,
          name: state.user.name ?? '',
          color: state.user.color ?? '#334155',
          activity: state.activity ?? 'viewing',
          field: state.field ?? null,
          caret: state.caret ?? null,
        };
        const seen = byId.get(person.id);
        // One entry per person, however many tabs: the busiest tab says what they do.
        if (!seen || RANK.indexOf(person.activity) < RANK.indexOf(seen.activity))
          byId.set(person.id, { ...person, field: person.field ?? seen?.field ?? null, caret: person.caret ?? seen?.caret ?? null });
      }
      setPeople([...byId.values()].sort((a, b) => a.name.localeCompare(b.name)));
    };
    awareness.on('change', render);
    render();
    publish();
    // Presence is said again every few seconds: one lost on the way (a socket still opening) is then only briefly missing.
    let ticks = 0;
    const timer = window.setInterval(() => {
      publish();
      if (++ticks % RESEND_EVERY_TICKS === 0 && awareness.getLocalState()) awareness.setLocalState(awareness.getLocalState());
    }, 1_000);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus);
    window.addEventListener('focusout', onBlur);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus);
      window.removeEventListener('focusout', onBlur);
      awareness.off('change', render);
    };
  }, [provider, setActivity, me.id, reviewing]);
  return people;
}

/** "People on this story": each person's name in their caret colour and what they are doing. */
export function StoryPresence({ people }: { people: Person[] }) {
  return (
    <section aria-label="People on this story" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{people.length ? 'Also on this story:' : 'Nobody else has this story open.'}</span>
      <ul className="flex flex-wrap gap-2">
        {people.map((person) => (
          <li key={person.id} className="flex items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-0.5">
            <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ backgroundColor: person.color }} />
            <span className="font-medium">{person.name}</span> <span className="text-slate-600">· {person.activity}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
