export type SseFrame = { event: string; data: unknown; id?: string };

/** Reads a server-sent-events body to its end (or its abort), handing each named frame to `onFrame`. */
export async function readSseFrames(body: ReadableStream<Uint8Array>, onFrame: (frame: SseFrame) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const event = field('event');
        if (event) onFrame({ event, data: JSON.parse(field('data') ?? 'null'), id: field('id') });
      }
    }
  } catch {
    /* aborted */
  }
}
