'use client';

import type { Editor } from '@tiptap/react';
import { ImagePlus } from 'lucide-react';
import { Toolbar } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { Field, TextInput } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';

/** Uploads an image (checked by content on the server) and inserts it with alt text, caption and credit. */
export function ImageDialog({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const alt = String(form.get('alt') ?? '').trim();
    if (!(file instanceof File) || file.size === 0) return setError('Choose an image file.');
    if (!alt) return setError('Describe the image in the alt text.');
    setBusy(true);
    setError('');
    try {
      const upload = new FormData();
      upload.set('file', file);
      const response = await fetch('/api/assets', { method: 'POST', body: upload });
      const result = (await response.json()) as { ok: boolean; message?: string; data?: { src: string } };
      if (!result.ok || !result.data) return setError(result.message ?? 'The upload failed.');
      editor.chain().focus().setFigure({ src: result.data.src, alt, caption: String(form.get('caption') ?? '').trim(), credit: String(form.get('credit') ?? '').trim() }).run();
      setOpen(false);
    } catch {
      setError('The upload failed: the server could not be reached.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={open} onOpenChange={(next) => { setOpen(next); setError(''); }}
      trigger={(
        <Toolbar.Button type="button" aria-label="Image" title="Image" className="rounded p-1.5 text-slate-700 hover:bg-slate-100">
          <ImagePlus className="size-4" />
        </Toolbar.Button>
      )}
      title="Insert image" description="JPEG, PNG or WebP, up to 10 MB." submitLabel={busy ? 'Uploading…' : 'Insert image'} busy={busy} error={error}
      onSubmit={(event) => void submit(event)} onCloseAutoFocus={(event) => { event.preventDefault(); editor.commands.focus(); }}
    >
      <Field id="image-file" label="Image file">
        <input id="image-file" name="file" type="file" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm" />
      </Field>
      <Field id="image-alt" label="Alt text"><TextInput id="image-alt" name="alt" /></Field>
      <Field id="image-caption" label="Caption"><TextInput id="image-caption" name="caption" /></Field>
      <Field id="image-credit" label="Credit"><TextInput id="image-credit" name="credit" /></Field>
    </FormDialog>
  );
}
