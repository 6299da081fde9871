import { createElement, type ReactNode } from 'react';
import type { TDocNode } from '@/lib/content/document';
import { toRenderTree, type RenderChild, type RenderOptions } from '@/lib/content/render-tree';

// HTML attribute names React spells differently.
const REACT_NAMES: Record<string, string> = { class: 'className', tabindex: 'tabIndex', colspan: 'colSpan', rowspan: 'rowSpan', srcset: 'srcSet', fetchpriority: 'fetchPriority' };

function toReact(child: RenderChild, key: number): ReactNode {
  if (typeof child === 'string') return child;
  const props = Object.fromEntries(Object.entries(child.attrs).map(([name, value]) => [REACT_NAMES[name] ?? name, value]));
  return createElement(child.tag, { key, ...props }, ...(child.children.length ? [child.children.map(toReact)] : []));
}

/** A story body on a public page: the shared render tree as React elements. */
export function StoryBody({ doc, ...options }: { doc: TDocNode } & RenderOptions) {
  return <div className="story-body">{toRenderTree(doc, options).map(toReact)}</div>;
}
