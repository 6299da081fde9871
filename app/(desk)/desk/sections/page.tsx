import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { FormTextField } from '@/components/ui/form-field';
import { listSectionsWithCounts } from '@/lib/sections/queries';
import { requireViewer } from '../../require-viewer';
import { createSectionAction, deleteSectionAction, moveSectionAction, renameSectionAction, setSectionHiddenAction } from './actions';

export const metadata = { title: 'Sections' };

export default async function SectionsPage() {
  await requireViewer('/desk/sections', 'section.manage');
  const sections = await listSectionsWithCounts();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/desk/tags" className="text-brand underline">
          Tags
        </Link>{' '}
        ·{' '}
        <Link href="/desk/topics" className="text-brand underline">
          Topics
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Sections</h1>
      <p className="text-sm text-slate-600">
        The order here is the order of the public navigation. A hidden section is off the public site (navigation, its page and feeds); its stories keep it.
        Deleting a section moves its stories to another one first.
      </p>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Sections in navigation order">
        {sections.map((section, index) => (
          <li key={section.id} className="flex flex-wrap items-end gap-3 px-4 py-3">
            <ActionForm action={renameSectionAction} submitLabel={`Rename ${section.name}`} variant="secondary" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="id" value={section.id} />
              <FormTextField name="name" label={`Name of section ${index + 1}`} defaultValue={section.name} id={`section-${section.id}`} />
            </ActionForm>
            {index > 0 ? (
              <ActionForm action={moveSectionAction} submitLabel={`Move ${section.name} up`} variant="secondary" className="inline-flex">
                <input type="hidden" name="id" value={section.id} />
                <input type="hidden" name="direction" value="up" />
              </ActionForm>
            ) : null}
            {index < sections.length - 1 ? (
              <ActionForm action={moveSectionAction} submitLabel={`Move ${section.name} down`} variant="secondary" className="inline-flex">
                <input type="hidden" name="id" value={section.id} />
                <input type="hidden" name="direction" value="down" />
              </ActionForm>
            ) : null}
            <span className="self-center text-xs text-slate-600">
              {section._count.stories} {section._count.stories === 1 ? 'story' : 'stories'}
              {section.hidden ? ' · hidden from readers' : ''}
            </span>
            <ActionForm
              action={setSectionHiddenAction}
              submitLabel={section.hidden ? `Show ${section.name}` : `Hide ${section.name}`}
              variant="secondary"
              className="inline-flex"
            >
              <input type="hidden" name="id" value={section.id} />
              <input type="hidden" name="hidden" value={section.hidden ? 'false' : 'true'} />
            </ActionForm>
            <ActionForm
              action={deleteSectionAction}
              submitLabel={`Delete ${section.name}`}
              variant="danger"
              className="flex flex-wrap items-end gap-2"
              confirm={`Delete the section “${section.name}”? Its stories move to the section you chose.`}
            >
              <input type="hidden" name="id" value={section.id} />
              <label className="text-xs font-medium text-slate-700">
                Move its stories to
                <select name="moveTo" className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm" defaultValue="">
                  <option value="">Choose a section</option>
                  {sections
                    .filter((other) => other.id !== section.id)
                    .map((other) => (
                      <option key={other.id} value={other.id}>
                        {other.name}
                      </option>
                    ))}
                </select>
              </label>
            </ActionForm>
          </li>
        ))}
      </ol>
      <section aria-labelledby="new-section" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-section" className="mb-2 font-semibold">
          New section
        </h2>
        <ActionForm action={createSectionAction} submitLabel="Add section" label="New section" resetOnSuccess>
          <FormTextField name="name" label="Name" id="new-section-name" />
        </ActionForm>
      </section>
    </div>
  );
}
