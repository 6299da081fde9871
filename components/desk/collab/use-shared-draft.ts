'use client';

import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { TDocNode } from '@/lib/content/document';
import type { Draft } from '@/lib/stories/draft';
import { fieldsMapOf, readSharedDraft, scalarOf, setScalars, textOf } from '@/lib/stories/shared-doc/codec';
import { SCALAR_FIELDS, scalarProblem, TEXT_FIELDS, type ScalarField } from '@/lib/stories/shared-doc/fields';
import type { SharedStory } from './use-shared-story';

/** Changes written by this form (the observers below need not read them back). */
export const FORM = Symbol('story form');

export type SetField = <K extends ScalarField>(field: K, value: Draft[K]) => void;

/**
 * The story as its shared document holds it, for the form to show: the page's copy
 * until the document is ready, then the document's, following every change anyone
 * makes. The one-value fields are written with `setField`; text fields and the body are
 * written by their own bindings (SharedTextInput, the body editor), and the body read
 * back here through `setBody`.
 */
export function useSharedDraft(shared: SharedStory | null, initial: Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const doc: Y.Doc | undefined = shared?.doc;
  const ready = !!shared?.ready;

  useEffect(() => {
    if (!doc || !ready) return;
    // Taking the document's values when it becomes ready starts the subscription below.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft((current) => readSharedDraft(doc, current));
    const map = fieldsMapOf(doc);
    const onFields = (event: Y.YMapEvent<unknown>) => {
      const changed: Partial<Draft> = {};
      for (const key of event.keysChanged) {
        if (!(SCALAR_FIELDS as string[]).includes(key)) continue;
        const value = scalarOf(doc, key as ScalarField);
        if (value !== undefined) Object.assign(changed, { [key]: value });
      }
      setDraft((current) => ({ ...current, ...changed }));
    };
    map.observe(onFields);
    const unobserve = TEXT_FIELDS.map((field) => {
      const text = textOf(doc, field);
      const onText = () => setDraft((current) => ({ ...current, [field]: text.toString() }));
      text.observe(onText);
      return () => text.unobserve(onText);
    });
    return () => {
      map.unobserve(onFields);
      for (const stop of unobserve) stop();
    };
  }, [doc, ready]);

  const setField: SetField = useCallback(
    (field, value) => {
      // Only what the document may hold is written to it (the server would refuse the rest): tags as id, name and kind.
      const clean = field === 'tags' ? (value as Draft['tags']).map(({ id, name, kind }) => ({ id, name, kind })) : value;
      if (doc && !scalarProblem(field, clean)) doc.transact(() => setScalars(doc, { [field]: clean }), FORM);
      setDraft((current) => ({ ...current, [field]: clean }));
    },
    [doc],
  );

  const setBody = useCallback((body: TDocNode) => setDraft((current) => ({ ...current, body })), []);

  return { draft, setField, setBody };
}
