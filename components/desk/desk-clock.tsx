'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { formatDeskInstant } from '@/lib/time/desk-clock';

const DeskClock = createContext<string>('UTC');

/** The newsroom's time zone for every time the desk shows in the browser (one clock with the server). */
export function DeskClockProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <DeskClock.Provider value={timeZone}>{children}</DeskClock.Provider>;
}

export function useDeskTimeZone(): string {
  return useContext(DeskClock);
}

/** A moment as the desk shows it everywhere: "2026-11-30 14:05 MSK". */
export function useFormatDeskTime(): (instant: Date | string | number) => string {
  const timeZone = useDeskTimeZone();
  return (instant) => formatDeskInstant(new Date(instant), timeZone);
}

export function DeskTime({ at }: { at: Date | string }) {
  const format = useFormatDeskTime();
  const instant = new Date(at);
  return <time dateTime={instant.toISOString()}>{format(instant)}</time>;
}
