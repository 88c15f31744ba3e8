import type { User } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { timeZoneLabel } from '../../lib/format';
import { MyCohortsLine } from './MyCohortsLine';
import { ProfileChecklist, profileChecklist } from './ProfileChecklist';

/** The candidate's view: no sessions exist yet, so say so honestly and point at what helps now. */
export function CandidateSection({ user }: { user: User }) {
  const profileComplete = profileChecklist(user).every((item) => item.done);
  return (
    <Card title="Upcoming practice sessions" className="role-section role-candidate">
      <div className="empty-state-block">
        <p className="empty-state-title">No practice sessions yet</p>
        <p>
          Scheduling live mock interviews with mentors is coming to Rounds soon. Your sessions will be listed here, with
          times in your time zone: {timeZoneLabel(user.timeZone)}.
        </p>
      </div>
      <h3>What you can do now</h3>
      {profileComplete ? (
        <p>Your profile is complete. Keep it current so your mentors know where you are in your preparation.</p>
      ) : (
        <>
          <p>Complete your profile, so coordinators can match you with the right mentor:</p>
          <ProfileChecklist user={user} />
        </>
      )}
      <p>
        <Link to="/profile" className="button button-primary">
          {profileComplete ? 'Review your profile' : 'Complete your profile'}
        </Link>
      </p>
      <MyCohortsLine role="candidate" />
    </Card>
  );
}
