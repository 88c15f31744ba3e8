import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** How long a used or expired link is kept, so it answers "used" (404) or "expired" (410) rather than "unknown". */
const KEEP_SPENT = '7 days';

export interface ClaimedReset {
  userId: string;
  email: string;
  expiresAt: Date;
  expired: boolean;
}

/** Every statement on `password_resets`; each runs in the caller's transaction. */
@Injectable()
export class PasswordResetsRepository {
  /** Stores a new link for a person; their earlier unused links stop working. */
  async replace(manager: EntityManager, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await manager.query(`DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    await manager.query(`INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      userId,
      tokenHash,
      expiresAt,
    ]);
  }

  async purgeSpent(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM password_resets WHERE coalesce(used_at, expires_at) < now() - interval '${KEEP_SPENT}'`);
  }

  /**
   * Marks an unused link used and says whose it is: of two uses at once, the second waits for the first and then
   * finds it used. Null for an unknown or used token. An expired one comes back with `expired` set: the caller
   * refuses it and rolls back, so the link keeps answering "expired".
   */
  async claim(manager: EntityManager, tokenHash: string): Promise<ClaimedReset | null> {
    const [rows]: [{ user_id: string; email: string; expires_at: Date; expired: boolean }[], number] = await manager.query(
      `UPDATE password_resets r SET used_at = now() FROM users u
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND u.id = r.user_id
        RETURNING r.user_id, u.email, r.expires_at, r.expires_at <= now() AS expired`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, email: row.email, expiresAt: row.expires_at, expired: row.expired } : null;
  }
}
