import Link from 'next/link';
import { StoryList } from './story-list';

type Props = { basePath: string; page: number; hasMore: boolean; stories: Parameters<typeof StoryList>[0]['stories'] };

/** A list of published stories with newer/older page links. */
export function PagedStoryList({ basePath, page, hasMore, stories }: Props) {
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <>
      <StoryList stories={stories} />
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {page > 1 ? <Link href={href(page - 1)} className="text-brand underline">Newer stories</Link> : <span />}
        {hasMore ? <Link href={href(page + 1)} className="text-brand underline">Older stories</Link> : null}
      </nav>
    </>
  );
}

export const pageNumber = (value: string | undefined) => Math.max(1, Math.min(10_000, Number(value) || 1));
