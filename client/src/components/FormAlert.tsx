/**
 * The form-level error. The live region stays in the page so screen readers announce a message
 * as soon as it appears.
 */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className={message ? 'form-alert' : 'form-alert-empty'}>
      {message}
    </div>
  );
}

/** A polite confirmation, e.g. "Your profile is saved." */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className={message ? 'status-message' : 'status-message-empty'}>
      {message}
    </div>
  );
}
