import { Client } from 'pg';

/**
 * Listens on a PostgreSQL NOTIFY channel with its own connection, and reconnects with
 * backoff when PostgreSQL goes away; after a reconnect it calls `onReconnect`, since
 * what was announced while it was away was lost.
 */
export function listenOnChannel(
  connectionString: string,
  channel: string,
  handlers: { onPayload: (payload: string) => void; onReconnect: () => void },
  log: (line: string) => void = console.error,
) {
  let client: Client | null = null;
  let stopped = false;
  let delay = 250;
  let connectedBefore = false;
  let listening!: () => void;
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });

  const connect = async () => {
    if (stopped) return;
    const current = new Client({ connectionString });
    client = current;
    current.on('error', () => {}); // surfaced as 'end' below
    current.on('end', () => {
      if (stopped || client !== current) return;
      log(`[${channel}] lost the channel; reconnecting`);
      setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 10_000);
    });
    current.on('notification', (message) => {
      if (message.channel === channel && message.payload) handlers.onPayload(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${channel}`);
      delay = 250;
      if (connectedBefore) handlers.onReconnect();
      connectedBefore = true;
      listening();
    } catch (error) {
      log(`[${channel}] cannot listen (${(error as Error).message}); retrying`);
      current.removeAllListeners('end');
      await current.end().catch(() => {});
      setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 10_000);
    }
  };
  void connect();
  return {
    /** Resolves once the first LISTEN is in place. */
    ready,
    async stop() {
      stopped = true;
      await client?.end().catch(() => {});
    },
  };
}

/**
 * `listenOnChannel` for JSON messages: each payload parsed once; one that is not JSON
 * (nothing of ours sends it, but anyone who can connect may NOTIFY) is ignored.
 */
export function listenForJson<T>(
  connectionString: string,
  channel: string,
  handlers: { onMessage: (message: T) => void; onReconnect: () => void },
  log?: (line: string) => void,
) {
  return listenOnChannel(
    connectionString,
    channel,
    {
      onPayload: (payload) => {
        let message: T;
        try {
          message = JSON.parse(payload) as T;
        } catch {
          return;
        }
        handlers.onMessage(message);
      },
      onReconnect: handlers.onReconnect,
    },
    log,
  );
}
