import { deleteAccountRequestSchema } from '@rounds/shared';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useDeleteAccount } from './account-queries';

const FIELDS = ['password'] as const;
type DeleteField = (typeof FIELDS)[number];

/**
 * Deleting the account takes two steps: a button that opens the confirmation, which says what goes and what stays,
 * and the password to confirm it.
 */
export function DeleteAccountSection() {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  if (!confirming) {
    return (
      <button ref={opener} type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        Delete my account…
      </button>
    );
  }
  return (
    <DeleteAccountConfirmation
      onCancel={() => {
        setConfirming(false);
        // The opener comes back in the next render: return focus to it.
        requestAnimationFrame(() => opener.current?.focus());
      }}
    />
  );
}

function DeleteAccountConfirmation({ onCancel }: { onCancel: () => void }) {
  const deleteAccount = useDeleteAccount();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<DeleteField>>(noFormErrors);
  useFocusFirstError(form, errors);
  // The button that opened this is gone: start reading (and tabbing) from the explanation.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateWithSchema(deleteAccountRequestSchema, { password }, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    try {
      await deleteAccount.mutateAsync({ password });
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    }
  }

  return (
    <div className="delete-account-confirmation">
      <h3 ref={heading} tabIndex={-1}>
        Delete your account for good?
      </h3>
      <p>This cannot be undone. At once, Rounds removes:</p>
      <ul>
        <li>your profile, e-mail address, password and roles, and your cohort memberships;</li>
        <li>your availability, your accommodations and your standby windows;</li>
        <li>your notes from interview rooms and your unsubmitted feedback drafts;</li>
        <li>your place in the practice line, and every browser signed in as you.</li>
      </ul>
      <p>
        Your upcoming sessions are cancelled and the other people in them are told. What other people need stays, with you shown
        as “a former member”: feedback you submitted about others, and the attendance of sessions you shared. If you are the only
        coordinator of a cohort, hand it over to another coordinator first. You can download your data above before you go.
      </p>
      <form ref={form} className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormAlert message={errors.form} />
        <TextField
          label="Your password"
          type="password"
          name="password"
          autoComplete="current-password"
          hint="To confirm that it is you."
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={deleteAccount.isPending}>
            {deleteAccount.isPending ? 'Deleting your account…' : 'Delete my account permanently'}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Keep my account
          </button>
        </div>
      </form>
    </div>
  );
}
