'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';

type Create = (input: Record<string, never>) => Promise<ActionResult<{ id: string }>>;

/**
 * Makes the new story as soon as the page opens (a Server Action, so no prefetch ever
 * makes one) and moves to its own page, in place of this one in the history: Back goes
 * where the person came from, not to another new story.
 */
export function NewStory({ create }: { create: Create }) {
  const router = useRouter();
  const started = useRef(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    create({})
      .then((result) => {
        if (result.ok) router.replace(`/desk/stories/${result.data.id}`);
        else setFailed(result.message);
      })
      .catch(() => setFailed('The server could not be reached.'));
  }, [create, router, attempt]);

  if (!failed)
    return (
      <p role="status" className="text-slate-600">
        Starting a new story…
      </p>
    );
  return (
    <div className="space-y-3">
      <FormMessage state={{ ok: false, message: failed }} />
      <Button
        onClick={() => {
          started.current = false;
          setFailed(null);
          setAttempt((n) => n + 1);
        }}
      >
        Try again
      </Button>
    </div>
  );
}
