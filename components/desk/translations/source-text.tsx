import Link from 'next/link';
import type { DiffPart } from '@/lib/stories/word-diff';
import type { SourceText } from '@/lib/translations/queries';
import { StatusBadge } from '../status-badge';
import { SourceWatch } from './source-watch';

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.change === 'added' ? (
          <ins key={i} className="bg-green-100 text-green-900">
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A translation's source, read-only beside the translator's text, paragraph by paragraph
 * and numbered as the translation's are; a paragraph changed after the translation was
 * made says so, with what changed.
 */
export function SourceTextPanel({ storyId, source, languageName }: { storyId: string; source: SourceText; languageName: string }) {
  return (
    <section role="region" aria-label="Source text" className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-3">
      <SourceWatch storyId={storyId} fingerprint={source.fingerprint} />
      <h2 className="text-base font-semibold">
        Source text <span className="text-sm font-normal text-slate-600">({languageName})</span>
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
        <Link href={`/desk/stories/${source.id}`} className="text-brand underline" lang={source.language}>
          {source.headline || '(no headline)'}
        </Link>
        <StatusBadge status={source.status} />
      </p>
      {source.machine ? (
        <p role="note" className={source.machine.drafted ? 'text-sm text-slate-700' : 'text-sm text-amber-900'}>
          {source.machine.drafted
            ? `Started from a machine draft by ${source.machine.engine}: check every line against the source.`
            : `${source.machine.engine} gave no draft: this translation started empty.`}
        </p>
      ) : null}
      {source.headlineBefore !== null ? (
        <p className="text-sm">
          <strong className="text-amber-900">Headline changed after translation:</strong>{' '}
          <span lang={source.language}>
            <del className="bg-red-100 text-red-900">{source.headlineBefore}</del> <ins className="bg-green-100 text-green-900">{source.headline}</ins>
          </span>
        </p>
      ) : null}
      {source.changed ? (
        <p className="text-sm text-amber-900">{source.changed === 1 ? '1 paragraph' : `${source.changed} paragraphs`} changed after translation.</p>
      ) : null}
      <ol className="max-h-[60vh] list-decimal space-y-2 overflow-y-auto pl-6 text-sm" aria-label="Source paragraphs">
        {source.paragraphs.map((paragraph, i) => (
          <li key={i} className={paragraph.change === 'same' ? '' : 'rounded border-l-4 border-amber-500 bg-amber-50 py-1 pl-2'}>
            {paragraph.change === 'same' ? (
              <span lang={source.language}>{paragraph.text}</span>
            ) : (
              <>
                <p className="text-xs font-semibold text-amber-900">
                  {paragraph.change === 'removed' ? 'Removed from the source after translation' : 'Source changed after translation'}
                </p>
                <p lang={source.language}>
                  <Diff parts={paragraph.diff} />
                </p>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
