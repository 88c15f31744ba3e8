import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatInZone,
  MINUTE,
  NO_SHOW_STATUSES,
  STANDBY,
  standingRank,
  type Session,
  type StandbyAccepted,
  type StandbyOffer,
} from '@rounds/shared';
import { DataSource } from 'typeorm';
import { conflict, gone, notFound } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { ReliabilityService } from '../reliability/reliability.service.js';
import { BookingService } from '../scheduling/booking.service.js';
import { doubleBookedUserId } from '../scheduling/double-booking.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import { PeerStartChecks } from '../scheduling/peer-start-checks.service.js';
import { SessionLifecycleService } from '../scheduling/session-lifecycle.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { VideoRoomsService } from '../video/video-rooms.service.js';
import { AttendanceProbe } from './attendance-probe.js';
import { StandbyRepository, type CoveringEntry } from './standby.repository.js';

/**
 * Offering an absent partner's seat to people on standby, and taking it. A check runs
 * STANDBY.checkAfterMinutes after each peer session starts (scheduling's PeerStartChecks); for every
 * participant who has not appeared (AttendanceProbe), up to STANDBY.maxOffersPerSeat people whose standby
 * window covers the whole session and who are free then are offered the seat (most reliable first), by
 * e-mail and over the socket. The first to accept takes it; offers expire STANDBY.offerMinutes after the start.
 */
