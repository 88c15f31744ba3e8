import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { CameraPanel } from '../practice/CameraPanel';
import { useCamera } from '../practice/use-camera';
import { useSession } from './scheduling-queries';
import { kindTitle, othersIn } from './session-display';
import { spanIn, zoneName } from './zoned-time';

/**
 * Where "Join" leads. The live video room (LiveKit, the shared timer and the script) is not built yet, so
 * this page says so plainly and offers what helps now: who is coming, at what time for each, and a
 * camera and microphone check.
 */
export function RoomPage() {
  usePageTitle('Session room');
  const { sessionId = '' } = useParams();
  const user = useSignedInUser();
  const session = useSession(sessionId);
  const camera = useCamera();

  if (session.isPending) return <LoadingState label="Loading the session…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;

  const others = othersIn(session.data, user.id);
  return (
    <>
      <p className="back-link">
        <Link to={`/sessions/${sessionId}`}>← Session details</Link>
      </p>
      <div className="page-header">
        <h1>{kindTitle(session.data)}</h1>
        <p className="lead">
          {spanIn(session.data.startsAt, session.data.endsAt, user.timeZone)} ({zoneName(user.timeZone)})
          {others
            .map(
              (person) =>
                ` · ${person.displayName}: ${spanIn(session.data.startsAt, session.data.endsAt, person.timeZone)} (${zoneName(person.timeZone)})`,
            )
            .join('')}
        </p>
      </div>
      <div className="notice notice-warning" role="status">
        Live video is not available on this server yet: the video room arrives with the next release. Meet your partner by your
        usual video link for now; the interview script is under Scripts.
      </div>
      <Card
        title="Check your camera and microphone"
        description="Camera at eye level, a quiet room, a light in front of you rather than behind."
      >
        <CameraPanel state={camera.state} onStart={() => void camera.start()} onStop={camera.stop} canRecord={false} />
      </Card>
    </>
  );
}
