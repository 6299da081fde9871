import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

/** Cells hold paragraphs and lists: no nested tables, headings or figures inside a cell. */
const CELL_CONTENT = '(paragraph | bulletList | orderedList)+';
// Column widths belong to the source's layout (Excel's <col width>), not to the story.
const noWidths = { colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) } };

export const tableExtensions = [
  Table.extend({
    addAttributes() {
      return {
        ...this.parent?.(),
        caption: {
          default: '',
          parseHTML: (element: HTMLElement) => element.querySelector(':scope > caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          renderHTML: () => ({}),
        },
      };
    },
    // No node view: tiptap's TableView rewrites every column width on each change to the
    // table, so typing in a big table re-laid it all out at every key.
  }).configure({ resizable: false, allowTableNodeSelection: false, View: null }),
  TableRow,
  TableHeader.extend({
    content: CELL_CONTENT,
    addAttributes() {
      return { ...this.parent?.(), ...noWidths };
    },
  }),
  TableCell.extend({
    content: CELL_CONTENT,
    addAttributes() {
      return { ...this.parent?.(), ...noWidths };
    },
  }),
];
