'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Link2 } from 'lucide-react';
import { Popover, Toolbar } from 'radix-ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { inputClass } from '@/components/ui/field';
import { isAllowedHref } from '@/lib/content/extensions';

/** Where the selection is on screen: the popover opens there, by the words it links. */
function selectionRect(editor: Editor): DOMRect {
  const { from, to } = editor.state.selection;
  try {
    const start = editor.view.coordsAtPos(from);
    const end = editor.view.coordsAtPos(to);
    const left = Math.min(start.left, end.left);
    return new DOMRect(left, start.top, Math.max(1, Math.max(start.right, end.right) - left), Math.max(end.bottom, start.bottom) - start.top);
  } catch {
    return editor.view.dom.getBoundingClientRect();
  }
}

/** Adds, changes or removes the link on the selection (Ctrl+K opens it), in a popover at the selection. */
export function LinkPopover({ editor }: { editor: Editor }) {
  // A virtual anchor, measured whenever the popover places itself (scrolling included).
  const anchor = useMemo(() => ({ current: { getBoundingClientRect: () => selectionRect(editor) } }), [editor]);
  const [open, setOpen] = useState(false);
  const [href, setHref] = useState('');
  const [error, setError] = useState('');
  const active = useEditorState({ editor, selector: ({ editor: e }) => e.isActive('link') });

  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);

  const onOpenChange = (next: boolean) => {
    if (next) {
      setHref((editor.getAttributes('link').href as string | undefined) ?? '');
      setError('');
    }
    setOpen(next);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const value = href.trim();
    if (!isAllowedHref(value)) {
      setError('Links must start with http://, https:// or mailto:.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    setOpen(false);
  };

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Trigger asChild>
        <Toolbar.Button
          type="button"
          aria-label="Link"
          title="Link (Ctrl+K)"
          aria-pressed={active}
          className={cn('rounded p-1.5 text-slate-700 hover:bg-slate-100', active && 'bg-slate-200 text-slate-900')}
        >
          <Link2 className="size-4" />
        </Toolbar.Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="bottom"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            editor.commands.focus();
          }}
          className="z-50 w-80 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
          aria-label="Edit link"
        >
          <form onSubmit={apply} className="space-y-2">
            <label htmlFor="link-href" className="block text-sm font-medium">
              Link address
            </label>
            <input
              id="link-href"
              className={inputClass}
              value={href}
              onChange={(e) => setHref(e.target.value)}
              placeholder="https://"
              aria-invalid={!!error || undefined}
              aria-describedby="link-href-error"
              autoFocus
            />
            <p id="link-href-error" aria-live="polite" className="text-sm text-red-700">
              {error}
            </p>
            <div className="flex gap-2">
              <Button type="submit" size="sm">
                Apply link
              </Button>
              {active ? (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => {
                    editor.chain().focus().extendMarkRange('link').unsetLink().run();
                    setOpen(false);
                  }}
                >
                  Remove link
                </Button>
              ) : null}
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
