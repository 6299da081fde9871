import { diffArrays } from 'diff';
import type { TDocNode } from '@/lib/content/document';
import { toRenderTree, type AllowedTag } from '@/lib/content/render-tree';
import { canonicalJson } from './content';
import { regions, tokens, words } from './word-diff';

/**
 * A rich diff of two story bodies, as the desk shows it: the stored documents compared
 * block by block (paragraphs, headings, lists, tables row by row and cell by cell,
 * figures), a changed block compared word by word with its bold, italics and links
 * kept, and long runs of unchanged blocks folded. Every piece of stored content is
 * drawn by the one allowlisting renderer (lib/content/render-tree.ts); the diff only
 * adds its own marks around what the renderer made: `ins`, `del`, and a `details`
 * element per folded run.
 */
export type DiffTag = AllowedTag | 'ins' | 'del' | 'details' | 'summary';
export type DiffElement = { tag: DiffTag; attrs: Record<string, string>; children: DiffChild[] };
export type DiffChild = DiffElement | string;

export type BodyDiff = { tree: DiffChild[]; changed: number; added: number; removed: number };

type Step =
  | { kind: 'same'; node: TDocNode }
  | { kind: 'added'; node: TDocNode }
  | { kind: 'removed'; node: TDocNode }
  | { kind: 'changed'; before: TDocNode; after: TDocNode };

const TEXTBLOCKS = new Set(['paragraph', 'heading']);
const CONTAINERS = new Set(['bulletList', 'orderedList', 'listItem', 'blockquote', 'tableCell', 'tableHeader']);
/** Below this share of unchanged letters, a paragraph reads as replaced, not edited. */
const SIMILAR = 0.3;
/** Unchanged blocks shown around a change; a longer run between changes is folded. */
const CONTEXT = 1;
const FOLD_AT = 3;

const keyOf = (node: TDocNode) => canonicalJson(node);
const el = (tag: DiffTag, children: DiffChild[] = [], attrs: Record<string, string> = {}): DiffElement => ({ tag, attrs, children });
/** One node through the one renderer. */
const render = (node: TDocNode): DiffChild[] => toRenderTree({ type: 'doc', content: [node] });

/** The text of a block and how much of it two versions share, for deciding "edited" or "replaced". */
function similarity(before: TDocNode, after: TDocNode): number {
  const a = inlineTokens(before);
  const b = inlineTokens(after);
  const total = Math.max(
    1,
    a.reduce((n, t) => n + t.text.length, 0),
    b.reduce((n, t) => n + t.text.length, 0),
  );
  let same = 0;
  for (const region of regions(
    a.map((t) => t.key),
    b.map((t) => t.key),
  ))
    if (region.same) same += b.slice(...region.after).reduce((n, t) => n + t.text.length, 0);
  return same / total;
}

/** Two lists of blocks as steps: unchanged, added, removed, and pairs of the same kind of block changed. */
export function diffBlocks(before: TDocNode[], after: TDocNode[]): Step[] {
  const steps: Step[] = [];
  let a = 0;
  let b = 0;
  let removed: TDocNode[] = [];
  let added: TDocNode[] = [];
  const flush = () => {
    // A removed run followed by an added one: pair blocks of one kind in order (an edit), the rest stay removed and added.
    const pairs = Math.min(removed.length, added.length);
    const out: Step[] = [];
    const extraRemoved: TDocNode[] = [];
    const extraAdded: TDocNode[] = [];
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const was = removed[i];
      const now = added[i];
      // As many blocks gone as came: each is an edit of the one in its place. Otherwise a paragraph
      // counts as edited only when it keeps enough of its words (the rest were replaced).
      const oneForOne = removed.length === added.length;
      if (i < pairs && was!.type === now!.type && (oneForOne || !TEXTBLOCKS.has(now!.type) || similarity(was!, now!) >= SIMILAR)) {
        out.push(
          ...extraRemoved.splice(0).map((node) => ({ kind: 'removed' as const, node })),
          ...extraAdded.splice(0).map((node) => ({ kind: 'added' as const, node })),
        );
        out.push({ kind: 'changed', before: was!, after: now! });
      } else {
        if (was) extraRemoved.push(was);
        if (now) extraAdded.push(now);
      }
    }
    out.push(...extraRemoved.map((node) => ({ kind: 'removed' as const, node })), ...extraAdded.map((node) => ({ kind: 'added' as const, node })));
    steps.push(...out);
    removed = [];
    added = [];
  };
  for (const part of diffArrays(before.map(keyOf), after.map(keyOf))) {
    const count = part.value.length;
    if (part.removed) removed.push(...before.slice(a, (a += count)));
    else if (part.added) added.push(...after.slice(b, (b += count)));
    else {
      flush();
      for (let i = 0; i < count; i++) steps.push({ kind: 'same', node: after[b + i]! });
      a += count;
      b += count;
    }
  }
  flush();
  return steps;
}

