/**
 * THE embed allowlist: which addresses become an embedded post, video, map or chart,
 * judged from the address alone (no network). Each provider knows its hosts, how to
 * read an id from a path, the one canonical address for that id and the player the
 * reader's page loads after a click. Anything else, a lookalike host, credentials or
 * a port in the address, a scheme other than http(s), is null: it stays a link.
 */
export const EMBED_PROVIDERS = [
  'youtube',
  'vimeo',
  'x',
  'telegram',
  'instagram',
  'facebook',
  'tiktok',
  'googlemaps',
  'openstreetmap',
  'datawrapper',
  'flourish',
] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export type Embed = { provider: EmbedProvider; id: string; url: string; player: string };

/** How each provider is named to readers ("Load YouTube content"). */
export const PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  x: 'X',
  telegram: 'Telegram',
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  googlemaps: 'Google Maps',
  openstreetmap: 'OpenStreetMap',
  datawrapper: 'Datawrapper',
  flourish: 'Flourish',
};

/** The hosts a player is loaded from (and may redirect within): the public page's frame-src. */
export const EMBED_FRAME_HOSTS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://platform.twitter.com',
  'https://t.me',
  'https://www.instagram.com',
  'https://www.facebook.com',
  'https://www.tiktok.com',
  'https://www.google.com',
  'https://www.openstreetmap.org',
  'https://datawrapper.dwcdn.net',
  'https://flo.uri.sh',
] as const;

export const MAX_EMBED_CAPTION = 500;
const MAX_URL = 2048;

type Reader = (url: URL, parts: string[]) => { id: string; url: string; player: string } | null;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^[0-9]{1,20}$/;
const HANDLE = /^[A-Za-z0-9_]{1,30}$/;
const CHANNEL = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const SHORTCODE = /^[A-Za-z0-9_-]{5,40}$/;
const FB_NAME = /^[A-Za-z0-9.]{1,80}$/;
const FB_POST = /^(?:[0-9]{1,25}|pfbid[A-Za-z0-9]{10,80})$/;
const TIKTOK_USER = /^@[A-Za-z0-9_.]{2,24}$/;
const DATAWRAPPER_ID = /^[A-Za-z0-9]{5}$/;
const COORDINATE = /^-?[0-9]{1,3}(?:\.[0-9]{1,8})?$/;
const ZOOM = /^[0-9]{1,2}(?:\.[0-9]{1,4})?$/;

function youtubeId(id: string | undefined | null) {
  return id && YOUTUBE_ID.test(id) ? { id, url: `https://www.youtube.com/watch?v=${id}`, player: `https://www.youtube-nocookie.com/embed/${id}` } : null;
}

function latLonZoom(lat: string, lon: string, zoom: string) {
  if (!COORDINATE.test(lat) || !COORDINATE.test(lon) || !ZOOM.test(zoom)) return null;
  const [la, lo, z] = [Number(lat), Number(lon), Math.round(Number(zoom))];
  if (Math.abs(la) > 90 || Math.abs(lo) > 180 || z < 0 || z > 21) return null;
  return { lat: la, lon: lo, zoom: z };
}

