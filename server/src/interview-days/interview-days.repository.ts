import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InterviewDaySummary, Persona, SessionDayPlace } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';

export interface NewDay {
  cohortId: string;
  title: string;
  date: string;
  startTime: string;
  timeZone: string;
  start: number;
  end: number;
  gapMinutes: number;
  rotationMinutes: number;
  rotationCount: number;
  createdBy: string;
}

export interface StationRow {
  id: string;
  position: number;
  name: string;
  persona: Persona;
  scriptId: string;
  scriptTitle: string;
  minutes: number;
  interviewer: { userId: string; displayName: string; timeZone: string };
}

export interface DaySessionRow {
  sessionId: string;
  stationId: string;
  candidate: { userId: string; displayName: string; timeZone: string };
  rotation: number;
  rotationStartsAt: number;
  rotationEndsAt: number;
}

interface DayRow {
  id: string;
  cohort_id: string;
  title: string;
  local_date: string;
  local_start: string;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  gap_minutes: number;
  rotation_minutes: number;
  rotation_count: number;
  station_count: number;
  candidate_count: number;
  created_at: Date;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

const DAY_COLUMNS = `d.id, d.cohort_id, d.title, to_char(d.local_date, 'YYYY-MM-DD') AS local_date, d.local_start, d.time_zone,
  d.starts_at, d.ends_at, d.gap_minutes, d.rotation_minutes, d.rotation_count,
  (SELECT count(*)::int FROM day_stations st WHERE st.day_id = d.id) AS station_count,
  (SELECT count(DISTINCT ds.candidate_id)::int FROM day_sessions ds WHERE ds.day_id = d.id) AS candidate_count,
  d.created_at, d.cancelled_at, d.cancel_reason`;

function toSummary(row: DayRow): InterviewDaySummary {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    title: row.title,
    date: row.local_date,
    startTime: row.local_start,
    timeZone: row.time_zone,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    gapMinutes: row.gap_minutes,
    rotationMinutes: row.rotation_minutes,
    rotationCount: row.rotation_count,
    stationCount: row.station_count,
    candidateCount: row.candidate_count,
    createdAt: row.created_at.toISOString(),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    cancelReason: row.cancel_reason,
  };
}

