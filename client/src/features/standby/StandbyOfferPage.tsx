import { useParams, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { isApiError } from '../../lib/api';
import { withNotice } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useAcceptStandbyOffer } from './standby-queries';

/**
 * `/standby-offers/:offerId`, the link in a standby offer's e-mail (and the socket event's acceptPath).
 * Nothing happens on load, since mail scanners open links: the person presses the one button. A seat
 * someone else took (409) or an offer that expired (410) is explained by the server's own sentence.
 */
export function StandbyOfferPage() {
  usePageTitle('A practice seat is free');
  const { offerId = '' } = useParams();
  const navigate = useNavigate();
  const accept = useAcceptStandbyOffer();

  function takeSeat() {
    accept.mutate(offerId, {
      onSuccess: (accepted) =>
        void navigate(accepted.joinPath, { state: withNotice('You took the seat: your practice session is under way.') }),
    });
  }

  const refusal = accept.error ? (isApiError(accept.error) ? accept.error.detail : accept.error.message) : null;
  const over = isApiError(accept.error) && [404, 409, 410].includes(accept.error.status);
  return (
    <div className="card">
      <h1>A practice seat is free</h1>
      <p className="lead">
        A partner did not come to a peer practice session that has just started. You are on standby for this time: take the seat
        and you join the session at once. Others on standby may have the same offer; whoever accepts first gets it.
      </p>
      <FormAlert message={refusal} />
      {!over && (
        <button type="button" className="button button-primary" disabled={accept.isPending} onClick={takeSeat}>
          {accept.isPending ? 'Taking the seat…' : 'Take the seat'}
        </button>
      )}
    </div>
  );
}
