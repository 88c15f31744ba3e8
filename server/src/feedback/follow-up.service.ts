import { Inject, Injectable } from '@nestjs/common';
import {
  HOUR,
  FEEDBACK_RULES,
  FOLLOW_UP_ADVICE,
  QUESTION_FAMILY_LABELS,
  type FeedbackRequestResult,
  type QuestionFamily,
  type ThankYou,
  type ThankYouSent,
  type Track,
  type ValidatedBody,
  type routes,
} from '@rounds/shared';
import { ApiProblem, badRequest, conflict, forbidden } from '../common/problem.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { InterviewSessionsService } from '../scheduling/interview-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { FeedbackClock } from './feedback-clock.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackSessionsService, type FeedbackSession } from './feedback-sessions.service.js';

const THANK_YOU_MAIL = 'thank-you';
const THANK_YOU_SUBJECT = 'Thank you for the practice interview';
const THANK_YOU_INFORMATIONAL_SUBJECT = 'Thank you for your time and advice';

/** What each family of questions was about, as a candidate would say it in a sentence (never the bank's labels). */
const TOPIC_WORDS: Record<QuestionFamily, string> = {
  opening: 'how I introduce myself',
  motivation: 'why I am choosing this path',
  behavioural: 'the stories from my own experience',
  knowledge: 'the informatics concepts',
  healthcare_it: 'the health-IT scenarios',
  img: 'training after studying abroad',
  closing: 'my own questions',
  informational: 'your career and your advice',
  station: 'the station scenario',
};

/**
 * A plain note in the candidate's voice. It names what was practised in words a person would use and thanks
 * for the time and the feedback; it does not single out a question. An informational host is thanked for their
 * time and advice: the student interviewed them, not the other way round.
 */
function thankYouBody(to: string, from: string, track: Track, families: readonly QuestionFamily[]): string {
  const practised = families.filter((family) => family !== 'informational').map((family) => TOPIC_WORDS[family]);
  const lines =
    track === 'informational'
      ? [
          'Thank you for your time and advice today.',
          'Hearing how your work looks day to day helped me see the field more clearly, and I will act on your advice.',
          'May I get in touch again if a question comes up as I take my next steps?',
        ]
      : [
          'Thank you for the practice interview today.',
          practised.length
            ? `Working through ${listOf(practised)} with you showed me what to sharpen before the real interview.`
            : 'The practice showed me what to sharpen before the real interview.',
          'I will work on your suggestions, and I would be grateful for any further feedback you are willing to share.',
        ];
  return [`Dear ${to},`, '', lines.join(' '), '', 'With thanks,', from].join('\n');
}

/** Until when Rounds sends a thank-you note: a day after the session ended. */
function sendByOf(context: FeedbackSession): number {
  return context.endedAt + FEEDBACK_RULES.thankYouWithinHours * HOUR;
}

