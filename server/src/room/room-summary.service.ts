import { Injectable } from '@nestjs/common';
import { askedQuestions, snapshotQuestions, type RoomPhase, type RoomSummary, type Session } from '@rounds/shared';
import { RoomRecordSource } from '../feedback/room-record.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { firstHalfPair } from './room-halves.js';
import { RoomLoaderService } from './room-loader.service.js';
import { RoomRepository } from './room.repository.js';

/**
 * The room read from outside it, opening nothing: what happened in it (for its people, and for feedback
 * through RoomRecordSource) and the phases of many rooms for a live overview.
 */
@Injectable()
export class RoomSummaryService {
  constructor(
    private readonly rooms: RoomRepository,
    private readonly sessions: InterviewSessionsService,
    private readonly loader: RoomLoaderService,
    roomRecord: RoomRecordSource,
  ) {
    // Feedback reads the room through this seam, so it never touches the room's tables.
    roomRecord.connect({
      summary: (sessionId) => this.record(sessionId),
      notesOf: async (sessionId, authorId) =>
        Object.fromEntries(Object.entries(await this.rooms.notesOf(sessionId, authorId)).map(([id, note]) => [id, note.text])),
    });
  }

  /** What happened in the room, for its participants and the cohort's coordinators. */
  async summary(user: UserEntity, sessionId: string): Promise<RoomSummary> {
    const { session } = await this.sessions.getWithAccess(user, sessionId);
    return this.summaryOf(session);
  }

  /** Each session's room phase (lobby for a room nobody has opened), for a live overview of many rooms. */
  async phasesOf(sessionIds: string[]): Promise<Map<string, RoomPhase>> {
    const phases = await this.rooms.phases(sessionIds);
    return new Map(sessionIds.map((id) => [id, phases.get(id) ?? 'lobby']));
  }

  /** Feedback's view of the room, for work no one person asked for: the summary, or null when it was never opened. */
  private async record(sessionId: string): Promise<RoomSummary | null> {
    const session = await this.sessions.find(sessionId);
    if (!session) return null;
    const summary = await this.summaryOf(session);
    return summary.phase === 'lobby' && summary.startedAt === null ? null : summary;
  }

  private async summaryOf(session: Session): Promise<RoomSummary> {
    const stored = await this.rooms.find(session.id);
    if (!stored) return { sessionId: session.id, phase: 'lobby', startedAt: null, endedAt: null, questions: [] };
    const { state } = stored;
    const scripts = await this.loader.scriptsOf(session, stored.secondSnapshotId);
    const asked = askedQuestions(await this.rooms.log(session.id), state.endedAt ?? Date.now());
    const [first, second] = firstHalfPair(state);
    return {
      sessionId: session.id,
      phase: state.phase,
      startedAt: iso(state.startedAt),
      endedAt: iso(state.endedAt),
      scoredCompetencies: scripts.map((script) => script?.competencies ?? null),
      questions: asked.flatMap((item) => {
        const question = snapshotQuestions(scripts[item.half - 1]).find((q) => q.questionId === item.questionId);
        if (!question) return [];
        return [
          {
            questionId: item.questionId,
            half: item.half,
            interviewerId: item.half === 1 ? first : second,
            candidateId: item.half === 1 ? second : first,
            family: question.family,
            prompt: question.prompt,
            competencies: question.competencies,
            askedAt: item.askedAt,
            seconds: item.seconds,
          },
        ];
      }),
    };
  }
}

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());
