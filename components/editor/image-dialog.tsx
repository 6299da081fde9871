'use client';

import type { Editor } from '@tiptap/react';
import { ImagePlus } from 'lucide-react';
import { Toolbar } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { Field, TextInput } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { FIGURE_CROPS, isFigureCrop, type FigureCrop } from '@/lib/content/figure';
import { LibraryPicker, type LibraryImage } from './library-picker';

const CROP_LABELS: Record<FigureCrop, string> = { original: 'Original shape', '16x9': '16:9 (wide)', '1x1': '1:1 (square)' };

/**
 * Inserts an image with alt text, caption and credit: uploaded here (checked by content
 * on the server, then kept in the library), or chosen from the library ("Library" tab,
 * "Insert"; one without alt text asks for it first).
 */
export function ImageDialog({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<'upload' | 'library'>('upload');
  const [chosen, setChosen] = useState<LibraryImage | null>(null);

  const [crop, setCrop] = useState<FigureCrop>('original');
  const insert = (src: string, fields: { alt: string; caption: string; credit: string }) => {
    editor
      .chain()
      .focus()
      .setFigure({ src, ...fields, crop })
      .run();
    setOpen(false);
  };
  const fromLibrary = (image: LibraryImage) => {
    if (image.altText.trim()) return insert(image.src, { alt: image.altText.trim(), caption: image.caption, credit: image.credit });
    setChosen(image);
    setError('This image has no alt text yet: describe it below, then insert it.');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const alt = String(form.get('alt') ?? '').trim();
    if (chosen) {
      if (!alt) return setError('Describe the image in the alt text.');
      return insert(chosen.src, { alt, caption: String(form.get('caption') ?? '').trim(), credit: String(form.get('credit') ?? '').trim() });
    }
    if (tab === 'library') return setError('Choose an image from the library.');
    if (!(file instanceof File) || file.size === 0) return setError('Choose an image file.');
    if (!alt) return setError('Describe the image in the alt text.');
    setBusy(true);
    setError('');
    try {
      const upload = new FormData();
      upload.set('file', file);
      for (const name of ['alt', 'caption', 'credit']) upload.set(name, String(form.get(name) ?? ''));
      const response = await fetch('/api/assets', { method: 'POST', body: upload });
      const result = (await response.json()) as { ok: boolean; message?: string; data?: { src: string } };
      if (!result.ok || !result.data) return setError(result.message ?? 'The upload failed.');
      insert(result.data.src, { alt, caption: String(form.get('caption') ?? '').trim(), credit: String(form.get('credit') ?? '').trim() });
    } catch {
      setError('The upload failed: the server could not be reached.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError('');
        setChosen(null);
        setTab('upload');
        setCrop('original');
      }}
      trigger={
        <Toolbar.Button type="button" aria-label="Image" title="Image" className="rounded p-1.5 text-slate-700 hover:bg-slate-100">
          <ImagePlus className="size-4" />
        </Toolbar.Button>
      }
      title="Insert image"
      description="JPEG, PNG or WebP, up to 10 MB."
      submitLabel={busy ? 'Uploading…' : 'Insert image'}
      busy={busy}
      error={error}
      onSubmit={(event) => void submit(event)}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        editor.commands.focus();
      }}
    >
      <div role="tablist" aria-label="Image source" className="flex gap-2 border-b border-slate-200 text-sm">
        {(['upload', 'library'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            onClick={() => {
              setTab(name);
              setChosen(null);
              setError('');
            }}
            className={tab === name ? 'border-b-2 border-brand px-2 py-1 font-semibold' : 'px-2 py-1 text-slate-600'}
          >
            {name === 'upload' ? 'Upload' : 'Library'}
          </button>
        ))}
      </div>
      {tab === 'upload' ? (
        <Field id="image-file" label="Image file">
          <input id="image-file" name="file" type="file" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm" />
        </Field>
      ) : chosen ? (
        // eslint-disable-next-line @next/next/no-img-element -- the desk shows the stored original
        <img src={chosen.src} alt="" className="max-h-40 rounded" />
      ) : (
        <LibraryPicker chooseLabel="Insert" onChoose={fromLibrary} />
      )}
      <Field id="image-crop" label="Crop">
        <select
          id="image-crop"
          value={crop}
          onChange={(e) => setCrop(isFigureCrop(e.target.value) ? e.target.value : 'original')}
          className="block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        >
          {FIGURE_CROPS.map((option) => (
            <option key={option} value={option}>
              {CROP_LABELS[option]}
            </option>
          ))}
        </select>
      </Field>
      {tab === 'upload' || chosen ? (
        <>
          <Field id="image-alt" label="Alt text">
            <TextInput id="image-alt" name="alt" key={chosen?.id ?? 'upload'} defaultValue={chosen?.altText ?? ''} />
          </Field>
          <Field id="image-caption" label="Caption">
            <TextInput id="image-caption" name="caption" key={`c-${chosen?.id ?? 'upload'}`} defaultValue={chosen?.caption ?? ''} />
          </Field>
          <Field id="image-credit" label="Credit">
            <TextInput id="image-credit" name="credit" key={`r-${chosen?.id ?? 'upload'}`} defaultValue={chosen?.credit ?? ''} />
          </Field>
        </>
      ) : null}
    </FormDialog>
  );
}
