import { Injectable } from '@nestjs/common';
import {
  COMPETENCIES,
  expectedForms,
  FEEDBACK_CSV_COLUMNS,
  spreadOf,
  toCsv,
  type Competency,
  type FeedbackCsvColumn,
  type FeedbackOverview,
  type FeedbackPerson,
  type SessionStatus,
} from '@rounds/shared';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { FeedbackRepository, type StoredForm } from './feedback.repository.js';
import { FeedbackSessionsService, type FeedbackSession } from './feedback-sessions.service.js';

/** The coordinator's view of a cohort's feedback, and its CSV export. Both only for the cohort's coordinators. */
@Injectable()
export class CohortFeedbackService {
  constructor(
    private readonly interviewSessions: InterviewSessionsService,
    private readonly sessions: FeedbackSessionsService,
    private readonly forms: FeedbackRepository,
  ) {}

  async overview(actor: UserEntity, cohortId: string): Promise<FeedbackOverview> {
    const { contexts, forms } = await this.load(actor, cohortId);
    const ended = contexts.filter((c) => c.ended);
    const submitted = forms.filter((f) => f.status === 'submitted');

    const byStatus: Partial<Record<SessionStatus, number>> = {};
    const attendance = new Map<string, FeedbackOverview['attendance'][number]>();
    for (const context of contexts) {
      const { session } = context;
      byStatus[session.status] = (byStatus[session.status] ?? 0) + 1;
      if (session.status === 'cancelled') continue;
      for (const participant of session.participants) {
        const row = attendance.get(participant.userId) ?? {
          userId: participant.userId,
          displayName: participant.displayName,
          sessions: 0,
          attended: 0,
          noShows: 0,
        };
        row.sessions += 1;
        if (participant.noShow) row.noShows += 1;
        else if (context.ended) row.attended += 1;
        attendance.set(participant.userId, row);
      }
    }

    const outstanding: FeedbackOverview['completion']['outstanding'] = [];
    let due = 0;
    for (const context of ended) {
      for (const expected of expectedForms(context.pairs)) {
        due += 1;
        const form = forms.find(
          (f) =>
            f.sessionId === context.session.id &&
            f.kind === expected.kind &&
            f.authorId === expected.authorId &&
            f.aboutId === expected.aboutId,
        );
        if (form?.status === 'submitted') continue;
        outstanding.push({
          sessionId: context.session.id,
          sessionKind: context.session.kind,
          endedAt: new Date(context.endedAt).toISOString(),
          kind: expected.kind,
          author: this.sessions.person(context, expected.authorId),
          about: this.sessions.person(context, expected.aboutId),
          state: form ? 'draft' : 'not_started',
        });
      }
    }
    const endedIds = new Set(ended.map((c) => c.session.id));

    const interviewerForms = submitted.filter((f) => f.kind === 'interviewer');
    const names = new Map<string, FeedbackPerson>();
    for (const context of contexts)
      for (const p of context.session.participants) names.set(p.userId, { userId: p.userId, displayName: p.displayName });

    // Mentors and peers score apart: a peer's 4 and a program director's 4 are different evidence.
    const mentorSessions = new Set(contexts.filter((c) => c.session.kind !== 'peer_swap').map((c) => c.session.id));
    const sourceOf = (form: StoredForm): ScoreSource => (mentorSessions.has(form.sessionId) ? 'mentor' : 'peer');
    const heat = new Map<string, Record<ScoreSource | 'all', Map<Competency, number[]>>>();
    for (const form of interviewerForms) {
      const cells = heat.get(form.aboutId) ?? { all: new Map(), mentor: new Map(), peer: new Map() };
      for (const [competency, score] of scoreEntries(form)) {
        for (const bucket of [cells.all, cells[sourceOf(form)]])
          bucket.set(competency, [...(bucket.get(competency) ?? []), score]);
      }
      heat.set(form.aboutId, cells);
    }
    const means = (scores: Map<Competency, number[]>) =>
      Object.fromEntries(
        [...scores].map(([competency, values]) => [competency, { mean: spreadOf(values).mean!, count: values.length }]),
      );
    const heatMap = [...heat].map(([candidateId, cells]) => ({
      candidate: names.get(candidateId)!,
      scores: means(cells.all),
      bySource: { mentor: means(cells.mentor), peer: means(cells.peer) },
    }));

    const spreadOfForms = (list: StoredForm[]) => ({
      forms: list.length,
      ...spreadOf(list.flatMap((f) => scoreEntries(f).map(([, score]) => score))),
    });
    const mentorForms = interviewerForms.filter((f) => sourceOf(f) === 'mentor');
    const mentorBaseline = spreadOfForms(mentorForms);
    const byMentor = new Map<string, StoredForm[]>();
    for (const form of mentorForms) byMentor.set(form.authorId, [...(byMentor.get(form.authorId) ?? []), form]);
    const mentors = [...byMentor].map(([mentorId, forms]) => {
      const spread = spreadOfForms(forms);
      return {
        mentor: names.get(mentorId)!,
        ...spread,
        difference:
          spread.mean === null || mentorBaseline.mean === null
            ? null
            : Math.round((spread.mean - mentorBaseline.mean) * 100) / 100,
      };
    });

    return {
      cohortId,
      sessions: { held: ended.length, byStatus },
      attendance: [...attendance.values()],
      completion: {
        due,
        submitted: submitted.filter((f) => endedIds.has(f.sessionId)).length,
        outstanding,
      },
      heatMap,
      calibration: {
        cohort: spreadOfForms(interviewerForms),
        mentorBaseline,
        peers: spreadOfForms(interviewerForms.filter((f) => sourceOf(f) === 'peer')),
        mentors,
      },
    };
  }

