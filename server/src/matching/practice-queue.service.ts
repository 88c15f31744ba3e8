import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatInZone,
  MINUTE,
  SESSION_MINUTES,
  RELIABILITY,
  standingRank,
  type PracticeCancelReason,
  type PracticeConfirmNeeded,
  type PracticeConfirmRequest,
  type PracticeConfirmResult,
  type PracticeJoinRequest,
  type PracticeJoinResult,
  type PracticeLeaveRequest,
  type PracticeLeaveResult,
  type PracticeMatched,
} from '@rounds/shared';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ApiProblem } from '../common/problem.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { ReliabilityService } from '../reliability/reliability.service.js';
import { SocketRequestError } from '../realtime/socket-request-error.js';
import type { AppSocket } from '../realtime/socket.types.js';
import { BookingService } from '../scheduling/booking.service.js';
import { doubleBookedUserId } from '../scheduling/double-booking.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { PracticeTicketsRepository, type EndedTicket, type PracticeScope } from './practice-tickets.repository.js';
import { WorkTracker } from './work-tracker.js';

/** Every instance sweeps this often: pairs what joins missed (and adjacent levels whose wait is over), renews leases. */
const SWEEP_INTERVAL_MS = 5_000;
/** A waiting ticket whose person no instance has seen connected for this long is cancelled ('expired'). */
const LEASE_SECONDS = 30;
/** When another instance holds the rows of the only pair, try again a little later, this many times. */
const MAX_CONTENDED_RETRIES = 40;

interface Match {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  tickets: { ticketId: string; userId: string; displayName: string; timeZone: string }[];
}

type PairOutcome = { kind: 'paired'; match: Match } | { kind: 'contended' } | { kind: 'none' };

/**
 * "Practice now": candidates wait in a queue per cohort and track and are paired into a peer-swap
 * session that starts at once. Pairing runs after every join and on a periodic sweep, on every instance;
 * each pair is made in one transaction that locks both tickets (FOR UPDATE SKIP LOCKED), creates the
 * session and marks both matched, so a ticket is matched at most once however many instances race.
 */
