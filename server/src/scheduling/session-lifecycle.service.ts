import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MINUTE,
  NO_SHOW_GRACE_MINUTES,
  NO_SHOW_STATUSES,
  SESSION_MINUTES,
  canRecordNoShow,
  formatInZone,
  noShowCheckAt,
  seenDuringSession,
  type SeenInRoom,
  type Session,
  type SessionStatus,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { badRequest, conflict, forbidden } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AvailabilityService } from './availability.service.js';
import { BookingService, requireBookableStart } from './booking.service.js';
import { InterviewSessionsService } from './interview-sessions.service.js';
import { PeerStartChecks } from './peer-start-checks.service.js';
import { SessionHooks } from './session-hooks.js';
import { SessionNotices, type SessionNotice } from './session-notices.service.js';
import { SessionsRepository } from './sessions.repository.js';
import { atCapacity } from './slot-finder.js';

/**
 * What happens to a booked session: cancelled, moved, or marked with a no-show. Who may do it is
 * InterviewSessionsService's rule (participants and the cohort's coordinators); each change holds the
 * session's row lock, so of two sent at once exactly one applies.
 */
@Injectable()
export class SessionLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly interviewSessions: InterviewSessionsService,
    private readonly booking: BookingService,
    private readonly availability: AvailabilityService,
    private readonly users: UsersService,
    private readonly notices: SessionNotices,
    private readonly startChecks: PeerStartChecks,
    private readonly hooks: SessionHooks,
  ) {}

  async cancel(actor: UserEntity, sessionId: string, reason: string): Promise<Session> {
    await this.interviewSessions.get(actor, sessionId); // who may cancel: its participants and coordinators
    await this.db.transaction(async (manager) => {
      await this.requireStatus(manager, sessionId, ['scheduled'], 'cancelled');
      await this.cancelLocked(manager, sessionId, actor, reason);
    });
    return this.interviewSessions.get(actor, sessionId);
  }

  /**
   * Someone is leaving Rounds: every scheduled session of theirs that has not started is cancelled in the caller's
   * transaction, with the usual notices (and calendar cancellations) to everyone in it. Returns how many.
   */
  async cancelAheadOf(manager: EntityManager, person: UserEntity, reason: string): Promise<number> {
    const sessionIds = await this.sessions.scheduledAheadOf(manager, person.id);
    for (const sessionId of sessionIds) {
      // Locked first: a cancel or move that committed meanwhile leaves nothing to do here.
      if ((await this.sessions.lockStatus(manager, sessionId)) !== 'scheduled') continue;
      await this.cancelLocked(manager, sessionId, person, reason);
    }
    return sessionIds.length;
  }

  /**
   * An interview day changes many sessions in one transaction (the caller's, which checked the coordinator): each
   * scheduled session is moved, renamed or cancelled with its notice and calendar update; a session no longer
   * scheduled (run, cancelled on its own) is left as it is, and false is returned for it.
   */
  async changeForDay(
    manager: EntityManager,
    actor: UserEntity,
    sessionId: string,
    change: DayChange,
    notice: Pick<SessionNotice, 'title' | 'moreFor'>,
  ): Promise<boolean> {
    if ((await this.sessions.lockStatus(manager, sessionId)) !== 'scheduled') return false;
    if (change.kind === 'cancel') {
      await this.sessions.cancel(manager, sessionId, change.reason);
    } else if (change.kind === 'move') {
      await this.sessions.move(manager, sessionId, change.start, change.end, change.reason);
      await this.startChecks.schedule(manager, sessionId);
      await this.hooks.timeSet(manager, { sessionId, start: change.start, end: change.end });
    } else {
      await this.sessions.raiseCalendarSequence(manager, sessionId);
    }
    const changes = { cancel: 'session-cancelled', move: 'session-rescheduled', rename: 'session-updated' } as const;
    await this.notices.send(manager, {
      ...(await this.noticeBase(manager, sessionId, actor)),
      ...notice,
      change: changes[change.kind],
      reason: change.kind === 'rename' ? undefined : change.reason,
    });
    return true;
  }

  /** Moving many sessions of the same people at once: double booking is checked when the caller's transaction commits. */
  deferDoubleBookingCheck(manager: EntityManager): Promise<void> {
    return this.sessions.deferDoubleBookingCheck(manager);
  }

  /** Cancels a session whose row the caller has locked and found scheduled, and tells everyone in it. */
  private async cancelLocked(manager: EntityManager, sessionId: string, actor: UserEntity, reason: string): Promise<void> {
    await this.sessions.cancel(manager, sessionId, reason);
    await this.notices.send(manager, {
      ...(await this.noticeBase(manager, sessionId, actor)),
      change: 'session-cancelled',
      reason,
    });
  }

  async reschedule(
    actor: UserEntity,
    sessionId: string,
    startsAt: string,
    durationMinutes: number | undefined,
    reason: string,
  ): Promise<Session> {
    const { session, coordinator } = await this.interviewSessions.getWithAccess(actor, sessionId);
    const start = Date.parse(startsAt);
    requireBookableStart(start);
    // A participant may move a long session as it is, but only a coordinator sets a length over 30 minutes.
    if (!coordinator && durationMinutes !== undefined && durationMinutes > SESSION_MINUTES.bookingMax) {
      throw badRequest(
        `durationMinutes must be at most ${SESSION_MINUTES.bookingMax}: longer sessions are set by a coordinator.`,
        [{ field: 'durationMinutes', message: `must be at most ${SESSION_MINUTES.bookingMax} minutes` }],
      );
    }
    const end = start + (durationMinutes ?? (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MINUTE) * MINUTE;
    await this.booking.withBookingConflicts(() =>
      this.db.transaction(async (manager) => {
        await this.requireStatus(manager, sessionId, ['scheduled'], 'moved');
        // A coordinator may place people anywhere; a participant may move the session only to a time
        // everyone has free, within the interviewers' weekly capacity, as when booking.
        if (!coordinator) await this.requireEveryoneFree(manager, session, start, end);
        await this.sessions.move(manager, sessionId, start, end, reason);
        await this.startChecks.schedule(manager, sessionId);
        await this.hooks.timeSet(manager, { sessionId, start, end });
        await this.notices.send(manager, {
          ...(await this.noticeBase(manager, sessionId, actor)),
          change: 'session-rescheduled',
          start,
          end,
          reason,
        });
      }),
    );
    return this.interviewSessions.get(actor, sessionId);
  }

  /**
   * Records that someone taking part did not come, once the grace after the start has passed. A participant's
   * claim stands only if the room's attendance bears it out (no sign of the person from the start on); a
   * coordinator's record is confirmed by the coordinator. Every record is kept in the no-show history.
   */
  async markNoShow(actor: UserEntity, sessionId: string, userId: string, reason: string | undefined): Promise<Session> {
    const { session, coordinator } = await this.interviewSessions.getWithAccess(actor, sessionId);
    const absent = session.participants.find((p) => p.userId === userId);
    if (!absent) {
      throw badRequest('userId is not a participant of this session.', [
        { field: 'userId', message: 'is not a participant of this session' },
      ]);
    }
    if (userId === actor.id)
      throw badRequest('You cannot mark yourself as a no-show.', [{ field: 'userId', message: 'cannot be yourself' }]);
    const graceEnds = noShowCheckAt(Date.parse(session.startsAt));
    if (Date.now() < graceEnds && NO_SHOW_STATUSES.includes(session.status)) {
      throw conflict(
        `A no-show can be recorded from ${NO_SHOW_GRACE_MINUTES} minutes after the start, at ${formatInZone(graceEnds, actor.timeZone)}: someone a few minutes late is not absent.`,
      );
    }
    await this.db.transaction(async (manager) => {
      const status = await this.sessions.lockStatus(manager, sessionId);
      if (!status || !canRecordNoShow({ status, startsAt: session.startsAt }, Date.now())) {
        throw conflict(`This session is ${describe(status)}, so it cannot be marked with a no-show.`);
      }
      // Read once the session is locked: attendance events for it wait for the lock, so none slips in between.
      if (!coordinator) {
        const seen = seenDuringSession(
          (await this.hooks.attendance(sessionId)).find((row) => row.userId === userId),
          session,
        );
        if (seen) throw conflict(presentMessage(absent.displayName, seen, actor.timeZone));
      }
      await this.sessions.markNoShow(manager, sessionId, userId, {
        confirmedBy: coordinator ? 'coordinator' : 'attendance',
        actorId: actor.id,
        reason: reason ?? null,
      });
    });
    return this.interviewSessions.get(actor, sessionId);
  }

  /**
   * A coordinator takes back a no-show recorded in error, with a reason kept in the no-show history; the
   * person's reliability no longer counts it. A session that was a no-show only because of it is on again
   * (completed once its time is over).
   */
  async clearNoShow(actor: UserEntity, sessionId: string, userId: string, reason: string): Promise<Session> {
    const { session, coordinator } = await this.interviewSessions.getWithAccess(actor, sessionId);
    if (!coordinator) throw forbidden('Only the cohort’s coordinators can clear a no-show record.');
    const person = session.participants.find((p) => p.userId === userId);
    if (!person) {
      throw badRequest('userId is not a participant of this session.', [
        { field: 'userId', message: 'is not a participant of this session' },
      ]);
    }
    await this.db.transaction(async (manager) => {
      await this.sessions.lockStatus(manager, sessionId);
      const statusAfter = Date.now() >= Date.parse(session.endsAt) ? 'completed' : 'scheduled';
      if (!(await this.sessions.clearNoShow(manager, sessionId, userId, { reason, actorId: actor.id, statusAfter }))) {
        throw conflict(`${person.displayName} has no no-show recorded on this session, so there is nothing to clear.`);
      }
    });
    return this.interviewSessions.get(actor, sessionId);
  }

  /** The session as a calendar file for the actor to add by hand ("Add to calendar" on its page). */
  async calendarFile(actor: UserEntity, sessionId: string): Promise<string> {
    const session = await this.interviewSessions.get(actor, sessionId);
    if (session.status === 'cancelled') throw conflict('This session was cancelled, so there is nothing to add to a calendar.');
    const people = await this.interviewSessions.people(this.db.manager, sessionId);
    const place = session.interviewDay;
    return this.notices.calendarFile(
      {
        sessionId,
        title: place ? `${place.title}, ${place.stationName}` : undefined,
        kind: session.kind,
        start: Date.parse(session.startsAt),
        end: Date.parse(session.endsAt),
        sequence: session.calendarSequence,
        people: people.filter((person) => !person.noShow),
      },
      { userId: actor.id, timeZone: actor.timeZone },
    );
  }

  /**
   * Someone on standby takes the seat of a participant who did not appear, in the caller's transaction: the
   * absent person stays on the session as a no-show (inactive, so their time frees up) and the standby person
   * joins in the same role. The exclusion constraint refuses it if the standby person is booked then. A
   * session marked no-show because of that absence is on again. Returns false, changing nothing, when the
   * session is over, cancelled, or the seat is no longer that person's to give.
   */
  async seatStandby(manager: EntityManager, sessionId: string, absentUserId: string, standbyUserId: string): Promise<boolean> {
    const status = await this.sessions.lockStatus(manager, sessionId);
    if (!status || !NO_SHOW_STATUSES.includes(status)) return false;
    return this.sessions.replaceParticipant(manager, sessionId, absentUserId, standbyUserId);
  }

  /**
   * What a notice says about the session, read inside the transaction after its change: a move that committed
   * while this request waited for the lock is in it, so the sequence and times are the row's, never stale.
   */
  private async noticeBase(manager: EntityManager, sessionId: string, actor: UserEntity) {
    const [current] = await this.sessions.find([sessionId], manager);
    return {
      sessionId,
      // An interview day's visit keeps its day and station name in every notice and calendar entry.
      title: await this.interviewSessions.dayTitleOf(sessionId),
      kind: current.kind,
      start: Date.parse(current.startsAt),
      end: Date.parse(current.endsAt),
      sequence: current.calendarSequence,
      people: await this.interviewSessions.people(manager, sessionId),
      actor,
    };
  }

  /**
   * Locks the session row and checks its status inside the caller's transaction, so of a cancel and a
   * move sent at once exactly one applies and the other gets 409 (never a moved, cancelled session).
   */
  private async requireStatus(manager: EntityManager, sessionId: string, allowed: SessionStatus[], verb: string): Promise<void> {
    const status = await this.sessions.lockStatus(manager, sessionId);
    if (!status || !allowed.includes(status)) throw conflict(`This session is ${describe(status)}, so it cannot be ${verb}.`);
  }

  /** Everyone in the session is free over [start, end) (its own current time aside), and interviewers have room that week. */
  private async requireEveryoneFree(manager: EntityManager, session: Session, start: number, end: number): Promise<void> {
    const free = await this.availability.freeTime(
      session.participants.map((p) => p.userId),
      start,
      end,
      manager,
      session.id,
    );
    for (const person of session.participants) {
      if (!(free.get(person.userId) ?? []).some((i) => i.start <= start && i.end >= end)) {
        throw conflict(`${person.displayName} is not available then: pick a time from their availability, or ask a coordinator.`);
      }
    }
    const interviewers = session.participants.filter((p) => p.role === 'interviewer');
    if (interviewers.length === 0) return;
    const ids = interviewers.map((p) => p.userId);
    const counts = await this.booking.weeklyCounts(manager, ids, start, end, session.id);
    const capacities = await this.users.weeklyCapacities(manager, ids);
    for (const person of interviewers) {
      const partner = { id: person.userId, timeZone: person.timeZone, weeklyCapacity: capacities.get(person.userId) ?? 0 };
      if (atCapacity(counts, partner, start))
        throw conflict(`${person.displayName} is fully booked that week: pick another time.`);
    }
  }
}

/** What an interview day does to one of its sessions. */
export type DayChange =
  { kind: 'move'; start: number; end: number; reason: string } | { kind: 'cancel'; reason: string } | { kind: 'rename' };

function describe(status: SessionStatus | undefined): string {
  return status ? status.replace('_', '-') : 'gone';
}

/** Why a claim of absence is refused: when the room saw the person, in the reader's zone. */
function presentMessage(name: string, seen: SeenInRoom, timeZone: string): string {
  const first = formatInZone(seen.firstJoinedAt, timeZone);
  const when =
    seen.lastLeftAt === null
      ? `is in the session's room now (first joined ${first})`
      : `was in the session's room until ${formatInZone(seen.lastLeftAt, timeZone)} (first joined ${first})`;
  return `Attendance shows that ${name} ${when}, so they cannot be recorded as absent. If the room is wrong, ask your cohort's coordinator.`;
}
