import { Injectable } from '@nestjs/common';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';

/**
 * Whether a participant has appeared in their session: what the standby check asks a few minutes after
 * the start. An abstract class so Nest can inject it by type and the real source can replace this one.
 */
export abstract class AttendanceProbe {
  abstract hasAppeared(sessionId: string, userId: string): Promise<boolean>;
}

/**
 * PLACEHOLDER until the live room's attendance (LiveKit join events) is wired in: someone "has not
 * appeared" only when they are marked as a no-show on the session (`session_participants.no_show`, set by
 * the partner or a coordinator through POST /api/sessions/:id/no-show). Replace it by binding
 * AttendanceProbe to the attendance service in StandbyModule.
 */
@Injectable()
export class NoShowFlagAttendanceProbe extends AttendanceProbe {
  constructor(private readonly sessions: InterviewSessionsService) {
    super();
  }

  async hasAppeared(sessionId: string, userId: string): Promise<boolean> {
    const session = await this.sessions.find(sessionId);
    const participant = session?.participants.find((p) => p.userId === userId);
    return participant !== undefined && !participant.noShow;
  }
}
