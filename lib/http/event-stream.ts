const encoder = new TextEncoder();

/** What a stream's opener may do: send text (frames as written), or end it. */
export type EventChannel = { send: (text: string) => void; close: () => void };

/**
 * A Server-Sent Events response. `open` starts the stream's work and returns what stops it;
 * that runs once, whether the client goes, the server closes it, or the request aborts.
 * Every `heartbeat.everyMs` the stream asks `stillAllowed` (a session signed out, a role taken
 * away end it) and sends a comment that keeps proxies from closing it.
 */
export function eventStreamResponse(
  request: Request,
  open: (channel: EventChannel) => () => void,
  heartbeat: { everyMs: number; stillAllowed: () => Promise<boolean> },
): Response {
  let cleanup = () => {};
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close(); // the stream failed under us: stop its work
        }
      };
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          /* already closed by the client */
        }
      };
      const stop = open({ send, close });
      const timer = setInterval(() => {
        void heartbeat
          .stillAllowed()
          .catch(() => false)
          .then((allowed) => (allowed ? send(': ping\n\n') : close()));
      }, heartbeat.everyMs);
      cleanup = () => {
        clearInterval(timer);
        stop();
      };
      request.signal.addEventListener('abort', close);
    },
    // The client went: nothing more is sent (work in flight finds the stream closed).
    cancel() {
      if (closed) return;
      closed = true;
      cleanup();
    },
  });
  // no-transform: never compressed on the way (a compressor would hold the frames back).
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store, no-transform', 'x-accel-buffering': 'no' },
  });
}

export const textResponse = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
