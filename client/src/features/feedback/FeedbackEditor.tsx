import {
  COMPETENCIES,
  FEEDBACK_TEXT_MAX,
  QUESTION_FAMILY_LABELS,
  READINESS_LABELS,
  READINESS_LEVELS,
  ROOM_NOTE_MAX_CHARACTERS,
  SET_UP_CHECKLIST,
  type Competency,
  missingForSubmit,
  type FeedbackContent,
  type FeedbackForm,
  type FeedbackFormRequest,
} from '@rounds/shared';
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { Card } from '../../components/Card';
import { RadioGroupField, TextAreaField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { isApiError } from '../../lib/api';
import { CHECK_FIELDS_MESSAGE, formErrorsFromProblems, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { timeOfDay } from '../../lib/format';
import { formatDuration } from '../../lib/format-time';
import { useSignedInUser } from '../../lib/session';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { draftFrom, problemFor, requestFrom, type FeedbackDraft } from './feedback-draft';
import { HELPFULNESS_LEVELS } from './feedback-format';
import { useWriteFeedback } from './feedback-queries';
import { ImprovementsField } from './ImprovementsField';
import { CompetencyGrid } from './CompetencyGrid';
import { NOT_OBSERVED, ScoreField, type CompetencyAnswer } from './ScoreField';

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_MS = 1200;

interface FeedbackEditorProps {
  form: FeedbackForm;
  /** The `about` of the page's address (kept so the saved form lands in the page's own cache entry). */
  about: string | undefined;
}

/** The form being written: autosaved as a draft while it changes, then submitted once with its final content. */
export function FeedbackEditor({ form, about }: FeedbackEditorProps) {
  const { kind, sessionId } = form;
  const { timeZone } = useSignedInUser();
  const [draft, setDraft] = useState<FeedbackDraft>(() => draftFrom(form));
  const [problems, setProblems] = useState<FormErrors<string>>({ fields: {}, form: null });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, problems);
  const [savedAt, setSavedAt] = useState<string | null>(form.updatedAt);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const save = useWriteFeedback(sessionId, kind, about, false);
  const submit = useWriteFeedback(sessionId, kind, about, true);

  const body = useMemo(() => JSON.stringify(requestFrom(kind, draft, form.about.userId)), [kind, draft, form.about.userId]);
  const settled = useDebouncedValue(body, AUTOSAVE_MS);
  const saved = useRef(JSON.stringify(requestFrom(kind, draftFrom(form), form.about.userId)));
  const failed = useRef<string | null>(null);

  // Autosave: one request at a time, never after Submit was pressed, and a refused draft is not retried unchanged.
  useEffect(() => {
    if (submit.isPending || submit.isSuccess || save.isPending) return;
    if (settled === saved.current || settled === failed.current) return;
    const sent = settled;
    save.mutate(JSON.parse(sent) as FeedbackFormRequest, {
      onSuccess: (stored) => {
        saved.current = sent;
        failed.current = null;
        setSavedAt(stored.updatedAt);
        setSaveProblem(null);
      },
      onError: (error) => {
        failed.current = sent;
        setSaveProblem(isApiError(error) ? error.detail : 'The draft could not be saved.');
      },
    });
  }, [settled, save, submit.isPending, submit.isSuccess]);

  const update = (patch: Partial<FeedbackDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setAnswer = (competency: Competency, answer: CompetencyAnswer) =>
    setDraft((current) => {
      const { [competency]: _dropped, ...otherScores } = current.scores;
      const notObserved = current.notObserved.filter((c) => c !== competency);
      return answer === NOT_OBSERVED
        ? { ...current, scores: otherScores, notObserved: [...notObserved, competency] }
        : { ...current, scores: { ...otherScores, [competency]: answer }, notObserved };
    });
  const problem = (field: string) => problemFor(problems.fields, field);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = requestFrom(kind, draft, form.about.userId);
    // What the server would refuse as missing is said before the round trip, with the same shared rule.
    const missing = formErrorsFromProblems(
      missingForSubmit(kind, request as FeedbackContent, form.requiredCompetencies),
      'The form cannot be submitted yet.',
    );
    if (missing) {
      setProblems(missing);
      return;
    }
    setProblems({ fields: {}, form: null });
    submit.mutate(request, {
      onError: (error) =>
        setProblems(
          isApiError(error) && error.hasFieldErrors
            ? { fields: error.fieldErrors, form: `${error.detail} ${CHECK_FIELDS_MESSAGE}` }
            : { fields: {}, form: isApiError(error) ? error.detail : 'Something unexpected went wrong. Please try again.' },
        ),
    });
  }

  const required = form.requiredCompetencies;
  const optional = COMPETENCIES.filter((competency) => !required.includes(competency));
  const answers = Object.fromEntries([
    ...Object.entries(draft.scores),
    ...draft.notObserved.map((competency) => [competency, NOT_OBSERVED]),
  ]) as Partial<Record<Competency, CompetencyAnswer>>;
  const scoreGrid = (list: readonly Competency[], isRequired: boolean) => (
    <CompetencyGrid
      competencies={list}
      answers={answers}
      onChange={setAnswer}
      required={isRequired}
      errorOf={(competency) => problem(`scores.${competency}`)}
    />
  );

  return (
    <form ref={formRef} className="form fb-form" onSubmit={handleSubmit} noValidate aria-label={`${form.kind} feedback form`}>
      <FormAlert message={problems.form} />
      {kind !== 'rating' && (
        <Card
          title="Scores"
          description={
            required.length > 0
              ? 'Score each competency this session scores from 1 to 5, or mark it not observed (n/o). Point at or focus a level to read what it looks like.'
              : 'No question was recorded in the room: score at least one competency you heard, from 1 to 5.'
          }
        >
          {problem('scores') && <p className="field-error">{problem('scores')}</p>}
          {required.length > 0 ? scoreGrid(required, true) : scoreGrid(optional, false)}
          {kind === 'interviewer' && (
            <details className="fb-set-up">
              <summary>Set-up checklist (not scored)</summary>
              <p className="muted">
                For the candidate’s benefit only: audio-only participants and people who avoid eye contact are not marked down.
              </p>
              <ul>
                {SET_UP_CHECKLIST.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </details>
          )}
        </Card>
      )}

      {kind === 'interviewer' && form.questions.length > 0 && (
        <Card
          title="Notes per question"
          description={`${form.about.displayName} reads these once your feedback is released. Your private notes from the room stay yours: share one only if you choose to.`}
        >
          {form.questions.map((question, index) => {
            const privateNote = form.privateNotes?.[question.questionId];
            const shared = draft.notes[question.questionId] ?? '';
            const share = (text: string) => update({ notes: { ...draft.notes, [question.questionId]: text } });
            return (
              <div key={question.questionId} className="fb-question-note">
                <TextAreaField
                  label={`Question ${index + 1}: ${question.prompt}`}
                  optional
                  hint={`${QUESTION_FAMILY_LABELS[question.family]} · ${formatDuration(question.seconds)} on it`}
                  maxLength={ROOM_NOTE_MAX_CHARACTERS}
                  rows={3}
                  value={shared}
                  onChange={(event) => share(event.target.value)}
                  error={problem(`notes.${question.questionId}`)}
                />
                {privateNote && (
                  <div className="fb-private-note">
                    <p>
                      <span className="muted">Your private note (only you see it): </span>
                      <span className="fb-text">{privateNote}</span>
                    </p>
                    {shared !== privateNote && (
                      <button type="button" className="button button-quiet" onClick={() => share(privateNote)}>
                        Share this note with {form.about.displayName}
                      </button>
                    )}
                  </div>
                )}
              </div>
            );
          })}
        </Card>
      )}

      {kind === 'interviewer' && (
        <Card title="Summary for the candidate">
          <TextAreaField
            label="Strengths"
            required
            hint="What went well, with an example from the interview."
            maxLength={FEEDBACK_TEXT_MAX}
            value={draft.strengths}
            onChange={(event) => update({ strengths: event.target.value })}
            error={problem('strengths')}
          />
          <ImprovementsField
            value={draft.improvements}
            onChange={(improvements) => update({ improvements })}
            error={problem('improvements')}
          />
          <RadioGroupField
            name="readiness"
            label="Readiness for the real interview"
            required
            options={READINESS_LEVELS.map((level) => ({ value: level, label: READINESS_LABELS[level] }))}
            value={draft.readiness}
            onChange={(readiness) => update({ readiness })}
            error={problem('readiness')}
          />
        </Card>
      )}

      {kind === 'self' && (
        <Card title="Reflection">
          <TextAreaField
            label="How your answers went"
            required
            hint="In your own words: what worked, what you would answer differently next time."
            maxLength={FEEDBACK_TEXT_MAX * 2}
            rows={6}
            value={draft.reflection}
            onChange={(event) => update({ reflection: event.target.value })}
            error={problem('reflection')}
          />
        </Card>
      )}

      {kind === 'rating' && (
        <Card title="Rating">
          <ScoreField
            name="helpfulness"
            label="Helpfulness"
            required
            levels={HELPFULNESS_LEVELS}
            value={draft.helpfulness}
            onChange={(helpfulness) => update({ helpfulness })}
            error={problem('helpfulness')}
          />
          <TextAreaField
            label="Comment for your interviewer"
            optional
            maxLength={FEEDBACK_TEXT_MAX}
            value={draft.comment}
            onChange={(event) => update({ comment: event.target.value })}
            error={problem('comment')}
          />
        </Card>
      )}

      <div className="form-actions fb-actions">
        <SubmitButton pending={submit.isPending} pendingLabel="Submitting…">
          Submit feedback
        </SubmitButton>
        <StatusMessage
          message={
            saveProblem
              ? `Draft not saved: ${saveProblem}`
              : save.isPending
                ? 'Saving the draft…'
                : savedAt
                  ? `Draft saved at ${timeOfDay(savedAt, timeZone)}.`
                  : null
          }
        />
      </div>
      <p className="muted">Once submitted, a form cannot change.</p>
    </form>
  );
}