type InlineToken = { text: string; key: string; node: TDocNode };

/** A text block's inline content as words, spaces and signs, each with its marks (a hard break is a token of its own). */
function inlineTokens(block: TDocNode): InlineToken[] {
  return (block.content ?? []).flatMap((inline) => {
    if (inline.type !== 'text') return [{ text: '\n', key: `\n\u0000${inline.type}`, node: inline }];
    const marks = canonicalJson(inline.marks ?? []);
    return tokens(inline.text ?? '').map((text) => ({ text, key: `${text}\u0000${marks}`, node: { ...inline, text } }));
  });
}

/** Adjacent text tokens with the same marks joined again, so a link stays one link. */
function joinInline(nodes: TDocNode[]): TDocNode[] {
  const out: TDocNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text' && canonicalJson(last.marks ?? []) === canonicalJson(node.marks ?? []))
      out[out.length - 1] = { ...last, text: `${last.text}${node.text}` };
    else out.push(node);
  }
  return out;
}

/** Inline content through the renderer (marks and all), without its paragraph. */
function renderInline(nodes: TDocNode[]): DiffChild[] {
  const [p] = toRenderTree({ type: 'doc', content: [{ type: 'paragraph', content: joinInline(nodes) }] });
  return p && typeof p !== 'string' ? p.children : [];
}

/** A changed paragraph or heading: the new version's element, its words marked where they changed. */
function renderTextblockChange(before: TDocNode, after: TDocNode): DiffChild[] {
  const a = inlineTokens(before);
  const b = inlineTokens(after);
  const children: DiffChild[] = [];
  for (const region of regions(
    a.map((t) => t.key),
    b.map((t) => t.key),
  )) {
    const was = a.slice(...region.before).map((t) => t.node);
    const now = b.slice(...region.after).map((t) => t.node);
    if (region.same) children.push(...renderInline(now));
    else {
      if (was.length) children.push(el('del', renderInline(was)));
      if (now.length) children.push(el('ins', renderInline(now)));
    }
  }
  const [shell] = render({ ...after, content: [] });
  return shell && typeof shell !== 'string' ? [{ ...shell, attrs: withClass(shell.attrs, 'diff-changed'), children }] : children;
}

const withClass = (attrs: Record<string, string>, name: string) => ({ ...attrs, class: attrs.class ? `${attrs.class} ${name}` : name });

/** A whole block added or removed: marked as such (inside a list item or a cell, its content is wrapped, never the item). */
function renderWhole(node: TDocNode, kind: 'added' | 'removed'): DiffChild[] {
  const mark = kind === 'added' ? 'ins' : 'del';
  return render(node).map((child) => {
    if (typeof child === 'string') return el(mark, [child]);
    if (child.tag === 'li' || child.tag === 'tr' || child.tag === 'td' || child.tag === 'th')
      return { ...child, attrs: withClass(child.attrs, `diff-${kind}`), children: [el(mark, child.children)] };
    return el(mark, [child], { class: `diff-block diff-${kind}` });
  });
}

/** A changed figure: the same picture with its caption compared, or the old one struck and the new one added. */
function renderFigureChange(before: TDocNode, after: TDocNode): DiffChild[] {
  if (before.attrs?.src !== after.attrs?.src) return [...renderWhole(before, 'removed'), ...renderWhole(after, 'added')];
  const caption = (node: TDocNode) =>
    [node.attrs?.caption, node.attrs?.credit ? `Photo: ${String(node.attrs.credit)}` : ''].filter((v) => typeof v === 'string' && v).join(' ');
  const figure = render(after).find((c): c is DiffElement => typeof c !== 'string');
  if (!figure) return [];
  const children = figure.children.filter((c) => typeof c === 'string' || c.tag !== 'figcaption');
  const words = textChange(caption(before), caption(after));
  const alt =
    before.attrs?.alt !== after.attrs?.alt
      ? [el('p', ['Alt text: ', ...textChange(String(before.attrs?.alt ?? ''), String(after.attrs?.alt ?? ''))], { class: 'diff-note' })]
      : [];
  return [{ ...figure, attrs: withClass(figure.attrs, 'diff-changed'), children: [...children, el('figcaption', words), ...alt] }];
}

/** Plain text compared word by word. */
function textChange(before: string, after: string): DiffChild[] {
  return words(before, after).map((part) =>
    part.change === 'added' ? el('ins', [part.text]) : part.change === 'removed' ? el('del', [part.text]) : part.text,
  );
}

