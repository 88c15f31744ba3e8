import { MINUTE, VIDEO_ROOM_RULES, type InterviewDay } from '@rounds/shared';
import { Link, useLocation, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { StatusMessage } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { timeZoneLabel } from '../../lib/format';
import { minutesText } from '../../lib/format-time';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useNow } from '../scheduling/session-display';
import { shortDayIn, timeIn } from '../scheduling/zoned-time';
import { useState } from 'react';
import { CancelDayForm } from './CancelDayForm';
import { ChangeDayForm } from './ChangeDayForm';
import { useInterviewDay } from './interview-day-queries';
import { Itinerary } from './Itinerary';
import { NextStep } from './NextStep';
import { RotationGrid } from './RotationGrid';
import './interview-days.css';

/** `/interview-days/:dayId`: the viewer's own day in their zone; for coordinators the whole circuit and the way to run it. */
export function InterviewDayPage() {
  const { dayId = '' } = useParams();
  const day = useInterviewDay(dayId);
  const notice = noticeFrom(useLocation().state);
  usePageTitle(day.data?.title ?? 'Interview day');

  if (day.isPending) return <LoadingState label="Loading the interview day…" />;
  if (day.isError) return <ErrorState error={day.error} onRetry={() => void day.refetch()} />;
  return <DayOverview day={day.data} notice={notice} />;
}

function DayOverview({ day, notice }: { day: InterviewDay; notice: string | null }) {
  const [changed, setChanged] = useState<string | null>(null);
  const zone = day.viewer.timeZone;
  const now = useNow();
  const over = now >= Date.parse(day.endsAt);
  const coordinates = day.viewer.roles.includes('coordinator');
  const isCandidate = day.viewer.roles.includes('candidate');
  return (
    <>
      {coordinates && (
        <p className="back-link">
          <Link to={`/cohorts/${day.cohortId}`}>← Cohort</Link>
        </p>
      )}
      <StatusMessage message={changed ?? notice} />
      <div className="page-header">
        <h1>{day.title}</h1>
        <p className="lead">
          {shortDayIn(day.startsAt, zone)}, {timeIn(day.startsAt, zone)}–{timeIn(day.endsAt, zone)} in your zone,{' '}
          {timeZoneLabel(zone)}.
        </p>
        <p className="page-meta">
          {day.stationCount} stations · {day.candidates.length} candidates · {day.rotationCount} rotations of{' '}
          {minutesText(day.rotationMinutes)}, {minutesText(day.gapMinutes)} between them
        </p>
        {(coordinates || isCandidate) && (
          <p className="button-row">
            {coordinates && (
              <Link to={`/interview-days/${day.id}/live`} className="button button-primary">
                Live view
              </Link>
            )}
            <Link
              to={`/interview-days/${day.id}/scores`}
              className={coordinates ? 'button button-secondary' : 'button button-primary'}
            >
              {coordinates ? 'Scores' : 'Your scores'}
            </Link>
          </p>
        )}
      </div>

      {day.cancelledAt && (
        <div className="form-alert day-cancelled">
          <p>
            <strong>This day was cancelled</strong> on {shortDayIn(day.cancelledAt, zone)}: {day.cancelReason}
          </p>
        </div>
      )}

      {!day.cancelledAt && day.itinerary.length > 0 && <NextStep steps={day.itinerary} zone={zone} />}

      {day.itinerary.length > 0 && (
        <Card
          title="Your itinerary"
          description={
            day.viewer.roles.includes('interviewer')
              ? 'You stay at your station; a new candidate comes to you each rotation. Each room opens from its link.'
              : 'Your page moves you to the next room when a rotation ends. Each room also opens from its link.'
          }
        >
          <Itinerary steps={day.itinerary} zone={zone} />
        </Card>
      )}

      {coordinates && !day.cancelledAt && !over && (
        <Card
          title="Run the day"
          description="Changes reach everyone taking part by e-mail, and update the entries in their calendars."
        >
          <details className="day-manage">
            <summary>Change the day</summary>
            <ChangeDayForm
              key={`${day.title}-${day.startsAt}`}
              day={day}
              started={now >= Date.parse(day.startsAt) - VIDEO_ROOM_RULES.opensMinutesBefore * MINUTE}
              onDone={setChanged}
            />
          </details>
          <details className="day-manage">
            <summary>Cancel the day</summary>
            <CancelDayForm day={day} onDone={setChanged} />
          </details>
        </Card>
      )}

      {coordinates && (
        <Card title="Every rotation" description={`Who is at which station, in your zone (${timeZoneLabel(zone)}).`}>
          <RotationGrid day={day} />
        </Card>
      )}
    </>
  );
}
