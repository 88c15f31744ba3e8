import { DAY, type Session } from '@rounds/shared';

/** How far back the dashboard looks for no-shows a coordinator may still want to confirm or clear. */
const NO_SHOW_REVIEW_DAYS = 14;

/** The sessions running at `now`: marked live by their room, or scheduled and inside their time. */
export function liveNow(sessions: readonly Session[], now: number): Session[] {
  return sessions.filter(
    (session) =>
      session.status === 'live' ||
      (session.status === 'scheduled' && Date.parse(session.startsAt) <= now && now < Date.parse(session.endsAt)),
  );
}

/** Sessions of the last two weeks with someone recorded absent, latest first. */
export function noShowsToReview(sessions: readonly Session[], now: number): Session[] {
  return sessions
    .filter(
      (session) =>
        session.participants.some((person) => person.noShow) && Date.parse(session.startsAt) >= now - NO_SHOW_REVIEW_DAYS * DAY,
    )
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
}
