import { Injectable } from '@nestjs/common';

/** The interview day a session is a station of, as every view of its room needs it. Times are epoch ms. */
export interface RoomDayFacts {
  dayId: string;
  title: string;
  stationName: string;
  rotation: number;
  rotationCount: number;
  rotationEndsAt: number;
  /** Each participant's next station of the day, by user id (absent: this was their last). */
  nextByUser: Record<string, { sessionId: string; stationName: string; startsAt: number }>;
}

type DayLookup = (sessionId: string) => Promise<RoomDayFacts | null>;

/**
 * The seam between the room and interview days: the interview-days module connects its lookup here at
 * start-up, so the room never reads the days' tables and interview days may read the room.
 */
@Injectable()
export class RoomDaySource {
  private lookup: DayLookup = () => Promise.resolve(null);

  connect(lookup: DayLookup): void {
    this.lookup = lookup;
  }

  of(sessionId: string): Promise<RoomDayFacts | null> {
    return this.lookup(sessionId);
  }
}
