import type { IncomingMessage, ServerResponse } from 'node:http';
import { PUBLIC_CHANGE_CHANNEL, type PublicChange } from '@/lib/cache/public-change';
import { LiveHub, sseFrame } from '@/lib/live/hub';
import { currentBreaking, entryChangesSince, liveStoryForReaders, publicEntry } from '@/lib/live/queries';
import { entrySummary, renderEntryHtml, type PublicEntry } from '@/lib/live/render';
import { LIVE_CHANNEL, type LiveSignal } from '@/lib/live/signal';
import { listenForJson } from '@/lib/pg-channel';
import { readerStoryState } from '@/lib/stories/reader-state';
import { mainLanguage, newsroomLanguages } from '@/lib/stories/languages';
import { siteOf, storyPath } from '@/lib/stories/public-paths';
import { ZSLUG } from '@/lib/text/slug';

const HEARTBEAT_MS = 20_000;
/** A reader this far behind (a stalled connection) is dropped; its browser reconnects and catches up. */
const MAX_BUFFERED_BYTES = 256 * 1024;
const MAX_READERS = 20_000;

/** What the page's script gets for one entry: its HTML (the one renderer, in the words of the story's site) and what the key-events list needs. */
export function entryEvent(entry: PublicEntry, language: string) {
  return {
    id: entry.id,
    html: renderEntryHtml(entry, language),
    pinned: entry.pinned,
    keyEvent: entry.keyEvent,
    summary: entrySummary(entry),
    publishedAt: entry.publishedAt.toISOString(),
  };
}

/**
 * Live updates for readers on this instance: one LISTEN on the live channel, a hub of
 * open streams, and the handler for LIVE_EVENTS_PATH. A signal is read from the
 * database once per instance, whatever the number of readers.
 */
export function startLiveStream(connectionString: string, log: (line: string) => void = console.error) {
  const hub = new LiveHub();
  // Each site's banner, read once per change whatever the number of its readers.
  const breakingFrames = new Map<string, Promise<string>>();
  const breaking = (site: string) => {
    const known = breakingFrames.get(site);
    if (known) return known;
    const frame = currentBreaking(site)
      .then((flash) =>
        sseFrame(
          'breaking',
          flash
            ? {
                storyId: flash.storyId,
                headline: flash.headline,
                url: storyPath(flash.slug, flash.language),
                until: flash.until.toISOString(),
              }
            : null,
        ),
      )
      .catch((error: Error) => {
        if (breakingFrames.get(site) === frame) breakingFrames.delete(site);
        log(`[live] breaking news unavailable: ${error.message}`);
        return '';
      });
    breakingFrames.set(site, frame);
    return frame;
  };
  // A frame read before a later change is sent only while it is still the latest: a newer read
  // goes to every reader of the site, those who connected meanwhile included.
  const isLatest = (site: string, read: Promise<string>) => breakingFrames.get(site) === read;
  const refreshBreaking = async () => {
    breakingFrames.clear();
    await Promise.all(
      newsroomLanguages().map(async (site) => {
        const read = breaking(site);
        const frame = await read;
        if (frame && isLatest(site, read)) hub.toSite(site, frame);
      }),
    );
  };

  const onSignal = async (signal: LiveSignal) => {
    if (signal.kind === 'breaking') return refreshBreaking();
    if (signal.kind === 'ended') return hub.toStory(signal.slug, sseFrame('ended', { storyId: signal.storyId }));
    const found = await publicEntry(signal.entryId);
    if (!found?.visible) return;
    const id = found.updatedAt.getTime();
    hub.toStory(
      signal.slug,
      found.entry ? sseFrame('entry', entryEvent(found.entry, siteOf(found.language)), id) : sseFrame('entry-removed', { id: signal.entryId }, id),
    );
  };
  const listener = listenForJson<LiveSignal>(
    connectionString,
    LIVE_CHANNEL,
    {
      onMessage: (signal) => void onSignal(signal).catch((error: Error) => log(`[live] could not pass on a change: ${error.message}`)),
      // Signals were lost while away: readers' browsers catch up by reconnecting with their last event id.
      onReconnect: () => void refreshBreaking(),
    },
    log,
  );
  // An open story page is told when its story is updated, corrected or withdrawn: every
  // such change is announced on the public-change channel (by this instance too).
  const storyChanged = async (slug: string) => {
    if (!hub.follows(slug)) return;
    const state = await readerStoryState(slug);
    if (state) hub.toStory(slug, sseFrame('story', state));
  };
  const changes = listenForJson<PublicChange>(
    connectionString,
    PUBLIC_CHANGE_CHANNEL,
    {
      onMessage: (change) => {
        if (change.slug) storyChanged(change.slug).catch((error: Error) => log(`[live] could not pass on a story change: ${error.message}`));
      },
      // Changes made while away were lost: tell every open story page where its story stands.
      onReconnect: () => {
        for (const slug of hub.stories()) void storyChanged(slug).catch(() => {});
      },
    },
    log,
  );
  const heartbeat = setInterval(() => hub.toEveryone(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();

  async function serve(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' }).end('Use GET.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const slug = url.searchParams.get('story');
    // The site the page is on (its breaking news); any other value reads as the main site.
    const asked = url.searchParams.get('site');
    const site = newsroomLanguages().find((language) => language === asked) ?? mainLanguage();
    if (slug !== null && !ZSLUG.test(slug)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('That is not a story.');
      return;
    }
    if (hub.size >= MAX_READERS) {
      res.writeHead(503, { 'retry-after': '30', 'content-type': 'text/plain; charset=utf-8' }).end('Too many readers right now.');
      return;
    }
    const lastEventId = Number(req.headers['last-event-id'] ?? url.searchParams.get('since') ?? '');
    const since = Number.isFinite(lastEventId) && lastEventId > 0 ? new Date(lastEventId) : null;
    // Any story readers may see (or one withdrawn since its page was opened) is followed; a live one also gets its entries.
    const state = slug ? await readerStoryState(slug) : null;
    const story = slug && state?.state === 'published' ? await liveStoryForReaders(slug) : null;
    if (res.destroyed) return;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    const reader = {
      site,
      story: state ? slug : null,
      send: (frame: string) => {
        if (res.writableLength > MAX_BUFFERED_BYTES) return void res.destroy();
        res.write(frame);
      },
    };
    // Registered before catching up, so nothing published meanwhile falls between the two (the page replaces an entry it already has).
    const leave = hub.add(reader);
    res.on('close', leave);
    reader.send('retry: 3000\n\n');
    const read = breaking(site);
    const banner = await read;
    if (banner && isLatest(site, read)) reader.send(banner);
    // Where the story stands now: a page served from a cache a little old learns of a newer version at once.
    if (state) reader.send(sseFrame('story', state));
    if (!story) return;
    if (since) {
      const changes = await entryChangesSince(story.storyId, since);
      for (const entry of changes.shown) reader.send(sseFrame('entry', entryEvent(entry, siteOf(story.language)), entry.updatedAt.getTime()));
      for (const removed of changes.removed) reader.send(sseFrame('entry-removed', { id: removed.id }, removed.updatedAt.getTime()));
    }
    if (story.liveEndedAt) reader.send(sseFrame('ended', { storyId: story.storyId }));
  }

  return {
    serve,
    hub,
    ready: Promise.all([listener.ready, changes.ready]).then(() => {}),
    async stop() {
      clearInterval(heartbeat);
      await Promise.all([listener.stop(), changes.stop()]);
    },
  };
}
