import { Injectable } from '@nestjs/common';
import type { AccountExport, SessionFeedback } from '@rounds/shared';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ApiProblem } from '../common/problem.js';
import { FeedbackFormsService } from '../feedback/feedback-forms.service.js';
import { RoomRecordSource } from '../feedback/room-record.js';
import { RoomChatService } from '../room/room-chat.service.js';
import { ReliabilityService } from '../reliability/reliability.service.js';
import { AvailabilityService } from '../scheduling/availability.service.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import { StandbyService } from '../standby/standby.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { toUserDto } from '../users/users.service.js';

/**
 * Everything Rounds holds about a person, gathered through each feature's own service so that it is what they see
 * in the app: feedback about them only once released to them, and nothing secret (no password hash, no tokens).
 */
@Injectable()
export class AccountExportService {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly availability: AvailabilityService,
    private readonly interviewSessions: InterviewSessionsService,
    private readonly feedback: FeedbackFormsService,
    private readonly roomRecord: RoomRecordSource,
    private readonly standby: StandbyService,
    private readonly reliability: ReliabilityService,
    private readonly roomChat: RoomChatService,
  ) {}

  async export(actor: UserEntity): Promise<AccountExport> {
    const [memberships, availability, upcoming, past, standby, reliability] = await Promise.all([
      this.cohorts.listForUser(actor),
      this.availability.get(actor),
      this.interviewSessions.list(actor, 'upcoming'),
      this.interviewSessions.list(actor, 'past'),
      this.standby.allOf(actor),
      this.reliability.ofPerson(actor.id),
    ]);
    const sessions = [...past.toReversed(), ...upcoming];
    const feedback: SessionFeedback[] = [];
    const roomNotes: AccountExport['roomNotes'] = [];
    for (const session of sessions) {
      const notes = await this.roomRecord.notesOf(session.id, actor.id);
      if (Object.keys(notes).length) roomNotes.push({ sessionId: session.id, notes });
      const forms = await this.feedbackOf(actor, session.id);
      if (forms) feedback.push(forms);
    }
    return {
      exportedAt: new Date().toISOString(),
      profile: toUserDto(actor),
      memberships,
      availability,
      sessions,
      feedback,
      roomNotes,
      roomChat: await this.roomChat.writtenBy(actor.id),
      standby,
      reliability,
    };
  }

  /**
   * The session's feedback as the person sees it, without the coordinators' view of everyone's forms (that is
   * other people's); null while the session's feedback is not open (not ended, or cancelled).
   */
  private async feedbackOf(actor: UserEntity, sessionId: string): Promise<SessionFeedback | null> {
    try {
      return { ...(await this.feedback.sessionFeedback(actor, sessionId)), all: null };
    } catch (error) {
      if (error instanceof ApiProblem) return null;
      throw error;
    }
  }
}
