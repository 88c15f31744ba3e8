import { loginRequestSchema, type User } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useSignIn } from './session';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

const FIELDS = ['email', 'password'] as const;
type SignInField = (typeof FIELDS)[number];

interface SignInFormProps {
  /** An address the person may not change (an invitation's). */
  fixedEmail?: string;
  submitLabel?: string;
  /** Called with the user once the server accepted the password (the session cookie is set). */
  onSignedIn: (user: User) => void | Promise<void>;
}

export function SignInForm({ fixedEmail, submitLabel = 'Sign in', onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<SignInField>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { email, password };
    const invalid = validateWithSchema(loginRequestSchema, values, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    setSubmitting(true);
    try {
      // What follows sign-in (e.g. accepting an invitation) belongs to the same submit: its errors show here too.
      await onSignedIn(await signIn.mutateAsync(values));
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label="E-mail address"
        type="email"
        name="email"
        autoComplete="email"
        required
        readOnly={fixedEmail !== undefined}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
      />
      <SubmitButton pending={submitting} pendingLabel="Signing in…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
