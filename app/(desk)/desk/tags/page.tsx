import Link from 'next/link';
import { SelectInput, TextInput } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { listTags } from '@/lib/tags/queries';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { TAG_KINDS } from '@/lib/enums';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Tags' };

type Kind = (typeof TAG_KINDS)[number];

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ q?: string; kind?: string; page?: string; deleted?: string }> }) {
  const viewer = await requireViewer('/desk/tags');
  const params = await searchParams;
  const kind = TAG_KINDS.find((k) => k === params.kind) as Kind | undefined;
  const { tags, total, page, pages } = await listTags(viewer, { query: params.q, kind, page: Number(params.page) || 1 });
  const query = (n: number) => `/desk/tags?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(kind ? { kind } : {}), page: String(n) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">Tags</h1>
        <nav aria-label="Taxonomy" className="flex gap-3 text-sm">
          <Link href="/desk/topics" className="text-brand underline">
            Topics
          </Link>
          <Link href="/desk/sections" className="text-brand underline">
            Sections
          </Link>
          {can(viewer, 'contributor.manage') ? (
            <Link href="/desk/contributors" className="text-brand underline">
              Contributors
            </Link>
          ) : null}
        </nav>
      </div>
      {params.deleted ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Tag deleted.
        </p>
      ) : null}
      <form role="search" aria-label="Search tags" className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          Search
          <TextInput id="tag-search" name="q" defaultValue={params.q} />
        </label>
        <label className="text-sm">
          Kind
          <SelectInput id="tag-kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">All kinds</option>
            {TAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {TAG_KIND_NAMES[k]}
              </option>
            ))}
          </SelectInput>
        </label>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <p className="text-sm text-slate-600">{total} tags</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase text-slate-600">
            <tr>
              <th className="px-3 py-2">Name</th>
              <th className="px-3 py-2">Kind</th>
              <th className="px-3 py-2">Code</th>
              <th className="px-3 py-2">Aliases</th>
              <th className="px-3 py-2">Stories</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tags.map((tag) => (
              <tr key={tag.id}>
                <td className="px-3 py-2">
                  <Link href={`/desk/tags/${tag.id}`} className="font-medium hover:text-brand hover:underline">
                    {tag.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{TAG_KIND_NAMES[tag.kind]}</td>
                <td className="px-3 py-2 text-slate-500">{tag.code ?? ''}</td>
                <td className="px-3 py-2">{tag._count.aliases}</td>
                <td className="px-3 py-2">{tag._count.stories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {page > 1 ? (
          <Link href={query(page - 1)} className="text-brand underline">
            Previous
          </Link>
        ) : (
          <span />
        )}
        <span>
          Page {page} of {pages}
        </span>
        {page < pages ? (
          <Link href={query(page + 1)} className="text-brand underline">
            Next
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