/** After the session, for the candidate: a thank-you note to copy, and asking an interviewer for their feedback. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly sessions: FeedbackSessionsService,
    private readonly interviewSessions: InterviewSessionsService,
    private readonly forms: FeedbackRepository,
    private readonly outbox: OutboxService,
    private readonly clock: FeedbackClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async thankYou(actor: UserEntity, sessionId: string): Promise<ThankYou> {
    const context = await this.sessions.loadAsParticipant(actor, sessionId);
    const interviewers = this.interviewersOf(context, actor);
    const track = context.session.track;
    return {
      sessionId,
      sendBy: new Date(sendByOf(context)).toISOString(),
      followUpAdvice: FOLLOW_UP_ADVICE[track].advice,
      notes: interviewers.map((interviewerId) => {
        const to = this.sessions.person(context, interviewerId);
        const asked = this.sessions.asked(context, { interviewerId, candidateId: actor.id });
        const families = [...new Set(asked.map((q) => q.family))];
        const topics = families.map((family: QuestionFamily) => ({
          family,
          label: QUESTION_FAMILY_LABELS[family],
          prompts: asked.filter((q) => q.family === family).map((q) => q.prompt),
        }));
        return {
          to,
          subject: track === 'informational' ? THANK_YOU_INFORMATIONAL_SUBJECT : THANK_YOU_SUBJECT,
          body: thankYouBody(to.displayName, actor.displayName, track, families),
          topics,
        };
      }),
    };
  }

  /**
   * The candidate's thank-you note (as drafted, or edited) e-mailed through the outbox to one person who
   * interviewed them: once per person and session, and only until `sendBy` (after that, copying it is the way).
   */
  async sendThankYou(
    actor: UserEntity,
    sessionId: string,
    note: ValidatedBody<typeof routes.sendThankYou>,
  ): Promise<ThankYouSent> {
    const context = await this.sessions.loadAsParticipant(actor, sessionId);
    if (!this.interviewersOf(context, actor).includes(note.to)) {
      throw forbidden('You can only thank a person who interviewed you in this session.');
    }
    const to = this.sessions.person(context, note.to);
    const now = this.clock.now();
    const sendBy = sendByOf(context);
    if (now > sendBy) {
      throw conflict(
        `Rounds sends thank-you notes within a day of the session, until ${new Date(sendBy).toISOString()}: copy the note and send it yourself.`,
      );
    }
    return this.forms.transaction(async (manager) => {
      await this.forms.lockFollowUp(manager, 'thank-you', sessionId, actor.id);
      const sent = { sessionId, senderId: actor.id, userId: note.to };
      if (await this.outbox.hasQueued(manager, THANK_YOU_MAIL, sent)) {
        throw conflict(`You already sent ${to.displayName} a thank-you note for this session: one note per person.`);
      }
      const recipient = (await this.interviewSessions.people(manager, sessionId)).find((p) => p.userId === note.to);
      if (!recipient) throw conflict(`${to.displayName} is no longer in this session, so Rounds cannot send the note.`);
      await this.outbox.enqueue(manager, {
        kind: THANK_YOU_MAIL,
        toAddress: recipient.email,
        subject: note.subject ?? THANK_YOU_SUBJECT,
        textBody: [note.body, '', '—', `Sent through Rounds by ${actor.displayName} after your practice interview.`].join('\n'),
        metadata: sent,
      });
      return { to, sentAt: new Date(now).toISOString() };
    });
  }

  /** One e-mail asking an interviewer who has not submitted for their feedback; once a day per interviewer and session. */
  async requestFeedback(actor: UserEntity, sessionId: string, interviewerId: string | undefined): Promise<FeedbackRequestResult> {
    const context = await this.sessions.loadAsParticipant(actor, sessionId);
    const interviewers = this.interviewersOf(context, actor);
    let target: string;
    if (interviewerId !== undefined) {
      if (!interviewers.includes(interviewerId))
        throw forbidden('You can only ask a person who interviewed you in this session.');
      target = interviewerId;
    } else if (interviewers.length === 1) {
      target = interviewers[0];
    } else {
      throw badRequest('interviewerId is required: more than one person interviewed you in this session.', [
        { field: 'interviewerId', message: 'is required: the id of the person to ask' },
      ]);
    }
    const to = this.sessions.person(context, target);
    const now = this.clock.now();
    return this.forms.transaction(async (manager) => {
      await this.forms.lockFollowUp(manager, 'feedback-request', sessionId, actor.id);
      const form = await this.forms.find(manager, { sessionId, kind: 'interviewer', authorId: target, aboutId: actor.id });
      if (form?.status === 'submitted') {
        throw conflict(`${to.displayName} has already submitted their feedback: it reaches you once your self-assessment is in.`);
      }
      const last = await this.forms.lastRequest(manager, sessionId, actor.id, target);
      const nextAllowed = last === null ? now : last + FEEDBACK_RULES.requestIntervalHours * HOUR;
      if (nextAllowed > now) {
        const seconds = Math.ceil((nextAllowed - now) / 1000);
        throw new ApiProblem(
          429,
          `You asked ${to.displayName} for feedback less than a day ago: you can ask again after ${new Date(nextAllowed).toISOString()}.`,
          undefined,
          { 'Retry-After': String(seconds) },
        );
      }
      const people = await this.interviewSessions.people(manager, sessionId);
      const recipient = people.find((p) => p.userId === target);
      await this.forms.recordRequest(manager, sessionId, actor.id, target, now);
      if (recipient) {
        await this.outbox.enqueue(manager, {
          kind: 'feedback-request',
          toAddress: recipient.email,
          subject: `${actor.displayName} would value your feedback`,
          textBody: [
            `Hello ${recipient.displayName},`,
            '',
            `${actor.displayName} asks for your feedback on the practice interview you held with them. It takes a few minutes and helps them prepare for the real one.`,
            '',
            `Write it in Rounds: ${this.config.publicUrl}/sessions/${sessionId}/feedback`,
          ].join('\n'),
          metadata: { sessionId, requesterId: actor.id, userId: target },
        });
      }
      return {
        to,
        requestedAt: new Date(now).toISOString(),
        nextAllowedAt: new Date(now + FEEDBACK_RULES.requestIntervalHours * HOUR).toISOString(),
      };
    });
  }

  private interviewersOf(context: FeedbackSession, actor: UserEntity): string[] {
    const interviewers = context.pairs.filter((p) => p.candidateId === actor.id).map((p) => p.interviewerId);
    if (interviewers.length === 0) throw forbidden('Nobody interviewed you in this session.');
    return interviewers;
  }
}

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
