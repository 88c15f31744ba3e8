import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ClientContext } from '../auth/auth.service.js';
import { AuthSessionsService } from '../auth/auth-sessions.service.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { conflict } from '../common/problem.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { SessionLifecycleService } from '../scheduling/session-lifecycle.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AccountPasswordService } from './account-password.service.js';
import { PersonalDataRepository } from './personal-data.repository.js';

const LEAVING_REASON = 'A participant deleted their Rounds account.';

/**
 * Deleting an account, in one transaction: upcoming sessions are cancelled (everyone in them is told, calendars
 * updated), the person's own data is erased, every sign-in ends, and the user row is emptied to "a former member"
 * so that what others need keeps its author (see USER_REFERENCES). The address can register again at once.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: AccountPasswordService,
    private readonly users: UsersService,
    private readonly cohorts: CohortsService,
    private readonly lifecycle: SessionLifecycleService,
    private readonly sessions: AuthSessionsService,
    private readonly personalData: PersonalDataRepository,
    private readonly realtime: RealtimeService,
  ) {}

  async delete(actor: UserEntity, password: string, client: ClientContext): Promise<void> {
    await this.passwords.requirePassword(actor, password, 'password', client);
    await this.db.transaction(async (manager) => {
      await this.users.lock(manager, actor.id);
      const orphaned = await this.cohorts.coordinatedOnlyBy(manager, actor.id);
      if (orphaned.length) {
        const names = orphaned.map((name) => `“${name}”`).join(', ');
        throw conflict(
          `You are the only coordinator of ${names}: make another member its coordinator first (invite one from the cohort's page), then delete your account. Nothing was deleted.`,
        );
      }
      await this.lifecycle.cancelAheadOf(manager, actor, LEAVING_REASON);
      await this.personalData.erase(manager, actor.id, actor.email);
      await this.sessions.endAllOf(manager, actor.id);
      await this.users.anonymise(manager, actor.id);
    });
    this.realtime.disconnectUser(actor.id);
  }
}
