// Form controls the shared forms/ do not have, built the same way (label, hint, message tied
// together): a multi-line text and a single yes/no box.
import { describedBy, FieldMessage } from '../forms/fields';
import type { FormState } from '../forms/use-form';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];
type BooleanKeys<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V];

export function TextAreaField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
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
      <textarea
        id={ids.control}
        name={String(name)}
        className="field__input incidents-textarea"
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

export function CheckboxField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: BooleanKeys<V>;
  label: string;
}) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label className="checkbox">
        <input
          id={ids.control}
          type="checkbox"
          name={String(name)}
          checked={Boolean(form.values[name])}
          aria-describedby={describedBy(ids, false, Boolean(message))}
          onChange={(event) => form.set(name, event.target.checked as V[typeof name])}
        />
        {props.label}
      </label>
      <FieldMessage id={ids.error} message={message} />
    </div>
  );
}
