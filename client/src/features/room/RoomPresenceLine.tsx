import type { RoomPresence, RoomView, Session } from '@rounds/shared';

interface RoomPresenceLineProps {
  view: RoomView;
  session: Session;
  viewerId: string;
  presence: Record<string, RoomPresence>;
}

const WORDS: Record<RoomPresence, (name: string) => string> = {
  in_room: (name) => `${name} is in the room`,
  reconnecting: (name) => `${name}’s connection dropped: reconnecting…`,
  left: (name) => `${name} left the room`,
  not_here: (name) => `${name} is not in the room yet`,
};

/**
 * Who else is in the room, from the server's presence (so it holds whichever way the video travels): each
 * participant sees the other; an observer sees both. Changes are announced politely.
 */
export function RoomPresenceLine({ view, session, viewerId, presence }: RoomPresenceLineProps) {
  const others = [view.interviewerId, view.candidateId].filter((id) => id !== viewerId);
  const nameOf = (userId: string) =>
    session.participants.find((person) => person.userId === userId)?.displayName ?? 'Your partner';
  return (
    <div className="room-presence" role="status" aria-label="Who is in the room">
      <ul>
        {others.map((userId) => {
          const state = presence[userId];
          return (
            <li key={userId} className={`room-presence-item room-presence-${state ?? 'unknown'}`}>
              <span className="room-presence-dot" aria-hidden="true" />
              {state ? WORDS[state](nameOf(userId)) : `Checking whether ${nameOf(userId)} is here…`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
