import { HttpStatus, Injectable } from '@nestjs/common';
import { takesPart, videoRoomName, videoRoomRefusal, videoTokenExpiry, type VideoConnection } from '@rounds/shared';
import { ApiProblem, conflict } from '../common/problem.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { LiveKit } from './livekit.js';

/**
 * Tokens for a session's video room. Who may enter is the session's rule (its participants, not one recorded
 * absent, and its cohort's coordinators); interviewers and candidates publish, everyone else who may see the session watches hidden.
 */
@Injectable()
export class VideoTokensService {
  constructor(
    private readonly sessions: InterviewSessionsService,
    private readonly livekit: LiveKit,
  ) {}

  async mint(actor: UserEntity, sessionId: string, now = Date.now()): Promise<VideoConnection> {
    const { session, seat } = await this.sessions.getForRoom(actor, sessionId);
    const serverUrl = this.livekit.serverUrl;
    if (!serverUrl) {
      throw new ApiProblem(
        HttpStatus.SERVICE_UNAVAILABLE,
        'Video is not configured on this server (LIVEKIT_URL is not set): the room works without video.',
      );
    }
    const refusal = videoRoomRefusal(session, now);
    if (refusal) throw conflict(refusal);
    const roomName = videoRoomName(session.id);
    const participantToken = await this.livekit.mintToken(
      {
        room: roomName,
        identity: actor.id,
        name: actor.displayName,
        observer: !seat || !takesPart(seat.role),
        expiresAt: videoTokenExpiry(session.endsAt),
      },
      now,
    );
    return { serverUrl, roomName, participantName: actor.displayName, participantToken };
  }
}
