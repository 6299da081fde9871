'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { bodyExtensions } from '@/lib/content/extensions';
import type { TDocNode } from '@/lib/content/document';
import { normalizeMultiline } from '@/lib/text/normalize';
import { cn } from '@/components/ui/cn';
import { CommentHighlights } from './comment-highlights';
import { EditorToolbar } from './editor-toolbar';

// The schema's extensions plus view-only ones (no nodes or marks of their own).
const editorExtensions = [...bodyExtensions, CommentHighlights];

type Props = {
  labelId: string;
  initial: TDocNode;
  onChange: (doc: TDocNode, editor: Editor) => void;
  onReady?: (editor: Editor) => void;
  invalid?: boolean;
  errorId?: string;
};

/**
 * The story body: tiptap with the shared extension list, so typing and pasting can
 * only produce what the schema (and so the renderer) allows.
 */
export function BodyEditor({ labelId, initial, onChange, onReady, invalid, errorId }: Props) {
  const editor = useEditor({
    extensions: editorExtensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(errorId ? { 'aria-describedby': errorId } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: cn('story-body min-h-[18rem] px-4 py-2 focus:outline-none'),
        spellcheck: 'true',
      },
      // Pasted copy is normalised like every other text on the way in (Word's U+000B
      // manual break, stray controls); the server normalises again on save.
      transformPastedHTML: (html) => normalizeMultiline(html),
      transformPastedText: (text) => normalizeMultiline(text),
    },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as TDocNode, current),
  });

  useEffect(() => {
    if (editor && onReady) onReady(editor);
  }, [editor, onReady]);

  return (
    <div className={cn('rounded-md border bg-white shadow-sm', invalid ? 'border-red-600' : 'border-slate-300')}>
      {editor ? <EditorToolbar editor={editor} /> : <div className="h-11 border-b border-slate-200" />}
      <EditorContent editor={editor} />
    </div>
  );
}
