import { Injectable } from '@nestjs/common';
import { buildRoomView, INTERVIEW_DAY_RULES, MINUTE, roomRoleOf, type RoomDayContext, type RoomView } from '@rounds/shared';
import { RealtimeService } from '../realtime/realtime.service.js';
import { observersChannel, participantChannel } from './room-channels.js';
import type { RoomDayFacts } from './room-day.js';
import type { OpenRoom } from './room-loader.service.js';
import { RoomRepository } from './room.repository.js';

/** Any id that is nobody's: observer views are built for it (they are the same for every observer). */
const OBSERVER = 'observer';

/** What each person in a room sees, built from the open room and sent to their channel on every instance. */
@Injectable()
export class RoomViewsService {
  constructor(
    private readonly rooms: RoomRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** One person's view; the interviewer's carries their own notes. */
  async viewFor(room: OpenRoom, viewerId: string): Promise<RoomView> {
    const asking = roomRoleOf(room.state, viewerId) === 'interviewer';
    return buildRoomView({
      sessionId: room.session.id,
      kind: room.session.kind,
      state: room.state,
      scripts: room.scripts,
      viewerId,
      notes: asking ? await this.rooms.notesOf(room.session.id, viewerId) : {},
      startsAt: Date.parse(room.session.startsAt),
      endsAt: Date.parse(room.session.endsAt),
      swapAt: room.swapAt,
      now: Date.now(),
      accommodations: room.accommodations,
      day: room.day && dayContextFor(room.day, viewerId),
      candidateLevel: room.levels.get(room.state.candidateId) ?? null,
    });
  }

  /** Each participant gets their own view, the observers theirs, on every instance. Answers the views by person. */
  async broadcast(room: OpenRoom): Promise<Map<string, RoomView>> {
    const views = new Map<string, RoomView>();
    for (const userId of [room.state.interviewerId, room.state.candidateId]) {
      const view = await this.viewFor(room, userId);
      views.set(userId, view);
      this.realtime.emitToRoom(participantChannel(room.session.id, userId), 'room:state', view);
    }
    this.realtime.emitToRoom(observersChannel(room.session.id), 'room:state', await this.viewFor(room, OBSERVER));
    return views;
  }
}

/** The day as one viewer's room shows it: the same clock for all, their own next station. */
function dayContextFor(day: RoomDayFacts, viewerId: string): RoomDayContext {
  const next = day.nextByUser[viewerId];
  return {
    dayId: day.dayId,
    title: day.title,
    stationName: day.stationName,
    rotation: day.rotation,
    rotationCount: day.rotationCount,
    rotationEndsAt: new Date(day.rotationEndsAt).toISOString(),
    oneMinuteWarningAt: new Date(day.rotationEndsAt - INTERVIEW_DAY_RULES.warningMinutes * MINUTE).toISOString(),
    next: next
      ? { sessionId: next.sessionId, stationName: next.stationName, startsAt: new Date(next.startsAt).toISOString() }
      : null,
  };
}
