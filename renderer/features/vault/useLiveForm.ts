/**
 * A Mantine form that validates as the user goes, without nagging:
 *
 * - a field is checked when the user leaves it after typing in it;
 * - a field that shows a message is checked again on every keystroke, so the
 *   message disappears the moment the value is right;
 * - fields that depend on another (e.g. 'Herhaal wachtzin' on 'Wachtzin') are
 *   re-checked when that other field changes;
 * - a message from the server (e.g. "Deze wachtzin klopt niet") stays until the
 *   user changes that field (or a field it depends on), instead of being wiped
 *   by a blur.
 *
 * Values are never reset on an error: only `form.reset()` after a success does that.
 */
import { useRef } from 'react';
import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { applyServerErrors } from '../../app/forms';

type Values = Record<string, unknown>;

export interface LiveFormOptions<V extends Values>
  extends Omit<UseFormInput<V>, 'validateInputOnBlur' | 'validateInputOnChange' | 'enhanceGetInputProps'> {
  /** field -> fields to re-check (or clear, when they hold a server message) when it changes. */
  dependents?: Partial<Record<keyof V & string, (keyof V & string)[]>>;
}

export interface LiveForm<V extends Values> {
  form: UseFormReturnType<V>;
  /** Show a server message on a field; it stays until the user changes that field. */
  setServerError(field: keyof V & string, message: string): void;
  /** Put a failed call's field messages on the form (see applyServerErrors). True when it set any. */
  applyServer(err: unknown, t: TFunction, prefix?: string): boolean;
}

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0);

export function useLiveForm<V extends Values>({ dependents = {}, ...input }: LiveFormOptions<V>): LiveForm<V> {
  const server = useRef(new Set<string>());

  const form = useForm<V>({
    ...input,
    enhanceGetInputProps: ({ inputProps, field, form: f }) => {
      const path = String(field);
      // Captured now: Mantine assigns what we return onto this very object.
      const onChange = inputProps.onChange as (e: unknown) => void;
      const onBlur = inputProps.onBlur as (() => void) | undefined;
      return {
        onChange: (event: unknown) => {
          const hadClientError = !!f.errors[path] && !server.current.has(path);
          server.current.delete(path);
          onChange(event);
          if (hadClientError) f.validateField(path);
          for (const dep of (dependents as Record<string, string[]>)[path] ?? []) {
            if (server.current.delete(dep)) f.clearFieldError(dep);
            else if (f.errors[dep] || (f.isDirty(dep) && !isEmpty(f.getValues()[dep]))) f.validateField(dep);
          }
        },
        onBlur: () => {
          onBlur?.();
          if (server.current.has(path)) return;
          if (f.isDirty(path) || f.errors[path]) f.validateField(path);
        },
      };
    },
  });

  return {
    form,
    setServerError(field, message) {
      server.current.add(field);
      form.setFieldError(field, message);
    },
    applyServer(err, t, prefix = '') {
      return applyServerErrors(
        {
          setErrors(errors) {
            Object.keys(errors).forEach((k) => server.current.add(k));
            form.setErrors(errors);
          },
        },
        err,
        t,
        prefix,
      );
    },
  };
}

/**
 * Combine a schema validator with "the two passphrases must be equal". zod runs
 * refinements only once the rest of the object is valid; this message should
 * show as soon as both fields are filled in, whatever else is missing.
 */
export function withConfirm<V extends Values>(
  validate: (values: V) => Record<string, string>,
  field: keyof V & string,
  confirmField: keyof V & string,
  messages: { mismatch: string; required: string },
) {
  return (values: V): Record<string, string> => {
    const errors = validate(values);
    if (errors[confirmField]) return errors;
    if (isEmpty(values[confirmField])) errors[confirmField] = messages.required;
    else if (values[confirmField] !== values[field]) errors[confirmField] = messages.mismatch;
    return errors;
  };
}
