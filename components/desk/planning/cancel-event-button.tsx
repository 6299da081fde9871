'use client';

import { ActionForm } from '@/components/ui/action-form';
import type { ActionResult } from '@/lib/action';

/** "Cancel event" (its open coverage is cancelled with it) or "Reinstate event". */
export function CancelEventButton({
  eventId,
  cancelled,
  action,
}: {
  eventId: string;
  cancelled: boolean;
  action: (input: FormData) => Promise<ActionResult<unknown>>;
}) {
  return (
    <ActionForm
      action={action}
      submitLabel={cancelled ? 'Reinstate event' : 'Cancel event'}
      variant={cancelled ? 'secondary' : 'danger'}
      className="inline-flex"
      confirm={cancelled ? undefined : 'Cancel this event? Its coverage that has no story yet is cancelled too.'}
    >
      <input type="hidden" name="id" value={eventId} />
      <input type="hidden" name="cancel" value={cancelled ? 'false' : 'true'} />
    </ActionForm>
  );
}
