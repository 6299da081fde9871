'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { Toolbar } from 'radix-ui';
import { Bold, Heading2, Heading3, Italic, List, ListOrdered, Minus, Pilcrow, Quote, Redo2, Undo2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { ImageDialog } from './image-dialog';
import { LinkPopover } from './link-popover';
import { InsertTableButton } from './table-tools';

function ToolButton({
  label,
  shortcut,
  active,
  disabled,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Toolbar.Button
      type="button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onClick={onClick}
      className={cn('rounded p-1.5 text-slate-700 hover:bg-slate-100 disabled:opacity-40', active && 'bg-slate-200 text-slate-900')}
    >
      {children}
    </Toolbar.Button>
  );
}

/** The body toolbar: every button named, toggles announce whether they are on. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const icon = 'size-4';
  return (
    <Toolbar.Root aria-label="Formatting" className="flex flex-wrap items-center gap-0.5 border-b border-slate-200 bg-slate-50 px-2 py-1">
      <ToolButton label="Bold" shortcut="Ctrl+B" active={state.bold} onClick={() => chain().toggleBold().run()}>
        <Bold className={icon} />
      </ToolButton>
      <ToolButton label="Italic" shortcut="Ctrl+I" active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <Italic className={icon} />
      </ToolButton>
      <LinkPopover editor={editor} />
      <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-300" />
      <ToolButton label="Paragraph" shortcut="Ctrl+Alt+0" active={state.paragraph} onClick={() => chain().setParagraph().run()}>
        <Pilcrow className={icon} />
      </ToolButton>
      <ToolButton label="Heading 2" shortcut="Ctrl+Alt+2" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        <Heading2 className={icon} />
      </ToolButton>
      <ToolButton label="Heading 3" shortcut="Ctrl+Alt+3" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        <Heading3 className={icon} />
      </ToolButton>
      <ToolButton label="Quote" shortcut="Ctrl+Shift+B" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
        <Quote className={icon} />
      </ToolButton>
      <ToolButton label="Bullet list" shortcut="Ctrl+Shift+8" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
        <List className={icon} />
      </ToolButton>
      <ToolButton label="Numbered list" shortcut="Ctrl+Shift+7" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
        <ListOrdered className={icon} />
      </ToolButton>
      <ToolButton label="Horizontal rule" onClick={() => chain().setHorizontalRule().run()}>
        <Minus className={icon} />
      </ToolButton>
      <ImageDialog editor={editor} />
      <InsertTableButton editor={editor} />
      <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-300" />
      <ToolButton label="Undo" shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        <Undo2 className={icon} />
      </ToolButton>
      <ToolButton label="Redo" shortcut="Ctrl+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        <Redo2 className={icon} />
      </ToolButton>
    </Toolbar.Root>
  );
}
