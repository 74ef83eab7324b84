// Controls for lists inside a form (award criteria, price tiers, requirements, scores):
// labelled, with their message tied to them, as forms/fields.tsx does for single fields. Dates
// are forms/date-fields.tsx's.
import { useId } from 'react';
import { describedBy, FieldMessage } from '../forms/fields';

export function PlainField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  required?: boolean;
  multiline?: boolean;
  id?: string;
  className?: string;
}) {
  const generated = useId();
  const id = props.id ?? generated;
  const ids = { control: id, hint: `${id}-hint`, error: `${id}-error` };
  const common = {
    id,
    className: 'field__input',
    value: props.value,
    'aria-required': props.required || undefined,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(ids, Boolean(props.hint), Boolean(props.error)),
  };
  return (
    <div className={`field${props.error ? ' field--invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {props.label}
        {props.required && <span className="field__required"> *</span>}
      </label>
      {props.hint && (
        <p id={ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.inputMode}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <FieldMessage id={ids.error} message={props.error} />
    </div>
  );
}
