import { useState } from 'react';
import { wallClock } from './zoned-time';

/** The current instant. Read in event handlers and state initialisers, never while rendering. */
export function currentTime(): number {
  return Date.now();
}

/** Today's date ("2026-03-14") in a time zone, fixed for the life of the page so renders stay pure. */
export function useToday(timeZone: string): string {
  const [today] = useState(() => wallClock(currentTime(), timeZone).date);
  return today;
}
