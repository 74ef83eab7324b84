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

export function TextField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  inputMode?: 'numeric' | 'text' | 'email' | 'url';
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
}) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.control} className="field__label">
        {props.label}
        {props.required && <span className="field__required"> *</span>}
      </label>
      {props.hint && (
        <p id={ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      <input
        id={ids.control}
        name={String(name)}
        className="field__input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        aria-required={props.required || undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(props.hint), Boolean(message))}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.touch(name)}
      />
      <FieldMessage id={ids.error} message={message} />
    </div>
  );
}

export function SelectField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  required?: boolean;
}) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.control} className="field__label">
        {props.label}
        {props.required && <span className="field__required"> *</span>}
      </label>
      {props.hint && (
        <p id={ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      <select
        id={ids.control}
        name={String(name)}
        className="field__input"
        aria-required={props.required || undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(props.hint), Boolean(message))}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.touch(name)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessage id={ids.error} message={message} />
    </div>
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
