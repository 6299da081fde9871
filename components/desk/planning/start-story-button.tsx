'use client';

import { ActionForm } from '@/components/ui/action-form';
import type { ActionResult } from '@/lib/action';

/** "Start story": makes the coverage's story with the planned fields and opens it. */
export function StartStoryButton({
  coverageId,
  slug,
  action,
}: {
  coverageId: string;
  slug: string;
  action: (input: FormData) => Promise<ActionResult<unknown>>;
}) {
  return (
    <ActionForm action={action} submitLabel="Start story" label={`Start the story of ${slug}`} className="inline-flex">
      <input type="hidden" name="id" value={coverageId} />
    </ActionForm>
  );
}
