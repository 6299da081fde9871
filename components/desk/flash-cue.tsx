'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action';

type Flash = { id: string; headline: string; author: string; submittedAt: string };
type Poll = (input: { since: string }) => Promise<ActionResult<{ now: string; stories: Flash[] }>>;

const POLL_MS = 4_000;

/** Two short high tones: a FLASH is waiting. Browsers allow sound once the person has used the page. */
function chime() {
  try {
    const context = new AudioContext();
    for (const [at, frequency] of [[0, 880], [0.25, 1175]] as const) {
      const tone = context.createOscillator();
      const gain = context.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, context.currentTime + at);
      gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + at + 0.2);
      tone.connect(gain).connect(context.destination);
      tone.start(context.currentTime + at);
      tone.stop(context.currentTime + at + 0.2);
    }
    window.setTimeout(() => void context.close(), 1_000);
  } catch { /* no audio here */ }
}

/**
 * For reviewers, on every desk page: an editor's FLASH sent for review shows at once
 * as an alert with a chime (and in the tab title) until it is opened or dismissed.
 */
export function FlashCue({ poll }: { poll: Poll }) {
  const [flashes, setFlashes] = useState<Flash[]>([]);
  const since = useRef<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const tick = async () => {
      if (!document.hidden || since.current === null) {
        const result = await poll({ since: since.current ?? new Date().toISOString() }).catch(() => null);
        if (result?.ok) {
          if (since.current !== null && result.data.stories.length) {
            setFlashes((current) => [...result.data.stories.filter((s) => !current.some((c) => c.id === s.id)), ...current]);
            chime();
          }
          since.current = result.data.now;
        }
      }
      if (!stopped) timer = window.setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => { stopped = true; window.clearTimeout(timer); };
  }, [poll]);
  useEffect(() => {
    if (!flashes.length) return;
    const title = document.title;
    document.title = `FLASH — ${title}`;
    return () => { document.title = title; };
  }, [flashes.length]);
  if (!flashes.length) return null;
  return (
    <div role="alert" className="border-b border-red-800 bg-red-700 text-white">
      <ul className="mx-auto max-w-7xl space-y-1 px-4 py-2">
        {flashes.map((flash) => (
          <li key={flash.id} className="flex flex-wrap items-center gap-3">
            <strong className="rounded bg-white px-1.5 text-xs font-bold uppercase tracking-wide text-red-800">FLASH</strong>{' '}
            <span>in review: {flash.headline} <span className="text-red-100">({flash.author})</span></span>{' '}
            <Link href={`/desk/stories/${flash.id}`} className="font-semibold underline" onClick={() => setFlashes((current) => current.filter((c) => c.id !== flash.id))}>Open FLASH</Link>
            <button type="button" className="rounded border border-white/70 px-2 text-sm" onClick={() => setFlashes((current) => current.filter((c) => c.id !== flash.id))}>Dismiss</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
