import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { FormTextField } from '@/components/ui/form-field';
import { contributorPath, listContributors } from '@/lib/bylines/queries';
import { requireViewer } from '../../require-viewer';
import { createContributorAction, updateContributorAction } from './actions';

export const metadata = { title: 'Contributors' };

export default async function ContributorsPage() {
  await requireViewer('/desk/contributors', 'contributor.manage');
  const contributors = await listContributors();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Contributors</h1>
      <p className="text-sm text-slate-600">
        People who write or photograph for the desk without a desk account (stringers, columnists, photographers). Each has a public page with their published
        stories and a feed; editors put them in a story&apos;s byline.
      </p>
      <section aria-labelledby="new-contributor" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-contributor" className="mb-2 font-semibold">
          New contributor
        </h2>
        <ActionForm action={createContributorAction} submitLabel="Add contributor" label="New contributor" resetOnSuccess className="space-y-2">
          <FormTextField name="name" label="Name" id="new-contributor-name" />
          <FormTextField name="slug" label="Address (leave empty to make it from the name)" id="new-contributor-slug" />
          <FormTextField name="bio" label="Short bio" id="new-contributor-bio" />
        </ActionForm>
      </section>
      {contributors.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Contributors">
          {contributors.map((contributor) => (
            <li key={contributor.id} className="px-4 py-3">
              <p className="mb-1 text-sm">
                <Link href={contributorPath(contributor.slug)} className="text-brand underline">
                  {contributorPath(contributor.slug)}
                </Link>
              </p>
              <ActionForm action={updateContributorAction} submitLabel={`Save ${contributor.name}`} variant="secondary" className="space-y-2">
                <input type="hidden" name="id" value={contributor.id} />
                <FormTextField name="name" label={`Name of ${contributor.name}`} defaultValue={contributor.name} id={`contributor-${contributor.id}-name`} />
                <FormTextField name="slug" label={`Address of ${contributor.name}`} defaultValue={contributor.slug} id={`contributor-${contributor.id}-slug`} />
                <FormTextField name="bio" label={`Bio of ${contributor.name}`} defaultValue={contributor.bio} id={`contributor-${contributor.id}-bio`} />
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No contributors yet.</p>
      )}
    </div>
  );
}
