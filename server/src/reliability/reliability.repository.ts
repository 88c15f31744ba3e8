import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RELIABILITY, type AttendanceRecord } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The attendance record of several people in one query: for each, the sessions they were due at that have
 * started, enough of them for `assessReliability` (the last RELIABILITY.window, and every one of the last
 * RELIABILITY.recentDays days).
 *
 * This reads scheduling's `sessions` and `session_participants` without writing them: reliability is a
 * view over attendance, and computing it in the database keeps a cohort's member list one query.
 * Left out: cancelled sessions (cancelling is notice), a no-show that neither the room's attendance nor a
 * coordinator confirmed (a claim is not evidence), and a participant row made inactive without a no-show
 * (a cleared record whose seat went to someone on standby: neither a miss nor a session attended).
 */
const RECORDS_OF = `
  SELECT person.user_id, coalesce(
      json_agg(json_build_object('startsAt', extract(epoch FROM r.starts_at) * 1000, 'missed', r.no_show)) FILTER (WHERE r.starts_at IS NOT NULL),
      '[]') AS record
  FROM unnest($1::uuid[]) AS person(user_id)
  LEFT JOIN LATERAL (
    SELECT ranked.starts_at, ranked.no_show FROM (
      SELECT s.starts_at, p.no_show, row_number() OVER (ORDER BY s.starts_at DESC) AS recency
      FROM session_participants p JOIN sessions s ON s.id = p.session_id
      WHERE p.user_id = person.user_id AND s.status <> 'cancelled' AND s.starts_at <= now()
        AND (p.active OR (p.no_show AND p.no_show_confirmed_by IS NOT NULL))
    ) ranked
    WHERE ranked.recency <= $2 OR ranked.starts_at >= now() - make_interval(days => $3)
  ) r ON true
  GROUP BY person.user_id`;

@Injectable()
export class ReliabilityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each person's record (most recent sessions), by user id; everyone asked for is in the map. */
  async recordsOf(userIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, AttendanceRecord[]>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; record: { startsAt: number; missed: boolean }[] }[] = await manager.query(RECORDS_OF, [
      userIds,
      RELIABILITY.window,
      RELIABILITY.recentDays,
    ]);
    return new Map(rows.map((row) => [row.user_id, row.record.map((r) => ({ startsAt: Number(r.startsAt), missed: r.missed }))]));
  }
}
