import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BOOKING_RULES,
  DAY,
  MINUTE,
  SESSION_MINUTES,
  TRACK_PERSONAS,
  intersect,
  startTimeProblem,
  type ParticipantRole,
  type Persona,
  type routes,
  type Session,
  type SessionKind,
  type SlotProposal,
  type Track,
  type ValidatedBody,
  type ValidatedQuery,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { badRequest, conflict, forbidden } from '../common/problem.js';
import { ScriptsService } from '../questions/scripts.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AvailabilityService } from './availability.service.js';
import { doubleBookedUserId } from './double-booking.js';
import { InterviewSessionsService } from './interview-sessions.service.js';
import { PeerStartChecks } from './peer-start-checks.service.js';
import { SessionHooks } from './session-hooks.js';
import { SessionNotices, type SessionNotice } from './session-notices.service.js';
import { SessionsRepository } from './sessions.repository.js';
import { atCapacity, countByWeek, proposeSlots, type WeeklyCounts } from './slot-finder.js';

type SlotQuery = ValidatedQuery<typeof routes.proposeSlots>;
type BookRequest = ValidatedBody<typeof routes.bookSession>;
type ScheduleRequest = ValidatedBody<typeof routes.scheduleSession>;

export interface SessionPlan {
  cohortId: string;
  kind: SessionKind;
  track: Track;
  personas: Persona[];
  start: number;
  end: number;
  participants: { userId: string; role: ParticipantRole }[];
  scriptId?: string;
  /** Practice now: started at once, so no e-mail or reminder (both people are on the page already), and never moved. */
  instant?: boolean;
  /** How its invites name it and what they add for each reader (an interview day adds the reader's itinerary). */
  notice?: Pick<SessionNotice, 'title' | 'moreFor'>;
}

