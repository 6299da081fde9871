import { AppError } from '@/lib/errors';
import { BLOCK_SUGGESTIONS_ATTR, containsSuggestions, parseBlockSuggestions, SUGGESTABLE_BLOCKS, withBlockAttrs } from './block-suggestions';
import { ZDocNode, type TDocNode } from './document';
import { embedOfAttrs } from './embeds';
import { isAllowedHref } from './extensions';
import { isAllowedImageSrc } from './figure';
import { MAX_ATTRIBUTE_DEPTH, nestsDeeperThan } from './json-depth';
import { normalizeBody } from './normalize-body';
import { bodySchema } from './schema';
import { cellCount, MAX_TABLE_CELLS } from './table-text';

const MAX_DEPTH = 20;
const MAX_CHILDREN = 10_000;
const MAX_TEXT = 200_000;

/** Nodes a body may have in all: far past any story, well short of what would hold the server up. */
const MAX_NODES = 200_000;

/**
 * Why a document's shape is out of bounds (too deep, too many parts, too long a text
 * run, a table too large), or null. Walks without recursion, so a body nested 20,000
 * deep is refused in bounded time instead of overflowing the stack. Works on anything
 * JSON: it runs before the document's schema is checked.
 */
function outOfBounds(root: unknown): string | null {
  const stack: { node: unknown; level: number }[] = [{ node: root, level: 1 }];
  let seen = 0;
  while (stack.length) {
    const { node, level } = stack.pop()!;
    if (level > MAX_DEPTH) return `The body is nested too deeply: at most ${MAX_DEPTH} levels (quotes in quotes, lists in lists). Flatten it.`;
    if (++seen > MAX_NODES) return 'The body has too many parts. Split the story.';
    if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
    const current = node as Partial<TDocNode>;
    if (typeof current.text === 'string' && current.text.length > MAX_TEXT) return 'A paragraph of the body is too long.';
    if (nestsDeeperThan(current.attrs, MAX_ATTRIBUTE_DEPTH) || (Array.isArray(current.marks) && nestsDeeperThan(current.marks, MAX_ATTRIBUTE_DEPTH + 2)))
      return 'A part of the body carries settings nested too deeply.';
    if (current.type === 'table' && cellCount(current as TDocNode) > MAX_TABLE_CELLS) {
      return `A table has ${cellCount(current as TDocNode).toLocaleString('en')} cells; a table may have at most ${MAX_TABLE_CELLS.toLocaleString('en')}. Split it, or keep it as text.`;
    }
    if (!Array.isArray(current.content)) continue;
    if (current.content.length > MAX_CHILDREN) return 'The body has too many parts.';
    for (const child of current.content) stack.push({ node: child, level: level + 1 });
  }
  return null;
}

function checkLinks(root: TDocNode) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link' && !isAllowedHref(mark.attrs?.href)) {
        // The linked words, so the link can be found in a long story.
        const words = node.text ? ` (on “${node.text.replace(/\s+/g, ' ').trim().slice(0, 60)}”)` : '';
        throw new AppError('INVALID_INPUT', 'Links must start with http://, https:// or mailto:.', {
          body: [`This link is not allowed: ${String(mark.attrs?.href).slice(0, 80)}${words}`],
        });
      }
    }
    if (node.type === 'figure' && !isAllowedImageSrc(node.attrs?.src)) {
      throw new AppError('INVALID_INPUT', 'Images must be uploaded or come from an http(s) address.', { body: ['This image source is not allowed.'] });
    }
    const blockSuggestions = node.attrs?.[BLOCK_SUGGESTIONS_ATTR] ?? null;
    if (blockSuggestions !== null && (!SUGGESTABLE_BLOCKS.includes(node.type) || parseBlockSuggestions(blockSuggestions) === 'invalid')) {
      throw new AppError('INVALID_INPUT', 'A suggestion on a block is not in the shape the editor writes.', {
        body: ['A block carries a suggestion that is not named by its author and time.'],
      });
    }
    if (node.type === 'embed' && !embedOfAttrs(node.attrs)) {
      throw new AppError('INVALID_INPUT', 'An embed must be a post, video, map or chart from a provider the newsroom allows.', {
        body: [`This embed is not allowed: ${String(node.attrs?.url).slice(0, 80)}`],
      });
    }
    if (node.content) stack.push(...node.content);
  }
}

/**
 * Checks a body sent by a client against the editor's own schema and returns the
 * normalised document. Anything the schema does not know, a malformed structure or
 * a disallowed link is refused with a message saying what was wrong.
 */
export function validateBody(raw: unknown, field = 'body', options: { suggestions?: 'refuse' } = {}): TDocNode {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new AppError('INVALID_INPUT', 'The body could not be read.', { [field]: ['The body is not valid JSON.'] });
    }
  }
  // The shape first, without recursion: the schema's parser below recurses.
  const problem = outOfBounds(value);
  if (problem) throw new AppError('INVALID_INPUT', problem, { [field]: [problem] });
  const parsed = ZDocNode.safeParse(value);
  if (!parsed.success || parsed.data.type !== 'doc') {
    throw new AppError('INVALID_INPUT', 'The body could not be read.', { [field]: ['The body is not a document.'] });
  }
  const checked = checkDocument(parsed.data, field);
  // Only a story's text is reviewed by suggestion; anywhere else (a live entry, a topic's background) a suggestion would be published as sent.
  if (options.suggestions === 'refuse' && containsSuggestions(checked)) {
    throw new AppError('INVALID_INPUT', 'Only a story’s text can hold suggestions.', { [field]: ['Write the text as it should read, without suggestions.'] });
  }
  return checked;
}

/**
 * The checks of validateBody for a document already built in memory as a TDocNode (the
 * wire converter's output): depth, normalisation, links and the editor's schema, without
 * decoding it from untyped JSON first.
 */
export function checkDocument(doc: TDocNode, field = 'body'): TDocNode {
  const problem = outOfBounds(doc);
  if (problem) throw new AppError('INVALID_INPUT', problem, { [field]: [problem] });
  const normalized = normalizeBody(doc, field);
  checkLinks(normalized);
  try {
    const node = bodySchema().nodeFromJSON(normalized);
    node.check();
    return withBlockAttrs(node.toJSON() as TDocNode);
  } catch (error) {
    throw new AppError('INVALID_INPUT', 'The body contains content the editor does not allow.', {
      [field]: [(error as Error).message.slice(0, 200)],
    });
  }
}
