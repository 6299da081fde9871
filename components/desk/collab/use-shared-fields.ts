'use client';

import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type * as Y from 'yjs';
import { FIELDS_MAP, fieldsOfYDoc, writeFields } from '@/lib/collab/document-state';
import type { Draft } from '@/lib/stories/draft';
import type { SharedStory } from './use-shared-story';

/** Field changes made by this form, so its own observer does not feed them back. */
const FORM = Symbol('story form');

/**
 * The form's fields bound to the shared document's fields map: what others change
 * arrives in the inputs as they change it, and what is typed here goes to them. The
 * form first takes what the document holds (it may be newer than the page), then
 * writes only what the person changes.
 */
export function useSharedFields(shared: SharedStory | null, draft: Draft, setDraft: Dispatch<SetStateAction<Draft>>, readOnly: boolean) {
  const [adopted, setAdopted] = useState(false);
  const doc = shared?.doc;
  const ready = !!shared?.ready;

  useEffect(() => {
    if (!doc || !ready) return;
    // Taking the document's values when it becomes ready is the start of the subscription
    // below; `adopted` lets the writer wait for that render, so stale page values never overwrite them.
    setDraft((current) => ({ ...current, ...fieldsOfYDoc(doc) }));
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAdopted(true);
    const map = doc.getMap<unknown>(FIELDS_MAP);
    const observe = (event: Y.YMapEvent<unknown>) => {
      if (event.transaction.origin === FORM) return;
      const all = fieldsOfYDoc(doc) as Record<string, unknown>;
      const changed = Object.fromEntries([...event.keysChanged].filter((key) => key in all).map((key) => [key, all[key]]));
      setDraft((current) => ({ ...current, ...changed }));
    };
    map.observe(observe);
    return () => map.unobserve(observe);
  }, [doc, ready, setDraft]);

  useEffect(() => {
    if (!doc || !adopted || readOnly) return;
    const { body: _body, ...fields } = draft;
    writeFields(doc, fields, FORM);
  }, [doc, adopted, readOnly, draft]);
}
