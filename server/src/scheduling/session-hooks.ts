import { Injectable } from '@nestjs/common';
import type { Attendance, SessionDayPlace } from '@rounds/shared';
import type { EntityManager } from 'typeorm';

/** A session's booked time, as it stands once booked or moved. */
export interface SessionTime {
  sessionId: string;
  start: number;
  end: number;
}

type TimeSetListener = (manager: EntityManager, times: SessionTime[]) => Promise<void>;
type AttendanceSource = (sessionId: string) => Promise<Attendance[]>;
type DayPlaceSource = (sessionIds: string[]) => Promise<Map<string, SessionDayPlace>>;

/**
 * Where features built on sessions plug in without scheduling importing them (folders depend one way only):
 * video schedules its no-show check when a session's time is set, and supplies the attendance a session's
 * detail shows; interview days name the day and station a session belongs to. Listeners register from their constructors, before the application serves anything.
 */
@Injectable()
export class SessionHooks {
  private readonly timeSetListeners: TimeSetListener[] = [];
  private attendanceSource: AttendanceSource | undefined;
  private dayPlaceSource: DayPlaceSource | undefined;

  /** `listener` runs inside the transaction that books or moves a session, so its work commits with it. */
  whenTimeSet(listener: TimeSetListener): void {
    this.timeSetListeners.push(listener);
  }

  readAttendanceWith(source: AttendanceSource): void {
    this.attendanceSource = source;
  }

  /** Interview days name the day and station of each of their sessions. */
  readDayPlacesWith(source: DayPlaceSource): void {
    this.dayPlaceSource = source;
  }

  /** The interview day and station of each session that is a day's visit; the others are left out. */
  async dayPlaces(sessionIds: string[]): Promise<Map<string, SessionDayPlace>> {
    if (!this.dayPlaceSource || sessionIds.length === 0) return new Map();
    return this.dayPlaceSource(sessionIds);
  }

  /** Tells every listener of sessions booked or moved together (a listener handles them all at once). */
  async timeSet(manager: EntityManager, ...times: SessionTime[]): Promise<void> {
    if (times.length === 0) return;
    for (const listener of this.timeSetListeners) await listener(manager, times);
  }

  /** Who has been in the session's room; empty when no feature keeps attendance. */
  async attendance(sessionId: string): Promise<Attendance[]> {
    return this.attendanceSource ? this.attendanceSource(sessionId) : [];
  }
}
