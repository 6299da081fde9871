import StarterKit from '@tiptap/starter-kit';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Document } from '@tiptap/extension-document';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import Link from '@tiptap/extension-link';
import type { AnyExtension } from '@tiptap/core';
import { normalizeLine } from '@/lib/text/normalize';
import { BlockSuggestions, blockSuggestionMarks } from './block-suggestions';
import { EmbedNode } from './embed-node';
import { suggestionMarkExtensions } from './suggestion-marks';
import { Figure } from './figure';
import { tableExtensions } from './table';

export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/**
 * THE link rule, for paste, the editor and the server alike: true for the only link
 * targets the newsroom allows (http, https and mailto), judged on the address as the
 * server stores it. The server normalises every attribute to one line first, so a
 * line break or tab inside an address (which a browser's URL parser would silently
 * drop: `htt⇥p://6⏎6.0…`) becomes a space here too, and such an address is refused
 * in the browser exactly as it would be on save.
 */
export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 2048) return false;
  try {
    const url = new URL(normalizeLine(href).trim());
    return LINK_PROTOCOLS.some((protocol) => url.protocol === `${protocol}:`);
  } catch {
    return false;
  }
}

/**
 * THE extension list: the editor and the schema check on save both use it, so what can
 * be typed is what can be stored. The renderer (`render-tree.ts`) maps every node and
 * mark of this schema to HTML, and a unit test fails when one has no mapping, so what
 * is stored is always shown.
 */
const starterKitOptions = {
  heading: { levels: [2, 3] as (2 | 3)[] },
  code: false,
  codeBlock: false,
  strike: false,
  underline: false,
  link: false,
  // Below, with suggestion marks allowed on their children (a block proposed whole, or its type).
  document: false,
  blockquote: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
} as const;

const bodyNodesAndMarks: AnyExtension[] = [
  ...[Document, Blockquote, BulletList, OrderedList, ListItem].map((node) => (node as typeof Document).extend({ marks: blockSuggestionMarks })),
  // Typing right after a link must not extend it (tiptap makes autolinks inclusive).
  Link.extend({ inclusive: () => false }).configure({
    openOnClick: false,
    autolink: true,
    protocols: [...LINK_PROTOCOLS],
    defaultProtocol: 'https',
    isAllowedUri: (url) => isAllowedHref(url),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  }),
  Figure,
  EmbedNode,
  ...tableExtensions,
  // A reviewer's proposed changes, kept in the text until someone accepts or rejects them.
  ...suggestionMarkExtensions,
  BlockSuggestions,
];

export const bodyExtensions: AnyExtension[] = [StarterKit.configure(starterKitOptions), ...bodyNodesAndMarks];

/** The same schema for an editor bound to a shared document: undo is the shared document's own (per person), not ProseMirror's. */
export const sharedBodyExtensions: AnyExtension[] = [StarterKit.configure({ ...starterKitOptions, undoRedo: false }), ...bodyNodesAndMarks];
