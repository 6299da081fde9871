import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

type Callback = (error?: Error | null) => void;

/**
 * Holds back what a handler writes to `res` (status, headers, body) instead of sending
 * it, and hands the whole body to `done` once the handler ends the response; `res` is
 * left unsent with the status and headers set, and its own methods back in place. A
 * body beyond `limit` bytes is not held: what was collected goes out and the rest
 * streams through as the handler writes it (`done` is not called).
 */
export function collectResponse(res: ServerResponse, limit: number, done: (body: Buffer) => void) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks: Buffer[] = [];
  let size = 0;
  let streaming = false;
  const restore = () => Object.assign(res, original);
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
  const callbackOf = (args: unknown[]) => args.find((arg): arg is Callback => typeof arg === 'function');

  const startStreaming = () => {
    streaming = true;
    restore();
    for (const chunk of chunks) res.write(chunk);
    chunks.length = 0;
  };

  res.writeHead = function writeHead(status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | unknown[] | undefined;
    if (typeof rest[0] === 'string') res.statusMessage = rest[0];
    if (Array.isArray(headers)) {
      const flat = headers.flat() as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(flat[i]!, flat[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    return res;
  } as typeof res.writeHead;
  res.flushHeaders = () => {};
  res.write = function write(chunk: unknown, ...rest: unknown[]) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      const buffer = toBuffer(chunk, rest[0]);
      chunks.push(buffer);
      size += buffer.byteLength;
      if (size > limit) {
        startStreaming();
        callbackOf(rest)?.();
        return true;
      }
    }
    callbackOf(rest)?.();
    return true;
  } as typeof res.write;
  res.end = function end(chunk?: unknown, ...rest: unknown[]) {
    if (streaming) return original.end.call(res, chunk as never, ...(rest as [never]));
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
    restore();
    const callback = typeof chunk === 'function' ? (chunk as Callback) : callbackOf(rest);
    if (callback) res.once('finish', () => callback());
    done(Buffer.concat(chunks));
    return res;
  } as typeof res.end;
}
