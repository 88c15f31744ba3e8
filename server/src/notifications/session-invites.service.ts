import { Inject, Injectable } from '@nestjs/common';
import { VIDEO_ROOM_RULES } from '@rounds/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { buildSessionInvite, type SessionInvite } from './calendar-invite.js';

/** Calendar invites for sessions, organised by the deployment's sender (MAIL_FROM), and the links every session message carries. */
@Injectable()
export class SessionInvites {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The invite's URL is the session's page, so a calendar entry leads to it. */
  build(invite: Omit<SessionInvite, 'organizer' | 'url'>): string {
    return buildSessionInvite({ ...invite, organizer: this.config.mailFrom, url: this.sessionPage(invite.sessionId) });
  }

  sessionPage(sessionId: string): string {
    return `${this.config.publicUrl}/sessions/${sessionId}`;
  }

  /** Where the session's page and (unless it is off) its room are, as lines of an e-mail. */
  linkLines(sessionId: string, room: boolean): string[] {
    return [
      `Session page: ${this.sessionPage(sessionId)}`,
      ...(room
        ? [
            `Join the room (it opens ${VIDEO_ROOM_RULES.opensMinutesBefore} minutes before the start): ${this.sessionPage(sessionId)}/room`,
          ]
        : []),
    ];
  }
}
