'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Upload = { name: string; loaded: number; total: number; state: 'uploading' | 'done' | 'failed'; message: string };

/** Sends one file to the upload endpoint, reporting progress (fetch cannot report upload progress). */
function send(file: File, onProgress: (loaded: number, total: number) => void): Promise<{ ok: boolean; message?: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/assets');
    request.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as { ok: boolean; message?: string });
      } catch {
        resolve({ ok: false, message: `The server answered ${request.status}.` });
      }
    };
    request.onerror = () => resolve({ ok: false, message: 'The server could not be reached.' });
    const form = new FormData();
    form.set('file', file);
    request.send(form);
  });
}

/** Bulk upload to the library: several files at once, each with its own progress bar and outcome. */
export function UploadImages() {
  const router = useRouter();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const update = (index: number, change: Partial<Upload>) => setUploads((current) => current.map((u, i) => (i === index ? { ...u, ...change } : u)));
  return (
    <section aria-labelledby="upload-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="upload-title" className="mb-2 font-semibold">
        Upload images
      </h2>
      <label className="text-sm font-medium text-slate-800">
        Image files
        <input
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          className="mt-1 block text-sm"
          onChange={async (event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            const offset = uploads.length;
            setUploads((current) => [...current, ...files.map((f) => ({ name: f.name, loaded: 0, total: f.size, state: 'uploading' as const, message: '' }))]);
            // Two at a time: the server checks each image in full.
            let next = 0;
            const worker = async () => {
              while (next < files.length) {
                const index = next++;
                const result = await send(files[index]!, (loaded, total) => update(offset + index, { loaded, total }));
                update(
                  offset + index,
                  result.ok
                    ? { state: 'done', loaded: files[index]!.size, message: 'Uploaded; renditions are being made.' }
                    : { state: 'failed', message: result.message ?? 'The upload failed.' },
                );
              }
            };
            await Promise.all([worker(), worker()]);
            router.refresh();
          }}
        />
      </label>
      {uploads.length ? (
        <ul className="mt-3 space-y-2 text-sm" aria-label="Uploads">
          {uploads.map((upload, index) => (
            <li key={index}>
              <span className="font-medium">{upload.name}</span>{' '}
              <progress aria-label={`Upload of ${upload.name}`} max={upload.total || 1} value={upload.loaded} className="align-middle" />{' '}
              <span role={upload.state === 'failed' ? 'alert' : 'status'} className={upload.state === 'failed' ? 'text-red-700' : 'text-slate-600'}>
                {upload.state === 'uploading' ? `${Math.round((upload.loaded / (upload.total || 1)) * 100)}%` : upload.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