/** A changed table: rows compared (and the cells of a changed row); its caption word by word. */
function renderTableChange(before: TDocNode, after: TDocNode): DiffChild[] {
  const rows = diffBlocks(before.content ?? [], after.content ?? []);
  // The table as drawn by the renderer, from the rows in the order they are shown (removed ones too).
  const shown = rows.map((step) => (step.kind === 'changed' ? step.after : step.node));
  const [region] = render({ ...after, content: shown });
  if (!region || typeof region === 'string') return [];
  const drawn: DiffElement[] = [];
  const collect = (node: DiffElement) => node.children.forEach((c) => typeof c !== 'string' && (c.tag === 'tr' ? drawn.push(c) : collect(c)));
  collect(region);
  rows.forEach((step, index) => {
    const tr = drawn[index];
    if (!tr || step.kind === 'same') return;
    if (step.kind === 'added' || step.kind === 'removed') {
      const mark = step.kind === 'added' ? 'ins' : 'del';
      tr.attrs = withClass(tr.attrs, `diff-${step.kind}`);
      for (const cell of tr.children) if (typeof cell !== 'string') cell.children = [el(mark, cell.children)];
      return;
    }
    const wasCells = step.before.content ?? [];
    const nowCells = step.after.content ?? [];
    if (wasCells.length !== nowCells.length) {
      tr.attrs = withClass(tr.attrs, 'diff-changed');
      return;
    }
    tr.children.forEach((cell, c) => {
      if (typeof cell === 'string' || keyOf(wasCells[c]!) === keyOf(nowCells[c]!)) return;
      const inner = renderSteps(diffBlocks(wasCells[c]!.content ?? [], nowCells[c]!.content ?? []));
      const lone = inner.length === 1 && typeof inner[0] !== 'string' && inner[0]!.tag === 'p' ? inner[0]!.children : inner;
      cell.attrs = withClass(cell.attrs, 'diff-changed');
      cell.children = lone;
    });
  });
  const was = typeof before.attrs?.caption === 'string' ? before.attrs.caption.trim() : '';
  const now = typeof after.attrs?.caption === 'string' ? after.attrs.caption.trim() : '';
  if (was !== now) {
    const table = region.children.find((c): c is DiffElement => typeof c !== 'string' && c.tag === 'table');
    if (table) table.children = [el('caption', textChange(was, now)), ...table.children.filter((c) => typeof c === 'string' || c.tag !== 'caption')];
  }
  return [{ ...region, attrs: withClass(region.attrs, 'diff-changed') }];
}

function renderChange(before: TDocNode, after: TDocNode): DiffChild[] {
  if (TEXTBLOCKS.has(after.type)) return renderTextblockChange(before, after);
  if (after.type === 'figure') return renderFigureChange(before, after);
  if (after.type === 'table') return renderTableChange(before, after);
  if (CONTAINERS.has(after.type)) {
    const [shell] = render({ ...after, content: [] });
    if (shell && typeof shell !== 'string') return [{ ...shell, children: renderSteps(diffBlocks(before.content ?? [], after.content ?? [])) }];
  }
  return [...renderWhole(before, 'removed'), ...renderWhole(after, 'added')];
}

function renderStep(step: Step): DiffChild[] {
  if (step.kind === 'same') return render(step.node);
  if (step.kind === 'changed') return renderChange(step.before, step.after);
  return renderWhole(step.node, step.kind);
}

const renderSteps = (steps: Step[]): DiffChild[] => steps.flatMap(renderStep);

/** What a folded run holds, in words: "4 unchanged paragraphs", "3 unchanged parts". */
function foldLabel(nodes: TDocNode[]): string {
  const all = (type: string) => nodes.every((n) => n.type === type);
  const noun = all('paragraph') ? 'paragraph' : all('table') ? 'table' : 'part';
  return `${nodes.length} unchanged ${noun}${nodes.length === 1 ? '' : 's'}`;
}

/** The two bodies' rich diff, with unchanged runs longer than a few blocks folded (a block of context kept either side). */
export function diffBodies(before: TDocNode, after: TDocNode): BodyDiff {
  const steps = diffBlocks(before.content ?? [], after.content ?? []);
  const tree: DiffChild[] = [];
  const counts = { changed: 0, added: 0, removed: 0 };
  for (let i = 0; i < steps.length;) {
    const step = steps[i]!;
    if (step.kind !== 'same') {
      counts[step.kind] += 1;
      tree.push(...renderStep(step));
      i += 1;
      continue;
    }
    let end = i;
    while (end < steps.length && steps[end]!.kind === 'same') end += 1;
    const run = steps.slice(i, end).map((s) => (s as { node: TDocNode }).node);
    const keepBefore = i === 0 ? 0 : CONTEXT;
    const keepAfter = end === steps.length ? 0 : CONTEXT;
    if (run.length - keepBefore - keepAfter >= FOLD_AT) {
      const folded = run.slice(keepBefore, run.length - keepAfter);
      tree.push(...run.slice(0, keepBefore).flatMap(render));
      tree.push(el('details', [el('summary', [foldLabel(folded)]), ...folded.flatMap(render)], { class: 'diff-unchanged' }));
      tree.push(...run.slice(run.length - keepAfter).flatMap(render));
    } else {
      tree.push(...run.flatMap(render));
    }
    i = end;
  }
  return { tree, ...counts };
}
