'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type TextareaHTMLAttributes } from 'react';
import * as Y from 'yjs';
import { cn } from '@/components/ui/cn';
import { inputClass } from '@/components/ui/field';
import { TEXT_CEILING, type TextField } from '@/lib/stories/shared-doc/fields';
import { caretPosition } from './caret-position';

/** Typing here: the observer leaves the input alone (it already shows it). */
const TYPED = Symbol('typed here');

/** Where a person's caret is in a text field, as their presence says it (a Yjs relative position, which survives others' edits). */
export type TextCaret = { field: string; at: unknown };
/** Another person's caret in a field, to draw. */
export type OtherCaret = { id: string; name: string; color: string; caret: TextCaret | null };

type Props = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  field: TextField;
  id: string;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  invalid?: boolean;
  className?: string;
  placeholder?: string;
  /** Everyone else on the story: the carets of those in this field are drawn. */
  others: OtherCaret[];
} & Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, 'autoComplete' | 'inputMode'>;

/** The smallest edit turning `before` into `after`, with the caret (after typing) as a hint where it happened. */
function editBetween(before: string, after: string, caret: number) {
  const grown = after.length - before.length;
  const limit = Math.min(before.length, after.length, Math.max(0, grown > 0 ? caret - grown : caret));
  let start = 0;
  while (start < limit && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { at: start, removed: before.length - start - end, inserted: after.slice(start, after.length - end) };
}

/** Moves an index of the text through a remote change: text inserted or removed before it shifts it; a change at or after it does not. */
function shift(index: number, delta: Y.YTextEvent['delta']) {
  let at = 0;
  let moved = index;
  for (const op of delta) {
    if (op.retain) at += op.retain;
    else if (typeof op.insert === 'string') {
      if (at < index) moved += op.insert.length;
      at += op.insert.length;
    } else if (op.delete) {
      if (at < index) moved -= Math.min(op.delete, index - at);
    }
  }
  return moved;
}

/**
 * A text field bound to a Y.Text of the story's shared document: merged per character
 * with everyone else's typing; a remote edit keeps this person's caret where it was in
 * their text, and the others' carets in this field are drawn in their colours with
 * their names. This person's caret is shared the same way.
 */
export function SharedTextInput({ doc, provider, field, id, multiline = false, rows = 2, readOnly, invalid, className, placeholder, others, ...rest }: Props) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const text = useMemo(() => doc.getText(field), [doc, field]);
  const shown = useRef('');
  const [drawn, redraw] = useState(0);
  const [carets, setCarets] = useState<(OtherCaret & { position: { left: number; top: number; height: number } })[]>([]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.value = shown.current = text.toString();
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === TYPED) return;
      const focused = document.activeElement === element;
      const start = shift(element.selectionStart ?? 0, event.delta);
      const end = shift(element.selectionEnd ?? 0, event.delta);
      element.value = shown.current = text.toString();
      if (focused) element.setSelectionRange(start, end);
      redraw((n) => n + 1);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const share = () => {
      const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, element.selectionStart ?? 0));
      provider.setAwarenessField('caret', { field, at } satisfies TextCaret);
    };
    const leave = () => provider.setAwarenessField('caret', null);
    const onInput = () => {
      const value = element.value;
      if (value === shown.current) return share();
      const edit = editBetween(shown.current, value, element.selectionEnd ?? value.length);
      doc.transact(() => {
        if (edit.removed) text.delete(edit.at, edit.removed);
        if (edit.inserted) text.insert(edit.at, edit.inserted);
      }, TYPED);
      shown.current = value;
      share();
    };
    const onScroll = () => redraw((n) => n + 1);
    element.addEventListener('input', onInput);
    for (const type of ['select', 'keyup', 'click', 'focus'] as const) element.addEventListener(type, share);
    element.addEventListener('blur', leave);
    element.addEventListener('scroll', onScroll);
    return () => {
      element.removeEventListener('input', onInput);
      for (const type of ['select', 'keyup', 'click', 'focus'] as const) element.removeEventListener(type, share);
      element.removeEventListener('blur', leave);
      element.removeEventListener('scroll', onScroll);
    };
  }, [doc, text, provider, field]);

  // The others' carets are placed after layout (measuring needs the input as drawn).
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const here = others.filter((other) => other.caret?.field === field);
    setCarets(
      here.flatMap((other) => {
        const at = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(other.caret!.at), doc);
        if (!at || at.type !== text) return [];
        return [{ ...other, position: caretPosition(element, Math.min(at.index, element.value.length)) }];
      }),
    );
  }, [others, field, doc, text, drawn]);

  const common = {
    ref,
    id,
    readOnly,
    placeholder,
    maxLength: TEXT_CEILING[field],
    spellCheck: true,
    'aria-invalid': invalid || undefined,
    'aria-describedby': `${id}-error`,
    className: cn(inputClass, className),
    ...rest,
  };
  return (
    <div className="relative">
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {carets.map((other) => (
        <span
          key={other.id}
          aria-hidden="true"
          data-testid={`${id}-caret`}
          className="collab-caret pointer-events-none absolute"
          style={{ left: other.position.left, top: other.position.top, height: other.position.height, borderColor: other.color }}
        >
          <span className="collab-caret-label" style={{ backgroundColor: other.color }}>
            {other.name}
          </span>
        </span>
      ))}
    </div>
  );
}
