/** A feed, whatever format it is written in: text fields are plain text, `contentHtml` is the renderer's HTML. */
export type FeedDocument = {
  id: string;
  title: string;
  siteName: string;
  link: string;
  language: string;
  updated: Date;
  links: { rss: string; atom: string; json: string };
  entries: FeedEntry[];
};

export type FeedEntry = {
  id: string;
  link: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  categories: string[];
  author: string;
};

/** Plain text as HTML that shows exactly those characters. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