  /** RFC 4180 text: a header row and one row per submitted form, oldest session first. */
  async csv(actor: UserEntity, cohortId: string): Promise<string> {
    const { contexts, forms } = await this.load(actor, cohortId);
    const byId = new Map(contexts.map((c) => [c.session.id, c]));
    const rows = forms
      .filter((f) => f.status === 'submitted')
      .map((form) => {
        const context = byId.get(form.sessionId)!;
        const { content } = form;
        const row: Partial<Record<FeedbackCsvColumn, string | number | null>> = {
          session_id: form.sessionId,
          session_kind: context.session.kind,
          session_ended_at: new Date(context.endedAt).toISOString(),
          form_kind: form.kind,
          author_id: form.authorId,
          author_name: this.sessions.person(context, form.authorId).displayName,
          about_id: form.aboutId,
          about_name: this.sessions.person(context, form.aboutId).displayName,
          submitted_at: new Date(form.submittedAt!).toISOString(),
          readiness: content.readiness ?? null,
          helpfulness: content.helpfulness ?? null,
          strengths: content.strengths ?? null,
          improvements: content.improvements?.join('\n') ?? null,
          reflection: content.reflection ?? null,
          comment: content.comment ?? null,
        };
        for (const competency of COMPETENCIES) row[competency] = content.scores?.[competency] ?? null;
        return { row, order: [context.endedAt, form.submittedAt!] as const };
      })
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
      .map(({ row }) => row);
    return toCsv(FEEDBACK_CSV_COLUMNS, rows);
  }

  /** The cohort's past sessions (its coordinators only: 403/404 otherwise) and their forms. */
  private async load(actor: UserEntity, cohortId: string): Promise<{ contexts: FeedbackSession[]; forms: StoredForm[] }> {
    const past = await this.interviewSessions.list(actor, 'past', cohortId);
    const contexts = await Promise.all(past.map((session) => this.sessions.describe(session, true)));
    const forms = await this.forms.formsOfSessions(contexts.map((c) => c.session.id));
    return { contexts, forms };
  }
}

/** Who wrote an interviewer form: a mentor (mentor interviews, interview days) or a peer (a peer swap). */
type ScoreSource = 'mentor' | 'peer';

function scoreEntries(form: StoredForm): [Competency, number][] {
  return COMPETENCIES.flatMap((c) =>
    form.content.scores?.[c] === undefined ? [] : [[c, form.content.scores[c]!] as [Competency, number]],
  );
}
