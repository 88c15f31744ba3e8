import { useCallback, useEffect, useState } from 'react';

const TICK_MS = 250;

interface Watch {
  /** performance.now() when it last started; null while paused. */
  startedAt: number | null;
  /** Milliseconds counted before the last start. */
  banked: number;
}

/** A stopwatch counting up: start, pause, restart from zero. Re-renders a few times a second while running. */
export function useStopwatch() {
  const [watch, setWatch] = useState<Watch>({ startedAt: null, banked: 0 });
  const [now, setNow] = useState(() => performance.now());

  useEffect(() => {
    if (watch.startedAt === null) return;
    const timer = window.setInterval(() => setNow(performance.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [watch.startedAt]);

  const elapsedMs = watch.banked + (watch.startedAt === null ? 0 : Math.max(0, now - watch.startedAt));

  const start = useCallback(() => {
    const at = performance.now();
    setNow(at);
    setWatch((current) => (current.startedAt === null ? { ...current, startedAt: at } : current));
  }, []);

  const pause = useCallback(() => {
    const at = performance.now();
    setNow(at);
    setWatch((current) =>
      current.startedAt === null ? current : { startedAt: null, banked: current.banked + (at - current.startedAt) },
    );
  }, []);

  /** Back to zero; keeps running when `run` is true. */
  const restart = useCallback((run: boolean) => {
    const at = performance.now();
    setNow(at);
    setWatch({ startedAt: run ? at : null, banked: 0 });
  }, []);

  return { elapsedSeconds: Math.floor(elapsedMs / 1000), running: watch.startedAt !== null, start, pause, restart };
}
