import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { takesPart, type Attendance, type CallMediaState, type Session } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SessionHooks } from '../scheduling/session-hooks.js';
import { SessionProgressService } from '../scheduling/session-progress.service.js';
import { AttendanceRepository, type AttendanceEventKind, type PresenceRow } from './attendance.repository.js';
import { afterJoin, afterLeave, afterRoomEnded, secondsPresent } from './presence.js';

/**
 * Who is in a session's room, and what that does to the session: live once everyone taking part is in at the
 * same time from the scheduled start on (an equipment check before it changes nothing), completed when the room
 * ends after that. Fed by LiveKit's webhooks, or, on a server without
 * LiveKit, by presence in the room's socket. Events about one session apply one at a time (the session's row
 * lock), and an event with an id applies once: a redelivery changes nothing.
 */
@Injectable()
export class AttendanceService {
  /** Whether a LiveKit server carries the media (and its webhooks report attendance). */
  readonly videoConfigured: boolean;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceRepository,
    private readonly progress: SessionProgressService,
    hooks: SessionHooks,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.videoConfigured = config.livekit !== undefined;
    hooks.readAttendanceWith((sessionId) => this.list(sessionId));
  }

  async participantJoined(sessionId: string, userId: string, at: Date, eventId?: string): Promise<void> {
    await this.apply(sessionId, { kind: 'participant_joined', userId, at, eventId }, async (manager, session) => {
      if (!session.participants.some((p) => p.userId === userId)) return;
      const rows = await this.attendance.list(sessionId, manager);
      const row: PresenceRow = {
        userId,
        ...afterJoin(
          rows.find((r) => r.userId === userId),
          at.getTime(),
        ),
      };
      await this.attendance.save(manager, sessionId, row);
      const others = rows.filter((r) => r.userId !== userId);
      await this.markLiveIfEveryoneIn(manager, session, [...others, row], at.getTime());
    });
  }

  /**
   * The session's start time came while everyone taking part was already in the room (they arrived early to
   * check their camera): nothing joins then, so the room's next action or the no-show check asks this.
   */
  async startedWithEveryoneIn(sessionId: string, now = Date.now()): Promise<void> {
    await this.apply(sessionId, { kind: 'participant_joined', userId: null, at: new Date(now) }, async (manager, session) => {
      await this.markLiveIfEveryoneIn(manager, session, await this.attendance.list(sessionId, manager), now);
    });
  }

  /** scheduled → live once everyone taking part is in the room at the same time, from the start on (never in an equipment check). */
  private async markLiveIfEveryoneIn(manager: EntityManager, session: Session, rows: PresenceRow[], now: number): Promise<void> {
    if (session.status !== 'scheduled' || now < Date.parse(session.startsAt)) return;
    const present = new Set(rows.filter((r) => r.connections > 0).map((r) => r.userId));
    const takingPart = session.participants.filter((p) => takesPart(p.role) && !p.noShow);
    if (takingPart.length > 0 && takingPart.every((p) => present.has(p.userId)))
      await this.progress.markLive(manager, session.id);
  }

  async participantLeft(sessionId: string, userId: string, at: Date, eventId?: string): Promise<void> {
    await this.apply(sessionId, { kind: 'participant_left', userId, at, eventId }, async (manager) => {
      const row = (await this.attendance.list(sessionId, manager)).find((r) => r.userId === userId);
      if (row) await this.attendance.save(manager, sessionId, { ...afterLeave(row, at.getTime()), userId });
    });
  }

  /**
   * The room closed: everyone still in it leaves, and a session that went live (or that everyone taking part
   * has been in) is completed. A room that ends before the scheduled start was an equipment check and ends
   * nothing; one that ends while someone has never come leaves the decision to the no-show check.
   */
  async roomEnded(sessionId: string, at: Date, eventId?: string): Promise<void> {
    await this.apply(sessionId, { kind: 'room_finished', userId: null, at, eventId }, async (manager, session) => {
      const rows = await this.attendance.list(sessionId, manager);
      for (const row of rows.filter((r) => r.connections > 0)) {
        await this.attendance.save(manager, sessionId, { ...afterRoomEnded(row, at.getTime()), userId: row.userId });
      }
      if (at.getTime() < Date.parse(session.startsAt)) return;
      const attended = new Set(rows.map((r) => r.userId));
      const everyoneCame = session.participants.filter((p) => takesPart(p.role)).every((p) => attended.has(p.userId));
      if (session.status === 'live' || (session.status === 'scheduled' && everyoneCame)) {
        await this.progress.markCompleted(manager, sessionId);
      }
    });
  }

  /** The session's attendance as its detail shows it; the visit under way counts up to `now`. */
  async list(sessionId: string, now = Date.now()): Promise<Attendance[]> {
    const calls = new Map((await this.attendance.callMedia(sessionId)).map((call) => [call.userId, call]));
    return (await this.attendance.list(sessionId)).map((row) => {
      const call = calls.get(row.userId);
      return {
        userId: row.userId,
        joinedAt: new Date(row.firstJoinedAt).toISOString(),
        leftAt: row.connections > 0 || row.lastLeftAt === null ? null : new Date(row.lastLeftAt).toISOString(),
        secondsPresent: secondsPresent(row, now),
        call: call
          ? {
              state: call.state,
              since: new Date(call.changedAt).toISOString(),
              firstConnectedAt: call.firstConnectedAt === null ? null : new Date(call.firstConnectedAt).toISOString(),
            }
          : null,
      };
    });
  }

  /** A participant's browser reports that their call carries the partner's media now, or has lost it. */
  async reportCallMedia(sessionId: string, userId: string, state: CallMediaState, at: Date): Promise<void> {
    await this.attendance.reportCallMedia(sessionId, userId, state, at);
  }

  /** The person's last socket left the room: a call still reported connected is lost (a closed tab says nothing). */
  async callEnded(sessionId: string, userId: string, at: Date): Promise<void> {
    await this.attendance.loseConnectedCall(sessionId, userId, at);
  }

  /** Whether the person has been in the session's room at all. */
  async hasJoined(sessionId: string, userId: string): Promise<boolean> {
    return (await this.attendance.list(sessionId)).some((row) => row.userId === userId);
  }

  /**
   * Who taking part in the session has never been in its room, inside the caller's transaction. A call that
   * carried media counts as being there, whatever presence recorded (a LiveKit webhook that never arrived).
   */
  async neverJoined(manager: EntityManager, session: Session): Promise<Session['participants']> {
    const connected = (await this.attendance.callMedia(session.id, manager)).filter((call) => call.firstConnectedAt !== null);
    const attended = new Set([...(await this.attendance.list(session.id, manager)), ...connected].map((r) => r.userId));
    return session.participants.filter((p) => takesPart(p.role) && !p.noShow && !attended.has(p.userId));
  }

  /** Runs `change` under the session's row lock, unless the event was applied before. */
  private async apply(
    sessionId: string,
    event: { kind: AttendanceEventKind; userId: string | null; at: Date; eventId?: string },
    change: (manager: EntityManager, session: Session) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const session = await this.progress.lock(manager, sessionId);
      if (!session) throw notFound('There is no session with that id.');
      const { eventId, kind, userId, at } = event;
      if (eventId && !(await this.attendance.claimEvent(manager, { eventId, sessionId, kind, userId, at: at.getTime() }))) return;
      await change(manager, session);
    });
  }
}
