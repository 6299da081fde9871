import { listenForJson } from '@/lib/pg-channel';

/**
 * The desk's channel: triggers on Story announce, when their transaction commits, a
 * FLASH sent for review (migration 20261206300000_flash_signal) and a change to what a
 * translated story shows (20261207170000_source_signal). Each instance listens once, and
 * every open stream that follows it hears of it at once.
 */
export const DESK_CHANNEL = 'newsroom_desk';

/** An open desk stream: told of a new FLASH, of a change to a story that has translations, or to catch up after the channel was lost. */
export type DeskSubscriber = { flash?: () => void; source?: (storyId: string) => void; resync: () => void };

class DeskSignals {
  private readonly subscribers = new Set<DeskSubscriber>();
  private listener: ReturnType<typeof listenForJson> | null = null;

  subscribe(subscriber: DeskSubscriber): () => void {
    this.subscribers.add(subscriber);
    this.start();
    return () => void this.subscribers.delete(subscriber);
  }

  get size() {
    return this.subscribers.size;
  }

  private start() {
    if (this.listener || !process.env.DATABASE_URL) return;
    this.listener = listenForJson<{ kind?: unknown; storyId?: unknown } | null>(process.env.DATABASE_URL, DESK_CHANNEL, {
      onMessage: (message) => {
        const storyId = typeof message?.storyId === 'string' ? message.storyId : null;
        for (const subscriber of this.subscribers) {
          if (message?.kind === 'flash') subscriber.flash?.();
          else if (message?.kind === 'source' && storyId) subscriber.source?.(storyId);
        }
      },
      // Signals sent while the channel was down are lost: every stream asks for what it missed.
      onReconnect: () => this.resyncAll(),
    });
    // So are signals sent before the first LISTEN was in place: the first streams ask too.
    void this.listener.ready.then(() => this.resyncAll());
  }

  private resyncAll() {
    for (const subscriber of this.subscribers) subscriber.resync();
  }

  async stop() {
    await this.listener?.stop();
    this.listener = null;
  }
}

// One per process (Next bundles modules more than once).
const shared = globalThis as { __newsroomDeskSignals?: DeskSignals };
export function deskSignals(): DeskSignals {
  shared.__newsroomDeskSignals ??= new DeskSignals();
  return shared.__newsroomDeskSignals;
}
