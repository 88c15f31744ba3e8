import { Injectable } from '@nestjs/common';
import type { RoomSummary } from '@rounds/shared';

/**
 * What feedback needs from the live room: its summary (phase, when it ran, the questions asked per half with
 * who asked whom) and an interviewer's private notes by question id. The room feature owns those tables;
 * feedback reads them only through this interface.
 */
export interface RoomRecord {
  /** The room summary, or null when the room was never opened. */
  summary(sessionId: string): Promise<RoomSummary | null>;
  /** The author's notes in that session's room, question id → text. */
  notesOf(sessionId: string, authorId: string): Promise<Record<string, string>>;
}

/** Until a room is connected: no room was ever opened, so no questions were recorded and no notes taken. */
const NO_ROOM: RoomRecord = {
  summary: () => Promise.resolve(null),
  notesOf: () => Promise.resolve({}),
};

/**
 * The seam between feedback and the room feature: the room module connects its service here at start-up
 * (`connect`), so feedback never imports the room's tables and the room module may import feedback.
 */
@Injectable()
export class RoomRecordSource implements RoomRecord {
  private record: RoomRecord = NO_ROOM;

  connect(record: RoomRecord): void {
    this.record = record;
  }

  summary(sessionId: string): Promise<RoomSummary | null> {
    return this.record.summary(sessionId);
  }

  notesOf(sessionId: string, authorId: string): Promise<Record<string, string>> {
    return this.record.notesOf(sessionId, authorId);
  }
}
