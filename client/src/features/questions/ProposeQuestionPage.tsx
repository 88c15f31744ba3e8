import {
  COMPETENCIES,
  COMPETENCY_LABELS,
  createQuestionRequestSchema,
  levelChoices,
  PERSONA_LABELS,
  QUESTION_FAMILIES,
  QUESTION_FAMILY_LABELS,
  TRACK_LABELS,
  TRACKS,
  type Competency,
  type CreateQuestionRequest,
  type ExperienceLevel,
  type Persona,
  type QuestionFamily,
  type Track,
} from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { usePageTitle } from '../../lib/use-page-title';
import { useCohorts } from '../cohorts/cohort-queries';
import { ProposalList } from './ProposalList';
import { useProposals, useProposeQuestion } from './proposal-queries';
import { personasFor } from './question-options';
import './proposals.css';

const FIELDS = [
  'family',
  'prompt',
  'assesses',
  'probes',
  'frameworkHint',
  'competencies',
  'tracks',
  'personas',
  'levelExpectations',
  'targetSeconds',
] as const;
type ProposalField = (typeof FIELDS)[number];

const FAMILY_OPTIONS = QUESTION_FAMILIES.map((family) => ({ value: family, label: QUESTION_FAMILY_LABELS[family] }));
const TRACK_OPTIONS = TRACKS.map((track) => ({ value: track, label: TRACK_LABELS[track] }));
const COMPETENCY_OPTIONS = COMPETENCIES.map((competency) => ({ value: competency, label: COMPETENCY_LABELS[competency] }));

