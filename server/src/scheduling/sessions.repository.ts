import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberActivity, ParticipantRole, Persona, Session, SessionKind, SessionStatus, Track } from '@rounds/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** A person in a session, with what notices need to reach them. */
export interface SessionPerson {
  userId: string;
  displayName: string;
  timeZone: string;
  email: string;
  role: ParticipantRole;
  noShow: boolean;
  active: boolean;
}

export interface NewSession {
  cohortId: string;
  kind: SessionKind;
  track: Track;
  personas: Persona[];
  start: number;
  end: number;
  participants: { userId: string; role: ParticipantRole }[];
  scriptSnapshotId: string | null;
  createdBy: string;
  /** Practice now: started at once, never booked. */
  instant: boolean;
}

/** A possible partner for a booking, with the figures that rank them. */
export interface PartnerRow {
  id: string;
  displayName: string;
  timeZone: string;
  weeklyCapacity: number;
  /** Sessions already booked in the coming weeks: the fewer, the earlier a mentor is offered. */
  load: number;
  /** Sessions this partner already had with the candidate: an alternative is preferred. */
  pastPairings: number;
}

/** What a reminder needs to know about its session when it is planned and when it runs. */
export interface ReminderFacts {
  kind: SessionKind;
  start: number;
  end: number;
  status: SessionStatus;
  sequence: number;
}

export interface BookedStart {
  userId: string;
  timeZone: string;
  startsAt: number;
}

interface SessionRow {
  id: string;
  cohort_id: string | null;
  kind: SessionKind;
  track: Track;
  personas: Persona[];
  starts_at: Date;
  ends_at: Date;
  status: SessionStatus;
  status_reason: string | null;
  script_snapshot_id: string | null;
  calendar_sequence: number;
  instant: boolean;
}

interface PersonRow {
  session_id: string;
  user_id: string;
  display_name: string;
  time_zone: string;
  email: string;
  role: ParticipantRole;
  no_show: boolean;
  active: boolean;
}

/** Why a no-show stands: what confirmed it, who recorded it (null: the no-show check) and the reason given. */
export interface NoShowRecord {
  confirmedBy: 'attendance' | 'coordinator' | null;
  actorId: string | null;
  reason: string | null;
}

const SEAT_HANDED_OVER = 'Did not appear; the seat was handed to someone on standby.';

/** A participant as `find` aggregates them, already in the contract's shape. */
type ParticipantJson = Session['participants'][number];

const SESSION_COLUMNS = `s.id, s.cohort_id, s.kind, s.track, s.personas, s.starts_at, s.ends_at, s.status, s.status_reason,
  s.script_snapshot_id, s.calendar_sequence, s.instant`;
const PERSON_COLUMNS = `p.session_id, p.user_id, u.display_name, u.time_zone, u.email, p.role, p.no_show, p.active`;
const PEOPLE_ORDER = `array_position(ARRAY['interviewer', 'candidate', 'observer'], p.role), u.display_name`;

