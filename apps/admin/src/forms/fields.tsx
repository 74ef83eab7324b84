// Form controls that tie label, hint and message together for assistive technology:
// aria-describedby names the hint and the message, aria-invalid marks a field in error.
import type { ReactNode } from 'react';
import type { FormState } from './use-form';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];
type ListKeys<V> = { [K in keyof V]: V[K] extends readonly string[] ? K : never }[keyof V];

export function describedBy(ids: { hint: string; error: string }, hint: boolean, error: boolean) {
  const list = [hint && ids.hint, error && ids.error].filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  // Always rendered, so that the live region exists before its text changes.
  return (
    <p id={id} className="field__error" aria-live="polite">
      {message && (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      )}
    </p>
  );
}

/**
 * The frame of one field: the label, the hint and the message around its control, which the
 * caller renders with `controlProps` so that all four are tied together.
 */
export function FieldFrame(props: {
  ids: { control: string; hint: string; error: string };
  label: string;
  hint?: string;
  required?: boolean;
  message: string | undefined;
  /** A class beside `field`, for a layout of the caller's. */
  className?: string;
  children: ReactNode;
}) {
  const classes = ['field', props.message && 'field--invalid', props.className].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      <label htmlFor={props.ids.control} className="field__label">
        {props.label}
        {props.required && <span className="field__required"> *</span>}
      </label>
      {props.hint && (
        <p id={props.ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.children}
      <FieldMessage id={props.ids.error} message={props.message} />
    </div>
  );
}

/** What a field's control carries: its id and name, its state and what describes it. */
export function controlProps<V extends Record<string, unknown>>(
  form: FormState<V>,
  name: keyof V,
  options: { hint?: string; required?: boolean },
) {
  const ids = form.ids(name);
  const message = form.error(name);
  return {
    id: ids.control,
    name: String(name),
    'aria-required': options.required || undefined,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy(ids, Boolean(options.hint), Boolean(message)),
    onBlur: () => form.touch(name),
  } as const;
}

export interface FieldProps<V extends Record<string, unknown>> {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
  hint?: string;
  required?: boolean;
}

/** The frame and control props of a text-valued field (TextField and its kin, date fields). */
export function textField<V extends Record<string, unknown>>(props: FieldProps<V>) {
  const { form, name } = props;
  return {
    frame: {
      ids: form.ids(name),
      label: props.label,
      hint: props.hint,
      required: props.required,
      message: form.error(name),
    },
    control: {
      ...controlProps(form, name, props),
      value: form.values[name] as string,
      onChange: (event: { target: { value: string } }) =>
        form.set(name, event.target.value as V[typeof name]),
    },
  };
}

export function TextField<V extends Record<string, unknown>>(
  props: FieldProps<V> & {
    type?: 'text' | 'email' | 'password' | 'url' | 'search';
    inputMode?: 'numeric' | 'text' | 'email' | 'url';
    autoComplete?: string;
    maxLength?: number;
  },
) {
  const { frame, control } = textField(props);
  return (
    <FieldFrame {...frame}>
      <input
        {...control}
        className="field__input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
      />
    </FieldFrame>
  );
}

/** A longer text: a description, a reason, a note. */
export function TextAreaField<V extends Record<string, unknown>>(props: FieldProps<V>) {
  const { frame, control } = textField(props);
  return (
    <FieldFrame {...frame}>
      <textarea {...control} className="field__input field__textarea" />
    </FieldFrame>
  );
}

export function SelectField<V extends Record<string, unknown>>(
  props: FieldProps<V> & { options: readonly { value: string; label: string }[] },
) {
  const { frame, control } = textField(props);
  return (
    <FieldFrame {...frame}>
      <select {...control} className="field__input">
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Several choices of one list (roles, sectors): a fieldset whose legend names the field. */
export function CheckboxGroup<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: ListKeys<V>;
  legend: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  required?: boolean;
}) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  const selected = form.values[name] as readonly string[];
  return (
    <fieldset
      className={`field field--group${message ? ' field--invalid' : ''}`}
      aria-describedby={describedBy(ids, Boolean(props.hint), Boolean(message))}
    >
      <legend className="field__label">
        {props.legend}
        {props.required && <span className="field__required"> *</span>}
      </legend>
      {props.hint && (
        <p id={ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      {/* The first box carries the group's id, so that a failed submit can focus the group. */}
      {props.options.map((option, index) => (
        <label key={option.value} className="checkbox">
          <input
            id={index === 0 ? ids.control : undefined}
            type="checkbox"
            name={String(name)}
            value={option.value}
            checked={selected.includes(option.value)}
            aria-invalid={message ? true : undefined}
            onChange={(event) => {
              const next = event.target.checked
                ? [...selected, option.value]
                : selected.filter((v) => v !== option.value);
              form.set(name, next as V[typeof name]);
            }}
          />
          {option.label}
        </label>
      ))}
      <FieldMessage id={ids.error} message={message} />
    </fieldset>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}

/** Never disabled while busy: a disabled button drops the keyboard focus. */
export function SubmitButton(props: { busy: boolean; children: ReactNode; busyLabel: string }) {
  return (
    <button type="submit" className="button" aria-disabled={props.busy || undefined}>
      {props.busy ? props.busyLabel : props.children}
    </button>
  );
}