/** `/questions/propose`: a mentor suggests a question for one of their cohorts' banks, and follows what became of it. */
export function ProposeQuestionPage() {
  usePageTitle('Propose a question');
  const cohorts = useCohorts();
  const mentorCohorts = (cohorts.data ?? []).filter((cohort) => cohort.myRoles.includes('mentor'));
  const [chosen, setChosen] = useState('');
  const cohortId = chosen || mentorCohorts[0]?.id || '';

  return (
    <>
      <p className="back-link">
        <Link to="/questions">← Back to the question bank</Link>
      </p>
      <div className="page-header">
        <p className="eyebrow">Question bank</p>
        <h1>Propose a question</h1>
        <p className="lead">
          Suggest a question for your cohort’s bank, with what it assesses and how to probe it. A coordinator accepts it into the
          bank or declines it with a reason you will see below.
        </p>
      </div>
      {cohorts.isPending ? (
        <LoadingState label="Loading your cohorts…" />
      ) : cohorts.isError ? (
        <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : mentorCohorts.length === 0 ? (
        <p className="notice">Mentors of a cohort propose questions for its bank; you are not a mentor in any cohort yet.</p>
      ) : (
        <>
          {mentorCohorts.length > 1 && (
            <SelectField
              label="Cohort"
              options={mentorCohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
              value={cohortId}
              onChange={(event) => setChosen(event.target.value)}
            />
          )}
          <ProposalForm key={cohortId} cohortId={cohortId} />
          <OwnProposals cohortId={cohortId} />
        </>
      )}
    </>
  );
}

interface Draft {
  family: QuestionFamily;
  prompt: string;
  assesses: string;
  probes: string;
  frameworkHint: string;
  competencies: Competency[];
  tracks: Track[];
  personas: Persona[];
  levelExpectations: Partial<Record<ExperienceLevel, string>>;
  targetSeconds: string;
}

const EMPTY_DRAFT: Draft = {
  family: 'behavioural',
  prompt: '',
  assesses: '',
  probes: '',
  frameworkHint: '',
  competencies: [],
  tracks: [],
  personas: [],
  levelExpectations: {},
  targetSeconds: '120',
};

/** The request body: probes one per line, blank level expectations left out, seconds as a number. */
function requestFrom(draft: Draft): CreateQuestionRequest {
  const tracks = TRACKS.filter((track) => draft.tracks.includes(track));
  return {
    family: draft.family,
    prompt: draft.prompt,
    assesses: draft.assesses,
    probes: draft.probes
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    frameworkHint: draft.frameworkHint,
    competencies: draft.competencies,
    tracks,
    personas: draft.personas.filter((persona) => tracks.some((track) => personasFor(track).includes(persona))),
    levelExpectations: Object.fromEntries(Object.entries(draft.levelExpectations).filter(([, text]) => text?.trim())),
    targetSeconds: draft.targetSeconds.trim() === '' ? Number.NaN : Number(draft.targetSeconds),
  };
}

function ProposalForm({ cohortId }: { cohortId: string }) {
  const propose = useProposeQuestion(cohortId);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FormErrors<ProposalField>>(noFormErrors);
  const [sent, setSent] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const update = (patch: Partial<Draft>) => {
    setSent(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  // The personas and level words follow the tracks chosen: one track speaks its own words for levels.
  const personaChoices = [...new Set(draft.tracks.flatMap((track) => personasFor(track)))];
  const levelTrack = draft.tracks.length === 1 ? draft.tracks[0] : null;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = requestFrom(draft);
    const invalid = validateWithSchema(createQuestionRequestSchema, body, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    propose.mutate(body, {
      onSuccess: () => {
        setDraft(EMPTY_DRAFT);
        setSent(`Proposed: “${body.prompt}”. A coordinator will accept it or tell you why not.`);
      },
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS)),
    });
  }

  return (
    <Card title="Your question">
      <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate aria-label="Propose a question">
        <FormAlert message={errors.form} />
        <StatusMessage message={sent} />
        <SelectField
          label="Family"
          options={FAMILY_OPTIONS}
          value={draft.family}
          onChange={(event) => update({ family: event.target.value as QuestionFamily })}
          error={errors.fields.family}
        />
        <TextField
          label="Question"
          required
          maxLength={500}
          hint="As the interviewer asks it."
          value={draft.prompt}
          onChange={(event) => update({ prompt: event.target.value })}
          error={errors.fields.prompt}
        />
        <TextField
          label="What it assesses"
          required
          maxLength={500}
          value={draft.assesses}
          onChange={(event) => update({ assesses: event.target.value })}
          error={errors.fields.assesses}
        />
        <TextAreaField
          label="Follow-up probes"
          required
          rows={3}
          hint="One to three, one per line."
          value={draft.probes}
          onChange={(event) => update({ probes: event.target.value })}
          error={errors.fields.probes}
        />
        <TextField
          label="How a strong answer is built"
          required
          maxLength={900}
          hint="For example STAR with the candidate’s own part, and what changed afterwards."
          value={draft.frameworkHint}
          onChange={(event) => update({ frameworkHint: event.target.value })}
          error={errors.fields.frameworkHint}
        />
        <CheckboxGroupField
          label="Competencies it shows"
          required
          options={COMPETENCY_OPTIONS}
          value={draft.competencies}
          onChange={(competencies) => update({ competencies })}
          error={errors.fields.competencies}
        />
        <CheckboxGroupField
          label="Tracks"
          required
          options={TRACK_OPTIONS}
          value={draft.tracks}
          onChange={(tracks) => update({ tracks })}
          error={errors.fields.tracks}
        />
        <CheckboxGroupField
          label="Interviewers who ask it"
          required
          hint={personaChoices.length === 0 ? 'Choose a track first.' : undefined}
          options={personaChoices.map((persona) => ({ value: persona, label: PERSONA_LABELS[persona] }))}
          value={draft.personas}
          onChange={(personas) => update({ personas })}
          error={errors.fields.personas}
        />
        <fieldset className="field">
          <legend>
            What a strong answer looks like at each level <span className="field-optional">(optional)</span>
          </legend>
          {levelChoices(levelTrack).map((level) => (
            <TextField
              key={level.value}
              label={level.label}
              optional
              maxLength={400}
              value={draft.levelExpectations[level.value] ?? ''}
              onChange={(event) =>
                update({ levelExpectations: { ...draft.levelExpectations, [level.value]: event.target.value } })
              }
              error={errors.fields.levelExpectations}
            />
          ))}
        </fieldset>
        <TextField
          label="Target answer length (seconds)"
          required
          inputMode="numeric"
          hint="Main answers take 60 to 120 seconds."
          value={draft.targetSeconds}
          onChange={(event) => update({ targetSeconds: event.target.value })}
          error={errors.fields.targetSeconds}
        />
        <div className="form-actions">
          <SubmitButton pending={propose.isPending} pendingLabel="Proposing…">
            Propose this question
          </SubmitButton>
        </div>
      </form>
    </Card>
  );
}

function OwnProposals({ cohortId }: { cohortId: string }) {
  const proposals = useProposals(cohortId);
  return (
    <Card title="Your proposals" description="What became of each question you proposed to this cohort.">
      {proposals.isPending ? (
        <LoadingState label="Loading your proposals…" />
      ) : proposals.isError ? (
        <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : proposals.data.length === 0 ? (
        <p className="muted">You have not proposed a question here yet.</p>
      ) : (
        <ProposalList proposals={proposals.data} />
      )}
    </Card>
  );
}