/** Every SQL statement on `sessions` and `session_participants`. Other features go through the scheduling services. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sessions in the order of `ids`, with their participants; unknown ids are left out. */
  async find(ids: string[], manager: EntityManager = this.db.manager): Promise<Session[]> {
    if (ids.length === 0) return [];
    // One round trip: the participants come along as a JSON array (this read is on the token route's hot path).
    const rows: (SessionRow & { people: ParticipantJson[] })[] = await manager.query(
      `SELECT ${SESSION_COLUMNS},
         COALESCE((SELECT json_agg(json_build_object('userId', p.user_id, 'displayName', u.display_name,
                     'timeZone', u.time_zone, 'role', p.role, 'noShow', p.no_show) ORDER BY ${PEOPLE_ORDER})
                   FROM session_participants p JOIN users u ON u.id = p.user_id WHERE p.session_id = s.id), '[]') AS people
       FROM sessions s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toSession(row, row.people)] : [];
    });
  }

  /** The participants of one session with their e-mail addresses, interviewers first. */
  async people(manager: EntityManager, sessionId: string): Promise<SessionPerson[]> {
    return (await this.peopleOf(manager, [sessionId])).map(toPerson);
  }

  /** Everyone in each of these sessions, with one statement. */
  async peopleBySession(manager: EntityManager, sessionIds: string[]): Promise<Map<string, SessionPerson[]>> {
    const bySession = new Map<string, SessionPerson[]>(sessionIds.map((id) => [id, []]));
    for (const row of await this.peopleOf(manager, sessionIds)) bySession.get(row.session_id)?.push(toPerson(row));
    return bySession;
  }

  /** Who booked or scheduled the session (null for sessions made before it was recorded, or an unknown id). */
  async bookedBy(sessionId: string): Promise<string | null> {
    const rows: { created_by: string | null }[] = await this.db.query(`SELECT created_by FROM sessions WHERE id = $1`, [
      sessionId,
    ]);
    return rows[0]?.created_by ?? null;
  }

  /** A person's own sessions, or a cohort's, upcoming (soonest first) or past (latest first). */
  async listIds(scope: 'upcoming' | 'past', owner: { userId: string } | { cohortId: string }): Promise<string[]> {
    const upcoming = scope === 'upcoming';
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM sessions s
       WHERE ${'cohortId' in owner ? 's.cohort_id = $1' : 'EXISTS (SELECT 1 FROM session_participants p WHERE p.session_id = s.id AND p.user_id = $1)'}
         AND ${upcoming ? `s.ends_at >= now() AND s.status IN ('scheduled', 'live')` : `(s.ends_at < now() OR s.status NOT IN ('scheduled', 'live'))`}
       ORDER BY s.starts_at ${upcoming ? 'ASC' : 'DESC'} LIMIT 200`,
      ['cohortId' in owner ? owner.cohortId : owner.userId],
    );
    return rows.map((row) => row.id);
  }

  /** Per member of the cohort's sessions: how many they completed (not as a no-show), and when the latest started. */
  async activityIn(cohortId: string): Promise<MemberActivity[]> {
    const rows: { user_id: string; done: number; last: Date | null }[] = await this.db.query(
      `SELECT p.user_id, count(*)::int AS done, max(s.starts_at) AS last
         FROM sessions s JOIN session_participants p ON p.session_id = s.id
        WHERE s.cohort_id = $1 AND s.status = 'completed' AND NOT p.no_show
        GROUP BY p.user_id`,
      [cohortId],
    );
    return rows.map((row) => ({ userId: row.user_id, sessionsDone: row.done, lastSessionAt: row.last?.toISOString() ?? null }));
  }

  /** The scheduled sessions a person takes part in that have not started yet, soonest first. */
  async scheduledAheadOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT s.id FROM sessions s JOIN session_participants p ON p.session_id = s.id AND p.user_id = $1 AND p.active
        WHERE s.status = 'scheduled' AND s.starts_at > now() ORDER BY s.starts_at`,
      [userId],
    );
    return rows.map((row) => row.id);
  }

  /** Locks the session row for the caller's transaction and reads its status (undefined when there is none). */
  async lockStatus(manager: EntityManager, sessionId: string): Promise<SessionStatus | undefined> {
    const rows: { status: SessionStatus }[] = await manager.query(`SELECT status FROM sessions WHERE id = $1 FOR UPDATE`, [
      sessionId,
    ]);
    return rows[0]?.status;
  }

  /** The session's time, status and calendar sequence; `lock` orders the caller after any change in flight. */
  async reminderFacts(manager: EntityManager, sessionId: string, lock = false): Promise<ReminderFacts | undefined> {
    const rows: Pick<SessionRow, 'kind' | 'starts_at' | 'ends_at' | 'status' | 'calendar_sequence'>[] = await manager.query(
      `SELECT kind, starts_at, ends_at, status, calendar_sequence FROM sessions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [sessionId],
    );
    const row = rows[0];
    return (
      row && {
        kind: row.kind,
        start: row.starts_at.getTime(),
        end: row.ends_at.getTime(),
        status: row.status,
        sequence: row.calendar_sequence,
      }
    );
  }

  /** Inserts a session and its participants; the exclusion constraint refuses anyone already booked then. */
  /** Sessions and their participants in two statements, however many; resolves to their ids in order. */
  async insertMany(manager: EntityManager, sessions: NewSession[]): Promise<string[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map(() => randomUUID());
    await manager.query(
      `INSERT INTO sessions (id, cohort_id, kind, track, personas, starts_at, ends_at, script_snapshot_id, created_by, instant)
       SELECT s.id, s.cohort_id, s.kind, s.track, ARRAY(SELECT jsonb_array_elements_text(s.personas)), s.starts_at, s.ends_at,
              s.script_snapshot_id, s.created_by, s.instant
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::timestamptz[], $7::timestamptz[],
                   $8::uuid[], $9::uuid[], $10::boolean[])
         AS s(id, cohort_id, kind, track, personas, starts_at, ends_at, script_snapshot_id, created_by, instant)`,
      [
        ids,
        sessions.map((s) => s.cohortId),
        sessions.map((s) => s.kind),
        sessions.map((s) => s.track),
        sessions.map((s) => JSON.stringify(s.personas)),
        sessions.map((s) => new Date(s.start)),
        sessions.map((s) => new Date(s.end)),
        sessions.map((s) => s.scriptSnapshotId),
        sessions.map((s) => s.createdBy),
        sessions.map((s) => s.instant),
      ],
    );
    const participants = sessions.flatMap((session, i) =>
      session.participants.map((p) => ({ sessionId: ids[i], ...p, start: new Date(session.start), end: new Date(session.end) })),
    );
    await manager.query(
      `INSERT INTO session_participants (session_id, user_id, role, during)
       SELECT p.session_id, p.user_id, p.role, tstzrange(p.starts_at, p.ends_at)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[])
         AS p(session_id, user_id, role, starts_at, ends_at)`,
      [
        participants.map((p) => p.sessionId),
        participants.map((p) => p.userId),
        participants.map((p) => p.role),
        participants.map((p) => p.start),
        participants.map((p) => p.end),
      ],
    );
    return ids;
  }

  async cancel(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE sessions SET status = 'cancelled', status_reason = $2, calendar_sequence = calendar_sequence + 1, updated_at = now() WHERE id = $1`,
      [sessionId, reason],
    );
    await manager.query(`UPDATE session_participants SET active = false WHERE session_id = $1`, [sessionId]);
  }

  /**
   * Within the caller's transaction, checks double booking at commit rather than per statement: for moving many
   * sessions of the same people at once (an interview day), where one may pass through a time another still holds.
   */
  async deferDoubleBookingCheck(manager: EntityManager): Promise<void> {
    await manager.query(`SET CONSTRAINTS session_participants_no_double_booking DEFERRED`);
  }

  /** A change the calendar must hear of although the time stays (a new name): the invite's sequence rises. */
  async raiseCalendarSequence(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE sessions SET calendar_sequence = calendar_sequence + 1, updated_at = now() WHERE id = $1`, [
      sessionId,
    ]);
  }

  async move(manager: EntityManager, sessionId: string, start: number, end: number, reason: string): Promise<void> {
    await manager.query(
      `UPDATE sessions SET starts_at = $2, ends_at = $3, status_reason = $4, calendar_sequence = calendar_sequence + 1, updated_at = now() WHERE id = $1`,
      [sessionId, new Date(start), new Date(end), reason],
    );
    await manager.query(`UPDATE session_participants SET during = tstzrange($2, $3) WHERE session_id = $1`, [
      sessionId,
      new Date(start),
      new Date(end),
    ]);
  }

  /** Moves the session to `status` when it is in one of `from`; otherwise leaves it as it is. */
  async advanceStatus(manager: EntityManager, sessionId: string, from: SessionStatus[], status: SessionStatus): Promise<void> {
    await manager.query(`UPDATE sessions SET status = $3, updated_at = now() WHERE id = $1 AND status = ANY($2::text[])`, [
      sessionId,
      from,
      status,
    ]);
  }

  /** Records the person as a no-show (off the session, so their time frees up), the session as no_show, and why. */
  async markNoShow(manager: EntityManager, sessionId: string, userId: string, record: NoShowRecord): Promise<void> {
    await this.setNoShow(manager, sessionId, userId, record);
    await manager.query(`UPDATE sessions SET status = 'no_show', status_reason = $2, updated_at = now() WHERE id = $1`, [
      sessionId,
      record.reason,
    ]);
  }

  /**
   * Takes back a no-show recorded in error: it no longer counts against the person and the room admits them
   * again (their time stays free, as a no-show left it, and a seat given to someone on standby stays theirs).
   * A session that was a no-show, with no other no-show left, moves to `statusAfter`. False when the person
   * had no no-show to clear.
   */
  async clearNoShow(
    manager: EntityManager,
    sessionId: string,
    userId: string,
    change: { reason: string; actorId: string; statusAfter: SessionStatus },
  ): Promise<boolean> {
    const cleared: unknown[] = await manager.query(
      `WITH cleared AS (
         UPDATE session_participants SET no_show = false, no_show_confirmed_by = NULL
         WHERE session_id = $1 AND user_id = $2 AND no_show RETURNING user_id)
       SELECT user_id FROM cleared`,
      [sessionId, userId],
    );
    if (cleared.length === 0) return false;
    await this.logNoShowChange(manager, sessionId, userId, 'cleared', { ...change, confirmedBy: null });
    await manager.query(
      `UPDATE sessions SET status = $2, status_reason = NULL, updated_at = now()
       WHERE id = $1 AND status = 'no_show' AND NOT EXISTS (SELECT 1 FROM session_participants WHERE session_id = $1 AND no_show)`,
      [sessionId, change.statusAfter],
    );
    return true;
  }

  private async setNoShow(manager: EntityManager, sessionId: string, userId: string, record: NoShowRecord): Promise<void> {
    await manager.query(
      `UPDATE session_participants SET no_show = true, active = false, no_show_confirmed_by = $3 WHERE session_id = $1 AND user_id = $2`,
      [sessionId, userId, record.confirmedBy],
    );
    await this.logNoShowChange(manager, sessionId, userId, 'recorded', record);
  }

  private async logNoShowChange(
    manager: EntityManager,
    sessionId: string,
    userId: string,
    change: 'recorded' | 'cleared',
    record: NoShowRecord,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO no_show_changes (session_id, user_id, change, confirmed_by, actor_id, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [sessionId, userId, change, record.confirmedBy, record.actorId, record.reason],
    );
  }

  /**
   * Puts `standbyUserId` in the seat of `absentUserId` (who stays on the session as an inactive no-show),
   * with the same role and time; a session whose status was `no_show` is scheduled again. False when the
   * absent person is not a participant, or the seat was already given (the standby person is in it).
   */
  async replaceParticipant(
    manager: EntityManager,
    sessionId: string,
    absentUserId: string,
    standbyUserId: string,
  ): Promise<boolean> {
    const [absent]: { role: ParticipantRole }[] = await manager.query(
      `SELECT role FROM session_participants WHERE session_id = $1 AND user_id = $2 FOR UPDATE`,
      [sessionId, absentUserId],
    );
    const [already]: unknown[] = await manager.query(
      `SELECT 1 FROM session_participants WHERE session_id = $1 AND user_id = $2`,
      [sessionId, standbyUserId],
    );
    if (!absent || already) return false;
    await this.setNoShow(manager, sessionId, absentUserId, {
      confirmedBy: 'attendance',
      actorId: null,
      reason: SEAT_HANDED_OVER,
    });
    await manager.query(
      `INSERT INTO session_participants (session_id, user_id, role, during)
       SELECT id, $2, $3, tstzrange(starts_at, ends_at) FROM sessions WHERE id = $1`,
      [sessionId, standbyUserId, absent.role],
    );
    await manager.query(
      `UPDATE sessions SET status = 'scheduled', status_reason = NULL, updated_at = now() WHERE id = $1 AND status = 'no_show'`,
      [sessionId],
    );
    return true;
  }

  /**
   * Mentors (for mentor and informational sessions) or fellow candidates (peer swaps) of the cohort, ranked
   * fairly: people the candidate has not met first, then the least loaded.
   */
  async partners(
    manager: EntityManager,
    candidateId: string,
    query: { cohortId: string; kind: SessionKind; track: Track; persona?: Persona },
  ): Promise<PartnerRow[]> {
    const role = query.kind === 'peer_swap' ? 'candidate' : 'mentor';
    const rows: {
      id: string;
      display_name: string;
      time_zone: string;
      weekly_capacity: number;
      load: number;
      past_pairings: number;
    }[] = await manager.query(
      `SELECT u.id, u.display_name, u.time_zone, u.weekly_capacity,
         (SELECT count(*)::int FROM session_participants p JOIN sessions s ON s.id = p.session_id
            WHERE p.user_id = u.id AND p.active AND s.starts_at > now() - interval '7 days' AND s.starts_at < now() + interval '60 days') AS load,
         (SELECT count(*)::int FROM session_participants p JOIN session_participants mine ON mine.session_id = p.session_id AND mine.user_id = $2
            JOIN sessions s ON s.id = p.session_id WHERE p.user_id = u.id AND s.status <> 'cancelled') AS past_pairings
       FROM users u JOIN cohort_members m ON m.user_id = u.id AND m.cohort_id = $1 AND m.role = $3
       WHERE u.id <> $2
         -- A mentor asked for by persona is matched on the persona; otherwise on the profile's track.
         AND (($3 = 'mentor' AND $5::text IS NOT NULL) OR u.track IS NULL OR u.track = $4)
         AND ($5::text IS NULL OR $3 = 'candidate' OR cardinality(u.interviewer_personas) = 0 OR $5 = ANY (u.interviewer_personas))
       ORDER BY past_pairings ASC, load ASC, u.id`,
      [query.cohortId, candidateId, role, query.track, query.persona ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      timeZone: row.time_zone,
      weeklyCapacity: row.weekly_capacity,
      load: row.load,
      pastPairings: row.past_pairings,
    }));
  }

  /** Start times of the active sessions of these people in [from, to), for counting sessions per week. */
  async bookedStarts(
    manager: EntityManager,
    userIds: string[],
    from: number,
    to: number,
    ignoreSessionId?: string,
  ): Promise<BookedStart[]> {
    const rows: { user_id: string; time_zone: string; starts_at: Date }[] = await manager.query(
      `SELECT p.user_id, u.time_zone, s.starts_at FROM session_participants p
       JOIN sessions s ON s.id = p.session_id JOIN users u ON u.id = p.user_id
       WHERE p.active AND p.user_id = ANY($1::uuid[]) AND s.starts_at >= $2 AND s.starts_at < $3 AND s.id IS DISTINCT FROM $4::uuid`,
      [userIds, new Date(from), new Date(to), ignoreSessionId ?? null],
    );
    return rows.map((row) => ({ userId: row.user_id, timeZone: row.time_zone, startsAt: row.starts_at.getTime() }));
  }

  /** The active sessions a person is in that overlap [from, to). */
  async busyTimes(
    manager: EntityManager,
    userIds: string[],
    from: number,
    to: number,
    ignoreSessionId?: string,
  ): Promise<{ userId: string; start: number; end: number }[]> {
    const rows: { user_id: string; start: Date; end: Date }[] = await manager.query(
      `SELECT user_id, lower(during) AS start, upper(during) AS end FROM session_participants
       WHERE active AND user_id = ANY($1::uuid[]) AND during && tstzrange($2, $3) AND session_id IS DISTINCT FROM $4::uuid`,
      [userIds, new Date(from), new Date(to), ignoreSessionId ?? null],
    );
    return rows.map((row) => ({ userId: row.user_id, start: row.start.getTime(), end: row.end.getTime() }));
  }

  private peopleOf(manager: EntityManager, sessionIds: string[]): Promise<PersonRow[]> {
    return manager.query(
      `SELECT ${PERSON_COLUMNS} FROM session_participants p JOIN users u ON u.id = p.user_id
       WHERE p.session_id = ANY($1::uuid[]) ORDER BY ${PEOPLE_ORDER}`,
      [sessionIds],
    );
  }
}

function toPerson(row: PersonRow): SessionPerson {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    timeZone: row.time_zone,
    email: row.email,
    role: row.role,
    noShow: row.no_show,
    active: row.active,
  };
}

function toSession(row: SessionRow, participants: ParticipantJson[]): Session {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    kind: row.kind,
    track: row.track,
    personas: row.personas,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    status: row.status,
    statusReason: row.status_reason,
    scriptSnapshotId: row.script_snapshot_id,
    calendarSequence: row.calendar_sequence,
    instant: row.instant,
    participants,
    interviewDay: null,
  };
}
