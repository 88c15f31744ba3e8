import { Injectable } from '@nestjs/common';
import {
  releaseDeadline,
  canonicalJson,
  competenciesInformedBy,
  competencyWeights,
  contradictoryScores,
  expectedForms,
  FEEDBACK_KINDS,
  feedbackKindSchema,
  foreignFields,
  missingForSubmit,
  ratingsAggregate,
  releaseTime,
  weightedScore,
  type Competency,
  type FeedbackContent,
  type FeedbackForm,
  type FeedbackKind,
  type OwedForm,
  type SessionFeedback,
} from '@rounds/shared';
import { badRequest, conflict, fieldsProblem } from '../common/problem.js';
import type { UserEntity } from '../users/user.entity.js';
import { FeedbackClock } from './feedback-clock.js';
import { FeedbackRepository, type FormKey, type StoredForm } from './feedback.repository.js';
import { FeedbackSessionsService, type FeedbackSession } from './feedback-sessions.service.js';

/** A validated request body: the form's content plus whom it is about. */
export type FormBody = FeedbackContent & { about?: string };

/** Reading, saving and submitting feedback forms, and who sees which (the release rule). */
@Injectable()
export class FeedbackFormsService {
  constructor(
    private readonly sessions: FeedbackSessionsService,
    private readonly forms: FeedbackRepository,
    private readonly clock: FeedbackClock,
  ) {}

  /**
   * Your form of this kind: the saved one, or a new empty draft (not saved). An interviewer form comes with the
   * private notes its author took in the room, which stay out of the form unless the author copies one in.
   */
  async get(actor: UserEntity, sessionId: string, kindParam: string, about: string | undefined): Promise<FeedbackForm> {
    const kind = parseKind(kindParam);
    const context = await this.sessions.loadAsParticipant(actor, sessionId);
    const key = this.keyOf(context, actor, kind, about);
    const all = await this.forms.formsOfSessions([sessionId]);
    const saved = all.find((f) => f.kind === kind && f.authorId === key.authorId && f.aboutId === key.aboutId);
    const form = saved ?? { ...key, id: '', status: 'draft' as const, content: {}, updatedAt: 0, submittedAt: null };
    return this.withPrivateNotes(actor, this.present(context, form, all, !saved));
  }

  /** The author's own room notes on the questions of their interviewer form, for them alone. */
  private async withPrivateNotes(actor: UserEntity, form: FeedbackForm): Promise<FeedbackForm> {
    if (form.kind !== 'interviewer' || form.author.userId !== actor.id) return form;
    const asked = new Set(form.questions.map((q) => q.questionId));
    const notes = await this.sessions.notesOf(form.sessionId, actor.id);
    return {
      ...form,
      privateNotes: Object.fromEntries(Object.entries(notes).filter(([id, text]) => asked.has(id) && text.trim())),
    };
  }

  async saveDraft(actor: UserEntity, sessionId: string, kindParam: string, body: FormBody): Promise<FeedbackForm> {
    return this.write(actor, sessionId, kindParam, body, false);
  }

  async submit(actor: UserEntity, sessionId: string, kindParam: string, body: FormBody): Promise<FeedbackForm> {
    return this.write(actor, sessionId, kindParam, body, true);
  }

  /** `GET /api/sessions/:id/feedback`: what the actor wrote and received, what they owe, and for coordinators all. */
  async sessionFeedback(actor: UserEntity, sessionId: string): Promise<SessionFeedback> {
    const context = await this.sessions.load(actor, sessionId);
    const now = this.clock.now();
    const all = await this.forms.formsOfSessions([sessionId]);
    const written = all.filter((f) => f.authorId === actor.id);
    const aboutMe = all.filter((f) => f.kind === 'interviewer' && f.aboutId === actor.id);
    const released = (form: StoredForm) => {
      const at = this.releaseOf(context, form, all);
      return at !== null && at <= now;
    };
    const interviewersOfMe = context.pairs.filter((p) => p.candidateId === actor.id).map((p) => p.interviewerId);
    const awaiting = interviewersOfMe.flatMap((interviewerId) => {
      const form = aboutMe.find((f) => f.authorId === interviewerId);
      if (form && released(form)) return [];
      const state = !form ? ('not_started' as const) : form.status === 'submitted' ? ('submitted' as const) : ('draft' as const);
      return [{ author: this.sessions.person(context, interviewerId), state }];
    });
    return {
      sessionId,
      endedAt: new Date(context.endedAt).toISOString(),
      releaseDeadline: new Date(releaseDeadline(context.endedAt)).toISOString(),
      written: written.map((f) => this.present(context, f, all)),
      received: aboutMe.filter(released).map((f) => this.present(context, f, all)),
      awaiting,
      owed: this.owedBy(context, actor.id, all),
      ratings: ratingsAggregate(await this.forms.helpfulnessAbout(actor.id)),
      all: context.coordinator ? all.filter((f) => f.status === 'submitted').map((f) => this.present(context, f, all)) : null,
    };
  }

  /** The forms a person still has to submit in a session, with how far each is. */
  owedBy(context: FeedbackSession, userId: string, all: StoredForm[]): OwedForm[] {
    return expectedForms(context.pairs)
      .filter((expected) => expected.authorId === userId)
      .flatMap((expected) => {
        const form = all.find((f) => f.kind === expected.kind && f.authorId === userId && f.aboutId === expected.aboutId);
        if (form?.status === 'submitted') return [];
        return [
          {
            kind: expected.kind,
            about: this.sessions.person(context, expected.aboutId),
            state: form ? 'draft' : 'not_started',
          } as const,
        ];
      });
  }

