import { formatPublicTime } from './time';

export type StoryVersion = { number: number; headline: string; publishedAt: Date };

/** When the story first went out and each numbered update since, for readers who ask ("Earlier versions"). */
export function UpdateChain({ firstPublishedAt, versions }: { firstPublishedAt: Date; versions: StoryVersion[] }) {
  const ordered = [...versions].sort((a, b) => b.number - a.number);
  return (
    <details className="no-print mt-2 text-sm text-slate-600">
      <summary className="cursor-pointer">Earlier versions</summary>
      <ol aria-label="Versions of this story" className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
        {ordered.map((version, index) => (
          <li key={version.number}>
            <strong>UPDATE {version.number}</strong> · <time dateTime={version.publishedAt.toISOString()}>{formatPublicTime(version.publishedAt)}</time>
            {index === 0 ? ' (this version)' : ''} · {version.headline}
          </li>
        ))}
        <li>
          First published · <time dateTime={firstPublishedAt.toISOString()}>{formatPublicTime(firstPublishedAt)}</time>
        </li>
      </ol>
    </details>
  );
}
