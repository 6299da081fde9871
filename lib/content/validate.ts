import { AppError } from '@/lib/errors';
import { ZDocNode, type TDocNode } from './document';
import { isAllowedHref } from './extensions';
import { isAllowedImageSrc } from './figure';
import { normalizeBody } from './normalize-body';
import { bodySchema } from './schema';

const MAX_DEPTH = 20;

function depth(node: TDocNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth));
}

function checkLinks(node: TDocNode) {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && !isAllowedHref(mark.attrs?.href)) {
      throw new AppError('INVALID_INPUT', 'Links must start with http://, https:// or mailto:.', {
        body: [`This link is not allowed: ${String(mark.attrs?.href).slice(0, 80)}`],
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
  if (depth(parsed.data) > MAX_DEPTH) {
    throw new AppError('INVALID_INPUT', 'The body is nested too deeply.', { [field]: ['The body is nested too deeply.'] });
  }
  const normalized = normalizeBody(parsed.data, field);
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
