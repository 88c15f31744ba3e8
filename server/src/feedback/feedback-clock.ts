import { Injectable } from '@nestjs/common';

/**
 * The time feedback rules read (release after 48 hours, one request a day). One injectable source, so a test
 * can move it forward (`advance`) instead of waiting two days.
 */
@Injectable()
export class FeedbackClock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Tests only: moves this clock forward by `ms`. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
