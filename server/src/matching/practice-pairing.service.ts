import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MINUTE, pairWaitingTickets, SESSION_MINUTES } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { RealtimeService } from '../realtime/realtime.service.js';
import { BookingService } from '../scheduling/booking.service.js';
import { doubleBookedUserId } from '../scheduling/double-booking.js';
import { PracticeLineService, type PracticeMatch } from './practice-line.service.js';
import { PracticeTicketsRepository, type EndedTicket, type PracticeScope } from './practice-tickets.repository.js';
import { PracticeWork } from './practice-work.js';

/** Every instance sweeps this often: pairs what joins missed (and adjacent levels whose wait is over), renews leases. */
const SWEEP_INTERVAL_MS = 5_000;
/** A waiting ticket whose person no instance has seen connected for this long is cancelled ('expired'). */
const LEASE_SECONDS = 30;
/** A person booked into an overlapping session in the instant before a batch: retry without them, this many times. */
const MAX_BUSY_RETRIES = 10;

/** One pairing pass over a queue: the pairs it made, and the tickets it cancelled because their person was busy. */
interface PairingPass {
  matches: PracticeMatch[];
  busy: EndedTicket[];
}

/**
 * Pairs the practice queue's waiting tickets into peer-swap sessions that start at once. Pairing runs after
 * every join and on a periodic sweep, on every instance. One pass pairs a whole queue in one transaction:
 * it takes the queue's advisory lock (so one instance pairs a queue at a time, and another waits, then finds
 * what is left), locks its waiting tickets, pairs them in memory with the shared rule (`pairWaitingTickets`),
 * and writes every session and match with a few statements. A ticket is matched at most once however many
 * instances race.
 */
@Injectable()
export class PracticePairingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('PracticeQueue');
  private sweepTimer: NodeJS.Timeout | undefined;
  /** Counters since start-up, for logs, tests and benches: pairs this instance made, and pairing passes it ran. */
  readonly stats = { pairsMade: 0, passes: 0 };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: PracticeTicketsRepository,
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
    await this.line.announceCancelled(await this.tickets.expireStale(LEASE_SECONDS), 'expired');
    for (const scope of await this.tickets.scopesWithTwoWaiting()) this.requestPairing(scope);
  }

  /** Pairs everything the queue can pair now; announces the pairs once committed, then the line's new places. */
  private async drain(scope: PracticeScope): Promise<void> {
    for (let busyRetries = 0; !this.work.closing; busyRetries += 1) {
      let pass: PairingPass;
      try {
        pass = await this.pairQueue(scope);
      } catch (error) {
        // Someone was booked into an overlapping session after the busy check: cancel their ticket, go again.
        const busyUserId = doubleBookedUserId(error);
        if (busyUserId && busyRetries < MAX_BUSY_RETRIES) {
          await this.line.cancelWaiting(busyUserId, 'busy');
          continue;
        }
        this.log.error({ err: error, ...scope }, 'practice pairing failed');
        return;
      }
      this.stats.passes += 1;
      this.stats.pairsMade += pass.matches.length;
      for (const match of pass.matches) this.line.announceMatch(match);
      // Either way the line moved up: tell everyone still waiting their new place.
      if (pass.busy.length > 0) await this.line.announceCancelled(pass.busy, 'busy');
      else if (pass.matches.length > 0) await this.line.emitPositions(scope);
      return;
    }
  }

  /** One transaction: lock the queue, pair it in memory, leave out busy people, start every session, mark the matches. */
  private pairQueue(scope: PracticeScope): Promise<PairingPass> {
    return this.db.transaction(async (manager): Promise<PairingPass> => {
      await this.tickets.lockQueue(manager, scope);
      const now = Date.now();
      const waiting = await this.tickets.lockWaiting(manager, scope);
      // Someone already in a session now cannot practise now: their ticket ends, and the rest pair without them.
      const busyUsers = new Set(
        (
          await this.booking.busyTimes(
            manager,
            waiting.map((ticket) => ticket.userId),
            now,
            now + SESSION_MINUTES.default * MINUTE,
          )
        ).map((b) => b.userId),
      );
      const busy = await this.tickets.cancelTickets(
        manager,
        waiting.filter((ticket) => busyUsers.has(ticket.userId)).map((ticket) => ticket.id),
        'busy',
      );
      const pairs = pairWaitingTickets(
        waiting.filter((ticket) => !busyUsers.has(ticket.userId)),
        now,
      );
      if (pairs.length === 0) return { matches: [], busy };
      const sessions = await this.booking.startPeerSessionsNow(
        manager,
        scope.cohortId,
        scope.track,
        pairs.map(([first, second]) => [first.userId, second.userId]),
      );
      const marked = await this.tickets.markMatched(
        manager,
        pairs.flatMap((pair, i) => pair.map((ticket) => ({ ticketId: ticket.id, sessionId: sessions[i].id }))),
      );
      // Every ticket is locked by this transaction and was waiting: anything else is a bug, and nothing is kept.
      if (marked.length !== pairs.length * 2)
        throw new Error(`practice pairing marked ${marked.length} of ${pairs.length * 2} tickets`);
      const matches = pairs.map((pair, i): PracticeMatch => ({
        sessionId: sessions[i].id,
        startsAt: sessions[i].startsAt,
        endsAt: sessions[i].endsAt,
        tickets: pair.map((ticket) => ({
          ticketId: ticket.id,
          userId: ticket.userId,
          displayName: ticket.displayName,
          timeZone: ticket.timeZone,
        })),
      }));
      return { matches, busy };
    });
  }
}
