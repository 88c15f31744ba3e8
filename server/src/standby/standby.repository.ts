import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StandbyEntry, Track } from '@rounds/shared';
import { DataSource, EntityManager } from 'typeorm';

/** A window on the standby list that covers a session, with who holds it. */
export interface CoveringEntry {
  entryId: string;
  userId: string;
  createdAt: number;
}

/** An offer as accepting it needs it. */
export interface OfferRow {
  id: string;
  sessionId: string;
  absentUserId: string;
  userId: string;
  entryId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
}

interface EntryRow {
  id: string;
  cohort_id: string;
  track: Track;
  from: Date;
  to: Date;
  created_at: Date;
}

interface OfferDbRow {
  id: string;
  session_id: string;
  absent_user_id: string;
  user_id: string;
  entry_id: string | null;
  expires_at: Date;
  accepted_at: Date | null;
}

const ENTRY_COLUMNS = `id, cohort_id, track, lower(available) AS "from", upper(available) AS "to", created_at`;
const OFFER_COLUMNS = `id, session_id, absent_user_id, user_id, entry_id, expires_at, accepted_at`;

/** Every SQL statement on `standby_entries` and `standby_offers`. */
@Injectable()
export class StandbyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new window; the exclusion constraint `standby_entries_no_overlap` refuses one overlapping the person's own. */
  async insertEntry(entry: { userId: string; cohortId: string; track: Track; from: number; to: number }): Promise<StandbyEntry> {
    const [row]: EntryRow[] = await this.db.query(
      `INSERT INTO standby_entries (user_id, cohort_id, track, available) VALUES ($1, $2, $3, tstzrange($4, $5))
       RETURNING ${ENTRY_COLUMNS}`,
      [entry.userId, entry.cohortId, entry.track, new Date(entry.from), new Date(entry.to)],
    );
    return toEntry(row);
  }

  /** The person's windows in the cohort that overlap [from, to), soonest first. */
  async entriesOverlapping(userId: string, cohortId: string, from: number, to: number): Promise<StandbyEntry[]> {
    const rows: EntryRow[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM standby_entries
       WHERE user_id = $1 AND cohort_id = $2 AND available && tstzrange($3, $4) ORDER BY lower(available)`,
      [userId, cohortId, new Date(from), new Date(to)],
    );
    return rows.map(toEntry);
  }

  /** The person's windows in the cohort that have not ended, soonest first. */
  async listEntries(userId: string, cohortId: string): Promise<StandbyEntry[]> {
    const rows: EntryRow[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM standby_entries WHERE user_id = $1 AND cohort_id = $2 AND upper(available) > now()
       ORDER BY lower(available)`,
      [userId, cohortId],
    );
    return rows.map(toEntry);
  }

  /** Every window the person holds, past ones included, in every cohort (their data export). */
  async allEntriesOf(userId: string): Promise<StandbyEntry[]> {
    const rows: EntryRow[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM standby_entries WHERE user_id = $1 ORDER BY lower(available)`,
      [userId],
    );
    return rows.map(toEntry);
  }

  /** Deletes one of the person's windows; false when they have none of that id in that cohort. */
  async deleteEntry(userId: string, cohortId: string, entryId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `DELETE FROM standby_entries WHERE id = $1 AND user_id = $2 AND cohort_id = $3`,
      [entryId, userId, cohortId],
    );
    return count > 0;
  }

  /** Windows of the cohort and track that cover all of [start, end), leaving out these people. */
  async entriesCovering(cohortId: string, track: Track, start: number, end: number, except: string[]): Promise<CoveringEntry[]> {
    const rows: { id: string; user_id: string; created_at: Date }[] = await this.db.query(
      `SELECT id, user_id, created_at FROM standby_entries
       WHERE cohort_id = $1 AND track = $2 AND available @> tstzrange($3, $4) AND NOT (user_id = ANY($5::uuid[]))
       ORDER BY created_at, id`,
      [cohortId, track, new Date(start), new Date(end), except],
    );
    return rows.map((row) => ({ entryId: row.id, userId: row.user_id, createdAt: row.created_at.getTime() }));
  }

  /** Whether someone already accepted an offer of this seat. */
  async seatTaken(sessionId: string, absentUserId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM standby_offers WHERE session_id = $1 AND absent_user_id = $2 AND accepted_at IS NOT NULL`,
      [sessionId, absentUserId],
    );
    return rows.length > 0;
  }

  /** A new offer in the caller's transaction; undefined when that person was already offered that seat (a retried check). */
  async insertOffer(
    manager: EntityManager,
    offer: { sessionId: string; absentUserId: string; userId: string; entryId: string; expiresAt: number },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO standby_offers (session_id, absent_user_id, user_id, entry_id, expires_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT standby_offers_once_per_person DO NOTHING RETURNING id`,
      [offer.sessionId, offer.absentUserId, offer.userId, offer.entryId, new Date(offer.expiresAt)],
    );
    return rows[0]?.id;
  }

  async findOffer(offerId: string): Promise<OfferRow | undefined> {
    const rows: OfferDbRow[] = await this.db.query(`SELECT ${OFFER_COLUMNS} FROM standby_offers WHERE id = $1`, [offerId]);
    return rows[0] && toOffer(rows[0]);
  }

  /**
   * Locks every offer of one seat for the caller's transaction (in id order, so two accepts never deadlock)
   * and reads them as they now stand: of two accepts at once, the second sees the first's.
   */
  async lockSeatOffers(manager: EntityManager, sessionId: string, absentUserId: string): Promise<OfferRow[]> {
    const rows: OfferDbRow[] = await manager.query(
      `SELECT ${OFFER_COLUMNS} FROM standby_offers WHERE session_id = $1 AND absent_user_id = $2 ORDER BY id FOR UPDATE`,
      [sessionId, absentUserId],
    );
    return rows.map(toOffer);
  }

  async markAccepted(manager: EntityManager, offerId: string): Promise<void> {
    await manager.query(`UPDATE standby_offers SET accepted_at = now() WHERE id = $1`, [offerId]);
  }
}

function toEntry(row: EntryRow): StandbyEntry {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    track: row.track,
    from: row.from.toISOString(),
    to: row.to.toISOString(),
    createdAt: row.created_at.toISOString(),
  };
}

function toOffer(row: OfferDbRow): OfferRow {
  return {
    id: row.id,
    sessionId: row.session_id,
    absentUserId: row.absent_user_id,
    userId: row.user_id,
    entryId: row.entry_id,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}
