import { TRACK_LABELS, TRACKS, type ExperienceLevel, type Track } from '@rounds/shared';
import { useEffect, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Card } from '../../components/Card';
import { SelectField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { withNotice } from '../../lib/navigation-notice';
import { useSignedInUser } from '../../lib/session';
import { useCohorts } from '../cohorts/cohort-queries';
import { usePracticeQueue } from './use-practice-queue';
import { levelOptions } from '../../lib/level-options';

const TRACK_CHOICES = TRACKS.map((track) => ({ value: track, label: TRACK_LABELS[track] }));

/**
 * "Practice now": wait for another candidate of the same cohort and track, then go straight into a new
 * peer session where the two swap roles at half time.
 */
export function PracticeNowCard() {
  const user = useSignedInUser();
  const cohorts = useCohorts();
  const navigate = useNavigate();
  const { state, notice, join, leave, confirm } = usePracticeQueue();
  const candidateCohorts = (cohorts.data ?? []).filter((cohort) => cohort.myRoles.includes('candidate'));
  const [cohortId, setCohortId] = useState('');
  const [track, setTrack] = useState<Track>(user.track ?? 'residency_fellowship');
  const [level, setLevel] = useState<ExperienceLevel>(user.experienceLevel ?? 'entry');
  const chosenCohort = cohortId || candidateCohorts[0]?.id || '';

  useEffect(() => {
    if (state.phase === 'matched') {
      navigate(state.match.roomPath, {
        state: withNotice(`You are paired with ${state.match.partner.displayName}. Your practice session has started.`),
      });
    }
  }, [state, navigate]);

  if (cohorts.isSuccess && candidateCohorts.length === 0) return null;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosenCohort) join({ cohortId: chosenCohort, track, level });
  }

  const waiting = state.phase === 'waiting' || state.phase === 'joining';
  return (
    <Card
      title="Practice now"
      className="practice-now"
      description="Pair up with another candidate who is ready now: a 30-minute peer session where you swap roles at half time."
    >
      {state.phase === 'failed' && <FormAlert message={state.error.message} />}
      <StatusMessage message={notice} />
      {state.phase === 'confirming' ? (
        <div className="practice-now-waiting" role="status" aria-live="polite">
          <p className="practice-now-position">{state.message}</p>
          <p>
            <button type="button" className="button button-primary" onClick={() => confirm(state.ticketId)}>
              I am ready: find me a partner
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={leave}>
              Stop waiting
            </button>
          </p>
        </div>
      ) : waiting ? (
        <div className="practice-now-waiting" role="status" aria-live="polite">
          <p className="practice-now-position">
            {state.phase === 'joining'
              ? 'Joining the queue…'
              : state.position === 1
                ? 'You are next in line: waiting for a partner…'
                : `You are number ${state.position} in line: waiting for a partner…`}
          </p>
          <p className="field-hint">Keep this page open. You will be taken to the session as soon as someone joins.</p>
          <button type="button" className="button button-secondary" onClick={leave} disabled={state.phase === 'joining'}>
            Stop waiting
          </button>
        </div>
      ) : (
        <form className="form practice-now-form" onSubmit={handleSubmit} noValidate>
          <div className="field-row">
            {candidateCohorts.length > 1 && (
              <SelectField
                label="Cohort"
                options={candidateCohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
                value={chosenCohort}
                onChange={(event) => setCohortId(event.target.value)}
              />
            )}
            <SelectField
              label="Practice for"
              options={TRACK_CHOICES}
              value={track}
              onChange={(event) => setTrack(event.target.value as Track)}
            />
            <SelectField
              label="Level"
              options={levelOptions(track)}
              value={level}
              onChange={(event) => setLevel(event.target.value as ExperienceLevel)}
            />
          </div>
          <p>
            <button type="submit" className="button button-primary" disabled={!chosenCohort}>
              Practice now
            </button>
          </p>
        </form>
      )}
    </Card>
  );
}
