import { createElement, type ReactNode } from 'react';
import type { TDocNode } from '@/lib/content/document';
import { toRenderTree, type RenderChild, type RenderOptions } from '@/lib/content/render-tree';

function toReact(child: RenderChild, key: number): ReactNode {
  if (typeof child === 'string') return child;
  const { class: className, ...attrs } = child.attrs;
  return createElement(child.tag, { key, className, ...attrs }, ...(child.children.length ? [child.children.map(toReact)] : []));
}

/** A story body on a public page: the shared render tree as React elements. */
export function StoryBody({ doc, ...options }: { doc: TDocNode } & RenderOptions) {
  return <div className="story-body">{toRenderTree(doc, options).map(toReact)}</div>;
}
