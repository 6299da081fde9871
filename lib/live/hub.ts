/** One reader's open stream: the site its page is on, the story it follows, and how to send it a frame. */
export type LiveReader = { site: string; story: string | null; send: (frame: string) => void };

/** An SSE frame. JSON never holds a raw line break, so `data` is one line. */
export function sseFrame(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The readers connected to this instance, by the live story they follow. A change is
 * serialised once and the same frame written to each of them.
 */
export class LiveHub {
  private readonly everyone = new Set<LiveReader>();
  private readonly byStory = new Map<string, Set<LiveReader>>();

  get size() {
    return this.everyone.size;
  }

  add(reader: LiveReader) {
    this.everyone.add(reader);
    if (reader.story) {
      let followers = this.byStory.get(reader.story);
      if (!followers) this.byStory.set(reader.story, (followers = new Set()));
      followers.add(reader);
    }
    return () => this.remove(reader);
  }

  remove(reader: LiveReader) {
    this.everyone.delete(reader);
    if (!reader.story) return;
    const followers = this.byStory.get(reader.story);
    followers?.delete(reader);
    if (followers?.size === 0) this.byStory.delete(reader.story);
  }

  /** Whether anyone here follows this story (its page is open). */
  follows(slug: string) {
    return this.byStory.has(slug);
  }

  /** The stories followed here. */
  stories() {
    return [...this.byStory.keys()];
  }

  toStory(slug: string, frame: string) {
    for (const reader of this.byStory.get(slug) ?? []) reader.send(frame);
  }

  /** The readers of one language's site (its breaking news). */
  toSite(site: string, frame: string) {
    for (const reader of this.everyone) if (reader.site === site) reader.send(frame);
  }

  toEveryone(frame: string) {
    for (const reader of this.everyone) reader.send(frame);
  }
}
