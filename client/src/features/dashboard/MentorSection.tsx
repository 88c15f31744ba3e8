import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { MyCohortsLine } from './MyCohortsLine';

/** The mentor's levers: when they are free, how many sessions a week, which interviewers they play. */
export function MentorSection() {
  return (
    <Card title="Interviewing" className="role-section role-mentor">
      <p>
        Candidates are offered your free times. Keep your weekly availability and capacity current, and choose the interviewer
        roles you can play in your profile; the question scripts hold each interview's guide.
      </p>
      <p className="button-row">
        <Link to="/availability" className="button button-primary">
          Set your availability
        </Link>
        <Link to="/profile" className="button button-secondary">
          Interviewer roles
        </Link>
        <Link to="/scripts" className="button button-secondary">
          Interview scripts
        </Link>
      </p>
      <MyCohortsLine role="mentor" />
    </Card>
  );
}
