import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { RealtimeService } from '../realtime/realtime.service.js';
import { BookingService } from '../scheduling/booking.service.js';
import { doubleBookedUserId } from '../scheduling/double-booking.js';
import { UsersService } from '../users/users.service.js';
import { PracticeLineService, type PracticeMatch } from './practice-line.service.js';
import { PracticeTicketsRepository, type PracticeScope } from './practice-tickets.repository.js';
import { PracticeWork } from './practice-work.js';

/** Every instance sweeps this often: pairs what joins missed (and adjacent levels whose wait is over), renews leases. */
const SWEEP_INTERVAL_MS = 5_000;
/** A waiting ticket whose person no instance has seen connected for this long is cancelled ('expired'). */
const LEASE_SECONDS = 30;
/** When another instance holds the rows of the only pair, try again a little later, this many times. */
const MAX_CONTENDED_RETRIES = 40;

type PairOutcome = { kind: 'paired'; match: PracticeMatch } | { kind: 'contended' } | { kind: 'none' };

/**
 * Pairs the practice queue's waiting tickets into peer-swap sessions that start at once. Pairing runs after
 * every join and on a periodic sweep, on every instance; each pair is made in one transaction that locks both
 * tickets (FOR UPDATE SKIP LOCKED), creates the session and marks both matched, so a ticket is matched at most
 * once however many instances race.
 */
@Injectable()
export class PracticePairingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('PracticeQueue');
  private sweepTimer: NodeJS.Timeout | undefined;
  /** Counters since start-up, for logs and tests: pairs this instance made, and rounds that found the rows held elsewhere. */
  readonly stats = { pairsMade: 0, contendedRounds: 0 };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: PracticeTicketsRepository,
    private readonly users: UsersService,
    private readonly booking: BookingService,
    private readonly realtime: RealtimeService,
    private readonly line: PracticeLineService,
    private readonly work: PracticeWork,
  ) {}

  onApplicationBootstrap(): void {
    this.sweepTimer = setInterval(() => this.work.background(this.sweep()), SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  /** No sweep starts once shutdown begins (PracticeWork waits for the one running). */
  beforeApplicationShutdown(): void {
    clearInterval(this.sweepTimer);
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
    await this.line.announceExpired(await this.tickets.expireStale(LEASE_SECONDS));
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
          await this.line.cancelWaiting(busyUserId, 'busy');
          continue;
        }
        this.log.error({ err: error, ...scope }, 'practice pairing failed');
        break;
      }
      if (outcome.kind === 'paired') {
        paired += 1;
        this.stats.pairsMade += 1;
        contended = 0;
        this.line.announceMatch(outcome.match);
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
    if (paired > 0) await this.line.emitPositions(scope);
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
}
