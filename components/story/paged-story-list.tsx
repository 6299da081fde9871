import Link from 'next/link';
import { readerMessages } from '@/lib/stories/reader-messages';
import { StoryList } from './story-list';

type Props = { language: string; basePath: string; page: number; hasMore: boolean; stories: Parameters<typeof StoryList>[0]['stories']; leadStory?: boolean };

/** Where page n of a listing lives: page 1 at the listing's own address ("/", "/ru", "/ru/tag/x"), then `/page/n`. */
export const pageHref = (basePath: string, n: number) => (n === 1 ? basePath : `${basePath === '/' ? '' : basePath}/page/${n}`);

/** A list of published stories with newer/older page links. */
export function PagedStoryList({ language, basePath, page, hasMore, stories, leadStory }: Props) {
  const t = readerMessages(language);
  return (
    <>
      <StoryList stories={stories} language={language} leadStory={leadStory} />
      <nav aria-label={t.pages} className="mt-6 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={pageHref(basePath, page - 1)} className="text-brand underline">
            {t.newerStories}
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={pageHref(basePath, page + 1)} className="text-brand underline">
            {t.olderStories}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

/** A page number from the address; anything else is no page at all. */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1;
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 10_000 ? n : null;
}