  /** When an interviewer form reaches its candidate (null for other kinds and for drafts). */
  releaseOf(context: FeedbackSession, form: StoredForm, all: StoredForm[]): number | null {
    if (form.kind !== 'interviewer') return null;
    const self = all.find((f) => f.kind === 'self' && f.authorId === form.aboutId && f.status === 'submitted');
    return releaseTime(form.submittedAt, self?.submittedAt ?? null, context.endedAt);
  }

  /**
   * The competencies a form must score (or mark not observed): the 3–5 its script names, so one session never
   * asks for more ratings than it can support; a script from before scripts named them falls back to those the
   * asked questions inform.
   */
  requiredCompetencies(context: FeedbackSession, kind: FeedbackKind, key: { authorId: string; aboutId: string }): Competency[] {
    if (kind === 'rating') return [];
    const questions = this.questionsFor(context, kind, key);
    const half = this.sessions.halfOf(
      context,
      kind === 'self' ? { candidateId: key.authorId } : { interviewerId: key.authorId, candidateId: key.aboutId },
    );
    const named = context.summary?.scoredCompetencies?.[half - 1];
    return named ?? competenciesInformedBy(questions);
  }

  private questionsFor(context: FeedbackSession, kind: FeedbackKind, key: { authorId: string; aboutId: string }) {
    if (kind === 'interviewer') return this.sessions.asked(context, { interviewerId: key.authorId, candidateId: key.aboutId });
    if (kind === 'self') return this.sessions.asked(context, { candidateId: key.authorId });
    return this.sessions.asked(context, { interviewerId: key.aboutId, candidateId: key.authorId });
  }

  private keyOf(context: FeedbackSession, actor: UserEntity, kind: FeedbackKind, about: string | undefined): FormKey {
    return {
      sessionId: context.session.id,
      kind,
      authorId: actor.id,
      aboutId: this.sessions.subjectOf(context, actor, kind, about),
    };
  }

  private async write(
    actor: UserEntity,
    sessionId: string,
    kindParam: string,
    body: FormBody,
    submit: boolean,
  ): Promise<FeedbackForm> {
    const kind = parseKind(kindParam);
    const context = await this.sessions.loadAsParticipant(actor, sessionId);
    const foreign = foreignFields(kind, body as Record<string, unknown>);
    if (foreign.length) throw fieldsProblem(foreign);
    const { about, ...content } = body;
    const contradictions = contradictoryScores(content);
    if (contradictions.length) throw fieldsProblem(contradictions);
    const key = this.keyOf(context, actor, kind, about);
    const questions = this.questionsFor(context, kind, key);
    const asked = new Set(questions.map((q) => q.questionId));
    const strayNotes = Object.keys(content.notes ?? {}).filter((questionId) => !asked.has(questionId));
    if (strayNotes.length) {
      throw fieldsProblem(
        strayNotes.map((questionId) => ({
          field: `notes.${questionId}`,
          message: 'is not a question asked to this person in this session: remove it',
        })),
      );
    }
    if (submit) {
      const missing = missingForSubmit(kind, content, this.requiredCompetencies(context, kind, key));
      if (missing.length) throw fieldsProblem(missing, 'The form cannot be submitted yet');
    }
    const stored = await this.forms.transaction(async (manager) => {
      const existing = await this.forms.find(manager, key, true);
      if (existing?.status === 'submitted') {
        if (submit && canonicalJson(existing.content) === canonicalJson(content)) return existing;
        throw conflict(
          submit
            ? 'You already submitted this form with other content; a submitted form cannot change.'
            : 'This form has been submitted and can no longer be edited.',
        );
      }
      return (await this.forms.write(manager, key, content, this.clock.now(), submit))!;
    });
    return this.withPrivateNotes(actor, this.present(context, stored, await this.forms.formsOfSessions([sessionId])));
  }

  /** A stored form as the contract shows it. */
  private present(context: FeedbackSession, form: StoredForm, all: StoredForm[], unsaved = false): FeedbackForm {
    const questions = this.questionsFor(context, form.kind, form);
    const scored = Object.keys(form.content.scores ?? {}) as Competency[];
    const weights = competencyWeights(questions, scored);
    const released = this.releaseOf(context, form, all);
    return {
      id: unsaved ? null : form.id,
      sessionId: form.sessionId,
      kind: form.kind,
      status: form.status,
      author: this.sessions.person(context, form.authorId),
      about: this.sessions.person(context, form.aboutId),
      content: form.content,
      requiredCompetencies: this.requiredCompetencies(context, form.kind, form),
      weights,
      overall: weightedScore(form.content.scores ?? {}, weights),
      questions,
      updatedAt: unsaved ? null : new Date(form.updatedAt).toISOString(),
      submittedAt: form.submittedAt === null ? null : new Date(form.submittedAt).toISOString(),
      releasedAt: released === null ? null : new Date(released).toISOString(),
    };
  }
}

function parseKind(value: string): FeedbackKind {
  const parsed = feedbackKindSchema.safeParse(value);
  if (!parsed.success) {
    throw badRequest(`The kind in the path must be one of: ${FEEDBACK_KINDS.join(', ')}.`, [
      { field: 'kind', message: `must be one of: ${FEEDBACK_KINDS.join(', ')}` },
    ]);
  }
  return parsed.data;
}