@Injectable()
export class StandbyOffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly standby: StandbyRepository,
    private readonly sessions: InterviewSessionsService,
    private readonly lifecycle: SessionLifecycleService,
    private readonly booking: BookingService,
    private readonly reliability: ReliabilityService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly realtime: RealtimeService,
    private readonly attendance: AttendanceProbe,
    private readonly videoRooms: VideoRoomsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    startChecks: PeerStartChecks,
  ) {
    startChecks.onPeerSessionStarted((sessionId) => this.offerSeatsOf(sessionId).then(() => undefined));
  }

  /** Offers the seat of every participant who has not appeared; resolves to the offers made (none after the offer window). */
  async offerSeatsOf(sessionId: string, now = Date.now()): Promise<StandbyOffer[]> {
    const session = await this.sessions.find(sessionId);
    if (!session || session.kind !== 'peer_swap' || !session.cohortId || !NO_SHOW_STATUSES.includes(session.status)) return [];
    const start = Date.parse(session.startsAt);
    const expiresAt = start + STANDBY.offerMinutes * MINUTE;
    if (now < start || now >= expiresAt) return [];
    const offers: { userId: string; event: StandbyOffer }[] = [];
    for (const participant of session.participants) {
      if (await this.attendance.hasAppeared(sessionId, participant.userId)) continue;
      if (await this.standby.seatTaken(sessionId, participant.userId)) continue;
      offers.push(...(await this.offerSeat(session, participant.userId, expiresAt)));
    }
    for (const offer of offers) this.realtime.emitToUser(offer.userId, 'standby:offer', offer.event);
    return offers.map((offer) => offer.event);
  }

  /** Takes the offered seat: the first accept of a seat wins, later ones get 409; an expired or withdrawn offer 410. */
  async accept(actor: UserEntity, offerId: string): Promise<StandbyAccepted> {
    const found = await this.standby.findOffer(offerId);
    if (!found || found.userId !== actor.id) throw notFound('You have no standby offer with that id.');
    let seated = false;
    try {
      seated = await this.db.transaction(async (manager) => {
        const seat = await this.standby.lockSeatOffers(manager, found.sessionId, found.absentUserId);
        const offer = seat.find((o) => o.id === offerId);
        if (!offer) throw notFound('You have no standby offer with that id.');
        if (offer.acceptedAt) return false; // accepted already, by this person: the same answer again
        if (seat.some((o) => o.acceptedAt)) throw conflict('The seat is taken: another standby peer accepted it first.');
        if (Date.now() >= offer.expiresAt.getTime()) {
          throw gone(
            `This offer expired at ${formatInZone(offer.expiresAt.getTime(), actor.timeZone)}, ${STANDBY.offerMinutes} minutes after the session started.`,
          );
        }
        if (!offer.entryId) throw gone('You left the standby list since this offer was made, so it was withdrawn.');
        if (!(await this.lifecycle.seatStandby(manager, offer.sessionId, offer.absentUserId, actor.id))) {
          throw conflict('This seat is no longer free: the session ended or was cancelled.');
        }
        await this.standby.markAccepted(manager, offer.id);
        return true;
      });
    } catch (error) {
      if (doubleBookedUserId(error) === undefined) throw error;
      throw conflict('You are in another session at that time, so you cannot take this seat.');
    }
    if (seated) await this.videoRooms.removeFromRoom(found.sessionId, found.absentUserId);
    const session = (await this.sessions.find(found.sessionId))!;
    return {
      offerId,
      sessionId: session.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      joinPath: `/sessions/${session.id}`,
    };
  }

  /** Offers one seat to the first people in line for it, with their e-mails, in one transaction. */
  private async offerSeat(
    session: Session,
    absentUserId: string,
    expiresAt: number,
  ): Promise<{ userId: string; event: StandbyOffer }[]> {
    const start = Date.parse(session.startsAt);
    const end = Date.parse(session.endsAt);
    const participants = session.participants.map((p) => p.userId);
    const covering = await this.standby.entriesCovering(session.cohortId!, session.track, start, end, participants);
    const chosen = await this.firstInLine(covering, start, end);
    if (chosen.length === 0) return [];
    const people = new Map(
      (
        await this.users.findByIds(
          this.db.manager,
          chosen.map((c) => c.userId),
        )
      ).map((u) => [u.id, u]),
    );
    return this.db.transaction(async (manager) => {
      const made: { userId: string; event: StandbyOffer }[] = [];
      for (const entry of chosen) {
        const person = people.get(entry.userId);
        if (!person) continue;
        const offerId = await this.standby.insertOffer(manager, {
          sessionId: session.id,
          absentUserId,
          userId: person.id,
          entryId: entry.entryId,
          expiresAt,
        });
        if (!offerId) continue;
        const acceptPath = `/standby-offers/${offerId}`;
        await this.outbox.enqueue(manager, {
          kind: 'standby-offer',
          toAddress: person.email,
          subject: `A practice seat is free now: take it before ${formatInZone(expiresAt, person.timeZone)}`,
          textBody: [
            `Hello ${person.displayName},`,
            ``,
            `You are on standby, and a partner did not come to a peer practice session that started at ${formatInZone(start, person.timeZone)} (${(end - start) / MINUTE} minutes).`,
            `The seat is yours if you take it first, until ${formatInZone(expiresAt, person.timeZone)}:`,
            ``,
            `${this.config.publicUrl}${acceptPath}`,
            ``,
            `Others on standby may have the same offer; whoever accepts first joins the session.`,
          ].join('\n'),
          metadata: { offerId, sessionId: session.id, userId: person.id },
        });
        made.push({
          userId: person.id,
          event: {
            offerId,
            sessionId: session.id,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            expiresAt: new Date(expiresAt).toISOString(),
            acceptPath,
          },
        });
      }
      return made;
    });
  }

  /** People free for the whole session, most reliable first, then the earliest on the list. */
  private async firstInLine(covering: CoveringEntry[], start: number, end: number): Promise<CoveringEntry[]> {
    const free: CoveringEntry[] = [];
    for (const entry of covering) {
      if (!(await this.booking.firstBusyTime(this.db.manager, entry.userId, start, end))) free.push(entry);
    }
    const standing = await this.reliability.of(free.map((e) => e.userId));
    const rank = (entry: CoveringEntry) => standingRank(standing.get(entry.userId)?.standing ?? 'reliable');
    return free.sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt).slice(0, STANDBY.maxOffersPerSeat);
  }
}
