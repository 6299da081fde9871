/** What a partner can be told about. Deliveries name one of these in `X-Newsroom-Event`. */
export const WEBHOOK_EVENTS = ['story.published', 'story.updated', 'story.killed', 'live.entry', 'coverage.overdue', 'schedule.missed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  'story.published': 'A story is published',
  'story.updated': 'A published story is updated',
  'story.killed': 'A story is killed',
  'live.entry': 'A live entry is published, corrected or deleted',
  'coverage.overdue': 'A planned story is due in 15 minutes (or late) and not filed',
  'schedule.missed': 'A scheduled publication did not go out on time',
};

/** What a story event carries: enough to act on, and where the full item is (the ninjs API). */
export type StoryEventData = {
  storyId: string;
  slug: string;
  url: string;
  apiUrl: string;
  headline: string;
  priority: string;
  /** The story's language (BCP 47, as in the API); its published translations are at `translationsUrl`. */
  language: string;
  translationsUrl: string;
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

/**
 * A coverage due within 15 minutes (or already late) and not filed. Planning data only:
 * never the text of the story, which is unpublished by definition.
 */
export type CoverageOverdueEventData = {
  coverageId: string;
  /** The desk's keyword (RUSSIA-ARMENIA-TALKS), not a public address. */
  slug: string;
  status: string;
  language: string;
  priority: string;
  dueAt: string;
  /** True once the deadline has passed; false for the 15-minute warning. */
  late: boolean;
  desk: string | null;
  assignee: string | null;
  eventId: string | null;
  eventTitle: string | null;
  storyId: string | null;
  /** The coverage on the desk (signed-in users only). */
  deskUrl: string;
};

/** A scheduled story whose time passed and that is not out. Its headline and slug stay on the desk (it is unpublished). */
export type ScheduleMissedEventData = {
  storyId: string;
  scheduledAt: string;
  detectedAt: string;
  coverageId: string | null;
  coverageSlug: string | null;
  deskUrl: string;
};

/** What each event carries. */
export type WebhookEventData = StoryEventData | LiveEntryEventData | CoverageOverdueEventData | ScheduleMissedEventData;
