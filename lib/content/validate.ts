import { AppError } from '@/lib/errors';
import { ZDocNode, type TDocNode } from './document';
import { isAllowedHref } from './extensions';
import { isAllowedImageSrc } from './figure';
import { normalizeBody } from './normalize-body';
import { bodySchema } from './schema';
import { cellCount, MAX_TABLE_CELLS } from './table-text';

const MAX_DEPTH = 20;
const MAX_CHILDREN = 10_000;
const MAX_TEXT = 200_000;

/** Why a document's shape is out of bounds (too deep, too many children, too long a text run), or null. */
function outOfBounds(node: TDocNode, level = 1): string | null {
  if (level > MAX_DEPTH) return 'The body is nested too deeply.';
  if ((node.text?.length ?? 0) > MAX_TEXT) return 'A paragraph of the body is too long.';
  if (node.type === 'table' && cellCount(node) > MAX_TABLE_CELLS) {
    return `A table has ${cellCount(node).toLocaleString('en')} cells; a table may have at most ${MAX_TABLE_CELLS.toLocaleString('en')}. Split it, or keep it as text.`;
  }
  const children = node.content ?? [];
  if (children.length > MAX_CHILDREN) return 'The body has too many parts.';
  for (const child of children) {
    const problem = outOfBounds(child, level + 1);
    if (problem) return problem;
  }
  return null;
}

function checkLinks(node: TDocNode) {
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
  node.content?.forEach(checkLinks);
}

/**
 * Checks a body sent by a client against the editor's own schema and returns the
 * normalised document. Anything the schema does not know, a malformed structure or
 * a disallowed link is refused with a message saying what was wrong.
 */
export function validateBody(raw: unknown, field = 'body'): TDocNode {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new AppError('INVALID_INPUT', 'The body could not be read.', { [field]: ['The body is not valid JSON.'] });
    }
  }
  const parsed = ZDocNode.safeParse(value);
  if (!parsed.success || parsed.data.type !== 'doc') {
    throw new AppError('INVALID_INPUT', 'The body could not be read.', { [field]: ['The body is not a document.'] });
  }
  return checkDocument(parsed.data, field);
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
    return node.toJSON() as TDocNode;
  } catch (error) {
    throw new AppError('INVALID_INPUT', 'The body contains content the editor does not allow.', {
      [field]: [(error as Error).message.slice(0, 200)],
    });
  }
}
