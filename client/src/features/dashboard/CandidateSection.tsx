import type { User } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { timeZoneLabel } from '../../lib/format';
import { MyCohortsLine } from './MyCohortsLine';
import { ProfileChecklist, profileChecklist } from './ProfileChecklist';

/** The candidate's next steps: book a mock interview, practise alone, keep the profile useful to mentors. */
export function CandidateSection({ user }: { user: User }) {
  const profileComplete = profileChecklist(user).every((item) => item.done);
  return (
    <Card title="Practise" className="role-section role-candidate">
      <p>
        Book a mock interview when you and a mentor are both free (times in your zone, {timeZoneLabel(user.timeZone)}), or run
        through a script alone with a timer and a recording only you keep.
      </p>
      <p className="button-row">
        <Link to="/book" className="button button-primary">
          Book a session
        </Link>
        <Link to="/availability" className="button button-secondary">
          Set your availability
        </Link>
        <Link to="/scripts" className="button button-secondary">
          Practise alone
        </Link>
        <Link to="/progress" className="button button-secondary">
          Your progress
        </Link>
      </p>
      <h3>Your profile</h3>
      {profileComplete ? (
        <p>Your profile is complete. Keep it current so your mentors know where you are in your preparation.</p>
      ) : (
        <>
          <p>Complete your profile, so coordinators can match you with the right mentor:</p>
          <ProfileChecklist user={user} />
        </>
      )}
      <p>
        <Link to="/profile" className="button button-secondary">
          {profileComplete ? 'Review your profile' : 'Complete your profile'}
        </Link>
      </p>
      <MyCohortsLine role="candidate" />
    </Card>
  );
}
