import { useEffect, useRef } from 'react';

/**
 * What open registration shows once the server accepted it: the next step is in the e-mail. Focus moves here, so
 * a screen reader reads it at once and the keyboard starts from it (the form it replaces is gone).
 */
export function CheckYourInbox({ email }: { email: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} role="status" tabIndex={-1} className="status-message check-inbox">
      <p>
        Check your inbox at <strong>{email}</strong>: we sent a link to finish creating your account.
      </p>
      <p>
        The link works once, for 24 hours. If this address already has an account, the e-mail says how to sign in instead. Nothing
        arrived? Look in your spam folder, or register again for a new link.
      </p>
    </div>
  );
}
