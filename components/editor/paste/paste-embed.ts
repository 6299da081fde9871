import type { EditorView } from '@tiptap/pm/view';
import { TextSelection } from '@tiptap/pm/state';
import { embedAttrs, parseEmbed } from '@/lib/content/embeds';

/**
 * A bare address from the embed allowlist pasted on a line of its own becomes an embed
 * (the caret goes to the line after it). Anything else, or an address pasted into a
 * line of text, is left to the ordinary paste, where it stays a link. True when handled.
 */
export function pasteEmbed(view: EditorView, plainText: string): boolean {
  const text = plainText.trim();
  if (!text || /\s/.test(text)) return false;
  const embed = parseEmbed(text);
  const { state } = view;
  const { $from, empty } = state.selection;
  const type = state.schema.nodes.embed;
  if (!embed || !type || !empty || $from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) return false;
  const node = type.create(embedAttrs(embed));
  const start = $from.before();
  const tr = state.tr.replaceWith(start, $from.after(), node);
  const after = start + node.nodeSize;
  if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, state.schema.nodes.paragraph!.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
  view.dispatch(tr);
  return true;
}
