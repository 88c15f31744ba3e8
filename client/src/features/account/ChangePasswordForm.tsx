import { changePasswordRequestSchema } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { TextField } from '../../components/fields';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useChangePassword } from './account-queries';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type PasswordField = (typeof FIELDS)[number];

/** Your current password and a new one; every other browser signed in as you is signed out. */
export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const form = useRef<HTMLFormElement>(null);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<PasswordField>>(noFormErrors);
  const [saved, setSaved] = useState<string | null>(null);
  useFocusFirstError(form, errors);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const values = { currentPassword, newPassword };
    const invalid = validateWithSchema(changePasswordRequestSchema, values, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    try {
      await changePassword.mutateAsync(values);
      setCurrentPassword('');
      setNewPassword('');
      setSaved('Your password is changed. Every other browser signed in as you has been signed out.');
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    }
  }

  return (
    <form ref={form} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label="Current password"
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={errors.fields.currentPassword}
      />
      <TextField
        label="New password"
        type="password"
        name="newPassword"
        autoComplete="new-password"
        hint="At least 10 characters. A few unrelated words are easy to remember and hard to guess."
        required
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={errors.fields.newPassword}
      />
      <div className="form-actions">
        <SubmitButton pending={changePassword.isPending} pendingLabel="Changing your password…">
          Change password
        </SubmitButton>
        <StatusMessage message={saved} />
      </div>
    </form>
  );
}
