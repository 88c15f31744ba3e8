/**
 * The socket.io rooms a live interview room fans out to, one per kind of view: each participant's sockets
 * (every tab, every instance) share one, so each person gets their own view; observers (the cohort's
 * coordinators) share one, as their view is the same for all of them.
 */
const PREFIX = 'room:';

export const participantChannel = (sessionId: string, userId: string) => `${PREFIX}${sessionId}:user:${userId}`;
export const observersChannel = (sessionId: string) => `${PREFIX}${sessionId}:observers`;

const PARTICIPANT_CHANNEL = /^room:([0-9a-f-]{36}):user:([0-9a-f-]{36})$/;

/** The session and person of a participant channel; undefined for any other socket.io room. */
export function parseParticipantChannel(channel: string): { sessionId: string; userId: string } | undefined {
  const match = PARTICIPANT_CHANNEL.exec(channel);
  return match ? { sessionId: match[1], userId: match[2] } : undefined;
}
