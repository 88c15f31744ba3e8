import type { RoomView, Session } from '@rounds/shared';
import { AccommodationBadges } from '../accommodations/AccommodationBadges';

/**
 * What applies to the other person in the room (an observer: to both): "extra time ×1.5", "audio only", and for
 * audio only a sentence saying so, so nobody waits for a camera that will not come. Never why.
 */
export function RoomAccommodations({ view, session }: { view: RoomView; session: Session }) {
  const viewerId = viewerIdOf(view);
  const people = [view.interviewerId, view.candidateId]
    .filter((userId) => userId !== viewerId)
    .map((userId) => ({
      userId,
      name: session.participants.find((p) => p.userId === userId)?.displayName ?? 'Your partner',
      accommodations: view.accommodations[userId],
    }))
    .filter((person) => person.accommodations && (person.accommodations.extraTime > 1 || person.accommodations.audioOnly));
  if (people.length === 0) return null;
  return (
    <section className="room-accommodations" aria-label="Accommodations in this room">
      {people.map((person) => (
        <p key={person.userId}>
          <span className="cell-strong">{person.name}</span> <AccommodationBadges accommodations={person.accommodations} />
          {person.accommodations!.audioOnly && <span> {person.name} joins by audio only.</span>}
        </p>
      ))}
    </section>
  );
}

/** The viewer's own id: whoever of the two holds the viewer's role. */
function viewerIdOf(view: RoomView): string | null {
  if (view.role === 'interviewer') return view.interviewerId;
  if (view.role === 'candidate') return view.candidateId;
  return null;
}
