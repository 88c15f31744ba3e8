import { Injectable } from '@nestjs/common';
import type { ReadinessLevel, Scores, Session } from '@rounds/shared';
import { FeedbackClock } from './feedback-clock.js';
import { FeedbackFormsService } from './feedback-forms.service.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackSessionsService } from './feedback-sessions.service.js';

/** A submitted interviewer form's scores, as other features (interview days) read them. */
export interface SubmittedScores {
  sessionId: string;
  interviewerId: string;
  candidateId: string;
  scores: Scores;
  readiness: ReadinessLevel | null;
  submittedAt: number;
  /** Whether the form has reached its candidate (the release rule); only worked out when asked for. */
  released: boolean;
}

/** Submitted interviewer scores of given sessions, for features that summarise many sessions at once. */
@Injectable()
export class InterviewerScoresService {
  constructor(
    private readonly forms: FeedbackRepository,
    private readonly sessions: FeedbackSessionsService,
    private readonly formRules: FeedbackFormsService,
    private readonly clock: FeedbackClock,
  ) {}

  /**
   * The submitted interviewer forms of these sessions. The caller has checked who may read them; with
   * `checkRelease` each says whether it has reached its candidate yet (a candidate sees no score before).
   */
  async submitted(sessions: Session[], checkRelease = false): Promise<SubmittedScores[]> {
    const all = await this.forms.formsOfSessions(sessions.map((s) => s.id));
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const now = this.clock.now();
    const result: SubmittedScores[] = [];
    for (const form of all) {
      if (form.kind !== 'interviewer' || form.status !== 'submitted' || form.submittedAt === null) continue;
      let released = false;
      if (checkRelease) {
        const context = await this.sessions.describe(byId.get(form.sessionId)!, false);
        const at = this.formRules.releaseOf(
          context,
          form,
          all.filter((f) => f.sessionId === form.sessionId),
        );
        released = at !== null && at <= now;
      }
      result.push({
        sessionId: form.sessionId,
        interviewerId: form.authorId,
        candidateId: form.aboutId,
        scores: form.content.scores ?? {},
        readiness: form.content.readiness ?? null,
        submittedAt: form.submittedAt,
        released,
      });
    }
    return result;
  }
}
