import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatInZone,
  MINUTE,
  SESSION_MINUTES,
  RELIABILITY,
  standingRank,
  type PracticeConfirmNeeded,
  type PracticeConfirmRequest,
  type PracticeConfirmResult,
  type PracticeJoinRequest,
  type PracticeJoinResult,
  type PracticeLeaveRequest,
  type PracticeLeaveResult,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ApiProblem } from '../common/problem.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { ReliabilityService } from '../reliability/reliability.service.js';
import { SocketRequestError } from '../realtime/socket-request-error.js';
import type { AppSocket } from '../realtime/socket.types.js';
import { BookingService } from '../scheduling/booking.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { PracticeLineService } from './practice-line.service.js';
import { PracticePairingService } from './practice-pairing.service.js';
import { PracticeTicketsRepository } from './practice-tickets.repository.js';
import { PracticeWork } from './practice-work.js';

/**
 * "Practice now": candidates wait in a queue per cohort and track until PracticePairingService pairs them.
 * This service answers the person: joining (reliable people first in line, people with repeated no-shows
 * once they confirm), leaving, and what a connection learns or a last disconnection ends.
 */
@Injectable()
export class PracticeQueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: PracticeTicketsRepository,
    private readonly cohorts: CohortsService,
    private readonly booking: BookingService,
    private readonly realtime: RealtimeService,
    private readonly reliability: ReliabilityService,
    private readonly pairing: PracticePairingService,
    private readonly line: PracticeLineService,
    private readonly work: PracticeWork,
  ) {}

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
    return this.work.request(async () => ({
      cancelledTicketId: await this.line.cancelWaiting(user.id, 'left', request.ticketId),
    }));
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
      this.pairing.requestPairing(ticket);
      await this.line.emitPositions(ticket);
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
    this.pairing.requestPairing(scope);
    // Someone joining ahead of people already waiting (a better standing) moves them down a place.
    this.work.background(
      (async () => {
        if (await this.tickets.hasTicketsBehind(result.ticketId)) await this.line.emitPositions(scope);
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
        if (connected === false) await this.line.cancelWaiting(userId, 'disconnected');
      })(),
    );
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
