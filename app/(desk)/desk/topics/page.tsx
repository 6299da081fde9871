import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { FormTextField } from '@/components/ui/form-field';
import { listTopicsWithCounts } from '@/lib/topics/queries';
import { requireViewer } from '../../require-viewer';
import { createTopicForm } from './actions';

export const metadata = { title: 'Topics' };

export default async function TopicsPage() {
  await requireViewer('/desk/topics');
  const topics = await listTopicsWithCounts();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/desk/tags" className="text-brand underline">
          Tags
        </Link>{' '}
        ·{' '}
        <Link href="/desk/sections" className="text-brand underline">
          Sections
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Topics</h1>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {topics.map((topic) => (
          <li key={topic.id} className="flex justify-between px-4 py-2 text-sm">
            <Link href={`/desk/topics/${topic.id}`} className="font-medium hover:text-brand hover:underline">
              {topic.title}
            </Link>
            <span className="text-slate-500">{topic._count.stories} stories</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-topic" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-topic" className="mb-2 font-semibold">
          New topic
        </h2>
        <ActionForm action={createTopicForm} submitLabel="Create topic" label="New topic">
          <FormTextField name="title" label="Title" />
        </ActionForm>
      </section>
    </div>
  );
}
