import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SESSION_KIND_LABELS,
  SESSION_MINUTES,
  TRACK_PERSONAS,
  formatInZone,
  intersect,
  slotStarts,
  type bookSessionRequestSchema,
  type ParticipantRole,
  type Persona,
  type scheduleSessionRequestSchema,
  type Session,
  type SessionKind,
  type SessionStatus,
  type SlotProposal,
  type slotQuerySchema,
  type Track,
} from '@rounds/shared';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { badRequest, conflict, forbidden, notFound } from '../common/problem.js';
import { isExclusionViolation } from '../database/database.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { RemindersService } from '../notifications/reminders.service.js';
import { SessionInvites } from '../notifications/session-invites.service.js';
import { ScriptsService } from '../questions/scripts.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { AvailabilityService } from './availability.service.js';
import { SessionEntity } from './scheduling.entities.js';

const MINUTE = 60_000;
const SLOT_STEP_MINUTES = 30;
const MAX_PROPOSALS = 12;
const MAX_PROPOSALS_PER_DAY = 3;
/** People need a little notice: nothing is proposed or booked sooner than this. */
const MIN_LEAD_MINUTES = 30;
/** Nothing is booked further ahead than a year. */
const MAX_AHEAD_DAYS = 365;
const NO_DOUBLE_BOOKING = 'session_participants_no_double_booking';

interface Partner {
  id: string;
  displayName: string;
  timeZone: string;
  weeklyCapacity: number;
  /** Sessions already booked in the coming weeks: the fewer, the earlier a mentor is offered. */
  load: number;
  /** Sessions this partner already had with the candidate: an alternative is preferred. */
  pastPairings: number;
}

interface ParticipantRow {
  session_id: string;
  user_id: string;
  display_name: string;
  time_zone: string;
  email: string;
  role: ParticipantRole;
  no_show: boolean;
}

