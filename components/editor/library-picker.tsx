'use client';

import { useEffect, useState } from 'react';

export type LibraryImage = {
  id: string;
  src: string;
  caption: string;
  credit: string;
  altText: string;
  width: number | null;
  height: number | null;
  status: string;
};

/** Searches the media library (GET /api/assets) and offers each image with one button. */
export function LibraryPicker({ chooseLabel, onChoose }: { chooseLabel: string; onChoose: (image: LibraryImage) => void }) {
  const [query, setQuery] = useState('');
  const [images, setImages] = useState<LibraryImage[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetch(`/api/assets?${new URLSearchParams({ q: query })}`, { signal: controller.signal })
        .then((r) => r.json() as Promise<{ ok: boolean; data?: LibraryImage[]; message?: string }>)
        .then((result) => {
          setImages(result.data ?? []);
          setError(result.ok ? '' : (result.message ?? 'The library could not be searched.'));
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError('The library could not be reached.');
        });
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query]);
  return (
    <div className="space-y-2">
      <label className="block text-sm font-medium text-slate-800">
        Search images
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Caption, credit, keyword"
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </label>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {images === null ? (
        <p className="text-sm text-slate-600">Loading…</p>
      ) : images.length === 0 ? (
        <p className="text-sm text-slate-600">No images match.</p>
      ) : null}
      <ul className="grid max-h-80 grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-3" aria-label="Library images">
        {(images ?? []).map((image) => (
          <li key={image.id} className="rounded border border-slate-200 p-1 text-xs">
            {/* eslint-disable-next-line @next/next/no-img-element -- the desk shows the stored original */}
            <img src={image.src} alt={image.altText || image.caption} loading="lazy" className="aspect-video w-full rounded object-cover" />
            <p id={`library-${image.id}`} className="mt-1 line-clamp-2">
              {image.caption || 'No caption'}
              {image.credit ? ` · ${image.credit}` : ''}
            </p>
            <button
              type="button"
              aria-describedby={`library-${image.id}`}
              onClick={() => onChoose(image)}
              className="mt-1 rounded bg-brand px-2 py-0.5 font-medium text-white"
            >
              {chooseLabel}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
