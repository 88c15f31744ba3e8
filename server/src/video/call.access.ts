import { takesPart, type Session } from '@rounds/shared';
import { forbidden } from '../common/problem.js';

/**
 * Who may take part in a session's direct call: its two participants (not observers, not anyone recorded as
 * absent). Answers the other one, the only person their signalling ever reaches.
 */
export function requireCallPartner(session: Session, userId: string): string {
  const me = session.participants.find((person) => person.userId === userId);
  if (!me || !takesPart(me.role)) {
    throw forbidden(
      'Only the two people taking part join a direct call: observers follow the room without its picture and sound.',
    );
  }
  if (me.noShow) throw forbidden('You were recorded as absent from this session, so its call is closed to you.');
  const partners = session.participants.filter((person) => person.userId !== userId && takesPart(person.role) && !person.noShow);
  if (partners.length !== 1) throw forbidden('A direct call joins exactly two people, and this session has no one else to call.');
  return partners[0].userId;
}
