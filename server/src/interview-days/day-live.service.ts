import { Injectable } from '@nestjs/common';
import { dayMoment, daySlots, isAbsent, isRunningLate, type InterviewDayLive, type LivePerson } from '@rounds/shared';
import { RoomSummaryService } from '../room/room-summary.service.js';
import { RoomDaySource, type RoomDayFacts } from '../room/room-day.js';
import type { UserEntity } from '../users/user.entity.js';
import { AttendanceService } from '../video/attendance.service.js';
import { InterviewDaysRepository } from './interview-days.repository.js';
import { InterviewDaysService } from './interview-days.service.js';

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/**
 * The day's one clock in its rooms, and the coordinator's live view of every room. Times come only from the
 * day's schedule, so a room that runs late shifts no other. No push: the coordinator's page polls `live`.
 */
@Injectable()
export class DayLiveService {
  constructor(
    private readonly days: InterviewDaysService,
    private readonly repository: InterviewDaysRepository,
    private readonly rooms: RoomSummaryService,
    private readonly attendance: AttendanceService,
    roomDays: RoomDaySource,
  ) {
    roomDays.connect((sessionId) => this.roomFacts(sessionId));
  }

  /** Every station's room in the rotation running (or last run; the first before the day starts). */
  async live(actor: UserEntity, dayId: string, now = Date.now()): Promise<InterviewDayLive> {
    const loaded = await this.days.loadAsCoordinator(actor, dayId);
    const slots = daySlots(loaded.day);
    const moment = dayMoment(slots, now);
    const rotation = moment.rotation ?? 0;
    const current = loaded.links.filter((link) => link.rotation === rotation);
    const phases = await this.rooms.phasesOf(current.map((link) => link.sessionId));
    const stations = await Promise.all(
      loaded.stations.map(async (station) => {
        const link = current.find((l) => l.stationId === station.id);
        const session = link && loaded.sessions.get(link.sessionId);
        if (!link || !session) return { stationId: station.id, name: station.name, session: null };
        const attendance = await this.attendance.list(session.id, now);
        const person = (userId: string, displayName: string): LivePerson => {
          const record = attendance.find((a) => a.userId === userId);
          const joinedAt = record ? Date.parse(record.joinedAt) : null;
          return {
            userId,
            displayName,
            present: record !== undefined && record.leftAt === null,
            joinedAt: iso(joinedAt),
            absent: isAbsent(joinedAt, link.rotationStartsAt, now) && session.status !== 'cancelled',
          };
        };
        const interviewer = person(station.interviewer.userId, station.interviewer.displayName);
        const candidate = person(link.candidate.userId, link.candidate.displayName);
        const roomPhase = phases.get(session.id) ?? 'lobby';
        const open = session.status === 'scheduled' || session.status === 'live';
        return {
          stationId: station.id,
          name: station.name,
          session: {
            sessionId: session.id,
            rotation: link.rotation,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            status: session.status,
            roomPhase,
            interviewer,
            candidate,
            runningLate: open && isRunningLate(roomPhase, interviewer.present || candidate.present, link.rotationEndsAt, now),
          },
        };
      }),
    );
    return {
      dayId,
      serverNow: new Date(now).toISOString(),
      state: moment.state,
      rotation: moment.rotation,
      rotationEndsAt: moment.rotation === null ? null : iso(slots[moment.rotation].endsAt),
      nextRotationStartsAt: iso(moment.nextStartsAt),
      stations,
    };
  }

  /** What the room of a day's session shows of the day (null for any other session). Acts for no one. */
  private async roomFacts(sessionId: string): Promise<RoomDayFacts | null> {
    const dayId = await this.repository.dayIdOfSession(sessionId);
    if (!dayId) return null;
    const [day, stations, links] = await Promise.all([
      this.repository.find(dayId),
      this.repository.stations(dayId),
      this.repository.sessions(dayId),
    ]);
    const link = links.find((l) => l.sessionId === sessionId);
    const station = link && stations.find((s) => s.id === link.stationId);
    if (!day || !link || !station) return null;
    const stationName = new Map(stations.map((s) => [s.id, s.name]));
    const nextOf = (candidates: typeof links) => {
      const next = candidates.filter((l) => l.rotation > link.rotation).sort((a, b) => a.rotation - b.rotation)[0];
      return (
        next && { sessionId: next.sessionId, stationName: stationName.get(next.stationId)!, startsAt: next.rotationStartsAt }
      );
    };
    const nextByUser: RoomDayFacts['nextByUser'] = {};
    const candidateNext = nextOf(links.filter((l) => l.candidate.userId === link.candidate.userId));
    if (candidateNext) nextByUser[link.candidate.userId] = candidateNext;
    const interviewerNext = nextOf(links.filter((l) => l.stationId === station.id));
    if (interviewerNext) nextByUser[station.interviewer.userId] = interviewerNext;
    return {
      dayId,
      title: day.title,
      stationName: station.name,
      rotation: link.rotation,
      rotationCount: day.rotationCount,
      rotationEndsAt: link.rotationEndsAt,
      nextByUser,
    };
  }
}
