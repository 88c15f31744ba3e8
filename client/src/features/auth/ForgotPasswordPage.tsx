import { passwordResetRequestSchema } from '@rounds/shared';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { usePageTitle } from '../../lib/use-page-title';
import { useRequestPasswordReset } from './password-reset-queries';

const FIELDS = ['email'] as const;
type ForgotField = (typeof FIELDS)[number];

/** `/forgot-password`: asks for a link that sets a new password. */
export function ForgotPasswordPage() {
  usePageTitle('Forgot your password?');
  const requestReset = useRequestPasswordReset();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors<ForgotField>>(noFormErrors);
  const [sentTo, setSentTo] = useState<string | null>(null);
  useFocusFirstError(form, errors);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateWithSchema(passwordResetRequestSchema, { email }, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    try {
      setSentTo((await requestReset.mutateAsync({ email })).email);
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    }
  }

  return (
    <div className="card auth-card">
      <h1>Forgot your password?</h1>
      {sentTo ? (
        <ResetLinkSent email={sentTo} />
      ) : (
        <>
          <p className="lead">Type the address you sign in with. We will e-mail you a link to choose a new password.</p>
          <form ref={form} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
            <FormAlert message={errors.form} />
            <TextField
              label="E-mail address"
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={errors.fields.email}
            />
            <SubmitButton pending={requestReset.isPending} pendingLabel="Sending…">
              Send me a link
            </SubmitButton>
          </form>
        </>
      )}
      <p className="auth-switch">
        Remembered it? <Link to="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}

/** Focus moves here, so a screen reader reads it at once (the form it replaces is gone). */
function ResetLinkSent({ email }: { email: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} role="status" tabIndex={-1} className="status-message check-inbox">
      <p>
        If <strong>{email}</strong> has a Rounds account, a link to set a new password is on its way.
      </p>
      <p>The link works once, for one hour. Nothing arrived? Look in your spam folder, or ask for a new link.</p>
    </div>
  );
}
