import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyRoomAction,
  askedQuestions,
  buildRoomView,
  halfTime,
  initialRoomState,
  partnerAccommodationsOf,
  roomContextOf,
  roomLogEntry,
  roomRoleOf,
  snapshotQuestions,
  TRACK_PERSONAS,
  MINUTE,
  INTERVIEW_DAY_RULES,
  type RoomActionRequest,
  type RoomContext,
  type RoomDayContext,
  type RoomPhase,
  type RoomJoinRequest,
  type RoomNoteRequest,
  type RoomNoteResult,
  type RoomRefusal,
  type RoomState,
  type RoomSummary,
  type PartnerAccommodations,
  type RoomView,
  type ScriptSnapshot,
  type Session,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, forbidden, notFound } from '../common/problem.js';
import { FeedbackRemindersService } from '../feedback/feedback-reminders.service.js';
import { RoomRecordSource } from '../feedback/room-record.js';
import { ScriptsService } from '../questions/scripts.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { SocketRequestError } from '../realtime/socket-request-error.js';
import type { AppSocket } from '../realtime/socket.types.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AttendanceService } from '../video/attendance.service.js';
import { observersChannel, parseParticipantChannel, participantChannel } from './room-channels.js';
import { RoomDaySource, type RoomDayFacts } from './room-day.js';
import { RoomRepository, type RoomNotes, type StoredRoom } from './room.repository.js';

type Scripts = readonly [ScriptSnapshot | null, ScriptSnapshot | null];

/** A room with what its views and actions need: the session's facts and both halves' scripts. */
interface OpenRoom {
  session: Session;
  state: RoomState;
  scripts: Scripts;
  context: RoomContext;
  swapAt: number | null;
  /** What applies to each participant (extra time, audio only), read when the room is loaded. */
  accommodations: Record<string, PartnerAccommodations>;
  /** The interview day the session is a station of, if any. */
  day: RoomDayFacts | null;
}

type ActOutcome = { accepted: true; state: RoomState } | { accepted: false; state: RoomState; refusal: RoomRefusal };

/** Any id that is nobody's: observer views are built for it (they are the same for every observer). */
const OBSERVER = 'observer';
/** Snapshots never change; this many stay in memory (a room reads its two on every action). */
const SNAPSHOT_CACHE_SIZE = 500;

/**
 * The live interview room: who may enter, the state under a row lock with its version, the log of every
 * accepted action, the interviewers' private notes, and a view per person broadcast after each change.
 * The rules of the room itself are the pure reducer in shared/src/room.
 */
