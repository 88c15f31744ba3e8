import { Injectable } from '@nestjs/common';
import type { PracticeCancelReason, PracticeMatched } from '@rounds/shared';
import { RealtimeService } from '../realtime/realtime.service.js';
import { PracticeTicketsRepository, type EndedTicket, type PracticeScope } from './practice-tickets.repository.js';

/** A pair just made: their session and, for each, the ticket and what the partner is shown. */
export interface PracticeMatch {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  tickets: { ticketId: string; userId: string; displayName: string; timeZone: string }[];
}

/**
 * What the people waiting are told, on every tab and instance: a ticket ended (and the rest of its line
 * moved up), their place in line, and the partner they were matched with.
 */
@Injectable()
export class PracticeLineService {
  constructor(
    private readonly tickets: PracticeTicketsRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** Cancels the person's waiting ticket (only `ticketId` when given); tells every tab and the rest of the line. */
  async cancelWaiting(userId: string, reason: PracticeCancelReason, ticketId?: string): Promise<string | null> {
    const ticket = await this.tickets.cancelWaiting(userId, reason, ticketId);
    if (!ticket) return null;
    this.realtime.emitToUser(userId, 'practice:cancelled', { ticketId: ticket.ticketId, reason });
    await this.emitPositions(ticket);
    return ticket.ticketId;
  }

  /** Tickets were cancelled for `reason` (a lease ran out, a person was busy): their people are told, and each line they left moves up. */
  async announceCancelled(ended: EndedTicket[], reason: PracticeCancelReason): Promise<void> {
    for (const ticket of ended)
      this.realtime.emitToUser(ticket.userId, 'practice:cancelled', { ticketId: ticket.ticketId, reason });
    for (const scope of uniqueScopes(ended)) await this.emitPositions(scope);
  }

  async emitPositions(scope: PracticeScope): Promise<void> {
    for (const ticket of await this.tickets.waitingPositions(scope)) {
      this.realtime.emitToUser(ticket.userId, 'practice:position', { ticketId: ticket.ticketId, position: ticket.position });
    }
  }

  /** Each of the pair learns their session and their partner. */
  announceMatch(match: PracticeMatch): void {
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
        roomPath: `/sessions/${match.sessionId}/room`,
      };
      this.realtime.emitToUser(me.userId, 'practice:matched', payload);
    }
  }
}

function uniqueScopes(tickets: EndedTicket[]): PracticeScope[] {
  const byKey = new Map(tickets.map((t) => [`${t.cohortId}:${t.track}`, { cohortId: t.cohortId, track: t.track }]));
  return [...byKey.values()];
}
