import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TopicForm } from '@/components/desk/topic-form';
import { updateTopicAction } from '../actions';
import { readDoc } from '@/lib/content/document';
import { getTopic } from '@/lib/topics/queries';
import { languageName, otherLanguages } from '@/lib/stories/languages';
import { requireViewer } from '../../../require-viewer';

export const metadata = { title: 'Topic' };

export default async function TopicPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireViewer(`/desk/topics/${id}`, 'topic.manage');
  const topic = await getTopic(id);
  if (!topic) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/desk/topics" className="text-brand underline">
          All topics
        </Link>{' '}
        ·{' '}
        <Link href={`/topic/${topic.slug}`} className="text-brand underline">
          public page
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Topic</h1>
      <TopicForm
        topic={{
          id: topic.id,
          title: topic.title,
          background: readDoc(topic.background),
          titles: otherLanguages().map((code) => ({ code, language: languageName(code), title: topic.titles.find((t) => t.language === code)?.title ?? '' })),
        }}
        action={updateTopicAction}
      />
    </div>
  );
}
