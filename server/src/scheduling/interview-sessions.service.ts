import { Injectable } from '@nestjs/common';
import type { MemberActivity, Session, SessionDetail } from '@rounds/shared';

type SessionParticipant = Session['participants'][number];
import type { EntityManager } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { forbidden, notFound } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { SessionHooks } from './session-hooks.js';
import { SessionsRepository, type SessionPerson } from './sessions.repository.js';

/**
 * Reading interview sessions, and the one rule for who may see or change one: its participants and its
 * cohort's coordinators. (Sign-in sessions are the auth feature's AuthSessionsService.)
 */
@Injectable()
export class InterviewSessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly cohorts: CohortsService,
    private readonly hooks: SessionHooks,
  ) {}

  async list(actor: UserEntity, scope: 'upcoming' | 'past', cohortId?: string): Promise<Session[]> {
    if (cohortId) await this.cohorts.requireCoordinator(actor, cohortId);
    const ids = await this.sessions.listIds(scope, cohortId ? { cohortId } : { userId: actor.id });
    return this.withDayPlaces(await this.sessions.find(ids));
  }

  /** How much each member has practised in the cohort (its coordinators). */
  async memberActivity(actor: UserEntity, cohortId: string): Promise<MemberActivity[]> {
    await this.cohorts.requireCoordinator(actor, cohortId);
    return this.sessions.activityIn(cohortId);
  }

  /** The session, once the actor may see it. A participant needs no cohort lookup: the token route stays at one query. */
  async get(actor: UserEntity, sessionId: string): Promise<Session> {
    const session = await this.load(sessionId);
    if (!takesPartIn(actor, session) && !(await this.coordinates(actor, session))) throw NOT_YOURS();
    const [named] = await this.withDayPlaces([session]);
    return named;
  }

  /** The day and station of each session that is an interview day's visit (the others keep null). */
  async withDayPlaces(sessions: Session[]): Promise<Session[]> {
    const places = await this.hooks.dayPlaces(sessions.map((s) => s.id));
    return sessions.map((session) => ({ ...session, interviewDay: places.get(session.id) ?? null }));
  }

  /** "Residency MMI day, Station 2: Ethics" for a day's visit; undefined for any other session. */
  async dayTitleOf(sessionId: string): Promise<string | undefined> {
    const place = (await this.hooks.dayPlaces([sessionId])).get(sessionId);
    return place && `${place.title}, ${place.stationName}`;
  }

  /** The session with who has been in its room, for its page. */
  async detail(actor: UserEntity, sessionId: string): Promise<SessionDetail> {
    const session = await this.get(actor, sessionId);
    return { ...session, attendance: await this.hooks.attendance(sessionId) };
  }

  /** The session, once the actor may see it, and whether they see it as its cohort's coordinator. */
  async getWithAccess(actor: UserEntity, sessionId: string): Promise<{ session: Session; coordinator: boolean }> {
    const session = await this.load(sessionId);
    const coordinator = await this.coordinates(actor, session);
    if (!coordinator && !takesPartIn(actor, session)) throw NOT_YOURS();
    return { session, coordinator };
  }

  /**
   * The session, once the actor may enter its room (live or video): its participants, except one recorded
   * absent (or whose seat went to someone on standby), and its cohort's coordinators. A participant needs no
   * cohort lookup, so the token route stays at one query.
   */
  async getForRoom(actor: UserEntity, sessionId: string): Promise<{ session: Session; seat: SessionParticipant | undefined }> {
    const session = await this.load(sessionId);
    const seat = session.participants.find((p) => p.userId === actor.id);
    if (seat && !seat.noShow) return { session, seat };
    if (!(await this.coordinates(actor, session))) throw seat ? RECORDED_ABSENT() : NOT_YOURS();
    return { session, seat: undefined };
  }

  private async load(sessionId: string): Promise<Session> {
    const [session] = await this.sessions.find([sessionId]);
    if (!session) throw notFound('There is no session with that id.');
    return session;
  }

  private async coordinates(actor: UserEntity, session: Session): Promise<boolean> {
    return session.cohortId !== null && (await this.cohorts.isCoordinator(actor, session.cohortId));
  }

  /** Who booked the session: in a peer session, that person interviews first (the live room decides it). */
  bookedBy(sessionId: string): Promise<string | null> {
    return this.sessions.bookedBy(sessionId);
  }

  /** Sessions by id, without an access check: for background work (feedback reminders) that acts for no one. */
  findSessions(ids: string[]): Promise<Session[]> {
    return this.sessions.find(ids);
  }

  /** One session with no access check, for work no person asked for (a job, a standby offer); undefined when there is none. */
  async find(sessionId: string): Promise<Session | undefined> {
    return (await this.sessions.find([sessionId]))[0];
  }

  /** The participants with their e-mail addresses, for notices, inside the caller's transaction. */
  people(manager: EntityManager, sessionId: string): Promise<SessionPerson[]> {
    return this.sessions.people(manager, sessionId);
  }
}

const takesPartIn = (actor: UserEntity, session: Session) => session.participants.some((p) => p.userId === actor.id);
const RECORDED_ABSENT = () => forbidden('You were recorded as absent from this session, so its room is closed to you.');
const NOT_YOURS = () => forbidden('Only the people in this session and its cohort’s coordinators can see or change it.');
