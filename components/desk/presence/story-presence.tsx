'use client';

import { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';

type Activity = 'typing' | 'reviewing' | 'viewing' | 'idle';
type Person = { id: string; name: string; activity: Activity };

const IDLE_AFTER_MS = 60_000;
const TYPING_FOR_MS = 3_000;
const LABELS: Record<Activity, string> = { typing: 'typing', reviewing: 'reviewing', viewing: 'viewing', idle: 'idle' };

/**
 * "People on this story": everyone with the story open on the desk and what they are
 * doing (typing, reviewing, viewing, idle), shared through the collaboration server's
 * presence (lib/collab). Without that connection the list simply stays empty.
 */
export function StoryPresence({ storyId, me, reviewing }: { storyId: string; me: { id: string; name: string }; reviewing: boolean }) {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    const document = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: `${window.location.origin.replace(/^http/, 'ws')}/collab`, name: `story:${storyId}`, document, token: 'desk-session',
    });
    const awareness = provider.awareness!;
    let lastInput = Date.now();
    let typingUntil = 0;
    const current = (): Activity => (Date.now() < typingUntil ? 'typing' : Date.now() - lastInput > IDLE_AFTER_MS ? 'idle' : reviewing ? 'reviewing' : 'viewing');
    const publish = () => {
      const activity = current();
      if (awareness.getLocalState()?.person?.activity !== activity) awareness.setLocalStateField('person', { id: me.id, name: me.name, activity });
    };
    const onKey = (event: KeyboardEvent) => {
      lastInput = Date.now();
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable="true"]')) typingUntil = Date.now() + TYPING_FOR_MS;
      publish();
    };
    const onPointer = () => { lastInput = Date.now(); publish(); };
    const render = () => {
      const byId = new Map<string, Person>();
      for (const [clientId, state] of awareness.getStates()) {
        const person = (state as { person?: Person }).person;
        if (!person || clientId === awareness.clientID) continue;
        const seen = byId.get(person.id);
        // One line per person, however many tabs: the busiest tab says what they do.
        const rank = (a: Activity) => ['typing', 'reviewing', 'viewing', 'idle'].indexOf(a);
        if (!seen || rank(person.activity) < rank(seen.activity)) byId.set(person.id, person);
      }
      setPeople([...byId.values()].sort((a, b) => a.name.localeCompare(b.name)));
    };
    awareness.on('change', render);
    publish();
    const timer = window.setInterval(publish, 1_000);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      awareness.off('change', render);
      provider.destroy();
      document.destroy();
    };
  }, [storyId, me.id, me.name, reviewing]);
  return (
    <section aria-label="People on this story" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{people.length ? 'Also here:' : 'Nobody else has this story open.'}</span>
      <ul className="flex flex-wrap gap-2">
        {people.map((person) => (
          <li key={person.id} className="rounded-full bg-slate-100 px-2.5 py-0.5">
            <span className="font-medium">{person.name}</span> <span className="text-slate-600">· {LABELS[person.activity]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
