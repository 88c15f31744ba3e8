import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  fitScriptToMinutes,
  halfTime,
  initialRoomState,
  partnerAccommodationsOf,
  roomContextOf,
  scriptMinutesIn,
  TRACK_PERSONAS,
  type ExperienceLevel,
  type PartnerAccommodations,
  type RoomContext,
  type RoomState,
  type ScriptSnapshot,
  type Session,
} from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../common/problem.js';
import { ScriptsService } from '../questions/scripts.service.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { RoomDaySource, type RoomDayFacts } from './room-day.js';
import { RoomRepository, type StoredRoom } from './room.repository.js';

/** Each half's script snapshot (the second is null outside a peer session). */
export type RoomScripts = readonly [ScriptSnapshot | null, ScriptSnapshot | null];

/** A room with what its views and actions need: the session's facts and both halves' scripts. */
export interface OpenRoom {
  session: Session;
  state: RoomState;
  scripts: RoomScripts;
  context: RoomContext;
  swapAt: number | null;
  /** What applies to each participant (extra time, audio only), read when the room is loaded. */
  accommodations: Record<string, PartnerAccommodations>;
  /** The interview day the session is a station of, if any. */
  day: RoomDayFacts | null;
  /** Each participant's experience level, so the guide shows what good looks like at the candidate's first. */
  levels: Map<string, ExperienceLevel | null>;
}

/** Snapshots never change; this many stay in memory (a room reads its two on every action). */
const CACHE_SIZE = 500;

/**
 * Getting into a room and gathering what it runs on: who is admitted, the stored room (opened on the first
 * join with its roles and, for peers, a second script), and the facts every view and action needs.
 */
@Injectable()
export class RoomLoaderService {
  private readonly snapshots = new Map<string, ScriptSnapshot>();
  /** A day's schedule never moves once built (a late room shifts no one), so each session's is read once. */
  private readonly days = new Map<string, RoomDayFacts | null>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomRepository,
    private readonly sessions: InterviewSessionsService,
    private readonly scripts: ScriptsService,
    private readonly users: UsersService,
    private readonly daySource: RoomDaySource,
  ) {}

  /** Admits the session's participants (not one recorded absent) and its cohort's coordinators; a cancelled session has no room. */
  async admit(user: UserEntity, sessionId: string): Promise<Session> {
    const { session } = await this.sessions.getForRoom(user, sessionId);
    if (session.status === 'cancelled') throw conflict('This session was cancelled: its room is closed.');
    return session;
  }

  /** The stored room, made on the first join: roles from the participants and, for peers, a second script. */
  async openOnce(session: Session): Promise<StoredRoom> {
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

  /** The stored room with its scripts, timing, both participants' accommodations and its interview day. */
  async load(session: Session, stored: StoredRoom): Promise<OpenRoom> {
    const scripts = await this.scriptsOf(session, stored.secondSnapshotId);
    const startsAt = Date.parse(session.startsAt);
    const swapAt = session.kind === 'peer_swap' ? halfTime(startsAt, Date.parse(session.endsAt)) : null;
    const participantIds = [stored.state.interviewerId, stored.state.candidateId];
    const people = await this.users.accommodationsOf(participantIds);
    const accommodations = Object.fromEntries(
      [...people].map(([userId, settings]) => [userId, partnerAccommodationsOf(settings)]),
    );
    return {
      session,
      state: stored.state,
      scripts,
      context: roomContextOf(session.kind, scripts, { startsAt, swapAt }),
      swapAt,
      accommodations,
      day: await this.dayOf(session.id),
      levels: await this.users.experienceLevelsOf(participantIds),
    };
  }

  /**
   * Each half's script as the room asks it: the part that fits the time the half gets (a peer half gets half
   * the session, a station its own length), so a 25-minute script in a 15-minute half asks what fits.
   */
  async scriptsOf(session: Session, secondSnapshotId: string | null): Promise<RoomScripts> {
    const minutes = scriptMinutesIn(session.kind, Date.parse(session.startsAt), Date.parse(session.endsAt));
    const fitted = async (snapshotId: string | null) =>
      snapshotId ? fitScriptToMinutes(await this.snapshot(snapshotId), minutes) : null;
    return [await fitted(session.scriptSnapshotId), await fitted(secondSnapshotId)];
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

  private async dayOf(sessionId: string): Promise<RoomDayFacts | null> {
    if (this.days.has(sessionId)) return this.days.get(sessionId)!;
    const day = await this.daySource.of(sessionId);
    if (this.days.size >= CACHE_SIZE) this.days.clear();
    this.days.set(sessionId, day);
    return day;
  }

  private async snapshot(snapshotId: string): Promise<ScriptSnapshot> {
    const cached = this.snapshots.get(snapshotId);
    if (cached) return cached;
    const snapshot = await this.scripts.getSnapshot(snapshotId);
    if (this.snapshots.size >= CACHE_SIZE) this.snapshots.clear();
    this.snapshots.set(snapshotId, snapshot);
    return snapshot;
  }
}
