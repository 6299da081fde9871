'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { Table as TableIcon } from 'lucide-react';
import { Toolbar } from 'radix-ui';
import { useState } from 'react';
import { Field, TextInput } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { cn } from '@/components/ui/cn';

const textButton = 'rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-40';

/** "Table": inserts a three-by-three table with a header row, the caret in its first cell. */
export function InsertTableButton({ editor }: { editor: Editor }) {
  return (
    <Toolbar.Button
      type="button"
      aria-label="Table"
      title="Table"
      onClick={() => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      className="rounded p-1.5 text-slate-700 hover:bg-slate-100"
    >
      <TableIcon className="size-4" />
    </Toolbar.Button>
  );
}

/**
 * The commands of the table the caret is in, as a second toolbar: rows, columns,
 * header row, merging, the caption, deleting. Shown only inside a table.
 */
export function TableTools({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const inTable = e.isActive('table');
      return {
        inTable,
        caption: inTable ? String(e.getAttributes('table').caption ?? '') : '',
        header: inTable && e.isActive('tableHeader'),
        canMerge: inTable && e.can().mergeCells(),
        canSplit: inTable && e.can().splitCell(),
        canDeleteRow: inTable && e.can().deleteRow(),
        canDeleteColumn: inTable && e.can().deleteColumn(),
      };
    },
  });
  const [captionOpen, setCaptionOpen] = useState(false);
  if (!state.inTable) return null;
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => command(editor.chain().focus()).run();
  const button = (label: string, onClick: () => void, disabled = false, pressed?: boolean) => (
    <Toolbar.Button
      key={label}
      type="button"
      className={cn(textButton, pressed && 'bg-slate-200')}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </Toolbar.Button>
  );
  return (
    <Toolbar.Root aria-label="Table" className="flex flex-wrap items-center gap-0.5 border-b border-slate-200 bg-slate-50 px-2 py-1">
      {button(
        'Add row above',
        run((c) => c.addRowBefore()),
      )}
      {button(
        'Add row below',
        run((c) => c.addRowAfter()),
      )}
      {button(
        'Delete row',
        run((c) => c.deleteRow()),
        !state.canDeleteRow,
      )}
      <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-300" />
      {button(
        'Add column before',
        run((c) => c.addColumnBefore()),
      )}
      {button(
        'Add column after',
        run((c) => c.addColumnAfter()),
      )}
      {button(
        'Delete column',
        run((c) => c.deleteColumn()),
        !state.canDeleteColumn,
      )}
      <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-300" />
      {button(
        'Header row',
        run((c) => c.toggleHeaderRow()),
        false,
        state.header,
      )}
      {button(
        'Merge cells',
        run((c) => c.mergeCells()),
        !state.canMerge,
      )}
      {button(
        'Split cell',
        run((c) => c.splitCell()),
        !state.canSplit,
      )}
      <FormDialog
        open={captionOpen}
        onOpenChange={setCaptionOpen}
        trigger={
          <Toolbar.Button type="button" className={textButton}>
            Table caption
          </Toolbar.Button>
        }
        title="Table caption"
        description="What the table shows; readers and screen readers get it as the table's name."
        submitLabel="Set caption"
        onSubmit={(event) => {
          const caption = String(new FormData(event.currentTarget).get('caption') ?? '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 300);
          editor.chain().focus().updateAttributes('table', { caption }).run();
          setCaptionOpen(false);
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          editor.commands.focus();
        }}
      >
        <Field id="table-caption" label="Caption">
          <TextInput id="table-caption" name="caption" defaultValue={state.caption} />
        </Field>
      </FormDialog>
      {button(
        'Delete table',
        run((c) => c.deleteTable()),
      )}
    </Toolbar.Root>
  );
}
