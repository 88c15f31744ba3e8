import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interview days: a circuit of stations (an interviewer who stays in one room) that candidates move through,
 * every room on the day's one clock.
 *
 * - `interview_days`: the day as the coordinator set it (date and start in their zone) and as built (its
 *   instants, rotation length and count).
 * - `day_stations`: one interviewer per station, never two stations for one interviewer.
 * - `day_sessions`: links each session of the day to its station and rotation, with the rotation's times (the
 *   one clock every room reads). The unique keys restate the circuit's rules: one candidate per station per
 *   rotation, one place per candidate per rotation, every station once per candidate.
 */
export class InterviewDays1764020000000 implements MigrationInterface {
  name = 'InterviewDays1764020000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE interview_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        title text NOT NULL,
        local_date date NOT NULL,
        local_start text NOT NULL CHECK (local_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        time_zone text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        gap_minutes smallint NOT NULL CHECK (gap_minutes BETWEEN 0 AND 30),
        rotation_minutes smallint NOT NULL CHECK (rotation_minutes BETWEEN 5 AND 20),
        rotation_count smallint NOT NULL CHECK (rotation_count >= 1),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT interview_days_length CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours')
      )`);
    await db.query(`CREATE INDEX interview_days_cohort_idx ON interview_days (cohort_id, starts_at DESC)`);

    await db.query(`
      CREATE TABLE day_stations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        day_id uuid NOT NULL REFERENCES interview_days (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        name text NOT NULL,
        persona text NOT NULL,
        -- the script as chosen (each session freezes its own snapshot of it)
        script_id uuid NOT NULL,
        script_title text NOT NULL,
        minutes smallint NOT NULL CHECK (minutes BETWEEN 5 AND 20),
        interviewer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT day_stations_position_unique UNIQUE (day_id, position),
        CONSTRAINT day_stations_one_station_per_interviewer UNIQUE (day_id, interviewer_id)
      )`);

    await db.query(`
      CREATE TABLE day_sessions (
        session_id uuid PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        day_id uuid NOT NULL REFERENCES interview_days (id) ON DELETE CASCADE,
        station_id uuid NOT NULL REFERENCES day_stations (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        rotation smallint NOT NULL CHECK (rotation >= 0),
        rotation_starts_at timestamptz NOT NULL,
        rotation_ends_at timestamptz NOT NULL CHECK (rotation_ends_at > rotation_starts_at),
        CONSTRAINT day_sessions_one_candidate_per_station UNIQUE (station_id, rotation),
        CONSTRAINT day_sessions_one_place_per_candidate UNIQUE (day_id, candidate_id, rotation),
        CONSTRAINT day_sessions_each_station_once UNIQUE (day_id, candidate_id, station_id)
      )`);
    await db.query(`CREATE INDEX day_sessions_day_idx ON day_sessions (day_id, rotation)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE day_sessions`);
    await db.query(`DROP TABLE day_stations`);
    await db.query(`DROP TABLE interview_days`);
  }
}
