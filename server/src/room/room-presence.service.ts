import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FeedbackRemindersService } from '../feedback/feedback-reminders.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { AppSocket } from '../realtime/socket.types.js';
import { AttendanceService } from '../video/attendance.service.js';
import type { RoomPresence } from '@rounds/shared';
import { observersChannel, parseParticipantChannel, participantChannel } from './room-channels.js';
import { RoomRepository } from './room.repository.js';

/**
 * How long a participant whose connection dropped shows as reconnecting before the others see them as gone. A
 * laptop waking up or a phone changing networks is back well within it; a closed tab is not coming back.
 */
const RECONNECT_GRACE_MS = 20_000;

/** socket.io's reason when the client itself closed the socket (leaving the room): that is leaving, not a drop. */
const CLIENT_LEFT = 'client namespace disconnect';

/**
 * Who is in a room, across instances: sockets enter their person's channel (or the observers'), a person's
 * first socket arriving or last one leaving is their presence, and presence and the room's end are reported
 * to attendance (and the end to feedback's reminders) in the background.
 */
@Injectable()
export class RoomPresenceService implements BeforeApplicationShutdown {
  private readonly log = new Logger('Room');
  private readonly pending = new Set<Promise<void>>();
  /** Participants shown as reconnecting, by channel, until they are back or the grace has passed. */
  private readonly graces = new Map<string, NodeJS.Timeout>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly realtime: RealtimeService,
    private readonly attendance: AttendanceService,
    private readonly feedbackReminders: FeedbackRemindersService,
    private readonly rooms: RoomRepository,
  ) {}

  /** Presence checks still running (and the work they start) finish before socket.io and the database close. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.graces.values()) clearTimeout(timer);
    this.graces.clear();
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /**
   * Puts the socket in the room's channel for its kind of view: the two people of the room get views of their
   * own; anyone else admitted (a coordinator, a participant listed as an observer) watches.
   */
  async enterChannel(socket: AppSocket, sessionId: string, userId: string, asParticipant: boolean): Promise<void> {
    if (!asParticipant) {
      await socket.join(observersChannel(sessionId));
      return;
    }
    const channel = participantChannel(sessionId, userId);
    if (socket.rooms.has(channel)) return;
    // Asked before joining (this instance's sockets are counted when the question is asked): no socket of
    // theirs anywhere yet means they have just arrived. The answer is not awaited, so an instance that is
    // slow to answer never delays entering the room.
    const elsewhere = this.realtime.isRoomOccupiedAnywhere(channel);
    await socket.join(channel);
    const at = new Date();
    this.background(
      elsewhere.then((occupied) => {
        if (occupied === false) this.presenceChanged(sessionId, userId, 'joined', at);
      }),
    );
    this.endGrace(channel);
    this.background(this.announce(sessionId, userId, 'in_room', at));
  }

  /**
   * Tells one socket that just entered the room where each of the room's participants is now (in the room or
   * not), so a person arriving, or coming back after a drop, sees who is there without waiting for a change.
   */
  tellWhoIsHere(socket: AppSocket, sessionId: string, participantIds: readonly string[]): void {
    const at = new Date().toISOString();
    for (const userId of participantIds) {
      if (userId === socket.data.userId) continue;
      this.background(
        this.realtime.isRoomOccupiedAnywhere(participantChannel(sessionId, userId)).then((occupied) => {
          const presence: RoomPresence = occupied ? 'in_room' : 'not_here';
          this.realtime.emitToSocket(socket, 'room:presence', { sessionId, userId, presence, at });
        }),
      );
    }
  }

  /**
   * A socket closed: for each room it was in as a participant, if no instance still holds a socket of that
   * person there, they have left. A server shutting down says nothing: its clients reconnect elsewhere.
   */
  socketLeft(userId: string | undefined, channels: string[], reason: string): void {
    if (!userId || reason === 'server shutting down') return;
    const at = new Date();
    for (const channel of channels) {
      const parsed = parseParticipantChannel(channel);
      if (!parsed || parsed.userId !== userId) continue;
      this.background(
        this.realtime.isRoomOccupiedAnywhere(channel).then(async (occupied) => {
          if (occupied !== false) return;
          this.presenceChanged(parsed.sessionId, userId, 'left', at);
          if (reason === CLIENT_LEFT) return this.announce(parsed.sessionId, userId, 'left', at);
          // A dropped connection: reconnecting for a while, gone if it does not come back in time.
          await this.announce(parsed.sessionId, userId, 'reconnecting', at);
          this.startGrace(channel, parsed.sessionId, userId);
        }),
      );
    }
  }

  private startGrace(channel: string, sessionId: string, userId: string): void {
    this.endGrace(channel);
    const timer = setTimeout(() => {
      this.graces.delete(channel);
      this.background(
        this.realtime.isRoomOccupiedAnywhere(channel).then((occupied) => {
          if (occupied === false) return this.announce(sessionId, userId, 'left', new Date());
        }),
      );
    }, RECONNECT_GRACE_MS);
    timer.unref();
    this.graces.set(channel, timer);
  }

  private endGrace(channel: string): void {
    clearTimeout(this.graces.get(channel));
    this.graces.delete(channel);
  }

  /** Sends a participant's presence to everyone in the room: the other participant and the observers. */
  private async announce(sessionId: string, userId: string, presence: RoomPresence, at: Date): Promise<void> {
    const stored = await this.rooms.find(sessionId);
    if (!stored) return;
    const update = { sessionId, userId, presence, at: at.toISOString() };
    for (const other of [stored.state.interviewerId, stored.state.candidateId]) {
      if (other !== userId) this.realtime.emitToRoom(participantChannel(sessionId, other), 'room:presence', update);
    }
    this.realtime.emitToRoom(observersChannel(sessionId), 'room:presence', update);
  }

  /**
   * An action was accepted after the scheduled start in a session still marked scheduled: if everyone came in
   * early for a camera check and stayed, nothing joined at the start, so the session goes live now.
   */
  actedAfterStart(sessionId: string): void {
    this.background(this.attendance.startedWithEveryoneIn(sessionId));
  }

  /** The `end` action was accepted. */
  roomEnded(sessionId: string, at: Date): void {
    this.log.debug({ sessionId, at: at.toISOString() }, 'room ended');
    this.background(
      (async () => {
        await this.attendance.roomEnded(sessionId, at);
        await this.db.transaction((manager) => this.feedbackReminders.schedule(manager, sessionId, at.getTime()));
      })(),
    );
  }

  /** A participant's first socket entered the room, or their last one left it (across instances). */
  private presenceChanged(sessionId: string, userId: string, change: 'joined' | 'left', at: Date): void {
    this.log.debug({ sessionId, userId, at: at.toISOString() }, `participant ${change} the room`);
    if (change === 'left') this.background(this.attendance.callEnded(sessionId, userId, at));
    // With LiveKit its webhooks keep attendance; without it, presence in the room's socket stands in for them.
    if (this.attendance.videoConfigured) return;
    this.background(
      change === 'joined'
        ? this.attendance.participantJoined(sessionId, userId, at)
        : this.attendance.participantLeft(sessionId, userId, at),
    );
  }

  private background(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.log.warn({ err: error }, 'room presence check failed'));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}