const READERS: Record<EmbedProvider, { hosts: string[]; read: Reader }> = {
  youtube: {
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'youtube-nocookie.com', 'www.youtube-nocookie.com'],
    read: (url, [first, second, ...rest]) => {
      if (url.hostname === 'youtu.be') return second === undefined ? youtubeId(first) : null;
      if (first === 'watch' && second === undefined) return youtubeId(url.searchParams.get('v'));
      if (['shorts', 'embed', 'live'].includes(first ?? '') && rest.length === 0) return youtubeId(second);
      return null;
    },
  },
  vimeo: {
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    read: (url, parts) => {
      const id = url.hostname === 'player.vimeo.com' ? (parts[0] === 'video' && parts.length === 2 ? parts[1] : null) : parts.length === 1 ? parts[0] : null;
      return id && DIGITS.test(id) ? { id, url: `https://vimeo.com/${id}`, player: `https://player.vimeo.com/video/${id}?dnt=1` } : null;
    },
  },
  x: {
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
    read: (_url, [user, status, id, ...rest]) => {
      if (!user || !HANDLE.test(user) || status !== 'status' || !id || !DIGITS.test(id) || rest.length) return null;
      return { id: `${user}/${id}`, url: `https://x.com/${user}/status/${id}`, player: `https://platform.twitter.com/embed/Tweet.html?dnt=true&id=${id}` };
    },
  },
  telegram: {
    hosts: ['t.me', 'telegram.me'],
    read: (_url, [channel, post, ...rest]) => {
      if (!channel || !CHANNEL.test(channel) || !post || !DIGITS.test(post) || rest.length) return null;
      return { id: `${channel}/${post}`, url: `https://t.me/${channel}/${post}`, player: `https://t.me/${channel}/${post}?embed=1` };
    },
  },
  instagram: {
    hosts: ['instagram.com', 'www.instagram.com'],
    read: (_url, [kind, code, ...rest]) => {
      if (!['p', 'reel', 'tv'].includes(kind ?? '') || !code || !SHORTCODE.test(code) || (rest.length && !(rest.length === 1 && rest[0] === 'embed')))
        return null;
      return { id: `${kind}/${code}`, url: `https://www.instagram.com/${kind}/${code}/`, player: `https://www.instagram.com/${kind}/${code}/embed/` };
    },
  },
  facebook: {
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com'],
    read: (url, [page, kind, post, ...rest]) => {
      let id: string | null = null;
      if (page === 'watch' && kind === undefined) id = DIGITS.test(url.searchParams.get('v') ?? '') ? `watch/${url.searchParams.get('v')}` : null;
      else if (page && FB_NAME.test(page) && (kind === 'posts' || kind === 'videos') && post && FB_POST.test(post) && !rest.length)
        id = `${page}/${kind}/${post}`;
      if (!id) return null;
      const canonical = id.startsWith('watch/') ? `https://www.facebook.com/watch/?v=${id.slice(6)}` : `https://www.facebook.com/${id}`;
      const plugin = id.startsWith('watch/') || kind === 'videos' ? 'video' : 'post';
      return { id, url: canonical, player: `https://www.facebook.com/plugins/${plugin}.php?href=${encodeURIComponent(canonical)}` };
    },
  },
  tiktok: {
    hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
    read: (_url, [user, video, id, ...rest]) => {
      if (!user || !TIKTOK_USER.test(user) || video !== 'video' || !id || !DIGITS.test(id) || rest.length) return null;
      return { id: `${user}/${id}`, url: `https://www.tiktok.com/${user}/video/${id}`, player: `https://www.tiktok.com/embed/v2/${id}` };
    },
  },
  googlemaps: {
    hosts: ['google.com', 'www.google.com', 'maps.google.com'],
    read: (url, parts) => {
      if (url.hostname !== 'maps.google.com' && parts[0] !== 'maps') return null;
      // The view is the `@lat,lon,zoomz` part of the path (`/maps/@…`, `/maps/place/Name/@…`).
      const view = parts.map((part) => /^@(-?[0-9.]+),(-?[0-9.]+),([0-9.]+)z$/.exec(part)).find(Boolean);
      const at = view ? latLonZoom(view[1]!, view[2]!, view[3]!) : null;
      if (!at) return null;
      const id = `${at.lat},${at.lon},${at.zoom}`;
      return { id, url: `https://www.google.com/maps/@${id}z`, player: `https://www.google.com/maps?q=${at.lat},${at.lon}&z=${at.zoom}&output=embed` };
    },
  },
  openstreetmap: {
    hosts: ['openstreetmap.org', 'www.openstreetmap.org'],
    read: (url) => {
      const view = /^#map=([0-9]{1,2})\/(-?[0-9.]+)\/(-?[0-9.]+)$/.exec(url.hash);
      const at = view ? latLonZoom(view[2]!, view[3]!, view[1]!) : null;
      if (!at) return null;
      const id = `${at.zoom}/${at.lat}/${at.lon}`;
      // The embed page takes a box, not a zoom: about the span of one screen at that zoom.
      const half = 180 / 2 ** at.zoom;
      const round = (n: number) => Number(n.toFixed(6));
      const box = [round(at.lon - half), round(Math.max(-90, at.lat - half / 2)), round(at.lon + half), round(Math.min(90, at.lat + half / 2))].join(',');
      return {
        id,
        url: `https://www.openstreetmap.org/#map=${id}`,
        player: `https://www.openstreetmap.org/export/embed.html?bbox=${box}&layer=mapnik&marker=${at.lat},${at.lon}`,
      };
    },
  },
  datawrapper: {
    hosts: ['datawrapper.dwcdn.net', 'www.datawrapper.de', 'datawrapper.de'],
    read: (url, parts) => {
      const id =
        url.hostname === 'datawrapper.dwcdn.net'
          ? parts.length <= 2 && (parts[1] === undefined || DIGITS.test(parts[1]))
            ? parts[0]
            : null
          : parts[0] === '_' && parts.length === 2
            ? parts[1]
            : null;
      return id && DATAWRAPPER_ID.test(id) ? { id, url: `https://datawrapper.dwcdn.net/${id}/`, player: `https://datawrapper.dwcdn.net/${id}/` } : null;
    },
  },
  flourish: {
    hosts: ['public.flourish.studio', 'flo.uri.sh'],
    read: (_url, [kind, id, ...rest]) => {
      if ((kind !== 'visualisation' && kind !== 'story') || !id || !DIGITS.test(id) || (rest.length && !(rest.length === 1 && rest[0] === 'embed')))
        return null;
      return { id: `${kind}/${id}`, url: `https://public.flourish.studio/${kind}/${id}/`, player: `https://flo.uri.sh/${kind}/${id}/embed` };
    },
  },
};