/** Finding times, booking them (candidates), scheduling them (coordinators) and starting practice-now sessions. */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly interviewSessions: InterviewSessionsService,
    private readonly cohorts: CohortsService,
    private readonly users: UsersService,
    private readonly availability: AvailabilityService,
    private readonly scripts: ScriptsService,
    private readonly notices: SessionNotices,
    private readonly startChecks: PeerStartChecks,
    private readonly hooks: SessionHooks,
  ) {}

  /**
   * The next times the candidate and a suitable partner are both free. For each time, the partner
   * offered is the least-loaded one, preferring someone the candidate has not practised with yet.
   */
  async proposeSlots(actor: UserEntity, query: SlotQuery): Promise<SlotProposal[]> {
    await this.requireCandidate(actor, query.cohortId);
    const from = Math.max(query.from ? Date.parse(query.from) : 0, Date.now() + BOOKING_RULES.minNoticeMinutes * MINUTE);
    const to = from + query.days * DAY;
    const partners = await this.sessions.partners(this.db.manager, actor.id, query);
    if (partners.length === 0) return [];
    return proposeSlots({
      candidate: actor,
      partners,
      free: await this.availability.freeTime([actor.id, ...partners.map((p) => p.id)], from, to),
      weeklyCounts: await this.weeklyCounts(
        this.db.manager,
        partners.map((p) => p.id),
        from,
        to,
      ),
      ignoreCapacity: query.kind === 'peer_swap',
      durationMinutes: query.durationMinutes,
    });
  }

  /** Books one proposed slot atomically; the database refuses it if either person was booked meanwhile. */
  async book(actor: UserEntity, request: BookRequest): Promise<Session> {
    await this.requireCandidate(actor, request.cohortId);
    const start = Date.parse(request.startsAt);
    const end = start + request.durationMinutes * MINUTE;
    requireBookableStart(start);
    const sessionId = await this.withBookingConflicts(() =>
      this.db.transaction(async (manager) => {
        // Serialise bookings with this partner, so capacity is counted once per booking.
        await this.users.lock(manager, request.partnerId);
        const partner = (await this.sessions.partners(manager, actor.id, request)).find((p) => p.id === request.partnerId);
        if (!partner) throw forbidden('That person is not a suitable partner for this session in your cohort.');
        const free = await this.availability.freeTime([actor.id, partner.id], start, end, manager);
        const bothFree = intersect(free.get(actor.id) ?? [], free.get(partner.id) ?? []);
        if (!bothFree.some((i) => i.start <= start && i.end >= end)) {
          throw conflict('That time is no longer free for both of you: pick another proposed slot.');
        }
        if (
          request.kind !== 'peer_swap' &&
          atCapacity(await this.weeklyCounts(manager, [partner.id], start, end), partner, start)
        ) {
          throw conflict(`${partner.displayName} is fully booked that week: pick another slot.`);
        }
        const partnerRole: ParticipantRole = request.kind === 'peer_swap' ? 'candidate' : 'interviewer';
        return this.createOne(manager, actor, {
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
    return this.interviewSessions.get(actor, sessionId);
  }

  /** Coordinators place any members of their cohort into a session, up to 90 minutes. */
  async schedule(actor: UserEntity, cohortId: string, request: ScheduleRequest): Promise<Session> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    const start = Date.parse(request.startsAt);
    requireBookableStart(start);
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
        this.createOne(manager, actor, {
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
    return this.interviewSessions.get(actor, sessionId);
  }

  /**
   * Practice now (matching): peer swaps between pairs of candidates (user ids) that start at once and last 30 minutes,
   * made together in the caller's transaction with a few statements however many pairs there are. The first
   * person of a pair counts as the one who booked it. Nobody is e-mailed: both are on the page already. The
   * exclusion constraint still refuses the whole batch if anyone is in an overlapping session, so the caller
   * leaves busy people out first.
   */
  async startPeerSessionsNow(
    manager: EntityManager,
    cohortId: string,
    track: Track,
    pairs: [string, string][],
  ): Promise<{ id: string; startsAt: Date; endsAt: Date }[]> {
    const start = Date.now();
    const end = start + SESSION_MINUTES.default * MINUTE;
    const ids = await this.store(
      manager,
      pairs.map(([first, second]) => ({
        cohortId,
        kind: 'peer_swap' as const,
        track,
        personas: [],
        start,
        end,
        participants: [first, second].map((userId) => ({ userId, role: 'candidate' as const })),
        instant: true,
        createdBy: first,
      })),
    );
    return ids.map((id) => ({ id, startsAt: new Date(start), endsAt: new Date(end) }));
  }

  /** The earliest active session of a person overlapping [from, to), if any (practice now refuses to overlap one). */
  async firstBusyTime(
    manager: EntityManager,
    userId: string,
    from: number,
    to: number,
  ): Promise<{ start: number; end: number } | undefined> {
    const busy = await this.sessions.busyTimes(manager, [userId], from, to);
    return busy.sort((a, b) => a.start - b.start)[0];
  }

  /**
   * A coordinator's sessions inside the caller's transaction (an interview day makes hundreds at once, with a
   * few statements): snapshots, participants, start checks, notices and reminders exactly as `schedule` makes them. The caller checks
   * access and membership, and maps the database's double-booking refusal with `withBookingConflicts`.
   */
  createInTransaction(manager: EntityManager, actor: UserEntity, plans: SessionPlan[]): Promise<string[]> {
    return this.create(manager, actor, plans);
  }

  /** The active sessions of these people overlapping [from, to), inside the caller's transaction. */
  busyTimes(manager: EntityManager, userIds: string[], from: number, to: number) {
    return this.sessions.busyTimes(manager, userIds, from, to);
  }

  /** Active sessions per person per ISO week (in that person's zone), around [from, to). */
  async weeklyCounts(
    manager: EntityManager,
    userIds: string[],
    from: number,
    to: number,
    ignoreSessionId?: string,
  ): Promise<WeeklyCounts> {
    return countByWeek(await this.sessions.bookedStarts(manager, userIds, from - 7 * DAY, to + 7 * DAY, ignoreSessionId));
  }

  /** Turns the database's double-booking refusal into a 409 that says who is busy. */
  async withBookingConflicts<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const busyUserId = doubleBookedUserId(error);
      if (busyUserId === undefined) throw error;
      const name = busyUserId ? await this.users.displayNameOf(busyUserId) : undefined;
      throw conflict(`${name ?? 'Someone'} is already booked at that time: pick another slot.`);
    }
  }

  private async createOne(manager: EntityManager, actor: UserEntity, plan: SessionPlan): Promise<string> {
    const [id] = await this.create(manager, actor, [plan]);
    return id;
  }

  /** Stores sessions booked by `actor` together and sends their invites; resolves to their ids, in order. */
  private async create(manager: EntityManager, actor: UserEntity, plans: SessionPlan[]): Promise<string[]> {
    const ids = await this.store(
      manager,
      plans.map((plan) => ({ ...plan, createdBy: actor.id })),
    );
    const booked = plans.flatMap((plan, i) => (plan.instant ? [] : [{ plan, sessionId: ids[i] }]));
    if (booked.length === 0) return ids;
    const people = await this.sessions.peopleBySession(
      manager,
      booked.map((b) => b.sessionId),
    );
    await this.notices.sendBooked(
      manager,
      booked.map(({ plan, sessionId }) => ({
        change: 'session-booked' as const,
        sessionId,
        kind: plan.kind,
        start: plan.start,
        end: plan.end,
        sequence: 0,
        people: people.get(sessionId) ?? [],
        actor,
        ...plan.notice,
      })),
    );
    return ids;
  }

  /**
   * Writes sessions made together, with a few statements however many: one script snapshot per script (a
   * snapshot is frozen, so sessions may share it), the sessions and their participants, peer sessions' start
   * checks, and what other features do when a session's time is set (its no-show check).
   */
  private async store(manager: EntityManager, plans: (SessionPlan & { createdBy: string })[]): Promise<string[]> {
    if (plans.length === 0) return [];
    const snapshots = new Map<string, Promise<string | null>>();
    const snapshotFor = async (plan: SessionPlan) => {
      const scriptId =
        plan.scriptId ??
        (await this.scripts.builtInScriptId(manager, plan.track, plan.personas[0] ?? TRACK_PERSONAS[plan.track][0]));
      if (!scriptId) return null;
      const key = `${plan.cohortId}:${scriptId}`;
      if (!snapshots.has(key))
        snapshots.set(
          key,
          this.scripts.snapshot(manager, scriptId, plan.cohortId).then((s) => s.id),
        );
      return snapshots.get(key)!;
    };
    const snapshotIds: (string | null)[] = [];
    // One after another: they share the transaction's connection.
    for (const plan of plans) snapshotIds.push(await snapshotFor(plan));
    const ids = await this.sessions.insertMany(
      manager,
      plans.map((plan, i) => ({
        cohortId: plan.cohortId,
        kind: plan.kind,
        track: plan.track,
        personas: plan.personas,
        start: plan.start,
        end: plan.end,
        participants: plan.participants,
        scriptSnapshotId: snapshotIds[i],
        createdBy: plan.createdBy,
        instant: plan.instant ?? false,
      })),
    );
    await this.startChecks.scheduleNew(
      manager,
      plans.flatMap((plan, i) => (plan.kind === 'peer_swap' ? [{ id: ids[i], start: plan.start }] : [])),
    );
    await this.hooks.timeSet(manager, ...plans.map((plan, i) => ({ sessionId: ids[i], start: plan.start, end: plan.end })));
    return ids;
  }

  private async requireCandidate(actor: UserEntity, cohortId: string): Promise<void> {
    const roles = await this.cohorts.requireMember(actor, cohortId);
    if (!roles.includes('candidate')) throw forbidden('Only candidates of this cohort book practice sessions here.');
  }
}

/** A 400 naming startsAt when it is too soon or too far ahead. */
export function requireBookableStart(start: number): void {
  const problem = startTimeProblem(start, Date.now());
  if (problem) throw badRequest(`startsAt ${problem}.`, [{ field: 'startsAt', message: problem }]);
}
