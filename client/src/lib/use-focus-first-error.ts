import { useEffect, type RefObject } from 'react';
import type { FormErrors } from './form-errors';

/**
 * After a failed submit, moves focus to the first field marked invalid, so keyboard and screen-reader users land on
 * what to fix (its message is read with it). A form-level error alone is announced by the form's alert region.
 */
export function useFocusFirstError<Field extends string>(form: RefObject<HTMLFormElement | null>, errors: FormErrors<Field>) {
  useEffect(() => {
    if (Object.keys(errors.fields).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, form]);
}
