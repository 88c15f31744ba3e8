import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatInZone,
  MINUTE,
  SESSION_MINUTES,
  type PracticeCancelReason,
  type PracticeJoinRequest,
  type PracticeJoinResult,
  type PracticeLeaveRequest,
  type PracticeLeaveResult,
  type PracticeMatched,
  type Track,
} from '@rounds/shared';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource, EntityManager, In } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ApiProblem } from '../common/problem.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { SocketRequestError } from '../realtime/socket-request-error.js';
import type { AppSocket } from '../realtime/socket.types.js';
import { BookingService } from '../scheduling/booking.service.js';
import { doubleBookedUserId } from '../scheduling/double-booking.js';
import { UserEntity } from '../users/user.entity.js';
import { ANY_PAIR_EXISTS, LOCK_NEXT_PAIR, pairParameters, POSITION_OF, WAITING_POSITIONS } from './practice-queue.sql.js';

/** Every instance sweeps this often: pairs what joins missed (and adjacent levels whose wait is over), renews leases. */
export const SWEEP_INTERVAL_MS = 5_000;
/** A waiting ticket whose person no instance has seen connected for this long is cancelled ('expired'). */
export const LEASE_SECONDS = 30;
/** When another instance holds the rows of the only pair, try again a little later, this many times. */
const MAX_CONTENDED_RETRIES = 40;

interface Scope {
  cohortId: string;
  track: Track;
}

interface PairRow {
  a_id: string;
  a_user_id: string;
  b_id: string;
  b_user_id: string;
}

interface Match {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  tickets: { ticketId: string; userId: string; displayName: string; timeZone: string }[];
}

type PairOutcome = { kind: 'paired'; match: Match } | { kind: 'contended' } | { kind: 'none' };

interface ScopeRun {
  again: boolean;
}

/**
 * "Practice now": candidates wait in a queue per cohort and track and are paired into a peer-swap
 * session that starts at once. Pairing runs after every join and on a periodic sweep, on every instance;
 * each pair is made in one transaction that locks both tickets (FOR UPDATE SKIP LOCKED), creates the
 * session and marks both matched, so a ticket is matched at most once however many instances race.
 */