@Injectable()
export class RoomService implements BeforeApplicationShutdown {
  private readonly log = new Logger('Room');
  private readonly snapshots = new Map<string, ScriptSnapshot>();
  /** A day's schedule never moves once built (a late room shifts no one), so each session's is read once. */
  private readonly days = new Map<string, RoomDayFacts | null>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomRepository,
    private readonly sessions: InterviewSessionsService,
    private readonly scripts: ScriptsService,
    private readonly realtime: RealtimeService,
    private readonly attendance: AttendanceService,
    private readonly feedbackReminders: FeedbackRemindersService,
    private readonly users: UsersService,
    private readonly daySource: RoomDaySource,
    roomRecord: RoomRecordSource,
  ) {
    // Feedback reads the room through this seam, so it never touches the room's tables.
    roomRecord.connect({
      summary: (sessionId) => this.record(sessionId),
      notesOf: async (sessionId, authorId) =>
        Object.fromEntries(Object.entries(await this.notesOf(sessionId, authorId)).map(([id, note]) => [id, note.text])),
    });
  }

  /** Presence checks still running finish before socket.io and the database close. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /**
   * Enters the socket into the room (opening the room on the first join) and answers the person's view;
   * from then on the socket receives every new view as `room:state`. Joining again (a reconnect) just
   * answers the current view.
   */
  async join(user: UserEntity, request: RoomJoinRequest, socket: AppSocket): Promise<RoomView> {
    const session = await this.enter(user, request.sessionId);
    const stored = await this.openOnce(session);
    // The two people of the room get views of their own; anyone else admitted (a coordinator, a participant
    // listed as an observer) watches.
    if (roomRoleOf(stored.state, user.id) !== 'observer') {
      const channel = participantChannel(session.id, user.id);
      if (!socket.rooms.has(channel)) {
        // Asked before joining (this instance's sockets are counted when the question is asked): no socket of
        // theirs anywhere yet means they have just arrived. The answer is not awaited, so an instance that is
        // slow to answer never delays entering the room.
        const elsewhere = this.realtime.isRoomOccupiedAnywhere(channel);
        await socket.join(channel);
        const at = new Date();
        this.background(
          elsewhere.then((occupied) => {
            if (occupied === false) this.presenceChanged(session.id, user.id, 'joined', at);
          }),
        );
      }
    } else {
      await socket.join(observersChannel(session.id));
    }
    // Read again once in the channel, so no change made meanwhile is missed (its broadcast reaches the socket).
    const state = (await this.rooms.find(session.id))?.state ?? stored.state;
    const room = await this.roomOf(session, { ...stored, state });
    return this.viewFor(room, user.id);
  }

  /**
   * Applies one action against the version the person last saw, under the room's row lock, logs it and
   * broadcasts the new views. A stale version (or an action that does not fit the room now) is refused with
   * CONFLICT and the person's current view; a person not allowed to act, with FORBIDDEN.
   */
  async act(user: UserEntity, request: RoomActionRequest): Promise<RoomView> {
    const session = await this.enter(user, request.sessionId);
    const room = await this.roomOf(session, await this.openOnce(session));
    const outcome = await this.db.transaction(async (manager): Promise<ActOutcome> => {
      const current = (await this.rooms.lock(manager, room.session.id))!.state;
      if (request.version !== current.version && roomRoleOf(current, user.id) !== 'observer') {
        const message = `The room has moved on since you last saw it (version ${request.version}; it is now at ${current.version}): here is where it stands.`;
        return { accepted: false, state: current, refusal: { code: 'CONFLICT', message } };
      }
      // The server's clock, read once the lock is held, so the log's times follow its versions.
      const now = Date.now();
      const result = applyRoomAction(current, request.action, user.id, now, room.context);
      if (!result.ok) return { accepted: false, state: current, refusal: result.refusal };
      await this.rooms.saveState(manager, room.session.id, result.state);
      await this.rooms.appendLog(
        manager,
        room.session.id,
        roomLogEntry(request.action.type, user.id, now, result.state, room.scripts),
      );
      return { accepted: true, state: result.state };
    });
    const after = { ...room, state: outcome.state };
    if (!outcome.accepted) {
      const { code, message } = outcome.refusal;
      throw new SocketRequestError(
        code,
        message,
        undefined,
        code === 'CONFLICT' ? await this.viewFor(after, user.id) : undefined,
      );
    }
    const views = await this.broadcast(after);
    if (request.action.type === 'end') this.roomEnded(room.session.id, new Date(outcome.state.endedAt ?? Date.now()));
    return views.get(user.id) ?? this.viewFor(after, user.id);
  }

  /**
   * Saves (or, when empty, deletes) the interviewer's private note on a question of the half they ask in:
   * in a peer session the first half's interviewer keeps their notes after the swap.
   */
  async note(user: UserEntity, request: RoomNoteRequest): Promise<RoomNoteResult> {
    const session = await this.enter(user, request.sessionId);
    const room = await this.roomOf(session, await this.openOnce(session));
    const halves = halvesAskedBy(room.state, user.id);
    if (halves.length === 0) throw forbidden('Only the interviewer keeps notes in this room.');
    const inScript = halves.some((half) =>
      snapshotQuestions(room.scripts[half - 1]).some((question) => question.questionId === request.questionId),
    );
    if (!inScript) throw notFound('That question is not in the script you are asking from in this session.');
    const key = { sessionId: room.session.id, authorId: user.id, questionId: request.questionId };
    const savedAt = new Date();
    if (request.text === '') await this.rooms.deleteNote(key);
    else await this.rooms.saveNote({ ...key, text: request.text, savedAt });
    return { savedAt: savedAt.toISOString() };
  }

  /** An author's notes on a session by question id (feedback pre-fills its form from them). */
  notesOf(sessionId: string, authorId: string): Promise<RoomNotes> {
    return this.rooms.notesOf(sessionId, authorId);
  }

  /** Each session's room phase (lobby for a room nobody has opened), for a live overview of many rooms. */
  async phasesOf(sessionIds: string[]): Promise<Map<string, RoomPhase>> {
    const phases = await this.rooms.phases(sessionIds);
    return new Map(sessionIds.map((id) => [id, phases.get(id) ?? 'lobby']));
  }

  /** What happened in the room, for its participants and the cohort's coordinators. Opens nothing. */
  async summary(user: UserEntity, sessionId: string): Promise<RoomSummary> {
    const { session } = await this.sessions.getWithAccess(user, sessionId);
    return this.summaryOf(session);
  }

  /** Feedback's view of the room, for work no one person asked for: the summary, or null when it was never opened. */
  private async record(sessionId: string): Promise<RoomSummary | null> {
    const session = await this.sessions.find(sessionId);
    if (!session) return null;
    const summary = await this.summaryOf(session);
    return summary.phase === 'lobby' && summary.startedAt === null ? null : summary;
  }

  private async summaryOf(session: Session): Promise<RoomSummary> {
    const stored = await this.rooms.find(session.id);
    if (!stored) return { sessionId: session.id, phase: 'lobby', startedAt: null, endedAt: null, questions: [] };
    const { state } = stored;
    const scripts = await this.scriptsOf(session, stored.secondSnapshotId);
    const asked = askedQuestions(await this.rooms.log(session.id), state.endedAt ?? Date.now());
    const [first, second] = firstHalfPair(state);
    return {
      sessionId: session.id,
      phase: state.phase,
      startedAt: iso(state.startedAt),
      endedAt: iso(state.endedAt),
      questions: asked.flatMap((item) => {
        const question = snapshotQuestions(scripts[item.half - 1]).find((q) => q.questionId === item.questionId);
        if (!question) return [];
        return [
          {
            questionId: item.questionId,
            half: item.half,
            interviewerId: item.half === 1 ? first : second,
            candidateId: item.half === 1 ? second : first,
            family: question.family,
            prompt: question.prompt,
            competencies: question.competencies,
            askedAt: item.askedAt,
            seconds: item.seconds,
          },
        ];
      }),
    };
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
        this.realtime.isRoomOccupiedAnywhere(channel).then((occupied) => {
          if (occupied === false) this.presenceChanged(parsed.sessionId, userId, 'left', at);
        }),
      );
    }
  }

  /** Admits the session's active participants and its cohort's coordinators; a cancelled session has no room. */
  private async enter(user: UserEntity, sessionId: string): Promise<Session> {
    const { session, coordinator } = await this.sessions.getWithAccess(user, sessionId);
    if (session.status === 'cancelled') throw conflict('This session was cancelled: its room is closed.');
    const participant = session.participants.find((person) => person.userId === user.id);
    if (coordinator || (participant && !participant.noShow)) return session;
    throw forbidden('You were recorded as absent from this session, so its room is closed to you.');
  }

  /** The stored room, made on the first join: roles from the participants and, for peers, a second script. */
  private async openOnce(session: Session): Promise<StoredRoom> {
    const existing = await this.rooms.find(session.id);
    if (existing) return existing;
    return this.db.transaction(async (manager) => {
      await this.rooms.lockOpening(manager, session.id);
      const opened = await this.rooms.find(session.id, manager);
      if (opened) return opened;
      const [interviewerId, candidateId] = await this.firstHalfRoles(session);
      const room: StoredRoom = {
        state: initialRoomState(interviewerId, candidateId),
        secondSnapshotId: session.kind === 'peer_swap' ? await this.secondHalfSnapshot(manager, session) : null,
      };
      await this.rooms.insert(manager, session.id, room);
      return room;
    });
  }

  /**
   * Who interviews first. Mentor and informational sessions name the roles; in a peer session both are
   * candidates, and whoever booked it goes first (the smaller user id when the booker is not in it).
   */
  private async firstHalfRoles(session: Session): Promise<[string, string]> {
    const people = session.participants;
    if (session.kind === 'peer_swap') {
      const ids = people
        .filter((person) => person.role === 'candidate')
        .map((person) => person.userId)
        .sort();
      if (ids.length !== 2) throw conflict('A peer session needs exactly two candidates to open its room.');
      const booker = await this.sessions.bookedBy(session.id);
      const first = booker && ids.includes(booker) ? booker : ids[0];
      return [first, ids.find((id) => id !== first)!];
    }
    const interviewer = people.find((person) => person.role === 'interviewer');
    const candidate = people.find((person) => person.role === 'candidate');
    if (!interviewer || !candidate) throw conflict('This session needs an interviewer and a candidate to open its room.');
    return [interviewer.userId, candidate.userId];
  }

  /**
   * The second half of a peer session asks from another persona's built-in script of the same track, so the
   * first half's interviewer is not asked what they just asked. A track with a single persona repeats its script.
   */
  private async secondHalfSnapshot(manager: EntityManager, session: Session): Promise<string | null> {
    const first = session.scriptSnapshotId ? await this.snapshot(session.scriptSnapshotId) : null;
    const personas = TRACK_PERSONAS[session.track];
    const firstPersona = first?.persona ?? personas[0];
    const at = personas.indexOf(firstPersona);
    // The personas after the first one's, wrapping round, so each track's order decides the pairing.
    const others = [...personas.slice(at + 1), ...personas.slice(0, Math.max(at, 0))].filter((p) => p !== firstPersona);
    for (const persona of others) {
      const scriptId = await this.scripts.builtInScriptId(manager, session.track, persona);
      if (scriptId) return (await this.scripts.snapshot(manager, scriptId, session.cohortId ?? '')).id;
    }
    return session.scriptSnapshotId;
  }

  private async roomOf(session: Session, stored: StoredRoom): Promise<OpenRoom> {
    const scripts = await this.scriptsOf(session, stored.secondSnapshotId);
    const swapAt = session.kind === 'peer_swap' ? halfTime(Date.parse(session.startsAt), Date.parse(session.endsAt)) : null;
    const people = await this.users.accommodationsOf([stored.state.interviewerId, stored.state.candidateId]);
    const accommodations = Object.fromEntries(
      [...people].map(([userId, settings]) => [userId, partnerAccommodationsOf(settings)]),
    );
    return {
      session,
      state: stored.state,
      scripts,
      context: roomContextOf(session.kind, scripts, swapAt),
      swapAt,
      accommodations,
      day: await this.dayOf(session.id),
    };
  }

  private async dayOf(sessionId: string): Promise<RoomDayFacts | null> {
    if (this.days.has(sessionId)) return this.days.get(sessionId)!;
    const day = await this.daySource.of(sessionId);
    if (this.days.size >= SNAPSHOT_CACHE_SIZE) this.days.clear();
    this.days.set(sessionId, day);
    return day;
  }

  private async scriptsOf(session: Session, secondSnapshotId: string | null): Promise<Scripts> {
    return [
      session.scriptSnapshotId ? await this.snapshot(session.scriptSnapshotId) : null,
      secondSnapshotId ? await this.snapshot(secondSnapshotId) : null,
    ];
  }

  private async snapshot(snapshotId: string): Promise<ScriptSnapshot> {
    const cached = this.snapshots.get(snapshotId);
    if (cached) return cached;
    const snapshot = await this.scripts.getSnapshot(snapshotId);
    if (this.snapshots.size >= SNAPSHOT_CACHE_SIZE) this.snapshots.clear();
    this.snapshots.set(snapshotId, snapshot);
    return snapshot;
  }

  /** One person's view; the interviewer's carries their own notes. */
  private async viewFor(room: OpenRoom, viewerId: string): Promise<RoomView> {
    const asking = roomRoleOf(room.state, viewerId) === 'interviewer';
    return buildRoomView({
      sessionId: room.session.id,
      kind: room.session.kind,
      state: room.state,
      scripts: room.scripts,
      viewerId,
      notes: asking ? await this.rooms.notesOf(room.session.id, viewerId) : {},
      endsAt: Date.parse(room.session.endsAt),
      swapAt: room.swapAt,
      now: Date.now(),
      accommodations: room.accommodations,
      day: room.day && dayContextFor(room.day, viewerId),
    });
  }

  /** Each participant gets their own view, the observers theirs, on every instance. Answers the views by person. */
  private async broadcast(room: OpenRoom): Promise<Map<string, RoomView>> {
    const views = new Map<string, RoomView>();
    for (const userId of [room.state.interviewerId, room.state.candidateId]) {
      const view = await this.viewFor(room, userId);
      views.set(userId, view);
      this.realtime.emitToRoom(participantChannel(room.session.id, userId), 'room:state', view);
    }
    this.realtime.emitToRoom(observersChannel(room.session.id), 'room:state', await this.viewFor(room, OBSERVER));
    return views;
  }

  /** A participant's first socket entered the room, or their last one left it (across instances). */
  private presenceChanged(sessionId: string, userId: string, change: 'joined' | 'left', at: Date): void {
    this.log.debug({ sessionId, userId, at: at.toISOString() }, `participant ${change} the room`);
    // With LiveKit its webhooks keep attendance; without it, presence in the room's socket stands in for them.
    if (this.attendance.videoConfigured) return;
    this.background(
      change === 'joined'
        ? this.attendance.participantJoined(sessionId, userId, at)
        : this.attendance.participantLeft(sessionId, userId, at),
    );
  }

  /** The `end` action was accepted. */
  private roomEnded(sessionId: string, at: Date): void {
    this.log.debug({ sessionId, at: at.toISOString() }, 'room ended');
    this.background(
      (async () => {
        await this.attendance.roomEnded(sessionId, at);
        await this.db.transaction((manager) => this.feedbackReminders.schedule(manager, sessionId, at.getTime()));
      })(),
    );
  }

  private background(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.log.warn({ err: error }, 'room presence check failed'));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/** The day as one viewer's room shows it: the same clock for all, their own next station. */
