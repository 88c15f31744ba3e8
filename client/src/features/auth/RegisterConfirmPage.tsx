import { confirmRegistrationRequestSchema } from '@rounds/shared';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { LoadingState } from '../../components/PageStates';
import { SubmitButton } from '../../components/SubmitButton';
import { isApiError, type ApiError } from '../../lib/api';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { withNotice } from '../../lib/navigation-notice';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { usePageTitle } from '../../lib/use-page-title';
import { useConfirmRegistration } from './registration-queries';
import { useStartSession } from './session';

const FIELDS = ['password'] as const;
type ConfirmField = (typeof FIELDS)[number];

/**
 * `/register/confirm/:token`, the link in the registration e-mail. Nothing happens on load: mail scanners open
 * links to check them, and one of them must not use up the link (or create the account). The person types their
 * password again (whoever holds the link must also know it) and presses the button.
 */
export function RegisterConfirmPage() {
  usePageTitle('Finish creating your account');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const confirm = useConfirmRegistration();
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<ConfirmField>>(noFormErrors);
  const [finished, setFinished] = useState(false);
  const [unusable, setUnusable] = useState<ApiError | null>(null);
  useFocusFirstError(form, errors);

  async function finish(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateWithSchema(confirmRegistrationRequestSchema, { token, password }, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    try {
      const user = await confirm.mutateAsync({ token, password });
      setFinished(true);
      startSession(user);
      void navigate('/', {
        replace: true,
        state: withNotice(`Welcome to Rounds, ${user.displayName}. Your account is ready.`),
      });
    } catch (error) {
      if (isApiError(error) && [404, 409, 410].includes(error.status)) setUnusable(error);
      else setErrors(formErrorsFrom(error, FIELDS));
    }
  }

  if (finished) return <LoadingState label="Taking you to your dashboard…" />;
  if (unusable) return <UnusableLink error={unusable} />;

  return (
    <div className="card auth-card">
      <h1>Finish creating your account</h1>
      <p className="lead">
        One step left: type the password you chose when you registered and press the button to create your Rounds account. You
        will be signed in right away.
      </p>
      <form ref={form} className="form" onSubmit={(event) => void finish(event)} noValidate>
        <FormAlert message={errors.form} />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          hint="The one you chose when you registered."
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <SubmitButton pending={confirm.isPending} pendingLabel="Creating your account…">
          Finish creating my account
        </SubmitButton>
      </form>
    </div>
  );
}

const HEADINGS: Record<number, string> = {
  404: 'This link cannot be used',
  409: 'This address already has an account',
  410: 'This link has expired',
};

/** A used or unknown link (404), an address that got an account meanwhile (409), an expired link (410). */
function UnusableLink({ error }: { error: ApiError }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that was pressed is gone: start reading (and tabbing) from the explanation.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="card auth-card">
      <h1 ref={heading} tabIndex={-1}>
        {HEADINGS[error.status]}
      </h1>
      <p className="notice notice-warning">{error.detail}</p>
      <p className="auth-switch">
        {error.status === 409 ? (
          <Link to="/sign-in">Sign in</Link>
        ) : (
          <>
            <Link to="/register">Register again</Link> or <Link to="/sign-in">sign in</Link>
          </>
        )}
      </p>
    </div>
  );
}
