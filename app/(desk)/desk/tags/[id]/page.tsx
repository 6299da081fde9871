import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/ui/action-form';
import { FormTextField } from '@/components/ui/form-field';
import { TextInput } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { can } from '@/lib/auth/permissions';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { languageName, otherLanguages } from '@/lib/stories/languages';
import { getTag, searchTags } from '@/lib/tags/queries';
import { requireViewer } from '../../../require-viewer';
import { addAliasAction, removeAliasAction, updateTagAction } from '../actions';
import { deleteTagForm, mergeTagsForm } from '../form-actions';

export const metadata = { title: 'Tag' };

export default async function TagPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ merge?: string; merged?: string }>;
}) {
  const { id } = await params;
  const { merge, merged } = await searchParams;
  const viewer = await requireViewer(`/desk/tags/${id}`);
  const tag = await getTag(viewer, id);
  if (!tag) notFound();
  const isSubject = tag.kind === 'SUBJECT';
  const candidates = merge && can(viewer, 'tag.merge') ? (await searchTags(viewer, merge, { kinds: [tag.kind], limit: 8 })).filter((t) => t.id !== tag.id) : [];
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/desk/tags" className="text-brand underline">
          All tags
        </Link>
      </p>
      <div>
        <p className="text-sm font-semibold uppercase text-slate-500">
          {TAG_KIND_NAMES[tag.kind]}
          {tag.code ? ` · ${tag.code}` : ''}
        </p>
        <h1 className="text-2xl font-semibold">{tag.name}</h1>
        <p className="text-sm text-slate-600">
          Used by {tag._count.stories} stories ·{' '}
          <Link href={`/tag/${tag.slug}`} className="text-brand underline">
            public page
          </Link>
        </p>
      </div>
      {merged ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Tags merged: stories moved here and the old address redirects.
        </p>
      ) : null}

      <section aria-labelledby="details" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="details" className="mb-2 font-semibold">
          Details
        </h2>
        <ActionForm action={updateTagAction} submitLabel="Save tag" label="Tag details">
          <input type="hidden" name="id" value={tag.id} />
          {isSubject ? <input type="hidden" name="name" value={tag.name} /> : <FormTextField name="name" label="Name" defaultValue={tag.name} />}
          <FormTextField name="description" label="Description" defaultValue={tag.description} />
          {otherLanguages().map((code) => (
            <FormTextField
              key={code}
              name={`name_${code}`}
              label={`Name in ${languageName(code)}`}
              lang={code}
              defaultValue={tag.names.find((n) => n.language === code)?.name ?? ''}
            />
          ))}
        </ActionForm>
      </section>

      <section aria-labelledby="aliases" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="aliases" className="mb-2 font-semibold">
          Aliases
        </h2>
        <p className="mb-2 text-sm text-slate-600">Other spellings and languages; type-ahead and suggestions find the tag by these too.</p>
        <ul className="mb-3 space-y-1">
          {tag.aliases.map((alias) => (
            <li key={alias.id} className="flex items-center gap-3 text-sm">
              <span>{alias.name}</span>
              <ActionForm action={removeAliasAction} submitLabel={`Remove alias ${alias.name}`} variant="secondary" className="inline-flex">
                <input type="hidden" name="aliasId" value={alias.id} />
              </ActionForm>
            </li>
          ))}
          {tag.aliases.length === 0 ? <li className="text-sm text-slate-500">No aliases.</li> : null}
        </ul>
        <ActionForm action={addAliasAction} submitLabel="Add alias" label="Add alias" resetOnSuccess>
          <input type="hidden" name="tagId" value={tag.id} />
          <FormTextField name="name" label="New alias" id="new-alias" />
        </ActionForm>
      </section>

      {tag.impliedSubjects.length ? (
        <section aria-labelledby="implies" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="implies" className="mb-2 font-semibold">
            Implies subjects
          </h2>
          <ul className="text-sm">
            {tag.impliedSubjects.map(({ subject }) => (
              <li key={subject.id}>
                {subject.name} <span className="text-slate-500">{subject.code}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!isSubject && can(viewer, 'tag.merge') ? (
        <section aria-labelledby="merge" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="merge" className="mb-2 font-semibold">
            Merge into another tag
          </h2>
          <form role="search" aria-label="Find the tag to merge into" className="flex items-end gap-2">
            <label className="text-sm">
              Find a {TAG_KIND_NAMES[tag.kind].toLowerCase()}
              <TextInput id="merge-query" name="merge" defaultValue={merge} />
            </label>
            <Button type="submit" variant="secondary">
              Find
            </Button>
          </form>
          <ul className="mt-3 space-y-2">
            {candidates.map((candidate) => (
              <li key={candidate.id} className="flex items-center gap-3 text-sm">
                <span>{candidate.name}</span>
                <ActionForm
                  action={mergeTagsForm}
                  submitLabel={`Merge into ${candidate.name}`}
                  variant="danger"
                  className="inline-flex"
                  confirm={`Merge “${tag.name}” into “${candidate.name}”? Its stories move there and “${tag.name}” becomes an alias.`}
                >
                  <input type="hidden" name="sourceId" value={tag.id} />
                  <input type="hidden" name="targetId" value={candidate.id} />
                </ActionForm>
              </li>
            ))}
            {merge && candidates.length === 0 ? <li className="text-sm text-slate-500">No other {TAG_KIND_NAMES[tag.kind].toLowerCase()} matches.</li> : null}
          </ul>
        </section>
      ) : null}

      {!isSubject && can(viewer, 'tag.delete') ? (
        <section aria-labelledby="delete" className="rounded-lg border border-red-200 bg-white p-4">
          <h2 id="delete" className="mb-2 font-semibold">
            Delete
          </h2>
          <ActionForm action={deleteTagForm} submitLabel="Delete tag" variant="danger" confirm={`Delete “${tag.name}”?`}>
            <input type="hidden" name="id" value={tag.id} />
            <p className="text-sm text-slate-600">Only a tag no story uses can be deleted.</p>
          </ActionForm>
        </section>
      ) : null}
    </div>
  );
}
