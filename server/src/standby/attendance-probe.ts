import { Injectable } from '@nestjs/common';
import { AttendanceService } from '../video/attendance.service.js';

/**
 * Whether a participant has appeared in their session: what the standby check asks a few minutes after
 * the start. An abstract class so Nest can inject it by type.
 */
export abstract class AttendanceProbe {
  abstract hasAppeared(sessionId: string, userId: string): Promise<boolean>;
}

/** Appeared = has been in the session's room: LiveKit's webhooks, or the room's socket without LiveKit, say so. */
@Injectable()
export class RoomAttendanceProbe extends AttendanceProbe {
  constructor(private readonly attendance: AttendanceService) {
    super();
  }

  hasAppeared(sessionId: string, userId: string): Promise<boolean> {
    return this.attendance.hasJoined(sessionId, userId);
  }
}
