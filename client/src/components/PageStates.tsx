import { isApiError } from '../lib/api';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <p role="status" className="loading-state">
      {label}
    </p>
  );
}

interface ErrorStateProps {
  error: unknown;
  /** Offered as a "Try again" button when the failure may be temporary. */
  onRetry?: () => void;
}

/** A failed read, in the server's words when it gave any. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const detail = isApiError(error) ? error.detail : 'Something unexpected went wrong while loading this page.';
  const mayRetry = onRetry && !(isApiError(error) && error.status >= 400 && error.status < 500);
  return (
    <div className="error-state" role="alert">
      <p>{detail}</p>
      {mayRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
