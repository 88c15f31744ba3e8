import { Injectable } from '@nestjs/common';
import type { Session } from '@rounds/shared';
import type { EntityManager } from 'typeorm';
import { SessionsRepository } from './sessions.repository.js';

/**
 * How a session moves on from what happens in its room: live once everyone taking part is in, completed when
 * the room ends, a no-show when someone never came. Each step runs in the caller's transaction, after `lock`,
 * so events about one session apply one at a time.
 */
@Injectable()
export class SessionProgressService {
  constructor(private readonly sessions: SessionsRepository) {}

  /** Locks the session row for the caller's transaction and reads the session; undefined when there is none. */
  async lock(manager: EntityManager, sessionId: string): Promise<Session | undefined> {
    if (!(await this.sessions.lockStatus(manager, sessionId))) return undefined;
    return (await this.sessions.find([sessionId], manager))[0];
  }

  /** scheduled → live; any other status stays. */
  async markLive(manager: EntityManager, sessionId: string): Promise<void> {
    await this.sessions.advanceStatus(manager, sessionId, ['scheduled'], 'live');
  }

  /** scheduled or live → completed; a cancelled or no-show session stays as it is. */
  async markCompleted(manager: EntityManager, sessionId: string): Promise<void> {
    await this.sessions.advanceStatus(manager, sessionId, ['scheduled', 'live'], 'completed');
  }

  /** Records each person the room's attendance never saw as a no-show, the session as no_show, and why. */
  async markAbsent(manager: EntityManager, sessionId: string, userIds: string[], reason: string): Promise<void> {
    for (const userId of userIds) {
      await this.sessions.markNoShow(manager, sessionId, userId, { confirmedBy: 'attendance', actorId: null, reason });
    }
  }
}
