'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';

/** Use: makes (or opens) the draft from this wire item; a refusal is shown beside the button. */
export function UseWireButton({
  wireItemId,
  inUse,
  action,
}: {
  wireItemId: string;
  inUse: boolean;
  action: (formData: FormData) => Promise<ActionResult<unknown> | void>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex items-center gap-3"
      action={(formData) =>
        start(async () => {
          const result = await action(formData);
          if (result && !result.ok) setError(result.message);
        })
      }
    >
      <input type="hidden" name="wireItemId" value={wireItemId} />
      <Button type="submit" disabled={pending}>
        {inUse ? 'Open the draft' : 'Use'}
      </Button>
      <FormMessage state={error ? { ok: false, message: error } : null} />
    </form>
  );
}
