import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { MyCohortsLine } from './MyCohortsLine';

/** The mentor's view: the interviews they run will appear here once scheduling exists. */
export function MentorSection() {
  return (
    <Card title="Sessions you're interviewing in" className="role-section role-mentor">
      <div className="empty-state-block">
        <p className="empty-state-title">No sessions to interview in yet</p>
        <p>
          Once scheduling opens, the mock interviews you run will be listed here, with each candidate's track and time zone.
        </p>
      </div>
      <p>Meanwhile, keep your specialty and bio current so coordinators can pair you with the right candidates.</p>
      <p>
        <Link to="/profile" className="button button-secondary">
          Review your profile
        </Link>
      </p>
      <MyCohortsLine role="mentor" />
    </Card>
  );
}
