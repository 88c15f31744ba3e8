import type { InterviewDay } from '@rounds/shared';
import { Link } from 'react-router';
import { ScrollingTable } from './ScrollingTable';
import { timeIn } from '../scheduling/zoned-time';

/** The whole circuit for coordinators: a row per rotation, a column per station, the candidate in each cell. */
export function RotationGrid({ day }: { day: InterviewDay }) {
  const zone = day.viewer.timeZone;
  const nameOf = new Map(day.candidates.map((candidate) => [candidate.userId, candidate.displayName]));
  return (
    <ScrollingTable label="Circuit grid">
      <table className="data-table">
        <caption className="visually-hidden">Rotations by station</caption>
        <thead>
          <tr>
            <th scope="col">Rotation</th>
            {day.stations.map((station) => (
              <th scope="col" key={station.id}>
                {station.name}
                <span className="muted"> · {station.interviewer.displayName}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {day.rotations.map((rotation) => (
            <tr key={rotation.index}>
              <th scope="row" className="nowrap">
                {rotation.index + 1} · {timeIn(rotation.startsAt, zone)}–{timeIn(rotation.endsAt, zone)}
              </th>
              {day.stations.map((station) => {
                const visit = rotation.visits.find((v) => v.stationId === station.id);
                return (
                  <td key={station.id} data-label={station.name}>
                    {visit ? (
                      <Link to={`/sessions/${visit.sessionId}/room`}>
                        {nameOf.get(visit.candidateId) ?? 'Candidate'}
                        <span className="visually-hidden">
                          {' '}
                          at {station.name}, rotation {rotation.index + 1}
                        </span>
                      </Link>
                    ) : (
                      <span className="muted">Empty</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