function dayContextFor(day: RoomDayFacts, viewerId: string): RoomDayContext {
  const next = day.nextByUser[viewerId];
  return {
    dayId: day.dayId,
    title: day.title,
    stationName: day.stationName,
    rotation: day.rotation,
    rotationCount: day.rotationCount,
    rotationEndsAt: new Date(day.rotationEndsAt).toISOString(),
    oneMinuteWarningAt: new Date(day.rotationEndsAt - INTERVIEW_DAY_RULES.warningMinutes * MINUTE).toISOString(),
    next: next
      ? { sessionId: next.sessionId, stationName: next.stationName, startsAt: new Date(next.startsAt).toISOString() }
      : null,
  };
}

/** The first half's interviewer and candidate (after a swap the state holds them the other way round). */
function firstHalfPair(state: RoomState): [string, string] {
  return state.half === 1 ? [state.interviewerId, state.candidateId] : [state.candidateId, state.interviewerId];
}

/** The halves, so far, in which this person is or was the interviewer. */
function halvesAskedBy(state: RoomState, userId: string): (1 | 2)[] {
  const [first, second] = firstHalfPair(state);
  const halves: (1 | 2)[] = [];
  if (userId === first) halves.push(1);
  if (state.half === 2 && userId === second) halves.push(2);
  return halves;
}
