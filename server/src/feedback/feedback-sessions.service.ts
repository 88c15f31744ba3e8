import { Injectable } from '@nestjs/common';
import {
  interviewPairs,
  type FeedbackKind,
  type FeedbackPerson,
  type FeedbackQuestion,
  type InterviewPair,
  type RoomSummary,
  type Session,
} from '@rounds/shared';
import { badRequest, conflict, forbidden } from '../common/problem.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { RoomRecordSource } from './room-record.js';

/** A session as feedback sees it: who interviewed whom, what was asked, and when it ended. */
export interface FeedbackSession {
  session: Session;
  /** Whether the reader sees it as its cohort's coordinator. */
  coordinator: boolean;
  summary: RoomSummary | null;
  ended: boolean;
  /** The room's end when it recorded one, otherwise the scheduled end. */
  endedAt: number;
  pairs: InterviewPair[];
}

/**
 * Loads sessions for feedback and holds the rules of who writes what about whom. Access is scheduling's one
 * rule (participants and the cohort's coordinators, 403/404 for everyone else) before anything else is said.
 */
@Injectable()
export class FeedbackSessionsService {
  constructor(
    private readonly sessions: InterviewSessionsService,
    private readonly room: RoomRecordSource,
  ) {}

  /** The session once the actor may see it and it has ended (409 before). */
  async load(actor: UserEntity, sessionId: string): Promise<FeedbackSession> {
    const { session, coordinator } = await this.sessions.getWithAccess(actor, sessionId);
    const context = await this.describe(session, coordinator);
    if (!context.ended) {
      throw conflict('Feedback opens once the session has ended: come back after the interview is over.');
    }
    return context;
  }

  /** As `load`, for the people in the session only: coordinators read feedback but do not write it. */
  async loadAsParticipant(actor: UserEntity, sessionId: string): Promise<FeedbackSession> {
    const context = await this.load(actor, sessionId);
    if (!context.session.participants.some((p) => p.userId === actor.id)) {
      throw forbidden('Only the people in this session write its feedback.');
    }
    return context;
  }

  /** Feedback's view of a session already read (for lists a coordinator or a candidate reads). */
  async describe(session: Session, coordinator: boolean): Promise<FeedbackSession> {
    const summary = await this.room.summary(session.id);
    const ended = session.status === 'completed' || summary?.phase === 'ended';
    const endedAt = summary?.endedAt ? Date.parse(summary.endedAt) : Date.parse(session.endsAt);
    const present = session.participants.filter((p) => !p.noShow);
    return { session, coordinator, summary, ended, endedAt, pairs: interviewPairs(session.kind, present) };
  }

  /**
   * Whom the actor's form of this kind is about: the person named (who must be one they interviewed, or for a
   * rating one who interviewed them), or the only such person. A peer session always needs the name.
   */
  subjectOf(context: FeedbackSession, actor: UserEntity, kind: FeedbackKind, about: string | undefined): string {
    if (kind === 'self') {
      if (!context.pairs.some((pair) => pair.candidateId === actor.id)) {
        throw forbidden('You were not interviewed in this session, so you have no self-assessment to write here.');
      }
      if (about !== undefined && about !== actor.id) {
        throw forbidden('A self-assessment is about yourself: leave out about.');
      }
      return actor.id;
    }
    const subjects =
      kind === 'interviewer'
        ? context.pairs.filter((pair) => pair.interviewerId === actor.id).map((pair) => pair.candidateId)
        : context.pairs.filter((pair) => pair.candidateId === actor.id).map((pair) => pair.interviewerId);
    const role = kind === 'interviewer' ? 'interviewed' : 'were interviewed by';
    if (subjects.length === 0) {
      throw forbidden(
        kind === 'interviewer'
          ? 'You did not interview anyone in this session, so you have no interviewer feedback to write here.'
          : 'Nobody interviewed you in this session, so there is no interviewer to rate.',
      );
    }
    if (about !== undefined) {
      if (!subjects.includes(about)) throw forbidden(`You can only write this form about a person you ${role} in this session.`);
      return about;
    }
    if (context.session.kind === 'peer_swap' || subjects.length > 1) {
      const names = this.people(context, subjects)
        .map((p) => `${p.displayName} (${p.userId})`)
        .join(', ');
      throw badRequest(`about is required: the id of the person you ${role}: ${names}.`, [
        { field: 'about', message: `is required: the id of the person you ${role}` },
      ]);
    }
    return subjects[0];
  }

  /** The questions asked in the room by `interviewerId` to `candidateId` (either may be left open). */
  asked(context: FeedbackSession, filter: { interviewerId?: string; candidateId?: string }): FeedbackQuestion[] {
    return (context.summary?.questions ?? [])
      .filter(
        (q) =>
          (filter.interviewerId === undefined || q.interviewerId === filter.interviewerId) &&
          (filter.candidateId === undefined || q.candidateId === filter.candidateId),
      )
      .map((q) => ({
        questionId: q.questionId,
        family: q.family,
        prompt: q.prompt,
        competencies: q.competencies,
        seconds: q.seconds,
      }));
  }

  /**
   * The half in which `interviewerId` interviewed `candidateId` (1 outside a peer session): from the questions
   * asked, else the peer session's order (the second pair of a swap is the second half).
   */
  halfOf(context: FeedbackSession, filter: { interviewerId?: string; candidateId?: string }): 1 | 2 {
    const matches = (pair: { interviewerId: string; candidateId: string }) =>
      (filter.interviewerId === undefined || pair.interviewerId === filter.interviewerId) &&
      (filter.candidateId === undefined || pair.candidateId === filter.candidateId);
    const recorded = (context.summary?.questions ?? []).find(matches);
    if (recorded) return recorded.half;
    return context.session.kind === 'peer_swap' && context.pairs.findIndex(matches) === 1 ? 2 : 1;
  }

  person(context: FeedbackSession, userId: string): FeedbackPerson {
    const participant = context.session.participants.find((p) => p.userId === userId);
    return { userId, displayName: participant?.displayName ?? 'Former participant' };
  }

  people(context: FeedbackSession, userIds: readonly string[]): FeedbackPerson[] {
    return userIds.map((id) => this.person(context, id));
  }

  notesOf(sessionId: string, authorId: string): Promise<Record<string, string>> {
    return this.room.notesOf(sessionId, authorId);
  }
}
