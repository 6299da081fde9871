'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Fragment, Slice } from '@tiptap/pm/model';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { BODY_FIELD } from '@/lib/stories/shared-doc/fields';
import { bodyExtensions, sharedBodyExtensions } from '@/lib/content/extensions';
import type { TDocNode } from '@/lib/content/document';
import { normalizeMultiline } from '@/lib/text/normalize';
import { cn } from '@/components/ui/cn';
import { CommentHighlights } from './comment-highlights';
import { EditorToolbar } from './editor-toolbar';
import { pasteLostText, textLines, visibleText } from './paste/keep-text';
import { normalizePastedHtml } from './paste/normalize-html';
import { pasteEmbed } from './paste/paste-embed';
import { EmbedView } from './embed-view';
import { TableCaptionView } from './table-caption-view';
import { TableTools } from './table-tools';
import { SuggestChanges } from './suggest-changes';
import { BlockSuggestionSync } from './block-suggestion-sync';
import { SuggestingSwitch } from './suggesting-switch';

// The schema's extensions plus view-only ones (no nodes or marks of their own).
const editorExtensions = [...bodyExtensions, CommentHighlights, TableCaptionView, EmbedView];

/** The story's shared document, when several people may edit it at once. */
export type SharedBody = { doc: Y.Doc; provider: HocuspocusProvider; user: { id: string; name: string; color: string; role: string }; ready: boolean };

/** Another person's caret: a thin bar in their colour with their name above it. */
function renderCaret(user: Record<string, unknown>) {
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.style.borderColor = String(user.color);
  const label = document.createElement('span');
  label.className = 'collab-caret-label';
  label.style.backgroundColor = String(user.color);
  label.textContent = String(user.name);
  caret.append(label);
  return caret;
}

const KEPT_AS_TEXT = 'Part of what you pasted could not be kept with its formatting, so all of it was pasted as plain text: no words were lost.';

type Props = {
  labelId: string;
  initial: TDocNode;
  onChange: (doc: TDocNode, editor: Editor) => void;
  onReady?: (editor: Editor) => void;
  invalid?: boolean;
  errorId?: string;
  /** False for a story that may not change (killed, spiked): shown, not editable, no toolbar. */
  editable?: boolean;
  /** Bound to the story's shared document: its content comes from there, not from `initial`. */
  shared?: SharedBody;
  /** Suggesting mode for a shared body: whose suggestions it writes, and whether it starts on. */
  suggest?: { authorId: string; startOn: boolean };
};

/**
 * The story body: tiptap with the shared extension list, so typing and pasting can
 * only produce what the schema (and so the renderer) allows. A paste never loses
 * text: what cannot be kept as structure is pasted as text, and the editor says so.
 */
export function BodyEditor({ labelId, initial, onChange, onReady, invalid, errorId, editable = true, shared, suggest }: Props) {
  const [notice, setNotice] = useState('');
  const notices = useRef<string[]>([]);
  const canType = editable && (!shared || shared.ready);
  const editor = useEditor({
    extensions: shared
      ? [
          ...sharedBodyExtensions,
          CommentHighlights,
          TableCaptionView,
          EmbedView,
          Collaboration.configure({ document: shared.doc, field: BODY_FIELD }),
          CollaborationCaret.configure({ provider: shared.provider, user: shared.user, render: renderCaret }),
          BlockSuggestionSync,
          ...(suggest ? [SuggestChanges.configure({ ...suggest, onRefused: setNotice })] : []),
        ]
      : editorExtensions,
    ...(shared ? {} : { content: initial }),
    editable: canType,
    immediatelyRender: false,
    editorProps: {
      // The story's save bar floats over the top of the page: keep the caret clear of it.
      scrollThreshold: { top: 112, bottom: 48, left: 0, right: 0 },
      scrollMargin: { top: 112, bottom: 48, left: 0, right: 0 },
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        ...(editable ? {} : { 'aria-readonly': 'true' }),
        'aria-labelledby': labelId,
        ...(errorId ? { 'aria-describedby': errorId } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: cn('story-body min-h-[18rem] px-4 py-2 focus:outline-none'),
        spellcheck: 'true',
      },
      // Pasted copy is normalised like every other text on the way in (Word's U+000B
      // manual break, stray controls); the server normalises again on save.
      transformPastedHTML: (html) => {
        const normalized = normalizePastedHtml(html);
        notices.current = normalized.notices;
        return normalizeMultiline(normalized.html);
      },
      transformPastedText: (text) => normalizeMultiline(text),
      handlePaste: (view, event, slice) => {
        const html = event.clipboardData?.getData('text/html') ?? '';
        const said = notices.current;
        notices.current = [];
        if (pasteEmbed(view, event.clipboardData?.getData('text/plain') ?? '')) {
          setNotice('');
          return true;
        }
        if (!html || !pasteLostText(html, slice)) {
          setNotice(said.join(' '));
          return false;
        }
        const lines = textLines(normalizeMultiline(event.clipboardData?.getData('text/plain') || visibleText(html)));
        const { schema } = view.state;
        const paragraphs = lines.map((line) => schema.nodes.paragraph!.create(null, schema.text(line)));
        view.dispatch(view.state.tr.replaceSelection(new Slice(Fragment.from(paragraphs), 1, 1)).scrollIntoView());
        setNotice([...said, KEPT_AS_TEXT].join(' '));
        return true;
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as TDocNode, current),
  });

  useEffect(() => {
    if (editor && onReady) onReady(editor);
  }, [editor, onReady]);
  // A shared body opens for typing once it holds the story, and closes when the story may no longer change.
  useEffect(() => {
    if (editor && editor.isEditable !== canType) editor.setEditable(canType);
  }, [editor, canType]);

  return (
    <div className={cn('rounded-md border bg-white shadow-sm', invalid ? 'border-red-600' : 'border-slate-300')}>
      {editable && editor && suggest ? <SuggestingSwitch editor={editor} /> : null}
      {!editable ? null : editor ? <EditorToolbar editor={editor} /> : <div className="h-11 border-b border-slate-200" />}
      {editor && editable ? <TableTools editor={editor} /> : null}
      {shared && !shared.ready && editable ? (
        <p role="status" className="px-4 py-2 text-sm text-slate-600">
          Opening the shared text…
        </p>
      ) : null}
      <EditorContent editor={editor} />
      <p role="status" className={cn('px-4 text-sm text-amber-800', notice && 'border-t border-slate-200 bg-amber-50 py-2')}>
        {notice}
      </p>
    </div>
  );
}
