import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { WorkTracker } from './work-tracker.js';

/**
 * The work of "practice now" on this instance (requests, pairing rounds, notices), tracked in one place so
 * that shutdown waits for all of it and tests can wait until it has settled.
 */
@Injectable()
export class PracticeWork extends WorkTracker implements BeforeApplicationShutdown {
  constructor() {
    super(new Logger('PracticeQueue'), 'practice queue background work failed');
  }

  /** Before socket.io and the database close: no new work, and what is running finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
