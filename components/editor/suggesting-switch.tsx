'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { cn } from '@/components/ui/cn';
import { isSuggesting, setSuggesting } from './suggest-changes';

/** "Suggesting": on, this person's changes to the text are proposals the others accept or reject. */
export function SuggestingSwitch({ editor }: { editor: Editor }) {
  const on = useEditorState({ editor, selector: ({ editor: current }) => (current ? isSuggesting(current) : false) });
  return (
    <div className={cn('flex items-center justify-between gap-3 border-b px-3 py-1.5 text-sm', on ? 'border-green-200 bg-green-50' : 'border-slate-200')}>
      <span className={cn(on ? 'text-green-900' : 'text-slate-600')} id="suggesting-hint">
        {on ? 'Your changes are suggestions: the text stays as it is until they are accepted.' : 'Your changes go straight into the text.'}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby="suggesting-hint"
        title="Suggesting (Ctrl+Alt+Shift+X / ⌘+⌥+Shift+X)"
        onClick={() => {
          setSuggesting(editor, !on);
          editor.commands.focus();
        }}
        className="flex items-center gap-2 rounded px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-100"
      >
        <span aria-hidden className={cn('relative inline-block h-4 w-7 rounded-full transition-colors', on ? 'bg-green-700' : 'bg-slate-400')}>
          <span className={cn('absolute top-0.5 h-3 w-3 rounded-full bg-white transition-all', on ? 'left-3.5' : 'left-0.5')} />
        </span>
        Suggesting
      </button>
    </div>
  );
}