@Injectable()
export class PracticeQueueService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('PracticeQueue');
  private readonly work = new WorkTracker(this.log, 'practice queue background work failed');
  private sweepTimer: NodeJS.Timeout | undefined;
  /** Counters since start-up, for logs and tests: pairs this instance made, and rounds that found the rows held elsewhere. */
  readonly stats = { pairsMade: 0, contendedRounds: 0 };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: PracticeTicketsRepository,
    private readonly cohorts: CohortsService,
    private readonly users: UsersService,
    private readonly booking: BookingService,
    private readonly realtime: RealtimeService,
    private readonly reliability: ReliabilityService,
  ) {}

  onApplicationBootstrap(): void {
    this.sweepTimer = setInterval(() => this.work.background(this.sweep()), SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  /** Before socket.io and the database close: no new work, and what is running finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.work.close();
  }

  /** Resolves once the background work started so far (pairing, cancellations, notices) is done. */
  settled(): Promise<void> {
    return this.work.settled();
  }

  join(user: UserEntity, request: PracticeJoinRequest): Promise<PracticeJoinResult> {
    this.requireOpen();
    return this.work.request(() => this.joinNow(user, request));
  }

  leave(user: UserEntity, request: PracticeLeaveRequest): Promise<PracticeLeaveResult> {
    this.requireOpen();
    return this.work.request(async () => ({ cancelledTicketId: await this.cancelWaiting(user.id, 'left', request.ticketId) }));
  }

  /** Makes the person's ticket matchable once they confirm they are ready (asked of people with repeated no-shows). */
  confirm(user: UserEntity, request: PracticeConfirmRequest): Promise<PracticeConfirmResult> {
    this.requireOpen();
    return this.work.request(async () => {
      const ticket = await this.tickets.confirm(user.id, request.ticketId);
      if (!ticket) {
        throw new SocketRequestError(
          'NOT_FOUND',
          'You have no waiting practice ticket with that id: it was matched or cancelled. Join the queue again.',
        );
      }
      const position = await this.tickets.positionOf(ticket.ticketId);
      this.requestPairing(ticket);
      await this.emitPositions(ticket);
      return { ticketId: ticket.ticketId, position: Math.max(position, 1) };
    });
  }

  private async joinNow(user: UserEntity, request: PracticeJoinRequest): Promise<PracticeJoinResult> {
    await this.requireCandidate(user, request.cohortId);
    // Reliable people go first in line; people with repeated no-shows wait until they confirm.
    const reliability = await this.reliability.ofPerson(user.id);
    const awaitingConfirmation = reliability.standing === 'repeated_no_shows';
    const result = await this.db.transaction(async (manager) => {
      await this.requireFree(manager, user);
      const ticketId = await this.tickets.insertWaiting(manager, {
        userId: user.id,
        cohortId: request.cohortId,
        track: request.track,
        level: request.level,
        standingRank: standingRank(reliability.standing),
        awaitingConfirmation,
      });
      if (!ticketId) throw await this.alreadyWaiting(manager, user);
      return { ticketId, position: await this.tickets.positionOf(ticketId, manager) };
    });
    if (awaitingConfirmation) {
      this.realtime.emitToUser(user.id, 'practice:confirm_needed', confirmNeeded(result.ticketId, reliability.missedRecently));
      return { ...result, confirmationNeeded: true };
    }
    const scope = { cohortId: request.cohortId, track: request.track };
    this.requestPairing(scope);
    // Someone joining ahead of people already waiting (a better standing) moves them down a place.
    this.work.background(
      (async () => {
        if (await this.tickets.hasTicketsBehind(result.ticketId)) await this.emitPositions(scope);
      })(),
    );
    return result;
  }

  /** A new connection of someone already waiting learns its place at once (a reload, another tab or instance). */
  onConnect(socket: AppSocket): void {
    if (this.work.closing) return;
    this.work.background(
      (async () => {
        const unconfirmed = await this.tickets.unconfirmedTicketId(socket.data.userId);
        if (unconfirmed) {
          const { missedRecently } = await this.reliability.ofPerson(socket.data.userId);
          if (socket.connected)
            this.realtime.emitToSocket(socket, 'practice:confirm_needed', confirmNeeded(unconfirmed, missedRecently));
          return;
        }
        const ticketId = await this.tickets.waitingTicketId(socket.data.userId);
        if (!ticketId) return;
        const position = await this.tickets.positionOf(ticketId);
        if (position > 0 && socket.connected) this.realtime.emitToSocket(socket, 'practice:position', { ticketId, position });
      })(),
    );
  }

  /**
   * The person's waiting ticket is cancelled when their last socket closes, on whichever instance it was:
   * the other instances are asked (through the adapter) whether they still hold one. A server shutting
   * down cancels nothing: its clients reconnect elsewhere, and the lease covers those who do not.
   */
  onDisconnect(userId: string | undefined, reason: string | undefined): void {
    if (!userId || this.work.closing || reason === 'server shutting down') return;
    this.work.background(
      (async () => {
        if (!(await this.tickets.waitingTicketId(userId))) return;
        const connected = await this.realtime.isConnectedAnywhere(userId);
        if (connected === false) await this.cancelWaiting(userId, 'disconnected');
      })(),
    );
  }

  /**
   * Pairs what can be paired in one cohort and track. Runs at most once at a time per scope on this
   * instance; a request that arrives meanwhile makes the running one go round again.
   */
  requestPairing(scope: PracticeScope): void {
    this.work.repeatWhileAsked(`${scope.cohortId}:${scope.track}`, () => this.drain(scope));
  }

  /**
   * One round for every instance: renew the leases of people connected here, expire stale tickets, and
   * pair every scope with two or more waiting tickets (adjacent levels become acceptable with time).
   */
  async sweep(): Promise<void> {
    if (this.work.closing) return;
    await this.tickets.renewLeases(this.realtime.localUserIds());
    const expired = await this.tickets.expireStale(LEASE_SECONDS);
    for (const ticket of expired)
      this.realtime.emitToUser(ticket.userId, 'practice:cancelled', { ticketId: ticket.ticketId, reason: 'expired' });
    for (const scope of uniqueScopes(expired)) await this.emitPositions(scope);

    for (const scope of await this.tickets.scopesWithTwoWaiting()) this.requestPairing(scope);
  }

  /** Makes pairs until none is left; announces each as soon as it is committed. */
  private async drain(scope: PracticeScope): Promise<void> {
    let paired = 0;
    let contended = 0;
    let busy = 0;
    while (!this.work.closing) {
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
  private pairOnce(scope: PracticeScope): Promise<PairOutcome> {
    return this.db.transaction(async (manager): Promise<PairOutcome> => {
      const pair = await this.tickets.lockNextPair(manager, scope);
      if (!pair) return { kind: (await this.tickets.anyPairExists(manager, scope)) ? 'contended' : 'none' };
      const people = await this.users.findByIds(manager, [pair.first.userId, pair.second.userId]);
      const person = (id: string) => people.find((p) => p.id === id)!;
      const [first, second] = [person(pair.first.userId), person(pair.second.userId)];
      const session = await this.booking.startPeerSessionNow(manager, scope.cohortId, scope.track, [first, second]);
      const ticketIds = [pair.first.ticketId, pair.second.ticketId];
      const matched = await this.tickets.markMatched(manager, ticketIds, session.id);
      // Both rows are locked by this transaction and were waiting: anything else is a bug, and nothing is kept.
      if (matched.length !== 2) throw new Error(`practice pair ${ticketIds.join('/')} was no longer waiting`);
      return {
        kind: 'paired',
        match: {
          sessionId: session.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          tickets: [
            { ticketId: pair.first.ticketId, userId: first.id, displayName: first.displayName, timeZone: first.timeZone },
            { ticketId: pair.second.ticketId, userId: second.id, displayName: second.displayName, timeZone: second.timeZone },
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

  /** Cancels the person's waiting ticket (only `ticketId` when given); tells every tab and the rest of the line. */
  private async cancelWaiting(userId: string, reason: PracticeCancelReason, ticketId?: string): Promise<string | null> {
    const ticket = await this.tickets.cancelWaiting(userId, reason, ticketId);
    if (!ticket) return null;
    this.realtime.emitToUser(userId, 'practice:cancelled', { ticketId: ticket.ticketId, reason });
    await this.emitPositions(ticket);
    return ticket.ticketId;
  }

  private async emitPositions(scope: PracticeScope): Promise<void> {
    for (const ticket of await this.tickets.waitingPositions(scope)) {
      this.realtime.emitToUser(ticket.userId, 'practice:position', { ticketId: ticket.ticketId, position: ticket.position });
    }
  }

  private async requireCandidate(user: UserEntity, cohortId: string): Promise<void> {
    let roles: string[];
    try {
      roles = await this.cohorts.requireMember(user, cohortId);
    } catch (error) {
      if (error instanceof ApiProblem && error.getStatus() === 404)
        throw new SocketRequestError('NOT_FOUND', 'There is no cohort with that id.');
      if (error instanceof ApiProblem && error.getStatus() === 403) {
        throw new SocketRequestError(
          'NOT_A_CANDIDATE',
          'Only candidates of this cohort can practise with its members: you are not a member.',
        );
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
    const ticketId = await this.tickets.waitingTicketId(user.id, manager);
    const position = ticketId ? await this.tickets.positionOf(ticketId, manager) : 0;
    const place = position > 0 ? ` (place ${position} in line)` : '';
    return new SocketRequestError(
      'ALREADY_WAITING',
      `You are already waiting for a practice partner${place}. Wait to be matched, or leave the queue before joining again.`,
    );
  }

  private requireOpen(): void {
    if (this.work.closing)
      throw new SocketRequestError('UNAVAILABLE', 'This server is restarting: reconnect and try again in a moment.');
  }
}

function confirmNeeded(ticketId: string, missedRecently: number): PracticeConfirmNeeded {
  const missed = missedRecently === 1 ? 'one session' : `${missedRecently} sessions`;
  return {
    ticketId,
    missedRecently,
    message: `You missed ${missed} without notice in the last ${RELIABILITY.recentDays} days, so we match you once you confirm you are ready to start now.`,
  };
}

function uniqueScopes(tickets: EndedTicket[]): PracticeScope[] {
  const byKey = new Map(tickets.map((t) => [`${t.cohortId}:${t.track}`, { cohortId: t.cohortId, track: t.track }]));
  return [...byKey.values()];
}
