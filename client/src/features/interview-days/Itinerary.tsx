import type { ItineraryStep } from '@rounds/shared';
import { Link } from 'react-router';
import { ScrollingTable } from './ScrollingTable';

/** One person's day, rotation by rotation, with the local times the server worked out for their zone. */
export function Itinerary({ steps, zone }: { steps: readonly ItineraryStep[]; zone: string }) {
  return (
    <ScrollingTable label="Itinerary by rotation">
      <table className="data-table">
        <caption className="visually-hidden">Your itinerary, in {zone}</caption>
        <thead>
          <tr>
            <th scope="col">Rotation</th>
            <th scope="col">Time</th>
            <th scope="col">Station</th>
            <th scope="col">{steps[0]?.role === 'interviewer' ? 'Candidate' : 'Interviewer'}</th>
            <th scope="col">Room</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.rotation}>
              <td data-label="Rotation">{step.rotation + 1}</td>
              <td data-label="Time" className="nowrap">
                {step.localStart}–{step.localEnd}
              </td>
              <td data-label="Station">{step.kind === 'station' ? step.stationName : 'Waiting: no station this rotation'}</td>
              <td data-label={step.role === 'interviewer' ? 'Candidate' : 'Interviewer'}>{step.partner?.displayName ?? '—'}</td>
              <td data-label="Room">
                {step.sessionId ? (
                  <Link to={`/sessions/${step.sessionId}/room`}>
                    Open the room<span className="visually-hidden"> for rotation {step.rotation + 1}</span>
                  </Link>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
