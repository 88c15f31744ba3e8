import { Inject, Injectable } from '@nestjs/common';
import { MINUTE, videoRoomRefusal, type CallIceServers } from '@rounds/shared';
import { conflict } from '../common/problem.js';
import { APP_CONFIG, type AppConfig, type IceConfig } from '../config/config.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { requireCallPartner } from './call.access.js';
import { turnCredentials } from './turn-credentials.js';

/** TURN credentials outlive the scheduled end by this much, so a call running a little over keeps its relay. */
const TURN_GRACE_MS = 10 * MINUTE;

/** The ICE servers a participant's browser uses for the session's direct call, with TURN credentials of their own. */
@Injectable()
export class CallIceServersService {
  private readonly ice: IceConfig;

  constructor(
    private readonly sessions: InterviewSessionsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ice = config.ice;
  }

  async forSession(actor: UserEntity, sessionId: string, now = Date.now()): Promise<CallIceServers> {
    const session = await this.sessions.get(actor, sessionId);
    requireCallPartner(session, actor.id);
    const refusal = videoRoomRefusal(session, now);
    if (refusal) throw conflict(refusal);
    const iceServers: CallIceServers['iceServers'] = [];
    if (this.ice.stunUrls.length > 0) iceServers.push({ urls: this.ice.stunUrls });
    if (!this.ice.turn) return { iceServers, expiresAt: null };
    const expiresAt = Math.max(Date.parse(session.endsAt), now) + TURN_GRACE_MS;
    iceServers.push({ urls: this.ice.turn.urls, ...turnCredentials(this.ice.turn.secret, actor.id, expiresAt) });
    return { iceServers, expiresAt: new Date(Math.floor(expiresAt / 1000) * 1000).toISOString() };
  }
}
