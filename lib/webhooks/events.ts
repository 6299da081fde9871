/** What a partner can be told about. Deliveries name one of these in `X-Newsroom-Event`. */
export const WEBHOOK_EVENTS = ['story.published', 'story.updated', 'story.killed', 'live.entry'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  'story.published': 'A story is published',
  'story.updated': 'A published story is updated',
  'story.killed': 'A story is killed',
  'live.entry': 'A live entry is published, corrected or deleted',
};

/** What a story event carries: enough to act on, and where the full item is (the ninjs API). */
export type StoryEventData = {
  storyId: string;
  slug: string;
  url: string;
  apiUrl: string;
  headline: string;
  priority: string;
  /** The wire version (raised by every update and by a kill). */
  version: number;
  /** 0 for the first publication, n for UPDATE n. */
  updateNumber: number;
  publishedAt: string;
  embargoUntil: string | null;
  killedAt: string | null;
};

export type LiveEntryEventData = {
  storyId: string;
  slug: string;
  url: string;
  entryId: string;
  change: 'published' | 'corrected' | 'deleted';
  publishedAt: string | null;
  keyEvent: boolean;
  text: string;
  /** The story's embargo, if it has one (the entry was held until then). */
  embargoUntil: string | null;
};
