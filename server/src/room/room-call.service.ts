import { Injectable } from '@nestjs/common';
import {
  videoRoomRefusal,
  type CallMediaRequest,
  type CallMediaResult,
  type CallSignal,
  type CallSignalResult,
  type Session,
} from '@rounds/shared';
import { ApiProblem, forbidden } from '../common/problem.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { AppSocket } from '../realtime/socket.types.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { AttendanceService } from '../video/attendance.service.js';
import { requireCallPartner } from '../video/call.access.js';
import { participantChannel } from './room-channels.js';

/**
 * The call beside the room, over the room's socket: a direct call's signalling relayed between the session's two
 * participants (never to anyone else), and each participant's report of whether their call carries media.
 */
@Injectable()
export class RoomCallService {
  /** Each socket's signals are relayed one after another, in the order it sent them (an offer before its candidates). */
  private readonly turns = new WeakMap<AppSocket, Promise<void>>();

  constructor(
    private readonly sessions: InterviewSessionsService,
    private readonly realtime: RealtimeService,
    private readonly attendance: AttendanceService,
  ) {}

  /** Runs `work` after every earlier request of the same socket has finished. */
  inTurn(socket: AppSocket, work: () => Promise<void>): Promise<void> {
    const next = (this.turns.get(socket) ?? Promise.resolve()).then(work);
    this.turns.set(
      socket,
      next.catch(() => undefined),
    );
    return next;
  }

  /**
   * Passes a signal to the other participant's pages (every instance), exactly as sent. Anyone who is not one of
   * the session's two participants now, or a session whose call is closed (cancelled, over), is refused FORBIDDEN.
   */
  async relay(user: UserEntity, signal: CallSignal): Promise<CallSignalResult> {
    const { partnerId } = await this.admitToCall(user, signal.sessionId);
    this.realtime.emitToRoom(participantChannel(signal.sessionId, partnerId), 'call:signal', signal);
    return { relayed: true };
  }

  /** Keeps the participant's report of their call on the session's attendance. */
  async reportMedia(user: UserEntity, report: CallMediaRequest): Promise<CallMediaResult> {
    await this.admitToCall(user, report.sessionId);
    const at = new Date();
    await this.attendance.reportCallMedia(report.sessionId, user.id, report.state, at);
    return { recordedAt: at.toISOString() };
  }

  private async admitToCall(user: UserEntity, sessionId: string): Promise<{ session: Session; partnerId: string }> {
    let session: Session;
    try {
      session = await this.sessions.get(user, sessionId);
    } catch (error) {
      // A session that does not exist is refused like one that is not theirs: nothing is said about it.
      if (error instanceof ApiProblem) throw forbidden('Only the two people taking part in this session join its call.');
      throw error;
    }
    const partnerId = requireCallPartner(session, user.id);
    const closed = videoRoomRefusal(session, Date.now());
    if (closed) throw forbidden(closed);
    return { session, partnerId };
  }
}