type SlotQuery = z.output<typeof slotQuerySchema>;
type BookRequest = z.output<typeof bookSessionRequestSchema>;
type ScheduleRequest = z.output<typeof scheduleSessionRequestSchema>;

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsService,
    private readonly availability: AvailabilityService,
    private readonly scripts: ScriptsService,
    private readonly outbox: OutboxService,
    private readonly invites: SessionInvites,
    private readonly reminders: RemindersService,
  ) {}

  /**
   * The next times the candidate and a suitable partner are both free. For each time, the partner
   * offered is the least-loaded one, preferring someone the candidate has not practised with yet.
   */
  async proposeSlots(actor: UserEntity, query: SlotQuery): Promise<SlotProposal[]> {
    await this.requireCandidate(actor, query.cohortId);
    const from = Math.max(query.from ? Date.parse(query.from) : 0, Date.now() + MIN_LEAD_MINUTES * MINUTE);
    const to = from + query.days * 24 * 60 * MINUTE;
    const partners = await this.eligiblePartners(this.db.manager, actor, query);
    if (partners.length === 0) return [];
    const free = await this.availability.freeTime([actor.id, ...partners.map((p) => p.id)], from, to);
    const weeklyCounts = await this.weeklySessionCounts(this.db.manager, partners.map((p) => p.id), from, to);

    const byStart = new Map<number, Partner>();
    for (const partner of partners) {
      const shared = intersect(free.get(actor.id) ?? [], free.get(partner.id) ?? []);
      for (const start of slotStarts(shared, query.durationMinutes, SLOT_STEP_MINUTES)) {
        if (byStart.has(start)) continue; // an earlier-ranked partner already has this time
        if (query.kind !== 'peer_swap' && this.atCapacity(weeklyCounts, partner, start)) continue;
        byStart.set(start, partner);
      }
    }
    // Spread the proposals over several days rather than offering one afternoon.
    const perDay = new Map<string, number>();
    return [...byStart.entries()]
      .sort(([a], [b]) => a - b)
      .filter(([start]) => {
        const day = DateTime.fromMillis(start, { zone: actor.timeZone }).toISODate()!;
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
        return perDay.get(day)! <= MAX_PROPOSALS_PER_DAY;
      })
      .slice(0, MAX_PROPOSALS)
      .map(([start, partner]) => ({
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + query.durationMinutes * MINUTE).toISOString(),
        partner: { userId: partner.id, displayName: partner.displayName, timeZone: partner.timeZone },
        inYourZone: formatInZone(start, actor.timeZone),
        inPartnerZone: formatInZone(start, partner.timeZone),
      }));
  }

  /** Books one proposed slot atomically; the database refuses it if either person was booked meanwhile. */
  async book(actor: UserEntity, request: BookRequest): Promise<Session> {
    await this.requireCandidate(actor, request.cohortId);
    const start = Date.parse(request.startsAt);
    const end = start + request.durationMinutes * MINUTE;
    this.requireFuture(start);
    const sessionId = await this.withBookingConflicts(() =>
      this.db.transaction(async (manager) => {
        // Serialise bookings with this partner, so capacity is counted once per booking.
        await manager.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [request.partnerId]);
        const partner = (await this.eligiblePartners(manager, actor, request)).find((p) => p.id === request.partnerId);
        if (!partner) throw forbidden('That person is not a suitable partner for this session in your cohort.');
        const free = await this.availability.freeTime([actor.id, partner.id], start, end, manager);
        const bothFree = intersect(free.get(actor.id) ?? [], free.get(partner.id) ?? []);
        if (!bothFree.some((i) => i.start <= start && i.end >= end)) {
          throw conflict('That time is no longer free for both of you: pick another proposed slot.');
        }
        if (request.kind !== 'peer_swap') {
          const counts = await this.weeklySessionCounts(manager, [partner.id], start, end);
          if (this.atCapacity(counts, partner, start)) throw conflict(`${partner.displayName} is fully booked that week: pick another slot.`);
        }
        const partnerRole: ParticipantRole = request.kind === 'peer_swap' ? 'candidate' : 'interviewer';
        return this.insertSession(manager, actor, {
          cohortId: request.cohortId,
          kind: request.kind,
          track: request.track,
          personas: request.persona ? [request.persona] : [],
          start,
          end,
          participants: [
            { userId: actor.id, role: 'candidate' },
            { userId: partner.id, role: partnerRole },
          ],
        });
      }),
    );
    return this.get(actor, sessionId);
  }

  /** Coordinators place any members of their cohort into a session, up to 90 minutes. */
  async schedule(actor: UserEntity, cohortId: string, request: ScheduleRequest): Promise<Session> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const start = Date.parse(request.startsAt);
    this.requireFuture(start);
    const members = new Set((await this.cohorts.listMembers(actor, cohortId)).map((m) => m.userId));
    request.participants.forEach((p, i) => {
      if (!members.has(p.userId)) {
        throw badRequest(`participants.${i}.userId is not a member of this cohort.`, [
          { field: `participants.${i}.userId`, message: 'is not a member of this cohort' },
        ]);
      }
    });
    const sessionId = await this.withBookingConflicts(() =>
      this.db.transaction((manager) =>
        this.insertSession(manager, actor, {
          cohortId,
          kind: request.kind,
          track: request.track,
          personas: request.personas,
          start,
          end: start + request.durationMinutes * MINUTE,
          participants: request.participants,
          scriptId: request.scriptId,
        }),
      ),
    );
    return this.get(actor, sessionId);
  }

  async list(actor: UserEntity, scope: 'upcoming' | 'past', cohortId?: string): Promise<Session[]> {
    if (cohortId) await this.cohorts.requireCoordinator(actor, cohortId);
    const upcoming = scope === 'upcoming';
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM sessions s
       WHERE ${cohortId ? 's.cohort_id = $1' : 'EXISTS (SELECT 1 FROM session_participants p WHERE p.session_id = s.id AND p.user_id = $1)'}
         AND ${upcoming ? `s.ends_at >= now() AND s.status IN ('scheduled', 'live')` : `(s.ends_at < now() OR s.status NOT IN ('scheduled', 'live'))`}
       ORDER BY s.starts_at ${upcoming ? 'ASC' : 'DESC'} LIMIT 200`,
      [cohortId ?? actor.id],
    );
    return this.load(rows.map((r) => r.id));
  }

  /** Participants and the cohort's coordinators may see a session. */
  async get(actor: UserEntity, sessionId: string): Promise<Session> {
    const [session] = await this.load([sessionId]);
    if (!session) throw notFound('There is no session with that id.');
    await this.requireParticipantOrCoordinator(actor, session);
    return session;
  }

  async cancel(actor: UserEntity, sessionId: string, reason: string): Promise<Session> {
    await this.get(actor, sessionId);
    await this.db.transaction(async (manager) => {
      await this.lockStatus(manager, sessionId, ['scheduled'], 'cancelled');
      await manager.query(
        `UPDATE sessions SET status = 'cancelled', status_reason = $2, calendar_sequence = calendar_sequence + 1, updated_at = now() WHERE id = $1`,
        [sessionId, reason],
      );
      await manager.query(`UPDATE session_participants SET active = false WHERE session_id = $1`, [sessionId]);
      await this.notify(manager, sessionId, 'session-cancelled', actor, reason);
    });
    return this.get(actor, sessionId);
  }

  async reschedule(actor: UserEntity, sessionId: string, startsAt: string, durationMinutes: number | undefined, reason: string): Promise<Session> {
    const session = await this.get(actor, sessionId);
    const start = Date.parse(startsAt);
    this.requireFuture(start);
    const minutes = durationMinutes ?? (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MINUTE;
    const coordinator = session.cohortId !== null && (await this.isCoordinator(actor, session.cohortId));
    // A participant may move a long session as it is, but only a coordinator sets a length over 30 minutes.
    if (!coordinator && durationMinutes !== undefined && durationMinutes > SESSION_MINUTES.bookingMax) {
      throw badRequest(`durationMinutes must be at most ${SESSION_MINUTES.bookingMax}: longer sessions are set by a coordinator.`, [
        { field: 'durationMinutes', message: `must be at most ${SESSION_MINUTES.bookingMax} minutes` },
      ]);
    }
    const end = start + minutes * MINUTE;
    await this.withBookingConflicts(() =>
      this.db.transaction(async (manager) => {
        await this.lockStatus(manager, sessionId, ['scheduled'], 'moved');
        // A coordinator may place people anywhere; a participant may move the session only to a time
        // everyone has free, within the interviewers' weekly capacity, as when booking.
        if (!coordinator) await this.requireEveryoneFree(manager, session, start, end);
        await manager.query(
          `UPDATE sessions SET starts_at = $2, ends_at = $3, status_reason = $4, calendar_sequence = calendar_sequence + 1, updated_at = now() WHERE id = $1`,
          [sessionId, new Date(start), new Date(end), reason],
        );
        await manager.query(`UPDATE session_participants SET during = tstzrange($2, $3) WHERE session_id = $1`, [sessionId, new Date(start), new Date(end)]);
        await this.notify(manager, sessionId, 'session-rescheduled', actor, reason);
      }),
    );
    return this.get(actor, sessionId);
  }

  async markNoShow(actor: UserEntity, sessionId: string, userId: string, reason: string | undefined): Promise<Session> {
    const session = await this.get(actor, sessionId);
    if (Date.parse(session.startsAt) > Date.now()) throw conflict('The session has not started yet: a no-show can be recorded once it has.');
    if (!session.participants.some((p) => p.userId === userId)) throw badRequest('userId is not a participant of this session.', [{ field: 'userId', message: 'is not a participant of this session' }]);
    if (userId === actor.id) throw badRequest('You cannot mark yourself as a no-show.', [{ field: 'userId', message: 'cannot be yourself' }]);
    await this.db.transaction(async (manager) => {
      await this.lockStatus(manager, sessionId, ['scheduled', 'live', 'no_show'], 'marked with a no-show');
      await manager.query(`UPDATE session_participants SET no_show = true, active = false WHERE session_id = $1 AND user_id = $2`, [sessionId, userId]);
      await manager.query(`UPDATE sessions SET status = 'no_show', status_reason = $2, updated_at = now() WHERE id = $1`, [sessionId, reason ?? null]);
    });
    return this.get(actor, sessionId);
  }

  /**
   * Practice now (matching): a peer swap between two candidates that starts at once and lasts 30 minutes,
   * in the caller's transaction. The first person counts as the one who booked it. The exclusion
   * constraint still refuses it if either is in an overlapping session.
   */
  async startPeerSessionNow(
    manager: EntityManager,
    cohortId: string,
    track: Track,
    people: [UserEntity, UserEntity],
  ): Promise<{ id: string; startsAt: Date; endsAt: Date }> {
    const start = Date.now();
    const end = start + SESSION_MINUTES.default * MINUTE;
    const id = await this.insertSession(manager, people[0], {
      cohortId,
      kind: 'peer_swap',
      track,
      personas: [],
      start,
      end,
      participants: people.map((person) => ({ userId: person.id, role: 'candidate' as const })),
      quiet: true,
    });
    return { id, startsAt: new Date(start), endsAt: new Date(end) };
  }

  // ——— internals ———

  /**
   * Locks the session row and checks its status inside the caller's transaction, so of a cancel and a
   * move sent at once exactly one applies and the other gets 409 (never a moved, cancelled session).
   */
  private async lockStatus(manager: EntityManager, sessionId: string, allowed: SessionStatus[], verb: string): Promise<void> {
    const [row]: { status: SessionStatus }[] = await manager.query(`SELECT status FROM sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
    if (!allowed.includes(row.status)) {
      throw conflict(`This session is ${row.status.replace('_', '-')}, so it cannot be ${verb}.`);
    }
  }

  /** Everyone in the session is free over [start, end) (its own current time aside), and interviewers have room that week. */
  private async requireEveryoneFree(manager: EntityManager, session: Session, start: number, end: number): Promise<void> {
    const ids = session.participants.map((p) => p.userId);
    const free = await this.availability.freeTime(ids, start, end, manager, session.id);
    for (const person of session.participants) {
      if (!(free.get(person.userId) ?? []).some((i) => i.start <= start && i.end >= end)) {
        throw conflict(`${person.displayName} is not available then: pick a time from their availability, or ask a coordinator.`);
      }
    }
    const interviewers = session.participants.filter((p) => p.role === 'interviewer');
    if (interviewers.length === 0) return;
    const counts = await this.weeklySessionCounts(manager, interviewers.map((p) => p.userId), start, end, session.id);
    const capacities: { id: string; weekly_capacity: number }[] = await manager.query(
      `SELECT id, weekly_capacity FROM users WHERE id = ANY($1::uuid[])`,
      [interviewers.map((p) => p.userId)],
    );
    for (const person of interviewers) {
      const capacity = capacities.find((c) => c.id === person.userId)?.weekly_capacity ?? 0;
      const partner = { id: person.userId, timeZone: person.timeZone, weeklyCapacity: capacity } as Partner;
      if (this.atCapacity(counts, partner, start)) throw conflict(`${person.displayName} is fully booked that week: pick another time.`);
    }
  }

  private async insertSession(
    manager: EntityManager,
    actor: UserEntity,
    plan: { cohortId: string; kind: SessionKind; track: Track; personas: Persona[]; start: number; end: number; participants: { userId: string; role: ParticipantRole }[]; scriptId?: string; quiet?: boolean },
  ): Promise<string> {
    const scriptId = plan.scriptId ?? (await this.defaultScriptId(manager, plan.track, plan.personas[0]));
    const snapshot = scriptId ? await this.scripts.snapshot(manager, scriptId, plan.cohortId) : null;
    const repository = manager.getRepository(SessionEntity);
    const session = await repository.save(
      repository.create({
        cohortId: plan.cohortId,
        kind: plan.kind,
        track: plan.track,
        personas: plan.personas,
        startsAt: new Date(plan.start),
        endsAt: new Date(plan.end),
        status: 'scheduled',
        scriptSnapshotId: snapshot?.id ?? null,
        calendarSequence: 0,
        statusReason: null,
        createdBy: actor.id,
      }),
    );
    for (const participant of plan.participants) {
      await manager.query(
        `INSERT INTO session_participants (session_id, user_id, role, during) VALUES ($1, $2, $3, tstzrange($4, $5))`,
        [session.id, participant.userId, participant.role, new Date(plan.start), new Date(plan.end)],
      );
    }
    // An instant session needs no e-mail or reminder: both people are on the page already.
    if (!plan.quiet) await this.notify(manager, session.id, 'session-booked', actor);
    return session.id;
  }

  private async defaultScriptId(manager: EntityManager, track: Track, persona: Persona | undefined): Promise<string | undefined> {
    const key = `${track}.${persona ?? TRACK_PERSONAS[track][0]}`;
    const rows: { id: string }[] = await manager.query(`SELECT id FROM scripts WHERE built_in_key = $1`, [key]);
    return rows[0]?.id;
  }

  /** Mentors (for mentor and informational sessions) or fellow candidates (peer swaps) in the cohort, ranked fairly. */
  private async eligiblePartners(
    manager: EntityManager,
    actor: UserEntity,
    query: { cohortId: string; kind: SessionKind; track: Track; persona?: Persona },
  ): Promise<Partner[]> {
    const role = query.kind === 'peer_swap' ? 'candidate' : 'mentor';
    const rows: { id: string; display_name: string; time_zone: string; weekly_capacity: number; load: number; past_pairings: number }[] = await manager.query(
      `SELECT u.id, u.display_name, u.time_zone, u.weekly_capacity,
         (SELECT count(*)::int FROM session_participants p JOIN sessions s ON s.id = p.session_id
            WHERE p.user_id = u.id AND p.active AND s.starts_at > now() - interval '7 days' AND s.starts_at < now() + interval '60 days') AS load,
         (SELECT count(*)::int FROM session_participants p JOIN session_participants mine ON mine.session_id = p.session_id AND mine.user_id = $2
            JOIN sessions s ON s.id = p.session_id WHERE p.user_id = u.id AND s.status <> 'cancelled') AS past_pairings
       FROM users u JOIN cohort_members m ON m.user_id = u.id AND m.cohort_id = $1 AND m.role = $3
       WHERE u.id <> $2
         -- A mentor asked for by persona is matched on the persona; otherwise on the profile's track.
         AND (($3 = 'mentor' AND $5::text IS NOT NULL) OR u.track IS NULL OR u.track = $4)
         AND ($5::text IS NULL OR $3 = 'candidate' OR cardinality(u.interviewer_personas) = 0 OR $5 = ANY (u.interviewer_personas))
       ORDER BY past_pairings ASC, load ASC, u.id`,
      [query.cohortId, actor.id, role, query.track, query.persona ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      timeZone: r.time_zone,
      weeklyCapacity: r.weekly_capacity,
      load: r.load,
      pastPairings: r.past_pairings,
    }));
  }

  /** Active sessions per person per ISO week (in that person's zone), around [from, to). */
  private async weeklySessionCounts(manager: EntityManager, userIds: string[], from: number, to: number, ignoreSessionId?: string): Promise<Map<string, number>> {
    const rows: { user_id: string; time_zone: string; starts_at: Date }[] = await manager.query(
      `SELECT p.user_id, u.time_zone, s.starts_at FROM session_participants p
       JOIN sessions s ON s.id = p.session_id JOIN users u ON u.id = p.user_id
       WHERE p.active AND p.user_id = ANY($1::uuid[]) AND s.starts_at >= $2 AND s.starts_at < $3 AND s.id IS DISTINCT FROM $4::uuid`,
      [userIds, new Date(from - 7 * 24 * 60 * MINUTE), new Date(to + 7 * 24 * 60 * MINUTE), ignoreSessionId ?? null],
    );
    const counts = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.user_id}:${isoWeek(row.starts_at.getTime(), row.time_zone)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  private atCapacity(counts: Map<string, number>, partner: Partner, start: number): boolean {
    return (counts.get(`${partner.id}:${isoWeek(start, partner.timeZone)}`) ?? 0) >= partner.weeklyCapacity;
  }

  private async requireCandidate(actor: UserEntity, cohortId: string): Promise<void> {
    const roles = await this.cohorts.requireMember(actor, cohortId);
    if (!roles.includes('candidate')) throw forbidden('Only candidates of this cohort book practice sessions here.');
  }

  private requireFuture(start: number): void {
    if (start < Date.now() + MIN_LEAD_MINUTES * MINUTE) {
      throw badRequest(`startsAt must be at least ${MIN_LEAD_MINUTES} minutes from now.`, [
        { field: 'startsAt', message: `must be at least ${MIN_LEAD_MINUTES} minutes from now` },
      ]);
    }
    if (start > Date.now() + MAX_AHEAD_DAYS * 24 * 60 * MINUTE) {
      throw badRequest(`startsAt must be within ${MAX_AHEAD_DAYS} days from now.`, [
        { field: 'startsAt', message: `must be within ${MAX_AHEAD_DAYS} days from now` },
      ]);
    }
  }

  private async isCoordinator(actor: UserEntity, cohortId: string): Promise<boolean> {
    const roles: { role: string }[] = await this.db.query(
      `SELECT role FROM cohort_members WHERE cohort_id = $1 AND user_id = $2 AND role = 'coordinator'`,
      [cohortId, actor.id],
    );
    return roles.length > 0;
  }

  private async requireParticipantOrCoordinator(actor: UserEntity, session: Session): Promise<void> {
    if (session.participants.some((p) => p.userId === actor.id)) return;
    if (session.cohortId && (await this.isCoordinator(actor, session.cohortId))) return;
    throw forbidden('Only the people in this session and its cohort’s coordinators can see or change it.');
  }

  /** Turns the database's double-booking refusal into a 409 that says who is busy. */
  private async withBookingConflicts<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isExclusionViolation(error, NO_DOUBLE_BOOKING)) throw error;
      const detail = (error as { driverError?: { detail?: string } }).driverError?.detail ?? '';
      const userId = /\(user_id, during\)=\(([0-9a-f-]{36})/.exec(detail)?.[1];
      const rows: { display_name: string }[] = userId ? await this.db.query(`SELECT display_name FROM users WHERE id = $1`, [userId]) : [];
      throw conflict(`${rows[0]?.display_name ?? 'Someone'} is already booked at that time: pick another slot.`);
    }
  }

  private async load(sessionIds: string[]): Promise<Session[]> {
    if (sessionIds.length === 0) return [];
    const sessions = await this.db.getRepository(SessionEntity).find({ where: sessionIds.map((id) => ({ id })) });
    const participants: ParticipantRow[] = await this.db.query(
      `SELECT p.session_id, p.user_id, u.display_name, u.time_zone, u.email, p.role, p.no_show
       FROM session_participants p JOIN users u ON u.id = p.user_id
       WHERE p.session_id = ANY($1::uuid[])
       ORDER BY array_position(ARRAY['interviewer', 'candidate', 'observer'], p.role), u.display_name`,
      [sessionIds],
    );
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return sessionIds.flatMap((id) => {
      const s = byId.get(id);
      if (!s) return [];
      return [
        {
          id: s.id,
          cohortId: s.cohortId,
          kind: s.kind,
          track: s.track,
          personas: s.personas,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          status: s.status,
          statusReason: s.statusReason,
          scriptSnapshotId: s.scriptSnapshotId,
          calendarSequence: s.calendarSequence,
          participants: participants
            .filter((p) => p.session_id === id)
            .map((p) => ({ userId: p.user_id, displayName: p.display_name, timeZone: p.time_zone, role: p.role, noShow: p.no_show })),
        },
      ];
    });
  }

  /**
   * Queues a notice to every participant (the one who acted too: their calendar needs the invite), each showing the time in the reader's
   * own zone and in the others' zones, with a calendar invite (a stable UID per session, SEQUENCE = the session's
   * calendar_sequence; METHOD:CANCEL on cancellation). Then brings the session's reminder jobs up to date.
   * All of it in the caller's transaction.
   */
  private async notify(
    manager: EntityManager,
    sessionId: string,
    kind: 'session-booked' | 'session-cancelled' | 'session-rescheduled',
    actor: UserEntity,
    reason?: string,
  ): Promise<void> {
    const [session] = await manager.query(`SELECT * FROM sessions WHERE id = $1`, [sessionId]);
    const people: ParticipantRow[] = await manager.query(
      `SELECT p.session_id, p.user_id, u.display_name, u.time_zone, u.email, p.role, p.no_show
       FROM session_participants p JOIN users u ON u.id = p.user_id WHERE p.session_id = $1
       ORDER BY array_position(ARRAY['interviewer', 'candidate', 'observer'], p.role), u.display_name`,
      [sessionId],
    );
    const title = SESSION_KIND_LABELS[session.kind as SessionKind];
    const start = (session.starts_at as Date).getTime();
    const minutes = ((session.ends_at as Date).getTime() - start) / MINUTE;
    for (const reader of people) {
      const others = people.filter((p) => p.user_id !== reader.user_id);
      const verb = { 'session-booked': 'is booked', 'session-cancelled': 'was cancelled', 'session-rescheduled': 'was moved' }[kind];
      const times = [
        `Your time: ${formatInZone(start, reader.time_zone)}`,
        ...others.map((o) => `${o.display_name}'s time: ${formatInZone(start, o.time_zone)}`),
      ];
      const withWhom = others.map((o) => o.display_name).join(', ');
      await this.outbox.enqueue(manager, {
        kind,
        toAddress: reader.email,
        subject: `${title} ${verb}: ${formatInZone(start, reader.time_zone)}`,
        textBody: [
          `Hello ${reader.display_name},`,
          ``,
          `Your ${title.toLowerCase()} with ${withWhom} ${verb}${kind === 'session-cancelled' ? '' : ` (${minutes} minutes)`}.`,
          ``,
          ...times,
          ...(reason ? [``, `Reason from ${actor.displayName}: ${reason}`] : []),
          ``,
          kind === 'session-cancelled' ? `The attached invite removes it from your calendar.` : `The attached invite puts it in your calendar.`,
        ].join('\n'),
        metadata: { sessionId, sequence: session.calendar_sequence, userId: reader.user_id },
        ics: this.invites.build({
          method: kind === 'session-cancelled' ? 'CANCEL' : 'REQUEST',
          sessionId,
          sequence: session.calendar_sequence,
          startsAt: session.starts_at,
          endsAt: session.ends_at,
          summary: `${title} with ${withWhom}`,
          description: [...times, ...(reason ? [``, `${actor.displayName}: ${reason}`] : [])].join('\n'),
          attendees: people.map((p) => ({ name: p.display_name, email: p.email })),
          timeZone: reader.time_zone,
        }),
      });
    }
    await this.reminders.schedule(manager, sessionId);
  }
}

function isoWeek(instant: number, timeZone: string): string {
  const local = DateTime.fromMillis(instant, { zone: timeZone });
  return `${local.weekYear}-W${local.weekNumber}`;
}
