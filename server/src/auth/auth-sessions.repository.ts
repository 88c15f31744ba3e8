import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExperienceLevel, ExtraTime, Persona, Role, Track } from '@rounds/shared';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

interface SignedInUserRow {
  id: string;
  email: string;
  display_name: string;
  time_zone: string;
  track: Track | null;
  experience_level: ExperienceLevel | null;
  specialty: string | null;
  bio: string | null;
  roles: Role[];
  interviewer_personas: Persona[];
  weekly_capacity: number;
  extra_time: ExtraTime;
  audio_only: boolean;
  reduced_motion: boolean;
  timer_announcements: boolean;
  created_at: Date;
  updated_at: Date;
  session_id: string;
  session_expires_at: Date;
}

/**
 * Runs on every signed-in request: one indexed lookup (auth_sessions_token_hash_key), as a named prepared
 * statement sent straight to the pool, so PostgreSQL plans it once per connection and no query builder or
 * entity hydration runs on the hot path.
 */
const SIGNED_IN_USER = {
  name: 'rounds-auth-session-user',
  text: `SELECT u.id, u.email, u.display_name, u.time_zone, u.track, u.experience_level, u.specialty, u.bio, u.roles,
                u.interviewer_personas, u.weekly_capacity, u.extra_time, u.audio_only, u.reduced_motion, u.timer_announcements,
                u.created_at, u.updated_at, s.id AS session_id, s.expires_at AS session_expires_at
           FROM auth_sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
};

export interface SignedInUser {
  user: UserEntity;
  /** The auth_sessions row's id (never its token): names the sign-in, e.g. to close its sockets. */
  sessionId: string;
  sessionExpiresAt: Date;
}

/** Every statement on `auth_sessions`. */
@Injectable()
export class AuthSessionsRepository {
  private readonly pool: Pool;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    // TypeORM's PostgreSQL driver keeps its pg Pool as `master` (typed any).
    this.pool = (db.driver as unknown as { master: Pool }).master;
  }

  async insert(
    manager: EntityManager,
    session: { userId: string; tokenHash: string; expiresAt: Date; userAgent: string | null },
  ): Promise<void> {
    await manager.query(`INSERT INTO auth_sessions (user_id, token_hash, expires_at, user_agent) VALUES ($1, $2, $3, $4)`, [
      session.userId,
      session.tokenHash,
      session.expiresAt,
      session.userAgent,
    ]);
  }

  /** The user of an unexpired session, or null. */
  async findSignedInUser(tokenHash: string): Promise<SignedInUser | null> {
    const { rows } = await this.pool.query<SignedInUserRow>({ ...SIGNED_IN_USER, values: [tokenHash] });
    const row = rows[0];
    if (!row) return null;
    const user = Object.assign(new UserEntity(), {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      timeZone: row.time_zone,
      track: row.track,
      experienceLevel: row.experience_level,
      specialty: row.specialty,
      bio: row.bio,
      roles: row.roles,
      interviewerPersonas: row.interviewer_personas,
      weeklyCapacity: row.weekly_capacity,
      extraTime: row.extra_time,
      audioOnly: row.audio_only,
      reducedMotion: row.reduced_motion,
      timerAnnouncements: row.timer_announcements,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    return { user, sessionId: row.session_id, sessionExpiresAt: row.session_expires_at };
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.db.query(`DELETE FROM auth_sessions WHERE token_hash = $1`, [tokenHash]);
  }

  /** Ends a person's sessions, all of them or all but the one with `keepTokenHash`; returns the ids of those ended. */
  async deleteForUser(manager: EntityManager, userId: string, keepTokenHash?: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `DELETE FROM auth_sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2 RETURNING id`,
      [userId, keepTokenHash ?? null],
    );
    return rows.map((row) => row.id);
  }
}
