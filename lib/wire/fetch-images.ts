import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { maxUploadBytes, storeImage } from '@/lib/assets/mutations';
import { mediaPath } from '@/lib/assets/queries';
import { type TDocNode, readDoc } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { safeFetch } from '@/lib/http/safe-fetch';
import type { WireImage } from './types';

/** The job that copies a wire item's pictures into the newsroom's storage. */
export const FETCH_WIRE_IMAGES_TASK = 'fetch-wire-images';
const MAX_IMAGES = 12;

const ZPayload = z.object({ wireItemId: z.string().min(1).max(40) });
const isRemote = (src: unknown): src is string => typeof src === 'string' && /^https?:\/\//i.test(src);

function remoteFigures(node: TDocNode, into: Set<string>) {
  if (node.type === 'figure' && isRemote(node.attrs?.src)) into.add(node.attrs.src);
  node.content?.forEach((child) => remoteFigures(child, into));
  return into;
}

function replaceSources(node: TDocNode, local: Map<string, string>): TDocNode {
  const src = node.attrs?.src;
  const attrs = node.type === 'figure' && typeof src === 'string' && local.has(src) ? { ...node.attrs, src: local.get(src) } : node.attrs;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((c) => replaceSources(c, local)) } : {}) };
}

/**
 * Copies the pictures a wire item refers to (figures in its body, images in its
 * metadata) into the newsroom's storage, through the safe fetcher (no private
 * addresses, bounded size and time, checked to be images), and points the item at the
 * copies. The desk then never loads a third party's image: its policy allows only its
 * own. A picture that cannot be fetched stays a reference and is reported in the log.
 */
export async function fetchWireImages(payload: unknown, options: { allowPrivate?: boolean } = {}): Promise<{ fetched: number; failed: string[] }> {
  const { wireItemId } = ZPayload.parse(payload);
  const item = await prisma.wireItem.findUnique({ where: { id: wireItemId }, select: { body: true, meta: true } });
  if (!item) return { fetched: 0, failed: [] };
  const meta = (item.meta ?? {}) as { images?: (WireImage & { src?: string })[] };
  const wanted = [...remoteFigures(readDoc(item.body), new Set()), ...(meta.images ?? []).map((i) => i.href).filter(isRemote)];
  const local = new Map<string, string>();
  const failed: string[] = [];
  for (const href of [...new Set(wanted)].slice(0, MAX_IMAGES)) {
    try {
      const response = await safeFetch(href, { maxBytes: maxUploadBytes(), timeoutMs: 15_000, allowPrivate: options.allowPrivate });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      const asset = await storeImage(response.bytes, null);
      local.set(href, mediaPath(asset.id));
    } catch (error) {
      failed.push(`${href}: ${(error as Error).message}`);
    }
  }
  if (local.size) {
    const images = meta.images?.map((image) => (local.has(image.href) ? { ...image, src: local.get(image.href) } : image));
    await prisma.wireItem.update({
      where: { id: wireItemId },
      data: {
        body: replaceSources(readDoc(item.body), local) as unknown as Prisma.InputJsonObject,
        meta: { ...meta, ...(images ? { images } : {}) } as Prisma.InputJsonObject,
      },
    });
  }
  return { fetched: local.size, failed };
}

/** True when an item refers to pictures elsewhere (so a fetch job is worth queueing). */
export const hasRemoteImages = (body: TDocNode, images: WireImage[]) => images.some((i) => isRemote(i.href)) || remoteFigures(body, new Set()).size > 0;