const BY_HOST = new Map<string, EmbedProvider>(EMBED_PROVIDERS.flatMap((provider) => READERS[provider].hosts.map((host) => [host, provider] as const)));

/** The embed an address names, or null when it is not on the allowlist. Never throws. */
export function parseEmbed(input: unknown): Embed | null {
  if (typeof input !== 'string' || input.length > MAX_URL) return null;
  const text = input.trim();
  // Only an address as typed: no spaces, controls or backslashes a browser would quietly mend.
  if (!/^https?:\/\/[^\s\\\u0000-\u001f\u007f]+$/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.port) return null;
  const provider = BY_HOST.get(url.hostname);
  if (!provider) return null;
  let parts: string[];
  try {
    parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const read = READERS[provider].read(url, parts);
  return read ? { provider, ...read } : null;
}

/** An embed node's attributes for an embed from the allowlist (pasted on the desk, read from HTML or from wire copy). */
export function embedAttrs(embed: Embed, caption = '') {
  return { provider: embed.provider, id: embed.id, url: embed.url, caption };
}

const isProvider = (value: unknown): value is EmbedProvider => (EMBED_PROVIDERS as readonly unknown[]).includes(value);

/**
 * The embed a stored node stands for, or null when its attributes do not hold one: its
 * address must re-parse through the allowlist to the provider and id it claims, so a
 * forged node cannot point a player anywhere else.
 */
export function embedOfAttrs(attrs: Record<string, unknown> | undefined | null): Embed | null {
  if (!attrs || !isProvider(attrs.provider) || typeof attrs.id !== 'string') return null;
  if (attrs.caption !== undefined && attrs.caption !== null && (typeof attrs.caption !== 'string' || attrs.caption.length > MAX_EMBED_CAPTION)) return null;
  const embed = parseEmbed(attrs.url);
  return embed && embed.provider === attrs.provider && embed.id === attrs.id ? embed : null;
}
