import type { ReactNode } from 'react';

interface SubmitButtonProps {
  children: ReactNode;
  /** What the button says while the request runs, e.g. "Signing in…". */
  pendingLabel: string;
  pending: boolean;
  variant?: 'primary' | 'secondary';
}

/** A form's submit button, disabled while the submit is in flight so it cannot be sent twice. */
export function SubmitButton({ children, pendingLabel, pending, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={`button button-${variant}`} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
