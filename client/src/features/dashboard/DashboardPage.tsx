import { ROLE_LABELS } from '@rounds/shared';
import { useLocation } from 'react-router';
import { StatusMessage } from '../../components/FormAlert';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { CandidateSection } from './CandidateSection';
import { CoordinatorSection } from './CoordinatorSection';
import { MentorSection } from './MentorSection';
import { PracticeNowCard } from '../practice-now/PracticeNowCard';
import { StandbyCard } from '../standby/StandbyCard';
import { UpcomingSessionsCard } from '../scheduling/routes';

/** One section per role the person holds, in the order they usually matter: practise, interview, coordinate. */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const user = useSignedInUser();
  const notice = noticeFrom(useLocation().state);
  const roles = user.roles.map((role) => ROLE_LABELS[role].toLowerCase());

  return (
    <>
      <StatusMessage message={notice} />
      <div className="page-header">
        <h1>Welcome, {user.displayName}</h1>
        <p className="lead">You are here as {joinWithAnd(roles.map((role) => `a ${role}`))}.</p>
      </div>
      {(user.roles.includes('candidate') || user.roles.includes('mentor')) && <UpcomingSessionsCard />}
      {user.roles.includes('candidate') && <PracticeNowCard />}
      {user.roles.includes('candidate') && <StandbyCard />}
      {user.roles.includes('candidate') && <CandidateSection user={user} />}
      {user.roles.includes('mentor') && <MentorSection />}
      {user.roles.includes('coordinator') && <CoordinatorSection user={user} />}
    </>
  );
}

function joinWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
