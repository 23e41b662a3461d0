import { useEffect, useRef } from 'react';

/** Fields a DSFR form marks as wrong: the input of an error group, or anything aria-invalid. */
const INVALID = [
  '[aria-invalid="true"]',
  '.fr-input-group--error input',
  '.fr-input-group--error textarea',
  '.fr-select-group--error select',
  '.fr-fieldset--error input',
].join(', ');

/** Moves the focus to the first field marked wrong in `root`, else to its error alert; true when it found one. */
export function focusFirstError(root: HTMLElement | null): boolean {
  if (!root) return false;
  const field = root.querySelector<HTMLElement>(INVALID);
  if (field) {
    field.focus();
    return true;
  }
  const alert = root.querySelector<HTMLElement>('.fr-alert--error');
  if (alert) {
    if (!alert.hasAttribute('tabindex')) alert.setAttribute('tabindex', '-1');
    alert.focus();
    return true;
  }
  return false;
}

/**
 * A form that shows all its errors in one round and moves the focus to the first: pass what changes when a round of
 * errors is shown (a counter of refused submissions, the API's error); put the ref on the form.
 */
export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>(...rounds: unknown[]) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (rounds.some((round) => round !== undefined && round !== null && round !== 0 && round !== false)) {
      focusFirstError(ref.current);
    }
  }, rounds);
  return ref;
}
