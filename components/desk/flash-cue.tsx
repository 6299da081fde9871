'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';

type Flash = { id: string; headline: string; author: string; submittedAt: string };

/** Where the desk's live connection is served (app/(desk)/desk/events/route.ts). */
export const DESK_EVENTS_PATH = '/desk/events';
const DECLINED = 'newsroom:flash-alerts-declined';
const TITLE_BADGE = /^\(\d+\) FLASH — /;

// The sound: browsers let a page play sound once the person has used it, so the
// context is made (and resumed) by the first click or key on the desk, and a chime in
// a background tab later uses it.
let audio: AudioContext | null = null;
function unlockAudio() {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    /* no audio here */
  }
}

/** Two short high tones: a FLASH is waiting. */
function chime() {
  if (!audio) return;
  const context = audio;
  for (const [at, frequency] of [
    [0, 880],
    [0.25, 1175],
  ] as const) {
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.15, context.currentTime + at);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + at + 0.2);
    tone.connect(gain).connect(context.destination);
    tone.start(context.currentTime + at);
    tone.stop(context.currentTime + at + 0.2);
  }
}

/** A system notification for a FLASH, when the desk is not the tab in front (clicking it opens the story). */
function notifyElsewhere(flash: Flash, open: (path: string) => void) {
  if (!('Notification' in window) || Notification.permission !== 'granted' || (!document.hidden && document.hasFocus())) return;
  try {
    const note = new Notification(`FLASH in review: ${flash.headline}`, {
      body: `Sent by ${flash.author}. Click to open it.`,
      tag: `flash-${flash.id}`,
      requireInteraction: true,
    });
    note.onclick = () => {
      window.focus();
      open(`/desk/stories/${flash.id}`);
      note.close();
    };
  } catch {
    /* notifications refused by the platform */
  }
}

// What the browser says about notifications, read where React can subscribe to it.
const noSubscription = () => () => {};
const permissionNow = () => ('Notification' in window ? Notification.permission : 'unsupported');
const declinedNow = () => {
  try {
    return localStorage.getItem(DECLINED) === '1';
  } catch {
    return false;
  }
};

/**
 * For reviewers, on every desk page: an editor's FLASH sent for review arrives over
 * the desk's live connection (kept open in a background tab), shows as an alert with a
 * chime, puts "(n) FLASH —" in the tab's title, and, with the browser's permission
 * (asked once, by a button), raises a system notification when the desk is not in front.
 */
export function FlashCue() {
  const router = useRouter();
  const [flashes, setFlashes] = useState<Flash[]>([]);
  const browserPermission = useSyncExternalStore(noSubscription, permissionNow, () => 'unsupported' as const);
  const storedDecline = useSyncExternalStore(noSubscription, declinedNow, () => true);
  const [answer, setAnswer] = useState<NotificationPermission | 'later' | null>(null);
  const permission = answer === 'later' ? 'default' : (answer ?? browserPermission);
  const declined = answer === 'later' || (answer === null && storedDecline);

  useEffect(() => {
    window.addEventListener('pointerdown', unlockAudio);
    window.addEventListener('keydown', unlockAudio);
    return () => {
      window.removeEventListener('pointerdown', unlockAudio);
      window.removeEventListener('keydown', unlockAudio);
    };
  }, []);

  useEffect(() => {
    const source = new EventSource(DESK_EVENTS_PATH);
    source.addEventListener('flash', (event) => {
      const flash = JSON.parse((event as MessageEvent<string>).data) as Flash;
      setFlashes((current) => (current.some((c) => c.id === flash.id) ? current : [flash, ...current]));
      chime();
      notifyElsewhere(flash, (path) => router.push(path));
    });
    return () => source.close();
  }, [router]);

  // "(2) FLASH — Stories — Newsroom desk" while FLASHes wait, kept when a page changes the title.
  useEffect(() => {
    const badge = flashes.length ? `(${flashes.length}) FLASH — ` : '';
    const apply = () => {
      const base = document.title.replace(TITLE_BADGE, '');
      if (document.title !== `${badge}${base}`) document.title = `${badge}${base}`;
    };
    apply();
    const head = document.querySelector('head');
    const observer = new MutationObserver(apply);
    if (head) observer.observe(head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [flashes.length]);

  const ask = async () => {
    unlockAudio();
    setAnswer(await Notification.requestPermission());
  };
  const later = () => {
    try {
      localStorage.setItem(DECLINED, '1');
    } catch {
      /* storage off */
    }
    setAnswer('later');
  };
  const dismiss = (id: string) => setFlashes((current) => current.filter((c) => c.id !== id));

  return (
    <>
      {permission === 'default' && !declined ? (
        <div role="region" aria-label="FLASH alerts" className="border-b border-slate-200 bg-amber-50 text-sm">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-2">
            <span>Be alerted to a FLASH sent for review when the desk is in a background tab.</span>
            <Button size="sm" onClick={() => void ask()}>
              Turn on FLASH alerts
            </Button>
            <Button size="sm" variant="ghost" onClick={later}>
              Not now
            </Button>
          </div>
        </div>
      ) : null}
      {flashes.length ? (
        <div role="alert" className="border-b border-red-800 bg-red-700 text-white">
          <ul className="mx-auto max-w-7xl space-y-1 px-4 py-2">
            {flashes.map((flash) => (
              <li key={flash.id} className="flex flex-wrap items-center gap-3">
                <strong className="rounded bg-white px-1.5 text-xs font-bold uppercase tracking-wide text-red-800">FLASH</strong>{' '}
                <span>
                  in review: {flash.headline} <span className="text-red-100">({flash.author})</span>
                </span>{' '}
                <Link href={`/desk/stories/${flash.id}`} className="font-semibold underline" onClick={() => dismiss(flash.id)}>
                  Open FLASH
                </Link>
                <button type="button" className="rounded border border-white/70 px-2 text-sm" onClick={() => dismiss(flash.id)}>
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
