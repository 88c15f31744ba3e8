import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A stored chat message, before the author's name is put beside it. */
export interface StoredChatMessage {
  id: string;
  sessionId: string;
  authorId: string;
  text: string;
  sentAt: Date;
}

interface MessageRow {
  id: string;
  session_id: string;
  author_id: string;
  text: string;
  sent_at: Date;
}

const toMessage = (row: MessageRow): StoredChatMessage => ({
  id: row.id,
  sessionId: row.session_id,
  authorId: row.author_id,
  text: row.text,
  sentAt: row.sent_at,
});

/** A room keeps at most this many messages in its history answer: a chat in an interview is short. */
const HISTORY_LIMIT = 500;

/** Every SQL statement on `room_messages`. */
@Injectable()
export class RoomChatRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(sessionId: string, authorId: string, text: string): Promise<StoredChatMessage> {
    const rows: MessageRow[] = await this.db.query(
      `INSERT INTO room_messages (session_id, author_id, text, sent_at) VALUES ($1, $2, $3, now())
       RETURNING id, session_id, author_id, text, sent_at`,
      [sessionId, authorId, text],
    );
    return toMessage(rows[0]);
  }

  /** The session's latest messages, oldest first. */
  async history(sessionId: string): Promise<StoredChatMessage[]> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT id, session_id, author_id, text, sent_at FROM (
         SELECT * FROM room_messages WHERE session_id = $1 ORDER BY sent_at DESC, id DESC LIMIT $2
       ) latest ORDER BY sent_at, id`,
      [sessionId, HISTORY_LIMIT],
    );
    return rows.map(toMessage);
  }

  /** What a person wrote in every room, for their account export. */
  async byAuthor(authorId: string): Promise<StoredChatMessage[]> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT id, session_id, author_id, text, sent_at FROM room_messages WHERE author_id = $1 ORDER BY sent_at, id`,
      [authorId],
    );
    return rows.map(toMessage);
  }
}
