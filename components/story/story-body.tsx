import { createElement, type ReactNode } from 'react';
import type { TDocNode } from '@/lib/content/document';
import { toRenderTree, type RenderOptions } from '@/lib/content/render-tree';

// HTML attribute names React spells differently.
const REACT_NAMES: Record<string, string> = {
  class: 'className',
  tabindex: 'tabIndex',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  srcset: 'srcSet',
  fetchpriority: 'fetchPriority',
};

/** A tree of elements: the one renderer's, or the desk's diff built around it. */
export type TreeChild = string | { tag: string; attrs: Record<string, string>; children: TreeChild[] };

/** One node of such a tree as a React element. */
export function treeToReact(child: TreeChild, key: number): ReactNode {
  if (typeof child === 'string') return child;
  const props = Object.fromEntries(Object.entries(child.attrs).map(([name, value]) => [REACT_NAMES[name] ?? name, value]));
  return createElement(child.tag, { key, ...props }, ...(child.children.length ? [child.children.map(treeToReact)] : []));
}

/** A story body on a public page: the shared render tree as React elements. */
export function StoryBody({ doc, ...options }: { doc: TDocNode } & RenderOptions) {
  return <div className="story-body">{toRenderTree(doc, options).map(treeToReact)}</div>;
}