/** Every SQL statement on `interview_days`, `day_stations` and `day_sessions`. */
@Injectable()
export class InterviewDaysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertDay(manager: EntityManager, day: NewDay): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO interview_days (cohort_id, title, local_date, local_start, time_zone, starts_at, ends_at, gap_minutes,
         rotation_minutes, rotation_count, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        day.cohortId,
        day.title,
        day.date,
        day.startTime,
        day.timeZone,
        new Date(day.start),
        new Date(day.end),
        day.gapMinutes,
        day.rotationMinutes,
        day.rotationCount,
        day.createdBy,
      ],
    );
    return id;
  }

  async insertStation(
    manager: EntityManager,
    dayId: string,
    station: {
      position: number;
      name: string;
      persona: Persona;
      scriptId: string;
      scriptTitle: string;
      minutes: number;
      interviewerId: string;
    },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO day_stations (day_id, position, name, persona, script_id, script_title, minutes, interviewer_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        dayId,
        station.position,
        station.name,
        station.persona,
        station.scriptId,
        station.scriptTitle,
        station.minutes,
        station.interviewerId,
      ],
    );
    return id;
  }

  /** Ties each session to its day, station, candidate and rotation, with one statement. */
  async linkSessions(
    manager: EntityManager,
    links: {
      sessionId: string;
      dayId: string;
      stationId: string;
      candidateId: string;
      rotation: number;
      startsAt: number;
      endsAt: number;
    }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO day_sessions (session_id, day_id, station_id, candidate_id, rotation, rotation_starts_at, rotation_ends_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[], $7::timestamptz[])`,
      [
        links.map((l) => l.sessionId),
        links.map((l) => l.dayId),
        links.map((l) => l.stationId),
        links.map((l) => l.candidateId),
        links.map((l) => l.rotation),
        links.map((l) => new Date(l.startsAt)),
        links.map((l) => new Date(l.endsAt)),
      ],
    );
  }

  async find(dayId: string, manager: EntityManager = this.db.manager): Promise<InterviewDaySummary | undefined> {
    const rows: DayRow[] = await manager.query(`SELECT ${DAY_COLUMNS} FROM interview_days d WHERE d.id = $1`, [dayId]);
    return rows[0] && toSummary(rows[0]);
  }

  async listForCohort(cohortId: string): Promise<InterviewDaySummary[]> {
    const rows: DayRow[] = await this.db.query(
      `SELECT ${DAY_COLUMNS} FROM interview_days d WHERE d.cohort_id = $1 ORDER BY d.starts_at DESC, d.id LIMIT 200`,
      [cohortId],
    );
    return rows.map(toSummary);
  }

  /** The day's stations in circuit order, with their interviewers. */
  async stations(dayId: string): Promise<StationRow[]> {
    const rows: {
      id: string;
      position: number;
      name: string;
      persona: Persona;
      script_id: string;
      script_title: string;
      minutes: number;
      interviewer_id: string;
      display_name: string;
      time_zone: string;
    }[] = await this.db.query(
      `SELECT st.id, st.position, st.name, st.persona, st.script_id, st.script_title, st.minutes, st.interviewer_id, u.display_name, u.time_zone
         FROM day_stations st JOIN users u ON u.id = st.interviewer_id
        WHERE st.day_id = $1 ORDER BY st.position`,
      [dayId],
    );
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      name: row.name,
      persona: row.persona,
      scriptId: row.script_id,
      scriptTitle: row.script_title,
      minutes: row.minutes,
      interviewer: { userId: row.interviewer_id, displayName: row.display_name, timeZone: row.time_zone },
    }));
  }

  /** The day's sessions by rotation, then station. */
  async sessions(dayId: string): Promise<DaySessionRow[]> {
    const rows: {
      session_id: string;
      station_id: string;
      candidate_id: string;
      display_name: string;
      time_zone: string;
      rotation: number;
      rotation_starts_at: Date;
      rotation_ends_at: Date;
    }[] = await this.db.query(
      `SELECT ds.session_id, ds.station_id, ds.candidate_id, u.display_name, u.time_zone, ds.rotation,
              ds.rotation_starts_at, ds.rotation_ends_at
         FROM day_sessions ds JOIN day_stations st ON st.id = ds.station_id JOIN users u ON u.id = ds.candidate_id
        WHERE ds.day_id = $1 ORDER BY ds.rotation, st.position`,
      [dayId],
    );
    return rows.map((row) => ({
      sessionId: row.session_id,
      stationId: row.station_id,
      candidate: { userId: row.candidate_id, displayName: row.display_name, timeZone: row.time_zone },
      rotation: row.rotation,
      rotationStartsAt: row.rotation_starts_at.getTime(),
      rotationEndsAt: row.rotation_ends_at.getTime(),
    }));
  }

  /** The day row, locked for a change: of two changes sent at once, the second sees the first's result. */
  async lockDay(manager: EntityManager, dayId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM interview_days WHERE id = $1 FOR UPDATE`, [dayId]);
  }

  /** The day's new name, start and clock (the caller has laid out the rotations again). */
  async updateDay(
    manager: EntityManager,
    dayId: string,
    day: Pick<NewDay, 'title' | 'date' | 'startTime' | 'timeZone' | 'start' | 'end' | 'gapMinutes' | 'rotationMinutes'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE interview_days SET title = $2, local_date = $3, local_start = $4, time_zone = $5, starts_at = $6, ends_at = $7,
         gap_minutes = $8, rotation_minutes = $9 WHERE id = $1`,
      [
        dayId,
        day.title,
        day.date,
        day.startTime,
        day.timeZone,
        new Date(day.start),
        new Date(day.end),
        day.gapMinutes,
        day.rotationMinutes,
      ],
    );
  }

  async updateStation(manager: EntityManager, stationId: string, station: { name: string; minutes: number }): Promise<void> {
    await manager.query(`UPDATE day_stations SET name = $2, minutes = $3 WHERE id = $1`, [
      stationId,
      station.name,
      station.minutes,
    ]);
  }

  /** A session's rotation times, once the day's clock is laid out again. */
  async moveLink(manager: EntityManager, sessionId: string, startsAt: number, endsAt: number): Promise<void> {
    await manager.query(`UPDATE day_sessions SET rotation_starts_at = $2, rotation_ends_at = $3 WHERE session_id = $1`, [
      sessionId,
      new Date(startsAt),
      new Date(endsAt),
    ]);
  }

  async markCancelled(manager: EntityManager, dayId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE interview_days SET cancelled_at = now(), cancel_reason = $2 WHERE id = $1`, [dayId, reason]);
  }

  /** For each session that is a day's visit: the day's title and the station's name (what every page calls it). */
  async placesOf(sessionIds: string[]): Promise<Map<string, SessionDayPlace>> {
    const rows: { session_id: string; day_id: string; title: string; name: string; rotation: number; rotation_count: number }[] =
      await this.db.query(
        `SELECT ds.session_id, ds.day_id, d.title, st.name, ds.rotation, d.rotation_count
           FROM day_sessions ds JOIN interview_days d ON d.id = ds.day_id JOIN day_stations st ON st.id = ds.station_id
          WHERE ds.session_id = ANY($1::uuid[])`,
        [sessionIds],
      );
    return new Map(
      rows.map((row) => [
        row.session_id,
        { dayId: row.day_id, title: row.title, stationName: row.name, rotation: row.rotation, rotationCount: row.rotation_count },
      ]),
    );
  }

  /** The day a session belongs to, if any. */
  async dayIdOfSession(sessionId: string): Promise<string | undefined> {
    const rows: { day_id: string }[] = await this.db.query(`SELECT day_id FROM day_sessions WHERE session_id = $1`, [sessionId]);
    return rows[0]?.day_id;
  }
}
