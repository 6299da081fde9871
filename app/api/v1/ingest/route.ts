import { apiAccess } from '@/lib/apikeys/queries';
import { sourceForItem } from '@/lib/apikeys/sources';
import { WireError } from '@/lib/wire/errors';
import { ingestDocument } from '@/lib/wire/ingest';
import { MAX_DOCUMENT_BYTES } from '@/lib/wire/parse';
import { readLimited } from '@/lib/http/read-limited';
import { recordIngest } from '@/lib/ops/ingest-stats';

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * POST a wire document (ninjs, NewsML-G2, NITF, RSS or Atom) with an API key: its
 * text items land in the incoming desk. 413 when too large, 415 for a content type
 * that is no wire format, 400 with the reason for a malformed document. Items are
 * filed under the key's source, never the one the document declares (403 when the key
 * may not send copy for any source the document names).
 */
export async function POST(request: Request) {
  const access = await apiAccess(request.headers, 'INGEST');
  if (access.kind === 'anonymous') return json(401, { error: 'An API key is required: send Authorization: Bearer <key>.' });
  if (access.kind === 'refused') return json(access.status, { error: access.message });
  const { client } = access;
  const declared = Number(request.headers.get('content-length') ?? '0');
  const bytes = declared > MAX_DOCUMENT_BYTES ? null : await readLimited(request.body, MAX_DOCUMENT_BYTES);
  if (!bytes) {
    await recordIngest(client.name, [], 'document too large');
    return json(413, { error: `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.` });
  }
  try {
    const result = await ingestDocument(bytes, {
      contentType: request.headers.get('content-type') ?? '',
      sourceRule: (item) => sourceForItem(client, item.source),
    });
    await recordIngest(client.name, result.outcomes); // per source, for /metrics and the System page
    const count = (status: string) => result.outcomes.filter((o) => o.status === status).length;
    const refused = count('refused');
    if (refused && refused === result.outcomes.length) return json(403, { error: result.outcomes[0]!.reason, items: result.outcomes, skipped: result.skipped });
    return json(count('imported') ? 201 : 200, {
      format: result.format,
      imported: count('imported'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      refused,
      items: result.outcomes,
      skipped: result.skipped,
    });
  } catch (error) {
    await recordIngest(client.name, [], error instanceof WireError ? error.message : 'unexpected failure');
    if (error instanceof WireError) return json(error.status, { error: error.message });
    console.error('[ingest] unexpected failure:', error);
    return json(500, { error: 'The document could not be stored; the newsroom has logged why.' });
  }
}
