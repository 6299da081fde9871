// Runs once when a Next.js server starts: each instance listens for public changes
// announced by the others (or by the job runner) and expires its own cached pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL || !process.env.NEWSROOM_INTERNAL_TOKEN) return;
  // Machine drafts for Translate, when the newsroom has a LibreTranslate server.
  const { env } = await import('./lib/env');
  const { NEWSROOM_LIBRETRANSLATE_URL, NEWSROOM_LIBRETRANSLATE_KEY } = env();
  if (NEWSROOM_LIBRETRANSLATE_URL) {
    const [{ registerTranslationEngine }, { libreTranslateEngine }] = await Promise.all([
      import('./lib/translations/engine'),
      import('./lib/translations/libretranslate'),
    ]);
    registerTranslationEngine(libreTranslateEngine(NEWSROOM_LIBRETRANSLATE_URL, NEWSROOM_LIBRETRANSLATE_KEY));
  }
  // Wire documents are parsed on a worker thread; the first one starts now, not at the first ingest.
  (await import('./lib/wire/parse-pool')).warmParsePool();
  // Live entries and the breaking banner for readers' open pages (served by scripts/server.ts).
  const [{ startLiveStream }, { installLiveStream }] = await Promise.all([import('./lib/http/live-stream'), import('./lib/http/live-registry')]);
  installLiveStream(startLiveStream(process.env.DATABASE_URL));
  // Co-editing: the collaboration server, on the app's own port (scripts/server.ts passes it WebSocket upgrades).
  const [{ startCollabServer }, { installCollab }, { instanceId }] = await Promise.all([
    import('./lib/collab/server'),
    import('./lib/http/collab-registry'),
    import('./lib/cache/public-change'),
  ]);
  installCollab(startCollabServer({ connectionString: process.env.DATABASE_URL, instanceId: instanceId() }));
  const { listenForPublicChanges } = await import('./lib/cache/public-change');
  const host = !process.env.HOST || ['0.0.0.0', '::'].includes(process.env.HOST) ? '127.0.0.1' : process.env.HOST;
  const self = `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT ?? 3000}`;
  listenForPublicChanges(process.env.DATABASE_URL, (change) => {
    // Expiring needs a request context: the instance asks itself, like the start script does.
    const query = change.slug ? `?slug=${encodeURIComponent(change.slug)}` : '';
    fetch(`${self}/api/internal/revalidate${query}`, { method: 'POST', headers: { 'x-newsroom-token': process.env.NEWSROOM_INTERNAL_TOKEN! } }).catch(
      (error: Error) => console.error(`[cache] could not expire pages: ${error.message}`),
    );
  });
}
