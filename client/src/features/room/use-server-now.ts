import { useEffect, useState } from 'react';

const TICK_MS = 500;

/** The server's time, as this browser's clock corrected by `offsetMs`, updated twice a second for the clocks on screen. */
export function useServerNow(offsetMs: number): number {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setLocalNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return localNow + offsetMs;
}
