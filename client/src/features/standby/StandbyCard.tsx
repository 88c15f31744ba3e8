import { formatInZone, STANDBY, TRACK_LABELS, TRACKS, type Track } from '@rounds/shared';
import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { SelectField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { isApiError } from '../../lib/api';
import { useSignedInUser } from '../../lib/session';
import { useCohorts } from '../cohorts/cohort-queries';
import { useJoinStandby, useLeaveStandby, useStandbyWindows } from './standby-queries';
import { useStandbyOffers } from './use-standby-offers';

const MINUTE = 60_000;
const TRACK_CHOICES = TRACKS.map((track) => ({ value: track, label: TRACK_LABELS[track] }));
/** Starting times relative to now, so nobody has to type a time in the right zone. */
const START_CHOICES = [
  { value: '1', label: 'Now' },
  { value: '30', label: 'In 30 minutes' },
  { value: '60', label: 'In 1 hour' },
  { value: '120', label: 'In 2 hours' },
  { value: '240', label: 'In 4 hours' },
];
const LENGTH_CHOICES = Array.from({ length: STANDBY.maxWindowMinutes / 60 }, (_, i) => ({
  value: String((i + 1) * 60),
  label: i === 0 ? '1 hour' : `${i + 1} hours`,
}));

const problemText = (error: unknown) => (error ? (isApiError(error) ? error.detail : (error as Error).message) : null);

/**
 * Standby: a candidate says when they could step into a peer session whose partner did not come. When a seat
 * is offered it shows here (and arrives by e-mail), with the link to take it.
 */
export function StandbyCard() {
  const user = useSignedInUser();
  const cohorts = useCohorts();
  const candidateCohorts = (cohorts.data ?? []).filter((cohort) => cohort.myRoles.includes('candidate'));
  const [cohortId, setCohortId] = useState('');
  const chosenCohort = cohortId || candidateCohorts[0]?.id || '';
  const [track, setTrack] = useState<Track>(user.track ?? 'residency_fellowship');
  const [startIn, setStartIn] = useState('1');
  const [length, setLength] = useState('60');
  const windows = useStandbyWindows(chosenCohort);
  const join = useJoinStandby(chosenCohort);
  const leave = useLeaveStandby(chosenCohort);
  const offers = useStandbyOffers((windows.data ?? []).length > 0);

  if (cohorts.isSuccess && candidateCohorts.length === 0) return null;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = Date.now() + Number(startIn) * MINUTE;
    join.mutate({ from: new Date(from).toISOString(), to: new Date(from + Number(length) * MINUTE).toISOString(), track });
  }

  return (
    <Card
      title="Standby"
      className="standby-card"
      description={`Free for a while? Be on standby: when a partner does not come to a peer session, you may be offered the seat in its first ${STANDBY.offerMinutes} minutes.`}
    >
      {offers.length > 0 && (
        <div className="notice" role="status">
          {offers.map((offer) => (
            <p key={offer.offerId}>
              A practice seat is free now (until {formatInZone(Date.parse(offer.expiresAt), user.timeZone)}).{' '}
              <Link to={offer.acceptPath}>Take the seat</Link>
            </p>
          ))}
        </div>
      )}
      <FormAlert message={problemText(join.error) ?? problemText(leave.error)} />
      {(windows.data ?? []).length > 0 && (
        <>
          <h3>You are on standby</h3>
          <ul className="standby-windows">
            {windows.data!.map((entry) => {
              const when = `${formatInZone(Date.parse(entry.from), user.timeZone)} to ${formatInZone(Date.parse(entry.to), user.timeZone)}`;
              return (
                <li key={entry.id}>
                  {when} · {TRACK_LABELS[entry.track]}{' '}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={leave.isPending}
                    onClick={() => leave.mutate(entry.id)}
                  >
                    Leave<span className="visually-hidden"> the standby window {when}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <form className="form" onSubmit={handleSubmit} noValidate>
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
            label="Standby for"
            options={TRACK_CHOICES}
            value={track}
            onChange={(event) => setTrack(event.target.value as Track)}
          />
          <SelectField
            label="From"
            options={START_CHOICES}
            value={startIn}
            onChange={(event) => setStartIn(event.target.value)}
          />
          <SelectField label="For" options={LENGTH_CHOICES} value={length} onChange={(event) => setLength(event.target.value)} />
        </div>
        <p>
          <SubmitButton pending={join.isPending} pendingLabel="Joining…" variant="secondary">
            Join the standby list
          </SubmitButton>
        </p>
      </form>
    </Card>
  );
}
