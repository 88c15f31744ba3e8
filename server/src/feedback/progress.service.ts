import { Injectable } from '@nestjs/common';
import {
  BUILT_IN_QUESTIONS,
  COMPETENCIES,
  TRACK_PERSONAS,
  type Competency,
  type Persona,
  type Progress,
  type QuestionFamily,
  type Track,
} from '@rounds/shared';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { FeedbackClock } from './feedback-clock.js';
import { FeedbackFormsService } from './feedback-forms.service.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackSessionsService } from './feedback-sessions.service.js';

/** How many weak competencies the next focus names, and questions per competency. */
const FOCUS_COMPETENCIES = 2;
const FOCUS_QUESTIONS = 3;
/** Below this average a competency needs a live interviewer ("book"); from it on, solo practice will do. */
const BOOK_BELOW = 3;

const round = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : null);

/** A candidate's progress across their ended sessions, from the forms released to them and their own. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly interviewSessions: InterviewSessionsService,
    private readonly sessions: FeedbackSessionsService,
    private readonly formsService: FeedbackFormsService,
    private readonly forms: FeedbackRepository,
    private readonly clock: FeedbackClock,
  ) {}

  async of(actor: UserEntity): Promise<Progress> {
    const now = this.clock.now();
    const past = await this.interviewSessions.list(actor, 'past');
    const contexts = (await Promise.all(past.map((session) => this.sessions.describe(session, false)))).filter(
      (context) => context.ended && context.pairs.some((pair) => pair.candidateId === actor.id),
    );
    contexts.sort((a, b) => a.endedAt - b.endedAt);
    const allForms = await this.forms.formsOfSessions(contexts.map((c) => c.session.id));

    const points = new Map<Competency, Progress['competencies'][number]['points']>(COMPETENCIES.map((c) => [c, []]));
    const families = new Map<QuestionFamily, number>();
    const personas = new Map<Persona, number>();
    const tracks = new Map<Track, number>();
    const askedPrompts = new Set<string>();
    for (const context of contexts) {
      const forms = allForms.filter((f) => f.sessionId === context.session.id);
      const interviewerForms = forms.filter((f) => {
        if (f.kind !== 'interviewer' || f.aboutId !== actor.id) return false;
        const at = this.formsService.releaseOf(context, f, forms);
        return at !== null && at <= now;
      });
      const self = forms.find((f) => f.kind === 'self' && f.authorId === actor.id && f.status === 'submitted');
      for (const competency of COMPETENCIES) {
        const given = interviewerForms.flatMap((f) =>
          f.content.scores?.[competency] === undefined ? [] : [f.content.scores[competency]!],
        );
        const own = self?.content.scores?.[competency] ?? null;
        if (given.length || own !== null) {
          points.get(competency)!.push({
            sessionId: context.session.id,
            at: new Date(context.endedAt).toISOString(),
            interviewer: mean(given),
            self: own,
          });
        }
      }
      for (const question of this.sessions.asked(context, { candidateId: actor.id })) {
        families.set(question.family, (families.get(question.family) ?? 0) + 1);
        askedPrompts.add(question.prompt);
      }
      for (const persona of context.session.personas) personas.set(persona, (personas.get(persona) ?? 0) + 1);
      tracks.set(context.session.track, (tracks.get(context.session.track) ?? 0) + 1);
    }

    const competencies = COMPETENCIES.map((competency) => ({ competency, points: points.get(competency)! }));
    const averages = competencies.flatMap(({ competency, points: list }) => {
      const fromInterviewers = list.flatMap((p) => (p.interviewer === null ? [] : [p.interviewer]));
      const average = mean(fromInterviewers.length ? fromInterviewers : list.flatMap((p) => (p.self === null ? [] : [p.self])));
      return average === null ? [] : [{ competency, average }];
    });
    // The weakest first; ties keep the rubric's order (sort is stable).
    const weakest = [...averages].sort((a, b) => a.average - b.average).slice(0, FOCUS_COMPETENCIES);
    const track = [...tracks].sort((a, b) => b[1] - a[1])[0]?.[0];

    return {
      competencies,
      families: [...families].map(([family, questions]) => ({ family, questions })),
      personas: [...personas].map(([persona, sessions]) => ({ persona, sessions })),
      nextFocus: weakest.map(({ competency, average }) => nextFocusFor(competency, average, track, askedPrompts)),
    };
  }
}

/**
 * Questions of the built-in bank that inform a competency (on the candidate's usual track, the ones not yet
 * asked first) and the persona who asks such questions most: book them while the average is below 3,
 * otherwise practise the questions alone.
 */
function nextFocusFor(
  competency: Competency,
  average: number | null,
  track: Track | undefined,
  askedPrompts: ReadonlySet<string>,
): Progress['nextFocus'][number] {
  const informing = BUILT_IN_QUESTIONS.filter(
    (q) => q.competencies.includes(competency) && (track === undefined || q.tracks.includes(track)),
  );
  const ordered = [
    ...informing.filter((q) => !askedPrompts.has(q.prompt)),
    ...informing.filter((q) => askedPrompts.has(q.prompt)),
  ];
  const counts = new Map<Persona, number>();
  const allowed = track ? TRACK_PERSONAS[track] : undefined;
  for (const question of informing) {
    for (const persona of question.personas) {
      if (!allowed || allowed.includes(persona)) counts.set(persona, (counts.get(persona) ?? 0) + 1);
    }
  }
  const persona = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    competency,
    average,
    questions: ordered.slice(0, FOCUS_QUESTIONS).map((q) => ({ id: q.id, prompt: q.prompt, family: q.family })),
    persona,
    suggestion: persona !== null && (average === null || average < BOOK_BELOW) ? 'book_persona' : 'practise_alone',
  };
}
