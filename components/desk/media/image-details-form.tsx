'use client';

import { useState, type MouseEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import { DayInput } from '../day-input';

export type ImageDetails = {
  id: string;
  src: string;
  caption: string;
  credit: string;
  altText: string;
  copyright: string;
  keywords: string;
  rightsExpireOn: string;
  focalX: number;
  focalY: number;
  width: number;
  height: number;
};
type Save = (input: Omit<ImageDetails, 'src' | 'width' | 'height'>) => Promise<ActionResult<{ refocused: boolean }>>;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** What the desk says about an image, and its focal point (click the picture; crops keep that point in view). */
export function ImageDetailsForm({ image, save }: { image: ImageDetails; save: Save }) {
  const [details, setDetails] = useState(image);
  const [result, setResult] = useState<ActionResult<{ refocused: boolean }> | null>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof ImageDetails>(key: K, value: ImageDetails[K]) => setDetails((d) => ({ ...d, [key]: value }));
  const errors = result && !result.ok ? result.fieldErrors : {};
  const pick = (event: MouseEvent<HTMLButtonElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    set('focalX', round(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width))));
    set('focalY', round(Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))));
  };
  return (
    <form
      className="grid gap-6 lg:grid-cols-2"
      aria-label="Image details"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        try {
          const { src: _src, width: _w, height: _h, ...input } = details;
          setResult(await save(input));
        } finally {
          setPending(false);
        }
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Focal point</legend>
        <button
          type="button"
          onClick={pick}
          aria-label="Focal point: click the picture where crops should centre"
          className="relative block w-full cursor-crosshair"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- the desk shows the stored original */}
          <img src={image.src} alt={details.altText} width={image.width} height={image.height} className="h-auto w-full rounded" />
          <span
            aria-hidden="true"
            className="absolute size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-red-600/70 shadow"
            style={{ left: `${details.focalX * 100}%`, top: `${details.focalY * 100}%` }}
          />
        </button>
        <div className="flex gap-3 text-sm">
          <label>
            Across (0–1)
            <input
              type="number"
              step="0.01"
              min="0"
              max="1"
              value={details.focalX}
              onChange={(e) => set('focalX', Number(e.target.value))}
              className="ml-1 w-20 rounded border border-slate-300 px-1"
            />
          </label>
          <label>
            Down (0–1)
            <input
              type="number"
              step="0.01"
              min="0"
              max="1"
              value={details.focalY}
              onChange={(e) => set('focalY', Number(e.target.value))}
              className="ml-1 w-20 rounded border border-slate-300 px-1"
            />
          </label>
        </div>
      </fieldset>
      <div className="space-y-3">
        <Field id="image-caption" label="Caption" errors={errors.caption}>
          <textarea
            id="image-caption"
            rows={3}
            className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            value={details.caption}
            onChange={(e) => set('caption', e.target.value)}
          />
        </Field>
        <Field id="image-credit" label="Credit" errors={errors.credit}>
          <TextInput id="image-credit" value={details.credit} onChange={(e) => set('credit', e.target.value)} />
        </Field>
        <Field
          id="image-alt"
          label="Alt text"
          errors={errors.altText}
          hint="What the picture shows, for readers who cannot see it. Required before a story using it is published."
        >
          <TextInput id="image-alt" value={details.altText} onChange={(e) => set('altText', e.target.value)} />
        </Field>
        <Field id="image-copyright" label="Copyright" errors={errors.copyright}>
          <TextInput id="image-copyright" value={details.copyright} onChange={(e) => set('copyright', e.target.value)} />
        </Field>
        <Field id="image-keywords" label="Keywords" errors={errors.keywords} hint="Comma-separated.">
          <TextInput id="image-keywords" value={details.keywords} onChange={(e) => set('keywords', e.target.value)} />
        </Field>
        <Field
          id="image-rights"
          label="Usage rights expire on"
          errors={errors.rightsExpireOn}
          hint="YYYY-MM-DD, newsroom time. After this day the image is taken off public pages."
        >
          <DayInput
            id="image-rights"
            value={details.rightsExpireOn}
            onChange={(e) => set('rightsExpireOn', e.target.value)}
            invalid={!!errors.rightsExpireOn}
          />
        </Field>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            Save image
          </Button>
          <FormMessage
            state={result && (result.ok ? { ok: true, message: result.data.refocused ? 'Image saved. New crops are being made.' : result.message } : result)}
          />
        </div>
      </div>
    </form>
  );
}
