import { MINUTE, NO_SHOW_GRACE_MINUTES } from '../scheduling/booking-rules.js';
import type { ParticipantRole, SessionStatus } from '../scheduling/scheduling.schema.js';

/** The rules of a session's video room, which the token endpoint, the no-show check and the room page share. */
export const VIDEO_ROOM_RULES = {
  /** People may enter this many minutes before the start, to check camera and microphone. */
  opensMinutesBefore: 10,
  /** A token outlives the scheduled end by this much, so a conversation running a little over is not cut off. */
  tokenGraceMinutes: 5,
  /** Someone taking part who has not joined this many minutes after the start is a no-show. */
  noShowAfterMinutes: NO_SHOW_GRACE_MINUTES,
} as const;

const ROOM_PREFIX = 'rounds-session-';
const ROOM_NAME = /^rounds-session-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The one LiveKit room of a session. */
export function videoRoomName(sessionId: string): string {
  return `${ROOM_PREFIX}${sessionId.toLowerCase()}`;
}

/** The session a LiveKit room belongs to, or null for a room Rounds did not name. */
export function sessionIdFromVideoRoom(roomName: string): string | null {
  return ROOM_NAME.exec(roomName)?.[1] ?? null;
}

/** Interviewers and candidates take part (they publish, and their absence is a no-show); observers watch. */
export function takesPart(role: ParticipantRole): boolean {
  return role !== 'observer';
}

interface RoomSession {
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
}

const CLOSED_BECAUSE: Partial<Record<SessionStatus, string>> = {
  cancelled: 'This session was cancelled, so its video room is closed.',
  completed: 'This session has ended, so its video room is closed.',
  no_show: 'This session was recorded as a no-show, so its video room is closed.',
};

/**
 * Why nobody may enter the session's video room at `now`, or null when they may: from ten minutes before the
 * start until the scheduled end, while the session is scheduled or live.
 */
export function videoRoomRefusal(session: RoomSession, now: number): string | null {
  const closed = CLOSED_BECAUSE[session.status];
  if (closed) return closed;
  const opensAt = Date.parse(session.startsAt) - VIDEO_ROOM_RULES.opensMinutesBefore * MINUTE;
  if (now < opensAt) {
    return `The video room opens ${VIDEO_ROOM_RULES.opensMinutesBefore} minutes before the start, at ${new Date(opensAt).toISOString()}: come back then.`;
  }
  if (now >= Date.parse(session.endsAt)) {
    return `This session's time is over (it ended at ${session.endsAt}), so its video room is closed.`;
  }
  return null;
}

/** When a token minted for the session stops admitting anyone: the scheduled end plus a short grace. */
export function videoTokenExpiry(endsAt: string): number {
  return Date.parse(endsAt) + VIDEO_ROOM_RULES.tokenGraceMinutes * MINUTE;
}

/** When a participant was seen in the room during the session: the first join, and the last leave (null: there now). */
export interface SeenInRoom {
  firstJoinedAt: number;
  lastLeftAt: number | null;
}

/**
 * Whether attendance shows the person in the session's room at some time from its start on: still there, or
 * last left after the start. A visit that ended before the start was an equipment check, not attendance.
 */
export function seenDuringSession(
  attendance: { joinedAt: string; leftAt: string | null } | undefined,
  session: { startsAt: string },
): SeenInRoom | null {
  if (!attendance) return null;
  const lastLeftAt = attendance.leftAt === null ? null : Date.parse(attendance.leftAt);
  if (lastLeftAt !== null && lastLeftAt < Date.parse(session.startsAt)) return null;
  return { firstJoinedAt: Date.parse(attendance.joinedAt), lastLeftAt };
}
