import type { Logger } from '@nestjs/common';

/**
 * The work a service runs beside its callers, so that shutdown can refuse new work and wait for the rest:
 * requests (their callers get the outcome), background work (failures are logged, never thrown) and
 * rounds per key that never run twice at once on this instance.
 */
export class WorkTracker {
  private readonly pending = new Set<Promise<unknown>>();
  private readonly rounds = new Map<string, { again: boolean }>();
  private closed = false;

  constructor(
    private readonly log: Logger,
    private readonly failureMessage: string,
  ) {}

  /** True once `close` was called: start nothing new. */
  get closing(): boolean {
    return this.closed;
  }

  /** Stops further rounds and waits for everything started so far. */
  async close(): Promise<void> {
    this.closed = true;
    await this.settled();
  }

  /** Resolves once the work started so far is done, including work that it started in turn. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** A request's own work: its caller gets the outcome, and `settled` waits for it too. */
  request<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    this.track(
      running.then(
        () => undefined,
        () => undefined,
      ),
    );
    return running;
  }

  /** Work that runs after the request that caused it; a failure is logged. */
  background(work: Promise<unknown>): void {
    this.track(work.catch((error: unknown) => this.log.error({ err: error }, this.failureMessage)));
  }

  /**
   * Runs `round` in the background for `key`. Asked again while a round of that key is running, it runs
   * that key's round once more after it rather than alongside, however many times it was asked meanwhile.
   */
  repeatWhileAsked(key: string, round: () => Promise<void>): void {
    if (this.closed) return;
    const running = this.rounds.get(key);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: true };
    this.rounds.set(key, state);
    this.background(
      (async () => {
        try {
          while (state.again && !this.closed) {
            state.again = false;
            await round();
          }
        } finally {
          this.rounds.delete(key);
        }
      })(),
    );
  }

  private track(settled: Promise<unknown>): void {
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
  }
}
