import { readerMessages } from '@/lib/stories/reader-messages';
import { formatPublicTime } from './time';

export type StoryVersion = { number: number; headline: string; publishedAt: Date };

/** When the story first went out and each numbered update since, for readers who ask ("Earlier versions"), in the site's language. */
export function UpdateChain({ firstPublishedAt, versions, language }: { firstPublishedAt: Date; versions: StoryVersion[]; language: string }) {
  const t = readerMessages(language);
  const ordered = [...versions].sort((a, b) => b.number - a.number);
  return (
    <details className="no-print mt-2 text-sm text-slate-600">
      <summary className="cursor-pointer">{t.earlierVersions}</summary>
      <ol aria-label={t.versionsOfStory} className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
        {ordered.map((version, index) => (
          <li key={version.number}>
            <strong>{t.update(version.number)}</strong> ·{' '}
            <time dateTime={version.publishedAt.toISOString()}>{formatPublicTime(version.publishedAt, language)}</time>
            {index === 0 ? t.thisVersion : ''} · {version.headline}
          </li>
        ))}
        <li>
          {t.firstPublished} · <time dateTime={firstPublishedAt.toISOString()}>{formatPublicTime(firstPublishedAt, language)}</time>
        </li>
      </ol>
    </details>
  );
}
