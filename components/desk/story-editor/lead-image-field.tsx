'use client';

import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { LibraryPicker } from '@/components/editor/library-picker';
import { Button } from '@/components/ui/button';

/** The story's lead image: chosen from the media library, shown as a thumbnail, removable. */
export function LeadImageField({ value, onChange, errors }: { value: string; onChange: (id: string) => void; errors?: string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2" role="group" aria-labelledby="lead-image-label">
      <p id="lead-image-label" className="text-sm font-medium text-slate-800">
        Lead image
      </p>
      {value ? (
        // eslint-disable-next-line @next/next/no-img-element -- the desk shows the stored original
        <img src={`/media/${value}`} alt="The lead image" className="aspect-video w-full max-w-xs rounded object-cover" />
      ) : (
        <p className="text-sm text-slate-600">None: listings show the story without a picture.</p>
      )}
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Dialog.Root open={open} onOpenChange={setOpen}>
          <Dialog.Trigger asChild>
            <Button variant="secondary" size="sm">
              {value ? 'Change lead image' : 'Choose lead image'}
            </Button>
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
            <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[40rem] max-w-[95vw] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
              <Dialog.Title className="text-lg font-semibold">Choose lead image</Dialog.Title>
              <Dialog.Description className="mb-3 text-sm text-slate-600">From the media library (upload new pictures under Media).</Dialog.Description>
              <LibraryPicker
                chooseLabel="Use as lead image"
                onChoose={(image) => {
                  onChange(image.id);
                  setOpen(false);
                }}
              />
              <div className="mt-3 flex justify-end">
                <Dialog.Close asChild>
                  <Button variant="secondary">Cancel</Button>
                </Dialog.Close>
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
        {value ? (
          <Button variant="secondary" size="sm" onClick={() => onChange('')}>
            Remove lead image
          </Button>
        ) : null}
      </div>
    </div>
  );
}
