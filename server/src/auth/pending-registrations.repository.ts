import { Injectable } from '@nestjs/common';
import type { ExperienceLevel, Track } from '@rounds/shared';
import { EntityManager } from 'typeorm';

/** An open registration waiting for its e-mail confirmation: everything the account needs, password hashed. */
export interface PendingRegistration {
  email: string;
  passwordHash: string;
  displayName: string;
  timeZone: string;
  track: Track | null;
  experienceLevel: ExperienceLevel | null;
}

interface TakenRow {
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  track: Track | null;
  experience_level: ExperienceLevel | null;
  expires_at: Date;
  expired: boolean;
}

/** How long an expired registration is kept, so its link says "expired" (410) rather than "unknown" (404). */
const KEEP_EXPIRED = '7 days';

/** Every statement on `pending_registrations`; each runs in the caller's transaction. */
@Injectable()
export class PendingRegistrationsRepository {
  /** Stores the address's pending registration, replacing an earlier one (whose link then stops working). */
  async save(manager: EntityManager, registration: PendingRegistration, tokenHash: string, expiresAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO pending_registrations
         (email, token_hash, password_hash, display_name, time_zone, track, experience_level, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8)
       ON CONFLICT (email) DO UPDATE SET
         token_hash = EXCLUDED.token_hash, password_hash = EXCLUDED.password_hash,
         display_name = EXCLUDED.display_name, time_zone = EXCLUDED.time_zone, track = EXCLUDED.track,
         experience_level = EXCLUDED.experience_level, created_at = now(), expires_at = EXCLUDED.expires_at`,
      [
        registration.email,
        tokenHash,
        registration.passwordHash,
        registration.displayName,
        registration.timeZone,
        registration.track,
        registration.experienceLevel,
        expiresAt,
      ],
    );
  }

  async purgeLongExpired(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM pending_registrations WHERE expires_at < now() - interval '${KEEP_EXPIRED}'`);
  }

  /**
   * Claims the registration a token belongs to by deleting it: of two confirmations at once, the second waits
   * for the first and then finds nothing. Null for an unknown (or already used) token. An expired one comes back
   * with `expired` set: the caller refuses it and rolls back, so its link keeps answering "expired".
   */
  async take(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<(PendingRegistration & { expiresAt: Date; expired: boolean }) | null> {
    // TypeORM's postgres driver answers a DELETE … RETURNING with [rows, affectedCount].
    const [rows]: [TakenRow[], number] = await manager.query(
      `DELETE FROM pending_registrations WHERE token_hash = $1
       RETURNING email, password_hash, display_name, time_zone, track, experience_level, expires_at, expires_at <= now() AS expired`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      email: row.email,
      passwordHash: row.password_hash,
      displayName: row.display_name,
      timeZone: row.time_zone,
      track: row.track,
      experienceLevel: row.experience_level,
      expiresAt: row.expires_at,
      expired: row.expired,
    };
  }
}
