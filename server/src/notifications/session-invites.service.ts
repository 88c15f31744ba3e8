import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { buildSessionInvite, type SessionInvite } from './calendar-invite.js';

/** Calendar invites for sessions, organised by the deployment's sender (MAIL_FROM) and linking to Rounds. */
@Injectable()
export class SessionInvites {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  build(invite: Omit<SessionInvite, 'organizer' | 'url'>): string {
    return buildSessionInvite({ ...invite, organizer: this.config.mailFrom, url: this.config.publicUrl });
  }
}
