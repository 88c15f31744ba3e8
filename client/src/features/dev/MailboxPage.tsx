import { routes } from '@rounds/shared';
import { useQuery } from '@tanstack/react-query';
import { Card } from '../../components/Card';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSignedInUser } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';

/** Development only: the e-mail Rounds would send you, straight from the outbox (the server answers 404 in production). */
export function MailboxPage() {
  const { timeZone } = useSignedInUser();
  usePageTitle('Development mailbox');
  const mailbox = useQuery({ queryKey: ['dev-mailbox'], queryFn: () => api(routes.devMailbox), refetchInterval: 5000 });
  return (
    <>
      <div className="page-header">
        <h1>Development mailbox</h1>
        <p className="lead">
          {mailbox.data?.delivery === 'smtp'
            ? 'Messages are also being delivered over SMTP.'
            : 'No SMTP server is configured (SMTP_URL), so messages stay here in the outbox.'}
        </p>
      </div>
      {mailbox.isPending && <LoadingState label="Loading messages…" />}
      {mailbox.isError && <ErrorState error={mailbox.error} onRetry={() => void mailbox.refetch()} />}
      {mailbox.data?.messages.length === 0 && (
        <p>No messages to you yet. Sign in as the person you invited or booked with to read theirs.</p>
      )}
      {mailbox.data?.messages.map((message) => (
        <Card
          key={message.id}
          title={message.subject}
          description={`To ${message.to} · ${formatDateTime(message.createdAt, timeZone)}${message.hasInvite ? ' · calendar invite attached' : ''}`}
        >
          <pre className="mailbox-body">{message.text}</pre>
        </Card>
      ))}
    </>
  );
}
