import { resetPasswordRequestSchema } from '@rounds/shared';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { isApiError, type ApiError } from '../../lib/api';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { withNotice } from '../../lib/navigation-notice';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { usePageTitle } from '../../lib/use-page-title';
import { useResetPassword } from './password-reset-queries';

const FIELDS = ['password'] as const;
type ResetField = (typeof FIELDS)[number];

/**
 * `/reset-password/:token`, the link in a reset e-mail. Nothing happens on load (a mail scanner opening the link
 * must not use it up): the person types a new password and presses the button.
 */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const resetPassword = useResetPassword();
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<ResetField>>(noFormErrors);
  const [unusable, setUnusable] = useState<ApiError | null>(null);
  useFocusFirstError(form, errors);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateWithSchema(resetPasswordRequestSchema, { token, password }, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    try {
      await resetPassword.mutateAsync({ token, password });
      void navigate('/sign-in', {
        replace: true,
        state: withNotice('Your new password is set, and you are signed out everywhere. Sign in with it.'),
      });
    } catch (error) {
      if (isApiError(error) && [404, 410].includes(error.status)) setUnusable(error);
      else setErrors(formErrorsFrom(error, FIELDS));
    }
  }

  if (unusable) return <UnusableResetLink error={unusable} />;
  return (
    <div className="card auth-card">
      <h1>Choose a new password</h1>
      <p className="lead">Setting it signs you out in every browser; then you sign in with the new one.</p>
      <form ref={form} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormAlert message={errors.form} />
        <TextField
          label="New password"
          type="password"
          name="password"
          autoComplete="new-password"
          hint="At least 10 characters. A few unrelated words are easy to remember and hard to guess."
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <SubmitButton pending={resetPassword.isPending} pendingLabel="Setting your password…">
          Set my new password
        </SubmitButton>
      </form>
    </div>
  );
}

/** A used or unknown link (404) or an expired one (410). */
function UnusableResetLink({ error }: { error: ApiError }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: start reading (and tabbing) from the explanation.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="card auth-card">
      <h1 ref={heading} tabIndex={-1}>
        {error.status === 410 ? 'This link has expired' : 'This link cannot be used'}
      </h1>
      <p className="notice notice-warning">{error.detail}</p>
      <p className="auth-switch">
        <Link to="/forgot-password">Ask for a new link</Link> or <Link to="/sign-in">sign in</Link>
      </p>
    </div>
  );
}