@Injectable()
export class PracticeQueueService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('PracticeQueue');
  private readonly pending = new Set<Promise<unknown>>();
  private readonly runs = new Map<string, ScopeRun>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private closing = false;
  /** Counters since start-up, for logs and tests: pairs this instance made, and rounds that found the rows held elsewhere. */
  readonly stats = { pairsMade: 0, contendedRounds: 0 };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsService,
    private readonly booking: BookingService,
    private readonly realtime: RealtimeService,
  ) {}

  onApplicationBootstrap(): void {
    this.sweepTimer = setInterval(() => this.background(this.sweep()), SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  /** Before socket.io and the database close: no new work, and what is running finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweepTimer);
    await this.settled();
  }

  /** Resolves once the background work started so far (pairing, cancellations, notices) is done. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  // ——— requests ———

  join(user: UserEntity, request: PracticeJoinRequest): Promise<PracticeJoinResult> {
    this.requireOpen();
    return this.inFlight(() => this.joinNow(user, request));
  }

  leave(user: UserEntity, request: PracticeLeaveRequest): Promise<PracticeLeaveResult> {
    this.requireOpen();
    return this.inFlight(async () => ({ cancelledTicketId: await this.cancelWaiting(user.id, 'left', request.ticketId) }));
  }

  private async joinNow(user: UserEntity, request: PracticeJoinRequest): Promise<PracticeJoinResult> {
    await this.requireCandidate(user, request.cohortId);
    const result = await this.db.transaction(async (manager) => {
      await this.requireFree(manager, user);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO practice_tickets (user_id, cohort_id, track, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) WHERE status = 'waiting' DO NOTHING
         RETURNING id`,
        [user.id, request.cohortId, request.track, request.level],
      );
      if (inserted.length === 0) throw await this.alreadyWaiting(manager, user);
      const [{ position }]: { position: number }[] = await manager.query(POSITION_OF, [inserted[0].id]);
      return { ticketId: inserted[0].id, position };
    });
    this.requestPairing({ cohortId: request.cohortId, track: request.track });
    return result;
  }

  /** A new connection of someone already waiting learns its place at once (a reload, another tab or instance). */
  onConnect(socket: AppSocket): void {
    if (this.closing) return;
    this.background(
      (async () => {
        const rows: { id: string }[] = await this.db.query(`SELECT id FROM practice_tickets WHERE user_id = $1 AND status = 'waiting'`, [socket.data.userId]);
        if (!rows[0]) return;
        const [{ position }]: { position: number }[] = await this.db.query(POSITION_OF, [rows[0].id]);
        if (position > 0 && socket.connected) this.realtime.emitToSocket(socket, 'practice:position', { ticketId: rows[0].id, position });
      })(),
    );
  }

  /**
   * The person's waiting ticket is cancelled when their last socket closes, on whichever instance it was:
   * the other instances are asked (through the adapter) whether they still hold one. A server shutting
   * down cancels nothing: its clients reconnect elsewhere, and the lease covers those who do not.
   */
  onDisconnect(userId: string | undefined, reason: string | undefined): void {
    if (!userId || this.closing || reason === 'server shutting down') return;
    this.background(
      (async () => {
        const waiting: unknown[] = await this.db.query(`SELECT 1 FROM practice_tickets WHERE user_id = $1 AND status = 'waiting'`, [userId]);
        if (waiting.length === 0) return;
        const connected = await this.realtime.isConnectedAnywhere(userId);
        if (connected === false) await this.cancelWaiting(userId, 'disconnected');
      })(),
    );
  }

  // ——— pairing ———

  /**
   * Pairs what can be paired in one cohort and track. Runs at most once at a time per scope on this
   * instance; a request that arrives meanwhile makes the running one go round again.
   */
  requestPairing(scope: Scope): void {
    if (this.closing) return;
    const key = `${scope.cohortId}:${scope.track}`;
    const running = this.runs.get(key);
    if (running) {
      running.again = true;
      return;
    }
    const run: ScopeRun = { again: true };
    this.runs.set(key, run);
    this.background(
      (async () => {
        try {
          while (run.again && !this.closing) {
            run.again = false;
            await this.drain(scope);
          }
        } finally {
          this.runs.delete(key);
        }
      })(),
    );
  }

  /**
   * One round for every instance: renew the leases of people connected here, expire stale tickets, and
   * pair every scope with two or more waiting tickets (adjacent levels become acceptable with time).
   */
  async sweep(): Promise<void> {
    if (this.closing) return;
    const here = this.realtime.localUserIds();
    if (here.length > 0) {
      await this.db.query(`UPDATE practice_tickets SET seen_at = now() WHERE status = 'waiting' AND user_id = ANY($1::uuid[])`, [here]);
    }
    const [expired]: [{ id: string; user_id: string; cohort_id: string; track: Track }[], number] = await this.db.query(
      `UPDATE practice_tickets SET status = 'cancelled', cancelled_at = now(), cancel_reason = 'expired'
       WHERE status = 'waiting' AND seen_at < now() - make_interval(secs => $1)
       RETURNING id, user_id, cohort_id, track`,
      [LEASE_SECONDS],
    );
    for (const ticket of expired) this.realtime.emitToUser(ticket.user_id, 'practice:cancelled', { ticketId: ticket.id, reason: 'expired' });
    for (const scope of uniqueScopes(expired)) await this.emitPositions(scope);

    const scopes: { cohort_id: string; track: Track }[] = await this.db.query(
      `SELECT cohort_id, track FROM practice_tickets WHERE status = 'waiting' GROUP BY cohort_id, track HAVING count(*) >= 2`,
    );
    for (const scope of scopes) this.requestPairing({ cohortId: scope.cohort_id, track: scope.track });
  }

  /** Makes pairs until none is left; announces each as soon as it is committed. */
  private async drain(scope: Scope): Promise<void> {
    let paired = 0;
    let contended = 0;
    let busy = 0;
    while (!this.closing) {
      let outcome: PairOutcome;
      try {
        outcome = await this.pairOnce(scope);
      } catch (error) {
        // Someone in the pair was booked into an overlapping session meanwhile: they cannot practise now.
        const busyUserId = doubleBookedUserId(error);
        if (busyUserId && busy++ < 10) {
          await this.cancelWaiting(busyUserId, 'busy');
          continue;
        }
        this.log.error({ err: error, ...scope }, 'practice pairing failed');
        break;
      }
      if (outcome.kind === 'paired') {
        paired += 1;
        this.stats.pairsMade += 1;
        contended = 0;
        this.announce(outcome.match);
        continue;
      }
      if (outcome.kind === 'contended') this.stats.contendedRounds += 1;
      if (outcome.kind === 'contended' && contended++ < MAX_CONTENDED_RETRIES) {
        // Another instance holds a row of the pair; it either pairs it or lets go within milliseconds.
        await delay(2 + Math.random() * 18, undefined, { ref: false });
        continue;
      }
      if (outcome.kind === 'contended') this.log.warn({ ...scope }, 'pairing still contended: the sweep will retry');
      break;
    }
    if (paired > 0) await this.emitPositions(scope);
  }

  /** One transaction: lock the next pair, start their session, mark both tickets matched. */
  private pairOnce(scope: Scope): Promise<PairOutcome> {
    return this.db.transaction(async (manager): Promise<PairOutcome> => {
      const parameters = pairParameters(scope.cohortId, scope.track);
      const [pair]: PairRow[] = await manager.query(LOCK_NEXT_PAIR, parameters);
      if (!pair) {
        const [{ exists }]: { exists: boolean }[] = await manager.query(ANY_PAIR_EXISTS, parameters);
        return { kind: exists ? 'contended' : 'none' };
      }
      const people = await manager.getRepository(UserEntity).findBy({ id: In([pair.a_user_id, pair.b_user_id]) });
      const person = (id: string) => people.find((p) => p.id === id)!;
      const session = await this.booking.startPeerSessionNow(manager, scope.cohortId, scope.track, [person(pair.a_user_id), person(pair.b_user_id)]);
      const [updated]: [{ id: string }[], number] = await manager.query(
        `UPDATE practice_tickets SET status = 'matched', session_id = $2, matched_at = now()
         WHERE id = ANY($1::uuid[]) AND status = 'waiting' RETURNING id`,
        [[pair.a_id, pair.b_id], session.id],
      );
      // Both rows are locked by this transaction and were waiting: anything else is a bug, and nothing is kept.
      if (updated.length !== 2) throw new Error(`practice pair ${pair.a_id}/${pair.b_id} was no longer waiting`);
      return {
        kind: 'paired',
        match: {
          sessionId: session.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          tickets: [
            { ticketId: pair.a_id, userId: pair.a_user_id, displayName: person(pair.a_user_id).displayName, timeZone: person(pair.a_user_id).timeZone },
            { ticketId: pair.b_id, userId: pair.b_user_id, displayName: person(pair.b_user_id).displayName, timeZone: person(pair.b_user_id).timeZone },
          ],
        },
      };
    });
  }

  private announce(match: Match): void {
    const [first, second] = match.tickets;
    for (const [me, partner] of [
      [first, second],
      [second, first],
    ]) {
      const payload: PracticeMatched = {
        ticketId: me.ticketId,
        sessionId: match.sessionId,
        partner: { userId: partner.userId, displayName: partner.displayName, timeZone: partner.timeZone },
        startsAt: match.startsAt.toISOString(),
        endsAt: match.endsAt.toISOString(),
        joinPath: `/sessions/${match.sessionId}`,
      };
      this.realtime.emitToUser(me.userId, 'practice:matched', payload);
    }
  }

  // ——— helpers ———

  /** Cancels the person's waiting ticket (only `ticketId` when given); tells every tab and the rest of the line. */
  private async cancelWaiting(userId: string, reason: PracticeCancelReason, ticketId?: string): Promise<string | null> {
    const [rows]: [{ id: string; cohort_id: string; track: Track }[], number] = await this.db.query(
      `UPDATE practice_tickets SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2
       WHERE user_id = $1 AND status = 'waiting' AND ($3::uuid IS NULL OR id = $3)
       RETURNING id, cohort_id, track`,
      [userId, reason, ticketId ?? null],
    );
    const ticket = rows[0];
    if (!ticket) return null;
    this.realtime.emitToUser(userId, 'practice:cancelled', { ticketId: ticket.id, reason });
    await this.emitPositions({ cohortId: ticket.cohort_id, track: ticket.track });
    return ticket.id;
  }

  private async emitPositions(scope: Scope): Promise<void> {
    const rows: { id: string; user_id: string; position: number }[] = await this.db.query(WAITING_POSITIONS, [scope.cohortId, scope.track]);
    for (const row of rows) this.realtime.emitToUser(row.user_id, 'practice:position', { ticketId: row.id, position: row.position });
  }

  private async requireCandidate(user: UserEntity, cohortId: string): Promise<void> {
    let roles: string[];
    try {
      roles = await this.cohorts.requireMember(user, cohortId);
    } catch (error) {
      if (error instanceof ApiProblem && error.getStatus() === 404) throw new SocketRequestError('NOT_FOUND', 'There is no cohort with that id.');
      if (error instanceof ApiProblem && error.getStatus() === 403) {
        throw new SocketRequestError('NOT_A_CANDIDATE', 'Only candidates of this cohort can practise with its members: you are not a member.');
      }
      throw error;
    }
    if (!roles.includes('candidate')) {
      throw new SocketRequestError('NOT_A_CANDIDATE', 'Only candidates of this cohort can join its practice queue.');
    }
  }

  /** Someone already in a session during the next half hour cannot start one now (the database would refuse it anyway). */
  private async requireFree(manager: EntityManager, user: UserEntity): Promise<void> {
    const now = Date.now();
    const busy = await this.booking.firstBusyTime(manager, user.id, now, now + SESSION_MINUTES.default * MINUTE);
    if (busy) {
      throw new SocketRequestError(
        'BUSY',
        `You are in a session from ${formatInZone(busy.start, user.timeZone)} to ${formatInZone(busy.end, user.timeZone)}: practice now would overlap it.`,
      );
    }
  }

  private async alreadyWaiting(manager: EntityManager, user: UserEntity): Promise<SocketRequestError> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM practice_tickets WHERE user_id = $1 AND status = 'waiting'`, [user.id]);
    const [current] = rows[0] ? ((await manager.query(POSITION_OF, [rows[0].id])) as { position: number }[]) : [];
    const place = current?.position ? ` (place ${current.position} in line)` : '';
    return new SocketRequestError(
      'ALREADY_WAITING',
      `You are already waiting for a practice partner${place}. Wait to be matched, or leave the queue before joining again.`,
    );
  }

  private requireOpen(): void {
    if (this.closing) throw new SocketRequestError('UNAVAILABLE', 'This server is restarting: reconnect and try again in a moment.');
  }

  /** A request's own work: its caller gets the outcome, and shutdown waits for it too. */
  private inFlight<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
    return running;
  }

  /** Runs work after the request that caused it, logging failures; shutdown waits for it. */
  private background(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.log.error({ err: error }, 'practice queue background work failed'));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}

function uniqueScopes(rows: { cohort_id: string; track: Track }[]): Scope[] {
  const byKey = new Map(rows.map((r) => [`${r.cohort_id}:${r.track}`, { cohortId: r.cohort_id, track: r.track }]));
  return [...byKey.values()];
}

