import { useEffect, type RefObject } from 'react';

/**
 * After a failed submit (whatever shape the form's errors take), moves focus to the first field marked invalid, so keyboard and screen-reader users land on
 * what to fix (its message is read with it). A group of radios (a fieldset or radiogroup marked invalid) gets focus on
 * its chosen radio, or its first. A form-level error alone is announced by the form's alert region.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: object) {
  // Runs when a submit sets new errors (forms set them only on submit), after the fields are marked invalid.
  useEffect(() => focusFirstInvalid(form.current), [errors, form]);
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return;
  if (invalid.matches('input, select, textarea, button')) {
    invalid.focus();
    return;
  }
  const inside =
    invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector<HTMLElement>('input, select, textarea');
  inside?.focus();
}
